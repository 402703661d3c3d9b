import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DateRule } from '../model/date-rule.js';
import { formatDateRule, formatSessionTime } from './date-rule.js';
import { formatDuration } from './duration.js';
import {
  METHOD_LABELS,
  RECIPIENT_PURPOSE_LABELS,
  SIGNATURE_MODE_LABELS,
  TIER_LEVEL_LABELS,
} from './labels.js';
import { formatShortDate, formatViDate } from './vi-date.js';

describe('formatViDate / formatShortDate', () => {
  it('writes the place-date form', () => {
    expect(formatViDate('2020-09-03')).toBe('ngày 3 tháng 9 năm 2020');
    expect(formatViDate('2020-12-25')).toBe('ngày 25 tháng 12 năm 2020');
  });
  it('pads day < 10 and months 1, 2 when asked', () => {
    expect(formatViDate('2021-02-05', { pad: true })).toBe('ngày 05 tháng 02 năm 2021');
    expect(formatViDate('2021-03-15', { pad: true })).toBe('ngày 15 tháng 3 năm 2021');
    expect(formatViDate('2021-01-10', { pad: true })).toBe('ngày 10 tháng 01 năm 2021');
  });
  it('writes English dates', () => {
    expect(formatViDate('2020-09-03', { lang: 'en' })).toBe('3 September 2020');
    expect(formatShortDate('2020-09-15', 'en')).toBe('15 September 2020');
  });
  it('writes short dates without zeros', () => {
    expect(formatShortDate('2020-09-05')).toBe('5/9/2020');
  });
  it('returns malformed input unchanged and prints nonexistent days as given', () => {
    expect(formatViDate('not a date')).toBe('not a date');
    expect(formatShortDate('2020-02-31')).toBe('31/2/2020');
  });
});

describe('formatDuration', () => {
  it('writes the genre forms', () => {
    expect(formatDuration({ halfDays: 1 })).toBe('½ ngày');
    expect(formatDuration({ halfDays: 2 })).toBe('1 ngày');
    expect(formatDuration({ halfDays: 3 })).toBe('1,5 ngày');
    expect(formatDuration({ halfDays: 4 })).toBe('2 ngày');
    expect(formatDuration({ halfDays: 0 })).toBe('0 ngày');
  });
  it('writes English', () => {
    expect(formatDuration({ halfDays: 1 }, 'en')).toBe('½ day');
    expect(formatDuration({ halfDays: 2 }, 'en')).toBe('1 day');
    expect(formatDuration({ halfDays: 3 }, 'en')).toBe('1.5 days');
    expect(formatDuration({ halfDays: 4 }, 'en')).toBe('2 days');
  });
});

describe('formatDateRule', () => {
  const cases: [DateRule, string, string][] = [
    [{ kind: 'by', date: '2020-09-15' }, 'hoàn thành trước ngày 15/9/2020', 'by 15 September 2020'],
    [{ kind: 'within', month: '2020-12' }, 'trong tháng 12/2020', 'within December 2020'],
    [{ kind: 'within', quarter: '2021-Q1' }, 'trong quý I/2021', 'within Q1 2021'],
    [{ kind: 'within', quarter: '2021-Q4' }, 'trong quý IV/2021', 'within Q4 2021'],
    [{ kind: 'within', year: '2021' }, 'trong năm 2021', 'within 2021'],
    [
      { kind: 'span', from: '2021-03-16', to: '2021-03-17' },
      'từ ngày 16 - 17/3/2021',
      'from 16 to 17 March 2021',
    ],
    [
      { kind: 'span', from: '2021-03-30', to: '2021-04-02' },
      'từ ngày 30/3 - 2/4/2021',
      'from 30 March to 2 April 2021',
    ],
    [
      { kind: 'span', from: '2020-12-30', to: '2021-01-02' },
      'từ ngày 30/12/2020 - 2/1/2021',
      'from 30 December 2020 to 2 January 2021',
    ],
    [
      { kind: 'span', from: '2021-03-16', to: '2021-03-16' },
      'trong ngày 16/3/2021',
      'on 16 March 2021',
    ],
    [
      { kind: 'after', ref: 's-district', days: 10, calendar: 'working' },
      'trong vòng 10 ngày làm việc sau s-district',
      'within 10 working days after s-district',
    ],
    [
      { kind: 'after', ref: 's-x', days: 1, calendar: 'calendar' },
      'trong vòng 1 ngày sau s-x',
      'within 1 day after s-x',
    ],
    [{ kind: 'held', date: '2020-08-31' }, 'ngày 31/8/2020', 'on 31 August 2020'],
  ];
  it.each(cases)('%j', (rule, vi, en) => {
    expect(formatDateRule(rule)).toBe(vi);
    expect(formatDateRule(rule, { lang: 'vi' })).toBe(vi);
    expect(formatDateRule(rule, { lang: 'en' })).toBe(en);
  });
  it('names the referenced activity with resolveRef, falling back to the id', () => {
    const rule: DateRule = { kind: 'after', ref: 's-district', days: 10, calendar: 'working' };
    expect(formatDateRule(rule, { resolveRef: () => 'hội nghị cấp huyện' })).toBe(
      'trong vòng 10 ngày làm việc sau hội nghị cấp huyện',
    );
    expect(formatDateRule(rule, { resolveRef: () => undefined })).toBe(
      'trong vòng 10 ngày làm việc sau s-district',
    );
  });
  it('writes NFC text', () => {
    const text = formatDateRule({ kind: 'by', date: '2020-09-15' });
    expect(text.normalize('NFC')).toBe(text);
  });
});

describe('formatSessionTime', () => {
  it('writes held sessions with their method', () => {
    expect(
      formatSessionTime({
        method: 'online',
        duration: { halfDays: 1 },
        deadline: { kind: 'held', date: '2020-08-31' },
      }),
    ).toBe('½ ngày, đã học trực tuyến ngày 31/8/2020');
    expect(
      formatSessionTime({
        method: 'self-study',
        duration: { halfDays: 1 },
        deadline: { kind: 'held', date: '2020-08-31' },
      }),
    ).toBe('½ ngày, đã tự nghiên cứu ngày 31/8/2020');
    expect(
      formatSessionTime(
        {
          method: 'online',
          duration: { halfDays: 1 },
          deadline: { kind: 'held', date: '2020-08-31' },
        },
        { lang: 'en' },
      ),
    ).toBe('½ day, already held online on 31 August 2020');
  });
  it('writes the deadline and the discussion share', () => {
    expect(
      formatSessionTime({
        method: 'in-person',
        duration: { halfDays: 2 },
        discussion: { halfDays: 1 },
        deadline: { kind: 'by', date: '2020-09-15' },
      }),
    ).toBe('1 ngày (trong đó ½ ngày thảo luận), hoàn thành trước ngày 15/9/2020');
    expect(
      formatSessionTime(
        {
          method: 'in-person',
          duration: { halfDays: 3 },
          discussion: { halfDays: 1 },
          deadline: { kind: 'within', month: '2020-12' },
        },
        { lang: 'en' },
      ),
    ).toBe('1.5 days (of which ½ day for discussion), within December 2020');
  });
});

describe('labels', () => {
  it('hold the genre abbreviations', () => {
    expect(Object.values(RECIPIENT_PURPOSE_LABELS).map((l) => l.vi)).toEqual([
      'B/c',
      'T/h',
      'C/đ',
      'Biết',
      'Lưu',
    ]);
    expect(SIGNATURE_MODE_LABELS['on-behalf'].vi).toBe('T/M');
    expect(SIGNATURE_MODE_LABELS['acting-for'].vi).toBe('K.T.');
    expect(SIGNATURE_MODE_LABELS['by-order'].vi).toBe('T/L');
    expect(METHOD_LABELS.online.vi).toBe('trực tuyến');
    expect(TIER_LEVEL_LABELS.province.vi).toBe('Cấp tỉnh');
  });
  it('are frozen and NFC', () => {
    expect(Object.isFrozen(METHOD_LABELS)).toBe(true);
    for (const table of [METHOD_LABELS, RECIPIENT_PURPOSE_LABELS, TIER_LEVEL_LABELS]) {
      for (const label of Object.values(table)) expect(label.vi.normalize('NFC')).toBe(label.vi);
    }
  });
});

// --- A small reference parser of the Vietnamese grammar (what the importer reads back) ----

const ROMAN: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4 };
const pad = (n: number | string) => String(n).padStart(2, '0');
const iso = (d: string, m: string, y: string) => `${y}-${pad(m)}-${pad(d)}`;

function parseRule(text: string): DateRule | undefined {
  let m: RegExpExecArray | null;
  if ((m = /^hoàn thành trước ngày (\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text)))
    return { kind: 'by', date: iso(m[1]!, m[2]!, m[3]!) };
  if ((m = /^trong tháng (\d{1,2})\/(\d{4})$/.exec(text)))
    return { kind: 'within', month: `${m[2]}-${pad(m[1]!)}` };
  if ((m = /^trong quý (I|II|III|IV)\/(\d{4})$/.exec(text)))
    return { kind: 'within', quarter: `${m[2]}-Q${ROMAN[m[1]!]}` };
  if ((m = /^trong năm (\d{4})$/.exec(text))) return { kind: 'within', year: m[1]! };
  if ((m = /^trong ngày (\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text))) {
    const d = iso(m[1]!, m[2]!, m[3]!);
    return { kind: 'span', from: d, to: d };
  }
  if ((m = /^từ ngày (\d{1,2}) - (\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text)))
    return { kind: 'span', from: iso(m[1]!, m[3]!, m[4]!), to: iso(m[2]!, m[3]!, m[4]!) };
  if ((m = /^từ ngày (\d{1,2})\/(\d{1,2}) - (\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text)))
    return { kind: 'span', from: iso(m[1]!, m[2]!, m[5]!), to: iso(m[3]!, m[4]!, m[5]!) };
  if ((m = /^từ ngày (\d{1,2})\/(\d{1,2})\/(\d{4}) - (\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text)))
    return { kind: 'span', from: iso(m[1]!, m[2]!, m[3]!), to: iso(m[4]!, m[5]!, m[6]!) };
  if ((m = /^trong vòng (\d+) (ngày làm việc|ngày) sau (.+)$/.exec(text)))
    return {
      kind: 'after',
      ref: m[3]!,
      days: Number(m[1]),
      calendar: m[2] === 'ngày' ? 'calendar' : 'working',
    };
  if ((m = /^ngày (\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text)))
    return { kind: 'held', date: iso(m[1]!, m[2]!, m[3]!) };
  return undefined;
}

function parseDuration(text: string): number | undefined {
  if (text === '½ ngày') return 1;
  const m = /^(\d+)(,5)? ngày$/.exec(text);
  return m ? Number(m[1]) * 2 + (m[2] ? 1 : 0) : undefined;
}

const isoDate = fc
  .record({
    y: fc.integer({ min: 1990, max: 2100 }),
    m: fc.integer({ min: 1, max: 12 }),
    d: fc.integer({ min: 1, max: 28 }),
  })
  .map(({ y, m, d }) => `${y}-${pad(m)}-${pad(d)}`);
const ruleArb: fc.Arbitrary<DateRule> = fc.oneof(
  isoDate.map((date) => ({ kind: 'by' as const, date })),
  isoDate.map((date) => ({ kind: 'held' as const, date })),
  isoDate.map((d) => ({ kind: 'within' as const, month: d.slice(0, 7) })),
  fc
    .record({ y: fc.integer({ min: 1990, max: 2100 }), q: fc.integer({ min: 1, max: 4 }) })
    .map(({ y, q }) => ({
      kind: 'within' as const,
      quarter: `${y}-Q${q}`,
    })),
  fc.integer({ min: 1990, max: 2100 }).map((y) => ({ kind: 'within' as const, year: String(y) })),
  fc
    .tuple(isoDate, isoDate)
    .map(([a, b]) =>
      a <= b
        ? { kind: 'span' as const, from: a, to: b }
        : { kind: 'span' as const, from: b, to: a },
    ),
  fc.record({
    kind: fc.constant('after' as const),
    ref: fc.stringMatching(/^[a-z][a-z0-9-]{0,20}$/),
    days: fc.integer({ min: 0, max: 400 }),
    calendar: fc.constantFrom('working' as const, 'calendar' as const),
  }),
);

describe('round trip through a reference parser', () => {
  it('format → parse gives the same rule', () => {
    fc.assert(
      fc.property(ruleArb, (rule) => {
        expect(parseRule(formatDateRule(rule))).toEqual(rule);
      }),
      { numRuns: 300 },
    );
  });
  it('format → parse gives the same duration', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 }), (halfDays) => {
        expect(parseDuration(formatDuration({ halfDays }))).toBe(halfDays);
      }),
      { numRuns: 200 },
    );
  });
  it('never depends on anything but the rule (same input, same text)', () => {
    fc.assert(
      fc.property(ruleArb, (rule) => {
        expect(formatDateRule(JSON.parse(JSON.stringify(rule)) as DateRule, { lang: 'en' })).toBe(
          formatDateRule(rule, { lang: 'en' }),
        );
      }),
      { numRuns: 50 },
    );
  });
});
