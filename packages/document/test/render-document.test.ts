import type { Plan } from '@rollout/core';
import { clonePlan, plan985KhHndt, planNq58Province } from '@rollout/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkLayout,
  defaultLayoutRules,
  isLayoutRuleSetName,
  LAYOUT_RULES,
  layoutPlan,
  listLetter,
  renderHtml,
  renderMarkdown,
  renderText,
  splitNoBreak,
} from '../src/index.js';

const HOSTILE =
  '<script>alert("x")</script> *bold* _em_ # [link](http://evil.test) `code` | ~~s~~ &amp;';

function withTitle(plan: Plan, title: string): Plan {
  return { ...plan, header: { ...plan.header, title } };
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

describe('layout rule sets', () => {
  it('are versioned data with sources', () => {
    expect(Object.keys(LAYOUT_RULES)).toEqual([
      'party-2018',
      'party-2026',
      'state-2020',
      'mass-organisation',
    ]);
    for (const [name, rules] of Object.entries(LAYOUT_RULES)) {
      expect(rules.name).toBe(name);
      expect(rules.source.length).toBeGreaterThan(20);
      expect(rules.page).toMatchObject({ size: 'A4', widthMm: 210, heightMm: 297 });
      const m = rules.page.marginMm;
      expect(m.top).toBeGreaterThanOrEqual(20);
      expect(m.top).toBeLessThanOrEqual(25);
      expect(m.bottom).toBeGreaterThanOrEqual(20);
      expect(m.bottom).toBeLessThanOrEqual(25);
      expect(m.left).toBeGreaterThanOrEqual(30);
      expect(m.left).toBeLessThanOrEqual(35);
      expect(m.right).toBeGreaterThanOrEqual(15);
      expect(m.right).toBeLessThanOrEqual(20);
      expect(rules.fontFamily).toBe('Times New Roman');
      expect(rules.styles.body.sizePt).toBeGreaterThanOrEqual(13);
      expect(rules.styles.body.sizePt).toBeLessThanOrEqual(15);
    }
    expect(LAYOUT_RULES['party-2026'].unverified.length).toBeGreaterThan(0);
    expect(LAYOUT_RULES['party-2026'].effectiveFrom).toBe('2026-01-09');
  });

  it('are picked from the issuer kind and the date', () => {
    expect(defaultLayoutRules(plan985KhHndt)).toBe('mass-organisation');
    expect(defaultLayoutRules(planNq58Province)).toBe('party-2026'); // undated draft: newest
    const party = (date?: string): Plan => ({
      ...clonePlan(planNq58Province),
      header: { ...clonePlan(planNq58Province).header, ...(date ? { date } : {}) },
    });
    expect(defaultLayoutRules(party('2020-09-01'))).toBe('party-2018');
    expect(defaultLayoutRules(party('2026-01-08'))).toBe('party-2018');
    expect(defaultLayoutRules(party('2026-01-09'))).toBe('party-2026');
    const state: Plan = {
      ...clonePlan(plan985KhHndt),
      header: { ...clonePlan(plan985KhHndt).header, issuer: { name: 'UBND TỈNH', kind: 'state' } },
    };
    expect(defaultLayoutRules(state)).toBe('state-2020');
  });

  it('only names the shipped sets', () => {
    expect(isLayoutRuleSetName('state-2020')).toBe(true);
    expect(isLayoutRuleSetName('__proto__')).toBe(false);
    expect(isLayoutRuleSetName('toString')).toBe(false);
  });
});

describe('header', () => {
  it('prints the mass-organisation header of 985-KH/HNDT', () => {
    const text = renderText(plan985KhHndt);
    const lines = text.split('\n');
    expect(lines[0]).toMatch(/HỘI NÔNG DÂN VIỆT NAM\s{3,}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM/);
    expect(lines[1]).toMatch(/BCH HND TỈNH THANH HOÁ\s{3,}Độc lập - Tự do - Hạnh phúc/);
    expect(lines[2]?.trim()).toBe('*');
    expect(text).toMatch(/Số 985-KH\/HNDT\s{3,}Thanh Hóa, ngày 3 tháng 9 năm 2020/);
    expect(text).toContain('KẾ HOẠCH');
  });

  it('prints a Party draft with blanks for number and date', () => {
    const layout = layoutPlan(planNq58Province);
    expect(layout.rules.name).toBe('party-2026');
    expect(layout.header.mottoLines).toEqual(['ĐẢNG CỘNG SẢN VIỆT NAM']);
    // The blanks are no-break spaces, so that HTML and Markdown keep them open.
    expect(layout.header.placeDate).toBe(
      'Thanh Hóa, ngày\u00A0\u00A0\u00A0\u00A0tháng\u00A0\u00A0\u00A0\u00A0năm',
    );
    expect(layout.header.reference).toBe('Số \u00A0\u00A0\u00A0\u00A0\u00A0\u00A0-KH/TU');
    expect(renderText(planNq58Province)).toContain(layout.header.placeDate);
    expect(renderHtml(planNq58Province).replace(/<[^>]+>/g, '')).toContain(layout.header.reference);
    expect(renderMarkdown(planNq58Province)).toContain(layout.header.reference);
    expect(layout.signature).toEqual({ authority: 'T/M BAN THƯỜNG VỤ', title: 'BÍ THƯ' });
  });

  it('pads dates under the Party and state rules, and uses each set’s number prefix', () => {
    const dated: Plan = {
      ...clonePlan(planNq58Province),
      header: { ...clonePlan(planNq58Province).header, date: '2020-09-03' },
    };
    expect(layoutPlan(dated).header.placeDate).toBe('Thanh Hóa, ngày 03 tháng 9 năm 2020');
    expect(layoutPlan(dated).rules.name).toBe('party-2018');
    const state = layoutPlan(plan985KhHndt, { rules: 'state-2020' });
    // Nghị định 30/2020/NĐ-CP: the number before a slash, then type-issuer.
    expect(state.header.reference).toBe('Số: 985/KH-HNDT');
    expect(layoutPlan(planNq58Province, { rules: 'state-2020' }).header.reference).toBe(
      'Số: \u00A0\u00A0\u00A0\u00A0\u00A0\u00A0/KH-TU',
    );
    expect(layoutPlan(plan985KhHndt, { rules: 'party-2018' }).header.reference).toBe(
      'Số 985-KH/HNDT',
    );
    expect(state.header.mark).toBe('rule');
    expect(state.header.placeDate).toBe('Thanh Hóa, ngày 03 tháng 9 năm 2020');
    expect(layoutPlan(plan985KhHndt, { rules: 'party-2018' }).header.mark).toBe('star');
  });

  it('lets the user choose the motto', () => {
    expect(layoutPlan(plan985KhHndt, { motto: 'party' }).header.mottoLines).toEqual([
      'ĐẢNG CỘNG SẢN VIỆT NAM',
    ]);
    const { motto: _m, ...header } = plan985KhHndt.header;
    const state: Plan = {
      ...clonePlan(plan985KhHndt),
      header: { ...header, issuer: { ...header.issuer, kind: 'state' } },
    };
    expect(layoutPlan(state).header.mottoLines[0]).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    const party: Plan = {
      ...clonePlan(plan985KhHndt),
      header: { ...header, issuer: { ...header.issuer, kind: 'party' } },
    };
    expect(layoutPlan(party).header.motto).toBe('party');
  });
});

describe('sections', () => {
  it('come in the order of the genre', () => {
    const text = renderText(plan985KhHndt);
    const order = [
      'I. MỤC ĐÍCH, YÊU CẦU',
      'II. NỘI DUNG, PHƯƠNG THỨC, TÀI LIỆU HỌC TẬP',
      '1. Nội dung học tập, quán triệt',
      '2. Phương thức học tập, quán triệt',
      '3. Tài liệu học tập',
      '4. Xây dựng kế hoạch hành động',
      'III. KẾ HOẠCH HỌC TẬP, QUÁN TRIỆT',
      '1. Cấp tỉnh',
      '2. Hội Nông dân các huyện, thị, thành phố',
      '3. Hội Nông dân xã, phường, thị trấn, chi Hội',
      'IV. TỔ CHỨC THỰC HIỆN',
      'Nơi nhận:',
      'T/M BAN THƯỜNG VỤ',
      'Trần Bình Quân',
    ];
    const positions = order.map((s) => text.indexOf(s));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('writes each tier block with audience, time, host and method', () => {
    const text = renderText(plan985KhHndt);
    expect(text).toContain('- Thời gian: ½ ngày, đã học trực tuyến ngày 31/8/2020.');
    expect(text).toContain('- Thời gian: ½ ngày, hoàn thành trước ngày 15/9/2020.');
    expect(text).toContain('- Thời gian: ½ ngày, hoàn thành trước ngày 15/10/2020.');
    expect(text).toContain('- Chủ trì: Ban Thường vụ Tỉnh ủy.');
    // Only the communes that did not study online may study in person; the district unions study online.
    const district = text.slice(
      text.indexOf('2. Hội Nông dân các huyện'),
      text.indexOf('3. Hội Nông dân xã'),
    );
    expect(district).toContain('- Phương thức: trực tuyến.');
    expect(district).not.toContain('tập trung');
    expect(text).toContain(
      '- Phương thức: trực tuyến (ở những nơi có đủ điều kiện và đã học tập trực tuyến ngày 31/8/2020); tập trung (đối với cấp cơ sở chưa học tập trực tuyến).',
    );
    expect(
      renderText({
        ...clonePlan(plan985KhHndt),
        sessions: clonePlan(plan985KhHndt).sessions.map((s) => ({
          ...s,
          alternativeMethodsFor: undefined,
          methodFor: undefined,
        })) as Plan['sessions'],
      }),
    ).toContain('- Phương thức: trực tuyến (hoặc tập trung).');
  });

  it('writes several sessions of one tier, co-hosts, discussion and follow-up deadlines', () => {
    const text = renderText(planNq58Province);
    expect(text).toContain(
      '- Thời gian: 1 ngày (trong đó ½ ngày thảo luận), hoàn thành trước ngày 15/9/2020.',
    );
    expect(text).toMatch(/^a\) /m);
    expect(text).toContain('- Phối hợp: Trường Chính trị tỉnh;');
    expect(text).toContain('hoàn thành trước ngày 30-9-2020');
    // The materials are II.2 here: the plan has no content part.
    expect(text).toContain('2. Tài liệu học tập');
    expect(text).toContain('- Tài liệu: tài liệu số 1, 2, 3, 4 (mục II.2).');
    expect(renderText(planNq58Province, { lang: 'en' })).toContain(
      '- Materials: items 1, 2, 3, 4 of section II.2.',
    );
  });

  it('names the activity of an `after` rule', () => {
    const plan: Plan = {
      ...clonePlan(planNq58Province),
      deliverables: [
        {
          id: 'ap',
          kind: 'action-plan',
          due: { kind: 'after', ref: 's-district-committees', days: 10, calendar: 'working' },
        },
      ],
    };
    expect(renderText(plan)).toContain(
      'trong vòng 10 ngày làm việc sau hội nghị do các huyện, thị, thành ủy tổ chức',
    );
  });

  it('prints a minimal plan without empty sections', () => {
    const plan: Plan = {
      header: plan985KhHndt.header,
      resolutions: [],
      tiers: [],
      audiences: [],
      materials: [],
      sessions: [],
      deliverables: [],
      recipients: [],
    };
    const text = renderText(plan);
    expect(text).not.toContain('I. ');
    expect(text).not.toContain('Nơi nhận');
    expect(renderHtml(plan)).toContain('<h1 class="kind">KẾ HOẠCH</h1>');
  });
});

describe('English', () => {
  it('translates the structure and keeps proper names', () => {
    const text = renderText(plan985KhHndt, { lang: 'en' });
    expect(text).toContain('SOCIALIST REPUBLIC OF VIETNAM');
    expect(text).toContain('No. 985-KH/HNDT');
    expect(text).toContain('Thanh Hóa, 3 September 2020');
    expect(text).toContain('PLAN');
    expect(text).toContain('I. PURPOSES AND REQUIREMENTS');
    expect(text).toContain('- Time: ½ day, by 15 September 2020.');
    expect(text).toContain('- Ban Tuyên huấn TW Hội (for report);');
    expect(text).toContain('ON BEHALF OF BAN THƯỜNG VỤ');
    expect(text).toContain('BCH HND TỈNH THANH HOÁ');
    expect(text).toContain('Hội Nông dân các huyện, thị, thành phố');
    expect(text).not.toContain('Thời gian:');
    expect(renderHtml(plan985KhHndt, { lang: 'en' })).toContain('<html lang="en">');
  });
});

describe('HTML', () => {
  it('is a standalone print-ready A4 page with the rule set’s margins', () => {
    const html = renderHtml(plan985KhHndt);
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="vi">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('@page { size: A4; margin: 20mm 15mm 20mm 30mm;');
    expect(html).toContain('@top-center { content: counter(page);');
    expect(html).toContain('@page :first { @top-center { content: none; } }');
    expect(html).toContain('"Times New Roman"');
    expect(html).not.toMatch(/<script|<link|src=|@import|url\(/i);
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
    const party = renderHtml(planNq58Province);
    expect(party).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(party).toContain(
      '.motto-party { font-size: 15pt; line-height: 19.5pt; font-weight: bold;',
    );
  });
});

describe('escaping', () => {
  const plan = withTitle(clonePlan(plan985KhHndt), HOSTILE);

  it('HTML prints a hostile title as text', () => {
    const html = renderHtml(plan);
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(html).toContain('&amp;amp;');
    const hostileName: Plan = {
      ...clonePlan(plan985KhHndt),
      recipients: [{ name: '<img src=x onerror=alert(1)>', purpose: 'inform' }],
      signature: { mode: 'on-behalf', authority: '"><b>', title: 'x', name: "O'Brien" },
    };
    const out = renderHtml(hostileName);
    expect(out).not.toMatch(/<img|<b>/);
    expect(out).toContain('O&#39;Brien');
  });

  it('Markdown escapes every control character of plan text', () => {
    const md = renderMarkdown(plan);
    const line = md.split('\n').find((l) => l.includes('script'));
    expect(line).toBe(
      '**\\<script\\>alert("x")\\</script\\> \\*bold\\* \\_em\\_ \\# \\[link\\](http://evil.test) \\`code\\` \\| \\~\\~s\\~\\~ &amp;amp;**',
    );
  });

  it('Markdown escapes list and heading markers at the start of plan text', () => {
    const plan2: Plan = {
      ...clonePlan(plan985KhHndt),
      intro: '# not a heading',
      content: ['- not a nested item', '1. not a number', '+ plus'],
      header: { ...clonePlan(plan985KhHndt).header, title: '1. Title' },
    };
    const md = renderMarkdown(plan2);
    expect(md).toContain('\n\\# not a heading\n');
    expect(md).toContain('\n- \\- not a nested item\n');
    expect(md).toContain('\n- 1\\. not a number\n');
    expect(md).toContain('\n- \\+ plus\n');
    expect(md).toContain('\n**1\\. Title**\n');
  });

  it('text output keeps the characters as they are', () => {
    expect(renderText(plan)).toContain(HOSTILE);
  });

  it('no plan text can open HTML in any output (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.string({ maxLength: 40 }), (title, name) => {
        const p: Plan = {
          ...withTitle(clonePlan(plan985KhHndt), `x${title}`),
          recipients: [{ name: `y${name}`, purpose: 'implement' }],
        };
        const html = renderHtml(p);
        const body = html.slice(html.indexOf('<body>'));
        const tags = body.match(/<\/?([a-z0-9]+)/gi) ?? [];
        const allowed = new Set([
          'body',
          'article',
          'table',
          'tr',
          'td',
          'div',
          'span',
          'h1',
          'h2',
          'h3',
          'h4',
          'p',
          'em',
          'colgroup',
          'col',
          'strong',
          'html',
        ]);
        for (const t of tags) expect(allowed.has(t.replace(/[</]/g, '').toLowerCase())).toBe(true);
        const md = renderMarkdown(p).replaceAll('<br>', '');
        expect(md).not.toMatch(/(^|[^\\])</m);
      }),
      { numRuns: 60 },
    );
  });
});

describe('hostile and odd input', () => {
  it('writes NFD input as NFC and folds control characters and line breaks', () => {
    const nfd = 'Kế hoạch học tập'.normalize('NFD');
    const text = renderText(
      withTitle(clonePlan(plan985KhHndt), `${nfd}\u0000\u0007 line\nbreak\u2028x`),
    );
    expect(text).toContain('Kế hoạch học tập line break x');
    expect([...text].some((c) => (c.codePointAt(0) ?? 0) < 9 || c === '\u2028')).toBe(false);
    expect(text.normalize('NFC')).toBe(text);
  });

  it('prints ids for missing references instead of failing', () => {
    const plan: Plan = {
      ...clonePlan(plan985KhHndt),
      sessions: [
        { ...clonePlan(plan985KhHndt).sessions[1]!, tier: '__proto__', audiences: ['nope'] },
      ],
    };
    const text = renderText(plan);
    expect(text).toContain('__proto__');
    expect(text).toContain('- Thành phần: nope.');
  });

  it('does not change its input', () => {
    const frozen = deepFreeze(clonePlan(plan985KhHndt));
    const before = JSON.stringify(frozen);
    renderText(frozen);
    renderHtml(frozen, { lang: 'en' });
    renderMarkdown(frozen, { rules: 'party-2018' });
    expect(JSON.stringify(frozen)).toBe(before);
  });

  it('renders a large plan', () => {
    const sessions = Array.from({ length: 2000 }, (_, i) => ({
      ...plan985KhHndt.sessions[1]!,
      id: `s${i}`,
    }));
    const text = renderText({ ...clonePlan(plan985KhHndt), sessions });
    expect(text.split('- Thời gian:').length - 1).toBe(2000);
  });
});

describe('determinism', () => {
  it('gives the same bytes on two renders', () => {
    for (const plan of [plan985KhHndt, planNq58Province]) {
      for (const lang of ['vi', 'en'] as const) {
        expect(renderText(plan, { lang })).toBe(renderText(structuredClone(plan), { lang }));
        expect(renderHtml(plan, { lang })).toBe(renderHtml(structuredClone(plan), { lang }));
        expect(renderMarkdown(plan, { lang })).toBe(
          renderMarkdown(structuredClone(plan), { lang }),
        );
      }
    }
  });

  it('layouts are plain data that survive JSON', () => {
    const layout = layoutPlan(plan985KhHndt);
    expect(JSON.parse(JSON.stringify(layout))).toEqual(layout);
  });
});

describe('options', () => {
  it('rejects an unknown rule set name', () => {
    expect(() => renderText(plan985KhHndt, { rules: 'party-1990' as never })).toThrow(RangeError);
    expect(() => renderHtml(plan985KhHndt, { rules: '__proto__' as never })).toThrow(RangeError);
  });

  it('takes a rule set of one’s own', () => {
    const mine = {
      ...LAYOUT_RULES['state-2020'],
      page: {
        ...LAYOUT_RULES['state-2020'].page,
        marginMm: { top: 25, bottom: 25, left: 35, right: 20 },
      },
    };
    expect(renderHtml(plan985KhHndt, { rules: mine })).toContain(
      '@page { size: A4; margin: 25mm 20mm 25mm 35mm;',
    );
  });
});

describe('issue 15: lettering, headings, rules, motto warning', () => {
  it('letters items as Vietnamese documents do, then aa, ab …, never twice', () => {
    const letters = Array.from({ length: 60 }, (_, i) => listLetter(i));
    expect(letters.slice(0, 23).join('')).toBe('abcdđeghiklmnopqrstuvxy');
    expect(letters.slice(23, 26)).toEqual(['aa', 'ab', 'ac']);
    expect(new Set(letters).size).toBe(60);
    expect(letters.some((l) => /[fjwz]/.test(l))).toBe(false);
    expect(listLetter(23 + 23 * 23)).toBe('aaa');
  });

  it('heads several sessions by title, host or audience, each distinct and capitalised as a heading', () => {
    const layout = layoutPlan(planNq58Province);
    const minor = layout.body.flatMap((b) =>
      b.type === 'minor-heading' ? [`${b.marker} ${b.text}`] : [],
    );
    expect(minor).toEqual([
      'a) Hội nghị do Ban Thường vụ Tỉnh ủy tổ chức',
      'b) Hội nghị do Ban Tuyên giáo Tỉnh ủy tổ chức',
      'a) Hội nghị do các huyện, thị, thành ủy tổ chức',
      'b) Hội nghị do các đảng ủy trực thuộc Tỉnh ủy tổ chức',
      'c) Hội nghị do Ủy ban MTTQ và các đoàn thể chính trị - xã hội tổ chức',
    ]);
    const sameHost: Plan = {
      ...clonePlan(planNq58Province),
      sessions: clonePlan(planNq58Province).sessions.map((s) =>
        s.tier === 'district' ? { ...s, host: 'Ban Tuyên giáo Tỉnh ủy' } : s,
      ),
    };
    const byAudience = layoutPlan(sameHost).body.flatMap((b) =>
      b.type === 'minor-heading' ? [b.text] : [],
    );
    expect(byAudience).toContain('Hội nghị dành cho các đảng ủy trực thuộc Tỉnh ủy');
    expect(byAudience).toContain(
      'Hội nghị dành cho Ủy ban MTTQ và các đoàn thể chính trị - xã hội',
    );
  });

  it('draws the rule set’s mark under the summary line, and keeps Markdown’s header row empty', () => {
    expect(renderText(planNq58Province, { rules: 'party-2018' })).toMatch(/\n\s+-----\n/);
    expect(renderHtml(plan985KhHndt, { rules: 'state-2020' })).toMatch(
      /<div class="title-rule"><span class="rule" style="width: [\d.]+mm">/,
    );
    const md = renderMarkdown(plan985KhHndt).split('\n');
    expect(md.slice(0, 2)).toEqual(['| | |', '|:---:|:---:|']);
    expect(md[2]).toContain('HỘI NÔNG DÂN VIỆT NAM');
  });

  it('warns when the motto does not fit the rule set', () => {
    expect(checkLayout(plan985KhHndt)).toEqual([]);
    const [issue] = checkLayout(plan985KhHndt, { rules: 'party-2018' });
    expect(issue).toMatchObject({
      code: 'layout/motto-mismatch',
      severity: 'warning',
      path: ['header', 'motto'],
    });
    expect(issue?.message.vi).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(checkLayout(planNq58Province, { rules: 'state-2020' })[0]?.code).toBe(
      'layout/motto-mismatch',
    );
    expect(checkLayout(planNq58Province)).toEqual([]);
  });

  it('keeps numbers and symbols and the place whole in HTML', () => {
    const html = renderHtml(plan985KhHndt);
    expect(html).toContain('<span class="nb">58-NQ/TW</span>');
    expect(html).toContain('<span class="nb">Thanh Hóa</span>');
    expect(
      splitNoBreak('Số 30/2020/NĐ-CP và 123/KH-UBND', [])
        .filter((p) => p.keep)
        .map((p) => p.text),
    ).toEqual(['30/2020/NĐ-CP', '123/KH-UBND']);
  });
});
