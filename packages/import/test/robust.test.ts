import { importPlans } from '@rollout/import';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { readCorpus } from '../../../test-support/corpus.js';

const plan001 = readCorpus('001_c4a0ee48a2404adc.txt');

const strip = (r: ReturnType<typeof importPlans>) => ({
  plans: r.plans,
  codes: r.issues.map((i) => i.code),
});

describe('Unicode forms', () => {
  it('reads NFD text as it reads NFC text, with offsets into the NFD input', () => {
    const nfd = plan001.normalize('NFD');
    const nfc = plan001.normalize('NFC');
    expect(nfd).not.toBe(nfc);
    const a = importPlans(nfd);
    const b = importPlans(nfc);
    expect(strip(a)).toEqual(strip(b));
    for (const [path, span] of Object.entries(a.sources[0]!)) {
      const original = nfd.slice(span.start, span.end).normalize('NFC');
      const fromNfc = nfc.slice(b.sources[0]![path]!.start, b.sources[0]![path]!.end);
      expect(original, path).toBe(fromNfc);
    }
    for (const u of a.unread) expect(nfd.slice(u.start, u.end)).toBe(u.text);
  });

  it('reads Windows line endings (CRLF) the same way, offsets into the CRLF text', () => {
    const crlf = plan001.replace(/\n/g, '\r\n');
    const a = importPlans(crlf);
    expect(strip(a)).toEqual(strip(importPlans(plan001)));
    const span = a.sources[0]!['/sessions/2/deadline']!;
    expect(crlf.slice(span.start, span.end)).toBe('hoàn thành trước ngày 15/10/2020');
  });

  it('gives NFC text in the plan even from NFD input', () => {
    const plan = importPlans(plan001.normalize('NFD')).plans[0]!;
    const json = JSON.stringify(plan);
    expect(json.normalize('NFC')).toBe(json);
  });

  it('matches keywords despite typos in the diacritics (phảt, thuạt, híện)', () => {
    const text =
      'KẾ HOẠCH\nHọc tập Nghị quyết số 7-NQ/TW\n1. Cấp tỉnh\n- Thành phần: Ban Chấp hành.\n- Thời gian: ½ ngày, hoàn thảnh trưóc ngảy 15/9/2020.\n2. Cấp huỵện\n- Thành phần: cán bộ chủ chốt.\n- Thời gian: ½ ngày, hoàn thành trước ngày 30/9/2020.\n';
    const plan = importPlans(text).plans[0]!;
    expect(plan.sessions.map((s) => [s.tier, s.deadline])).toEqual([
      ['province', { kind: 'by', date: '2020-09-15' }],
      ['district', { kind: 'by', date: '2020-09-30' }],
    ]);
  });
});

describe('messy layout', () => {
  it('joins line breaks inside sentences and ignores page numbers and photo captions', () => {
    const text = [
      'KẾ HOẠCH',
      'Học tập Nghị quyết số 7-NQ/TW',
      'III. KẾ HOẠCH HỌC TẬP',
      '1. Cấp tỉnh',
      '- Thành phần: Ban Chấp hành Đảng bộ tỉnh, bí thư các huyện ủy,',
      'thành ủy và đảng ủy trực thuộc.',
      '- Thời gian: 1 ngày, hoàn thành',
      'trước ngày 15/9/2020.',
      '12',
      'Ảnh minh họa.',
      'IMG_2020_0915.jpg',
    ].join('\n');
    const result = importPlans(text);
    const plan = result.plans[0]!;
    expect(plan.audiences[0]?.name).toBe(
      'Ban Chấp hành Đảng bộ tỉnh, bí thư các huyện ủy, thành ủy và đảng ủy trực thuộc',
    );
    expect(plan.sessions[0]?.deadline).toEqual({ kind: 'by', date: '2020-09-15' });
    expect(result.unread).toEqual([]);
  });

  it('reads a hard-wrapped copy (text copied from a PDF, lines cut at 70 characters) like the original', () => {
    const wrapped = plan001
      .split('\n')
      .map((line) => {
        if (line.length <= 80 || / {3,}/.test(line.trim())) return line;
        const out: string[] = [];
        let cur = '';
        for (const w of line.split(' ')) {
          if (`${cur} ${w}`.length > 70 && cur) {
            out.push(cur);
            cur = w;
          } else cur = cur ? `${cur} ${w}` : w;
        }
        if (cur) out.push(cur);
        return out.join('\n');
      })
      .join('\n');
    expect(wrapped.split('\n').length).toBeGreaterThan(plan001.split('\n').length + 20);
    const essence = (text: string) => {
      const p = importPlans(text).plans[0]!;
      return {
        sessions: p.sessions,
        audiences: p.audiences,
        materials: p.materials.map((m) => m.title),
        deliverables: p.deliverables.map((d) => [d.kind, d.due]),
        recipients: p.recipients,
        resolutions: p.resolutions,
        signature: p.signature,
      };
    };
    expect(essence(wrapped)).toEqual(essence(plan001));
  });

  it('blanks HTML tags instead of reading them, and keeps offsets', () => {
    const text =
      '<p><b>KẾ HOẠCH</b></p>\n<p>Học tập Nghị quyết số 7-NQ/TW</p>\n<p>1. Cấp tỉnh</p>\n<p>- Thành phần: Ban Chấp hành <script>alert(1)</script>.</p>\n<p>- Thời gian: ½ ngày, hoàn thành trước ngày 15/9/2020.</p>';
    const result = importPlans(text);
    const plan = result.plans[0]!;
    expect(plan.sessions[0]?.deadline).toEqual({ kind: 'by', date: '2020-09-15' });
    expect(JSON.stringify(plan)).not.toContain('<');
    const span = result.sources[0]!['/sessions/0/deadline']!;
    expect(text.slice(span.start, span.end)).toBe('hoàn thành trước ngày 15/9/2020');
  });

  it('reads the odd spacing of "Số  985 -KH/HNDT" and "58 –NQ/TW"', () => {
    const plan = importPlans(plan001).plans[0]!;
    expect(plan.header.reference).toBe('985-KH/HNDT');
    expect(plan.resolutions.map((r) => r.reference)).toEqual(['58-NQ/TW']);
  });
});

describe('hostile input', () => {
  it('returns an issue, not a throw, for empty and blank input', () => {
    for (const text of ['', '   \n\t\n']) {
      const result = importPlans(text);
      expect(result.plans).toEqual([]);
      expect(result.unread).toEqual([]);
      expect(result.issues.map((i) => i.code)).toEqual(['import/empty-input']);
    }
    expect(importPlans(undefined as unknown as string).issues[0]?.code).toBe('import/empty-input');
  });

  it('puts text with no plan in it into unread and says no plan was read', () => {
    const result = importPlans('Hôm nay trời đẹp.\n\nNgày mai trời mưa.');
    expect(result.plans).toEqual([]);
    expect(result.issues.map((i) => i.code)).toEqual(['import/no-plan']);
    expect(result.unread.map((u) => u.text)).toEqual(['Hôm nay trời đẹp.\n\nNgày mai trời mưa.']);
  });

  it('finishes on 5 MB of text (plans, prose and long lines without breaks)', () => {
    const chunk = `${plan001}\n${'Sau hội nghị '.repeat(2000)}\n${'a'.repeat(20000)} ${'1/'.repeat(5000)}\n`;
    let big = '';
    while (big.length < 5_000_000) big += chunk;
    const result = importPlans(big, { validate: false });
    expect(result.plans.length).toBeGreaterThan(10);
    expect(result.plans[0]?.header.reference).toBe('985-KH/HNDT');
  }, 60_000);

  it('stays linear on pathological repetition (many resolutions, recipients, tiers, clauses, punctuation)', () => {
    const cases = [
      Array.from(
        { length: 15000 },
        (_, i) => `Nghị quyết số ${i + 1}-NQ/TW ngày 5/8/2020 của Bộ Chính trị “Về x”; `,
      ).join(''),
      `KẾ HOẠCH\nHọc tập\nNơi nhận:\n${'- Ban Tuyên giáo Tỉnh ủy (b/c);\n'.repeat(8000)}`,
      `KẾ HOẠCH\nHọc tập Nghị quyết số 1-NQ/TW\n${'1. Cấp tỉnh\n- Thành phần: a.\n- Thời gian: ½ ngày, trước ngày 1/1/2021.\n'.repeat(2000)}`,
      'Hội nghị cấp tỉnh hoàn thành trước ngày 1/1/2021; '.repeat(5000),
      `${'.'.repeat(1_000_000)} ${';'.repeat(500_000)}`,
      `${'“'.repeat(1_000_000)}Nghị quyết số 5 ${'”'.repeat(1000)}`,
    ];
    const sizes = cases.map((text) => {
      const result = importPlans(text, { validate: false });
      return result.plans.reduce((n, p) => n + p.sessions.length, 0);
    });
    expect(sizes).toEqual([0, 0, 2000, 5000, 0, 0]);
  }, 60_000);

  it('takes time in proportion to the length of crafted long lines (no pattern backtracks super-linearly)', () => {
    // Twenty times the text may take twenty times as long; the bound (120) leaves six
    // times that for a loaded machine and the collector, while a quadratic pattern would
    // take about four hundred times as long and fail it. (Speed itself is measured by
    // `pnpm bench import`.)
    const lines: Record<string, (n: number) => string> = {
      digits: (n) => '1'.repeat(n),
      slashes: (n) => '1/'.repeat(n / 2),
      spaces: (n) => `Hội nghị${' '.repeat(n)}ngày 5`,
      ngày: (n) => 'ngày '.repeat(n / 5),
      dates: (n) => '15/9/2020 '.repeat(n / 10),
      'từ ngày': (n) => 'từ ngày 1 - '.repeat(n / 12),
      bodies: (n) => 'Ban Thường vụ Tỉnh ủy '.repeat(n / 22),
      recipients: (n) => `Nơi nhận:\n- A;\n${'Ban Tuyên giáo\n'.repeat(n / 15)}`,
    };
    const time = (text: string) => {
      let best = Number.POSITIVE_INFINITY;
      for (let i = 0; i < 5; i++) {
        const t0 = performance.now();
        importPlans(text, { validate: false });
        best = Math.min(best, performance.now() - t0);
      }
      return best;
    };
    for (const [name, make] of Object.entries(lines)) {
      // Best of five runs each, and a floor under the small time: other tests share the machine.
      const small = time(make(10_000));
      const large = time(make(200_000));
      expect(
        large / Math.max(small, 5),
        `${name}: ${large.toFixed(0)} ms vs ${small.toFixed(0)} ms`,
      ).toBeLessThan(120);
    }
  }, 120_000);

  it('never throws and keeps every unread span faithful to the input (property)', () => {
    const words = [
      'KẾ HOẠCH',
      'Nơi nhận:',
      'T/M BAN THƯỜNG VỤ',
      '1. Cấp tỉnh',
      '- Thành phần:',
      'Thời gian: ½ ngày',
      'hoàn thành trước ngày 15/9/2020',
      'trong tháng 11',
      'Nghị quyết số 27',
      '“',
      '”',
      ';',
      '(B/c)',
      '\n',
      '      ',
      'Số 12-KH/TU',
      'cấp cơ sở',
      'chi bộ',
      '__proto__',
      '\u0301',
      'Nguồn: https://x.vn/202012/a',
      '04/01/2024 09:35',
      'Sáng 25/12,',
      'Ban Thường vụ Huyện ủy Cẩm Xuyên',
      'đã tổ chức hội nghị học tập, quán triệt',
      'do Thành ủy Hà Nội tổ chức',
      'trực tuyến từ Tỉnh ủy',
      'chỉ đạo 14/14 đoàn cấp huyện',
      'hơn 600 điểm cầu',
      'với hơn 20.000 đại biểu',
      'nhiệm kỳ 2025 - 2030',
      'Nghị quyết Đại hội',
      'hội nghị sáng 9/9',
      'Từ nay đến hết 30/4/202',
      '| **KẾ HOẠCH** |',
      '# ',
      '\r',
      '\u200b',
    ];
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...words), fc.string()), { maxLength: 40 }),
        (parts) => {
          const text = parts.join(' ');
          const result = importPlans(text);
          for (const u of result.unread) {
            expect(text.slice(u.start, u.end)).toBe(u.text);
            expect(u.text.trim().length).toBeGreaterThan(0);
          }
          for (const plan of result.plans) {
            for (const s of plan.sessions)
              expect(plan.tiers.some((t) => t.id === s.tier)).toBe(true);
          }
          expect(structuredClone(result)).toEqual(result);
          for (const [i, plan] of result.plans.entries())
            for (const path of Object.keys(result.sources[i]!)) {
              let v: unknown = plan;
              for (const k of path.split('/').slice(1)) v = (v as Record<string, unknown>)?.[k];
              expect(v, path).not.toBeUndefined();
            }
        },
      ),
      { numRuns: 300 },
    );
  });
});
