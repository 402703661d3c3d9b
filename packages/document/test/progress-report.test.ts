import type { ProgressEvent, RollupResult } from '@rollout/core';
import { plan985KhHndt, rollup } from '@rollout/core';
import { describe, expect, it } from 'vitest';
import {
  layoutProgressReport,
  renderProgressHtml,
  renderProgressMarkdown,
  renderProgressText,
  type TableBlock,
} from '../src/index.js';
import { provinceRollup, THANH_HOA_DISTRICTS } from './samples.js';

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

const NBSP6 = '\u00A0'.repeat(6);
const tables = (r: RollupResult) =>
  layoutProgressReport(r, { plan: plan985KhHndt }).body.filter(
    (b): b is TableBlock => b.type === 'table',
  );

describe('progress report (Báo cáo kết quả học tập, quán triệt)', () => {
  it('heads the report with the plan’s issuer and its own number, date and summary', () => {
    const text = renderProgressText(report(), { plan: plan985KhHndt });
    expect(text).toContain('BCH HND TỈNH THANH HOÁ');
    expect(text).toContain(`Số ${NBSP6}-BC/HNDT`);
    expect(text).toContain('Thanh Hóa, ngày 20 tháng 10 năm 2020');
    expect(text).toContain('BÁO CÁO');
    expect(text).toContain('Kết quả nghiên cứu, học tập, quán triệt');
    expect(text).toContain(
      'Thực hiện Kế hoạch số 985-KH/HNDT ngày 3/9/2020, kết quả tính đến ngày 20/10/2020 như sau:',
    );
    const own = renderProgressText(report(), { plan: plan985KhHndt, reference: '12-BC/HNDT' });
    expect(own).toContain('Số 12-BC/HNDT');
    const state = renderProgressText(report(), {
      plan: plan985KhHndt,
      reference: '12-BC/HNDT',
      rules: 'state-2020',
    });
    expect(state).toContain('Số: 12/BC-HNDT');
  });

  it('prints the roll-up’s figures in words and in a table of each tier with a total', () => {
    const r = report();
    const text = renderProgressText(r, { plan: plan985KhHndt });
    const s = r.totals.sessions;
    expect(text).toContain(
      `- Hội nghị học tập, quán triệt: phải tổ chức ${s.expected}, đã đến hạn ${s.due}; đã tổ chức ${s.held} (trong đó tổ chức chậm ${s.heldLate}); được miễn ${s.exempted}; quá hạn chưa tổ chức ${s.overdue}.`,
    );
    expect(text).toContain('- Số người dự học: 1.285/1.340 người được triệu tập, đạt 95,9%.');
    expect(text).toContain('- Số điểm cầu trực tuyến: 28.');
    expect(text).toContain('- Số bài thu hoạch cá nhân: 80/85 bài phải viết, đạt 94,1%.');
    const [byTier] = tables(r);
    expect(byTier?.columns).toEqual([
      'Cấp',
      'Số đơn vị',
      'Đã tổ chức',
      'Đến hạn',
      'Chậm (số ngày)',
      'Được miễn',
      'Dự học',
      'Tỷ lệ dự học',
      'Thu hoạch',
      'Kế hoạch hành động',
    ]);
    expect(byTier?.rows.map((row) => row[0])).toEqual([...r.tiers.map((t) => t.name), 'Tổng cộng']);
    expect(byTier?.rows.at(-1)?.[2]).toBe(`${s.held}/${s.expected}`);
    expect(byTier?.boldRows).toEqual([r.tiers.length]);
    const widths = byTier?.widths ?? [];
    expect(Math.abs(widths.reduce((a, b) => a + b, 0) - 1)).toBeLessThan(0.01);
    expect(text).toContain('T/M BAN THƯỜNG VỤ');
  });

  it('says “chưa có số liệu” where no report gives a figure, never 0', () => {
    const empty = rollup(plan985KhHndt, [], { today: '2020-10-20' }).toJSON();
    const text = renderProgressText(empty, { plan: plan985KhHndt });
    expect(text).toContain('- Số người dự học: chưa có số liệu.');
    expect(text).toContain('- Số điểm cầu trực tuyến: chưa có số liệu.');
    expect(text).toContain('- Số bài thu hoạch cá nhân: chưa có số liệu.');
    expect(text).toContain('- Báo cáo gửi cấp trên, kiểm tra: chưa có số liệu.');
    const [byTier] = tables(empty);
    for (const row of byTier?.rows ?? []) {
      expect(row[2]).toBe('chưa có số liệu'); // held
      expect(row[6]).toBe('chưa có số liệu'); // attendance
    }
    // A tier that did report keeps its real zeros.
    const [some] = tables(report());
    expect(some?.rows[1]?.[5]).toBe('0'); // the district tier reported: none exempted
  });

  it('names the units behind schedule: held late with their days, overdue with deadline and days', () => {
    const r = report();
    const text = renderProgressText(r, { plan: plan985KhHndt });
    expect(text).toContain('Đơn vị tổ chức hội nghị chậm so với kế hoạch:');
    // The district union held on 18/9 for a deadline of 15/9: three days late.
    expect(text).toContain('- Hội Nông dân các huyện, thị, thành phố: chậm 3 ngày.');
    expect(text).toContain('Đơn vị quá hạn chưa tổ chức hội nghị:');
    expect(text).toContain(
      '- Hội Nông dân xã, phường, thị trấn, chi Hội: hạn 15/10/2020, đã quá 5 ngày.',
    );
    const cut = renderProgressText({ ...r, overdue: [] }, { plan: plan985KhHndt });
    expect(cut).toContain(`- Và ${r.overdueTotal} đơn vị khác.`);
  });

  it('leaves sections for the office’s assessment, shortcomings and proposals, or prints its words', () => {
    const blank = renderProgressText(report(), { plan: plan985KhHndt });
    for (const heading of [
      'II. ĐÁNH GIÁ CHUNG',
      '1. Ưu điểm',
      '2. Hạn chế, nguyên nhân',
      'III. KIẾN NGHỊ, ĐỀ XUẤT',
    ])
      expect(blank).toContain(heading);
    expect(blank).toContain('……………………');
    const filled = renderProgressText(report(), {
      plan: plan985KhHndt,
      strengths: ['Các cấp hội tổ chức học tập nghiêm túc.'],
      shortcomings: ['Một số cơ sở hội tổ chức chậm.'],
      proposals: ['Đề nghị Trung ương Hội cung cấp thêm tài liệu.'],
    });
    expect(filled).toContain('Các cấp hội tổ chức học tập nghiêm túc.');
    expect(filled).toContain('Một số cơ sở hội tổ chức chậm.');
    expect(filled).toContain('Đề nghị Trung ương Hội cung cấp thêm tài liệu.');
    expect(filled).not.toContain('……………………');
  });

  it('sends the report to the bodies the plan reports to, and archives it; no software words', () => {
    const layout = layoutProgressReport(report(), { plan: plan985KhHndt });
    expect(layout.recipients?.lines).toEqual([
      '- Ban Tuyên huấn TW Hội (B/c);',
      '- Ban Tuyên giáo, Ban Dân vận, Văn phòng Tỉnh ủy (B/c);',
      '- Lưu: VP - TG.',
    ]);
    const bare = layoutProgressReport(report());
    expect(bare.recipients?.lines).toEqual(['- Lưu: VT.']);
    const text = renderProgressText(report(), { plan: plan985KhHndt });
    for (const word of ['sự kiện', 'trùng lặp', 'bị loại', 'event'])
      expect(text).not.toContain(word);
  });

  it('writes English, Markdown and HTML, and works without a plan', () => {
    const r = report();
    const en = renderProgressText(r, { plan: plan985KhHndt, lang: 'en' });
    expect(en).toContain('REPORT');
    expect(en).toContain('I. RESULTS');
    expect(en).toContain('- Attendance: 1,285 of 1,340 invited (95.9%).');
    const md = renderProgressMarkdown(r, { plan: plan985KhHndt });
    expect(md).toContain('# BÁO CÁO');
    expect(md).toContain('| Cấp | Số đơn vị | Đã tổ chức |');
    const html = renderProgressHtml(r, { plan: plan985KhHndt });
    expect(html).toContain('@page { size: A4;');
    expect(html).toContain('<thead><tr><th>Cấp</th>');
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

describe('the report of a province of 27 district unions and 81 commune unions', () => {
  const { plan, report: r } = provinceRollup();
  const layout = layoutProgressReport(r, { plan });
  const text = renderProgressText(r, { plan });

  it('has a table of each tier and a table of every unit, tier by tier', () => {
    const found = layout.body.filter((b): b is TableBlock => b.type === 'table');
    expect(found).toHaveLength(2);
    const [byTier, byUnit] = found;
    expect(byTier?.rows.map((row) => row[1])).toEqual(['1', '27', '81', '109']);
    expect(byUnit?.rows).toHaveLength(109);
    expect(byUnit?.rows[0]?.[0]).toBe('Hội Nông dân tỉnh Thanh Hóa');
    const names = byUnit?.rows.map((row) => row[0]) ?? [];
    // Every district union is listed before the first commune union.
    const lastDistrict = Math.max(
      ...THANH_HOA_DISTRICTS.map((d) => names.indexOf(`Hội Nông dân ${d}`)),
    );
    expect(lastDistrict).toBe(27);
    expect(names[28]?.startsWith('Hội Nông dân xã')).toBe(true);
    // A unit that sent no report has no figures, but its lateness is known.
    const silent = byUnit?.rows.find((row) => row[0] === 'Hội Nông dân huyện Yên Định');
    expect(silent?.[1]).toBe('chưa có số liệu');
    expect(silent?.[3]).toBe('1 (35)');
  });

  it('names the four district unions that held late, each with its days late, most late first', () => {
    const part = text.slice(
      text.indexOf('Đơn vị tổ chức hội nghị chậm'),
      text.indexOf('Đơn vị quá hạn'),
    );
    const order = [
      'Thường Xuân: chậm 8',
      'Thọ Xuân: chậm 5',
      'Thiệu Hóa: chậm 3',
      'Thạch Thành: chậm 1',
    ];
    const at = order.map((s) => part.indexOf(`Hội Nông dân huyện ${s} ngày`));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(text).toContain(
      '- Hội Nông dân huyện Triệu Sơn, Hội Nông dân huyện Vĩnh Lộc, Hội Nông dân huyện Yên Định: hạn 15/9/2020, đã quá 35 ngày.',
    );
  });

  it('keeps every figure of the roll-up, counted once', () => {
    const [, byUnit] = layout.body.filter((b): b is TableBlock => b.type === 'table');
    const held = (byUnit?.rows ?? []).filter((row) => row[1] === '1/1').length;
    expect(held).toBe(r.totals.sessions.held);
    const exempt = (byUnit?.rows ?? []).filter((row) => row[4] === '1').length;
    expect(exempt).toBe(r.totals.sessions.exempted);
  });

  it('caps the table of units when asked, and says so', () => {
    const capped = renderProgressText(r, { plan, maxUnitRows: 30 });
    expect(capped).toContain('Biểu liệt kê 30/109 đơn vị');
  });
});
