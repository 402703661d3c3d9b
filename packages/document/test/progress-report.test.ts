import type { ProgressEvent, RollupResult } from '@rollout/core';
import { plan985KhHndt, rollup } from '@rollout/core';
import { describe, expect, it } from 'vitest';
import {
  layoutProgressReport,
  renderProgressHtml,
  renderProgressMarkdown,
  renderProgressText,
} from '../src/index.js';

const rec = { recordedBy: 'Ban Tuyên giáo', recordedAt: '2020-10-20T08:00:00+07:00' };
const events: ProgressEvent[] = [
  {
    kind: 'session-held',
    ...rec,
    unit: 'province',
    session: 's-province',
    date: '2020-08-31',
    method: 'online',
    bridgePoints: 28,
    attendees: { present: 1200, expected: 1250 },
  },
  {
    kind: 'session-held',
    ...rec,
    unit: 'district',
    session: 's-district',
    date: '2020-09-18',
    method: 'in-person',
    attendees: { present: 85, expected: 90 },
  },
  {
    kind: 'reflections-submitted',
    ...rec,
    unit: 'district',
    session: 's-district',
    submitted: 80,
    expected: 85,
  },
];

function report(): RollupResult {
  return rollup(plan985KhHndt, events, { today: '2020-10-20' }).toJSON();
}

describe('progress report (Báo cáo kết quả học tập, quán triệt)', () => {
  it('prints the roll-up’s figures under the plan’s header', () => {
    const r = report();
    const text = renderProgressText(r, { plan: plan985KhHndt });
    expect(text).toContain('BCH HND TỈNH THANH HOÁ');
    expect(text).toContain('Số      -BC/HNDT');
    expect(text).toContain('Thanh Hóa, ngày 20 tháng 10 năm 2020');
    expect(text).toContain('BÁO CÁO');
    expect(text).toContain('Kết quả nghiên cứu, học tập, quán triệt');
    expect(text).toContain(
      'Thực hiện Kế hoạch số 985-KH/HNDT ngày 3/9/2020, kết quả tính đến ngày 20/10/2020 như sau:',
    );
    const s = r.totals.sessions;
    expect(text).toContain(
      `- Hội nghị học tập, quán triệt: đã tổ chức ${s.held}/${s.expected} (đến hạn ${s.due}; được miễn ${s.exempted}; tổ chức chậm ${s.heldLate}; quá hạn chưa tổ chức ${s.overdue}; tổng số ngày chậm ${s.daysLate}).`,
    );
    expect(text).toContain('- Số người dự học: 1.285/1.340 (đạt 95,9%).');
    expect(text).toContain('- Điểm cầu trực tuyến: 28.');
    expect(text).toContain('- Thu hoạch cá nhân: 80/85 (đạt 94,1%).');
    for (const tier of r.tiers) expect(text).toContain(tier.name);
    expect(text).toContain('T/M BAN THƯỜNG VỤ');
  });

  it('lists the units behind schedule, most late first', () => {
    const r = report();
    expect(r.overdueTotal).toBeGreaterThan(0);
    const text = renderProgressText(r, { plan: plan985KhHndt });
    expect(text).toContain('ĐƠN VỊ CHẬM TIẾN ĐỘ');
    const first = r.overdue[0]!;
    expect(text).toContain(`chậm ${first.daysLate} ngày`);
    const cut = renderProgressText(
      { ...r, overdue: r.overdue.slice(0, 0) },
      { plan: plan985KhHndt },
    );
    expect(cut).toContain(`- Và ${r.overdueTotal} mục khác.`);
  });

  it('writes English, Markdown and HTML, and works without a plan', () => {
    const r = report();
    const en = renderProgressText(r, { plan: plan985KhHndt, lang: 'en' });
    expect(en).toContain('REPORT');
    expect(en).toContain('OVERALL RESULTS');
    expect(en).toContain('- Attendance: 1,285 of 1,340 (95.9%).');
    expect(renderProgressMarkdown(r, { plan: plan985KhHndt })).toContain('# BÁO CÁO');
    const html = renderProgressHtml(r, { plan: plan985KhHndt });
    expect(html).toContain('@page { size: A4;');
    const bare = layoutProgressReport(r);
    expect(bare.header.issuer).toBe('');
    expect(bare.title).toBe('Kết quả học tập, quán triệt');
    expect(renderProgressText(r)).toContain('BÁO CÁO');
  });

  it('escapes unit names and is deterministic', () => {
    const r = report();
    const hostile: RollupResult = {
      ...r,
      overdue: r.overdue.map((o) => ({ ...o, name: '<script>x</script>' })),
    };
    expect(renderProgressHtml(hostile, { plan: plan985KhHndt })).not.toContain('<script>');
    expect(renderProgressText(r, { plan: plan985KhHndt })).toBe(
      renderProgressText(structuredClone(r), { plan: plan985KhHndt }),
    );
  });
});
