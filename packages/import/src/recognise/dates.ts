/**
 * Recognise: time expressions in a folded text (lower case, no diacritics, one
 * code unit per code unit of the NFC text).
 *
 * @remarks Built the way chrono-node reads dates: one parser per kind of
 * expression (a pattern and an extract step giving the parts the text wrote —
 * its *known* parts; a missing year is left for `resolve/years.ts` to imply,
 * with its reason), then refiners over all results: overlap removal (the
 * longest, earliest match wins) and the cue refiner, which reads the words
 * before each expression (*hoàn thành trước*, *trong*, *đã học … ngày*, *tính
 * đến*, *trọng tâm*) to say what the date is to the sentence. Every pattern is
 * bounded (no nested unbounded repetition), so the work is linear in the text.
 */

/** A calendar date as the text wrote it: `year` absent when the text gave none. */
export interface DateParts {
  readonly day: number;
  readonly month: number;
  readonly year?: number;
}

/** What a time expression says, with only the parts the text wrote. */
export type TimeValue =
  | { readonly kind: 'date'; readonly date: DateParts }
  | { readonly kind: 'range'; readonly from: Partial<DateParts>; readonly to: DateParts }
  | { readonly kind: 'month'; readonly month: number; readonly year?: number }
  | { readonly kind: 'quarter'; readonly quarter: number; readonly year?: number }
  | { readonly kind: 'year'; readonly year: number }
  | {
      readonly kind: 'after';
      readonly days: number;
      readonly calendar: 'working' | 'calendar';
    }
  | { readonly kind: 'cut' };

/**
 * What the words before a time expression make of it:
 * `by` (*hoàn thành trước ngày*), `within` (*trong tháng*, *cuối tháng*),
 * `on` (*trong ngày*, *vào ngày*: that one day), `held` (*đã học … ngày*),
 * `progress` (*tính đến ngày*: a count as of a date), `focus` (*trọng tâm quý
 * IV*: a focus period, not a deadline), `bare` (nothing: a date in a news
 * report, a post date, a full date in a clause).
 */
export type TimeCue = 'by' | 'within' | 'on' | 'held' | 'progress' | 'focus' | 'bare';

/** One time expression: where it is, what it says and its cue. */
export interface TimeFound {
  /** Offset of the expression's first code unit in the folded text (its cue words included). */
  readonly start: number;
  /** One past its last code unit. */
  readonly end: number;
  /** Start of the date itself (after a cue word that the pattern takes along). */
  readonly dateStart: number;
  readonly cue: TimeCue;
  readonly value: TimeValue;
}

interface Parser {
  readonly name: string;
  readonly re: RegExp;
  /** The value, or undefined to drop the match; `lead` is the length of a leading cue word taken. */
  readonly extract: (m: RegExpExecArray) => { value: TimeValue; lead?: number } | undefined;
}

const ROMAN: Record<string, number> = {
  i: 1,
  ii: 2,
  iii: 3,
  iv: 4,
  '1': 1,
  '2': 2,
  '3': 3,
  '4': 4,
};

const num = (s: string | undefined): number | undefined =>
  s === undefined ? undefined : Number(s);

const day = (d: number, m: number, y?: number): DateParts =>
  y === undefined ? { day: d, month: m } : { day: d, month: m, year: y };

/** The prefix words that make a bare day/month a date rather than a count (*14/14 đoàn*). */
const DAY_MONTH_LEAD = String.raw`(\b(?:ngay|sang|chieu|toi|trua|dem)\s{0,3}|\bnay\s{0,3}\(\s{0,3}|\btruoc\s{1,3}|\bden\s{1,3})`;

/** The parsers, most specific first (a locale configuration, as chrono has). */
const PARSERS: readonly Parser[] = [
  {
    // từ ngày 16 - 17/3/2021, từ ngày 30/3 – 2/4/2021, từ 16/3 đến hết ngày 17/3/2021, từ ngày 3 đến ngày 9-10-2022
    name: 'range',
    re: /\btu\s{1,3}(?:ngay\s{1,3})?(\d{1,2})(?:\s{0,3}[/.-]\s{0,3}(\d{1,2}))?(?:\s{0,3}[/.-]\s{0,3}(\d{4}))?\s{0,3}(?:-|den(?:\s{1,3}het)?(?:\s{1,3}ngay)?)\s{0,3}(\d{1,2})\s{0,3}[/.-]\s{0,3}(\d{1,2})(?:\s{0,3}[/.-]\s{0,3}(\d{4}))?(?!\d)/g,
    extract: (m) => {
      const to = day(Number(m[4]), Number(m[5]), num(m[6]));
      const from: Partial<DateParts> = { day: Number(m[1]) };
      const fm = num(m[2]);
      const fy = num(m[3]);
      return {
        value: {
          kind: 'range',
          from: {
            ...from,
            ...(fm !== undefined ? { month: fm } : {}),
            ...(fy !== undefined ? { year: fy } : {}),
          },
          to,
        },
      };
    },
  },
  {
    // 15/9/2020, 15-9-2020, 26.8.2019, 15 / 9 / 2020
    name: 'full-date',
    re: /(?<![\d/.-])(\d{1,2})\s{0,3}([/.-])\s{0,3}(\d{1,2})\s{0,3}\2\s{0,3}(\d{4})(?!\d)/g,
    extract: (m) => ({
      value: { kind: 'date', date: day(Number(m[1]), Number(m[3]), Number(m[4])) },
    }),
  },
  {
    // ngày 3 tháng 9 năm 2020, ngày 5 tháng 10 (year implied)
    name: 'long-date',
    re: /(?:\bngay\s{1,3})?(?<![\d/.,-])(\d{1,2})\s{1,3}thang\s{1,3}(\d{1,2})(?:\s{0,3},?\s{0,3}nam\s{1,3}(\d{4}))?(?!\d)/g,
    extract: (m) => {
      // Without "ngày", only a full date (*3 tháng 9 năm 2020*) is a date, not "9 tháng 5".
      if (!m[0].startsWith('ngay') && m[3] === undefined) return undefined;
      return {
        value: { kind: 'date', date: day(Number(m[1]), Number(m[2]), num(m[3])) },
        lead: m[0].indexOf(m[1]!),
      };
    },
  },
  {
    // Sáng 14/11, ngày 30/3, Sáng nay (3/11), trước ngày 30/9 — a day and month, year implied
    name: 'day-month',
    re: new RegExp(
      String.raw`${DAY_MONTH_LEAD}(?:ngay\s{1,3})?(\d{1,2})\s{0,3}([/.-])\s{0,3}(\d{1,2})(?![\d%]|\s{0,3}[/.-]\s{0,3}\d|[.,]\d)`,
      'g',
    ),
    extract: (m) => {
      const lead = m[0].length - m[0].replace(/^.*?(?=\d)/s, '').length;
      return { value: { kind: 'date', date: day(Number(m[2]), Number(m[4])) }, lead };
    },
  },
  {
    // quý I/2021, quý IV.2019, quý 1 năm 2021, quý III (year implied)
    name: 'quarter',
    re: /\bquy\s{1,3}(iv|iii|ii|i|[1-4])\b(?:\s{0,3}(?:[/.-]|nam)\s{0,3}(\d{4}))?(?!\d)/g,
    extract: (m) => {
      const y = num(m[2]);
      return {
        value: { kind: 'quarter', quarter: ROMAN[m[1]!]!, ...(y !== undefined ? { year: y } : {}) },
      };
    },
  },
  {
    // tháng 12/2020, tháng 4 năm 2015, tháng 11 (year implied)
    name: 'month',
    re: /\bthang\s{1,3}(\d{1,2})(?:\s{0,3}(?:[/.-]|nam)\s{0,3}(\d{4}))?(?![\d/.-]{0,12}\d)/g,
    extract: (m) => {
      const y = num(m[2]);
      return {
        value: { kind: 'month', month: Number(m[1]), ...(y !== undefined ? { year: y } : {}) },
      };
    },
  },
  {
    // trong 2/2021 (the word "tháng" left out): a month and a four-digit year
    name: 'month-year',
    re: /\b(?:trong|cuoi|dau|giua)\s{1,3}(\d{1,2})\s{0,3}[/.-]\s{0,3}(\d{4})(?!\d)/g,
    extract: (m) => {
      const lead = m[0].length - m[0].replace(/^\D*/, '').length;
      return { value: { kind: 'month', month: Number(m[1]), year: Number(m[2]) }, lead };
    },
  },
  {
    // (trong) năm 2021
    name: 'year',
    re: /\bnam\s{1,3}(\d{4})(?!\s{0,3}[-–]\s{0,3}\d)(?!\d)/g,
    extract: (m) => ({ value: { kind: 'year', year: Number(m[1]) } }),
  },
  {
    // trong vòng 15 ngày làm việc sau hội nghị, sau hội nghị 10 ngày
    name: 'after',
    re: /\b(?:trong vong|trong|sau|cham nhat(?:\s+la)?|khong qua)\s{1,3}(?:hoi nghi\s{1,3})?(\d{1,3})\s{1,3}ngay(\s{1,3}lam viec)?\s{0,3}(?:ke tu|sau|tinh tu|,|\.|;|$)/g,
    extract: (m) => ({
      value: { kind: 'after', days: Number(m[1]), calendar: m[2] ? 'working' : 'calendar' },
      lead: 0,
    }),
  },
];

/** A date the stored page cuts off at its very end (*30/4/202*): reported, never completed. */
const CUT =
  /(?<![\d/.-])(\d{1,2})\s{0,3}([/.-])\s{0,3}(\d{1,2})\s{0,3}\2\s{0,3}(\d{1,3})\s*$|\bthang\s{1,3}(\d{1,2})\s{0,3}[/.-]\s{0,3}(\d{1,3})\s*$/;

/** The cue words, tested on the 60 code units before an expression (clause-bounded). */
const CUES: ReadonlyArray<readonly [TimeCue, RegExp]> = [
  ['focus', /\btrong tam(?:\s+cua)?\s*$/],
  ['by', /\btu nay\s+den(?:\s+het)?(?:\s+ngay)?\s*$/],
  ['progress', /\b(?:tinh\s+)?den(?:\s+het)?(?:\s+ngay)?\s*$/],
  [
    'held',
    /\bda\s+(?:duoc\s+)?(?:hoc|to chuc|tham gia|hop|quan triet|trien khai|dien ra)\b[^.;\n]{0,60}?(?:\bngay\s*)?$/,
  ],
  [
    'by',
    /\b(?:(?:hoan thanh|xong|ket thuc)\s+)?(?:truoc|cham nhat(?:\s+la)?(?:\s+vao)?|han cuoi(?:\s+la)?|hoan thanh(?:\s+vao)?|xong|ket thuc(?:\s+vao)?)(?:\s+ngay)?\s*$/,
  ],
  ['on', /\b(?:(?:hoan thanh|du kien)\s+)?(?:trong|vao)\s+ngay\s*$/],
  [
    'within',
    /\b(?:(?:hoan thanh|du kien)\s+)?(?:trong|cuoi|dau|giua|vao|truoc het)(?:\s+(?:thang|quy|nam))?\s*$/,
  ],
];

function cueOf(folded: string, at: number, value: TimeValue): { cue: TimeCue; start: number } {
  if (value.kind === 'after') return { cue: 'by', start: at };
  const windowStart = Math.max(0, at - 90);
  const window = folded.slice(windowStart, at);
  // Clause-bounded: never read across a sentence end or a line break.
  const stop = Math.max(window.lastIndexOf(';'), window.lastIndexOf('\n'), sentenceStop(window));
  const before = window.slice(stop + 1);
  const base = windowStart + stop + 1;
  if (value.kind === 'range') {
    const m = /\b(?:(?:hoan thanh|du kien)\s+)?(?:trong|vao)?\s*$/.exec(before);
    return { cue: 'on', start: m?.[0].trim() ? base + m.index : at };
  }
  for (const [cue, re] of CUES) {
    const m = re.exec(before);
    if (m) return { cue, start: base + m.index };
  }
  return { cue: 'bare', start: at };
}

/** The last ". " sentence end in a window (not the dot of 15.9.2020). */
function sentenceStop(window: string): number {
  for (let i = window.length - 1; i >= 0; i--) {
    if (
      window[i] === '.' &&
      (window[i + 1] === ' ' || window[i + 1] === undefined) &&
      !/\d/.test(window[i - 1] ?? '')
    )
      return i;
  }
  return -1;
}

/**
 * Every time expression in a folded text, in text order, with its cue.
 *
 * @remarks Refiners, in order: overlapping matches keep the earliest, then the
 * longest (chrono's `OverlapRemovalRefiner`); the cue of each expression is
 * read from the words before it; an expression joined to the one before by
 * *và*, a comma or a dash (*quý IV/2017 và tháng 01/2018*) shares its cue.
 */
export function findTimes(folded: string): TimeFound[] {
  if (!/\d/.test(folded)) return [];
  const raw: Array<{
    start: number;
    end: number;
    dateStart: number;
    value: TimeValue;
    order: number;
  }> = [];
  PARSERS.forEach((p, order) => {
    p.re.lastIndex = 0;
    for (let m = p.re.exec(folded); m !== null; m = p.re.exec(folded)) {
      const got = p.extract(m);
      if (!got) continue;
      const start = m.index;
      raw.push({
        start,
        end: start + m[0].length,
        dateStart: start + (got.lead ?? 0),
        value: got.value,
        order,
      });
    }
  });
  raw.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start) || a.order - b.order);
  const kept: typeof raw = [];
  for (const r of raw) {
    const last = kept[kept.length - 1];
    if (last && r.start < last.end) continue;
    kept.push(r);
  }
  const out: TimeFound[] = [];
  for (const r of kept) {
    // The cue reads up to the date itself, so a cue word the pattern took along counts.
    const found = cueOf(folded, r.dateStart, r.value);
    let cue = found.cue;
    const prev = out[out.length - 1];
    if (cue === 'bare' && prev && /^\s*(?:,|va|-|hoac)\s*$/.test(folded.slice(prev.end, r.start)))
      cue = prev.cue;
    const start = Math.max(prev?.end ?? 0, Math.min(found.start, r.start));
    out.push({ start, end: r.end, dateStart: r.dateStart, cue, value: r.value });
  }
  const cut = CUT.exec(folded.slice(Math.max(0, folded.length - 40)));
  if (cut) {
    const start = Math.max(0, folded.length - 40) + cut.index;
    const end = folded.trimEnd().length;
    const last = out[out.length - 1];
    if (last && last.end > start) out.pop();
    const found = cueOf(folded, start, { kind: 'cut' });
    out.push({ start: found.start, end, dateStart: start, cue: found.cue, value: { kind: 'cut' } });
  }
  return out;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** An ISO date from day, month and year, or undefined when it does not exist. */
export function isoDate(y: number, m: number, d: number): string | undefined {
  if (!(y >= 1000 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= 31)) return undefined;
  const iso = `${y}-${pad(m)}-${pad(d)}`;
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCMonth() === m - 1 && t.getUTCDate() === d ? iso : undefined;
}

/** Whether the text left the year of an expression for the context to imply. */
export function needsYear(v: TimeValue): boolean {
  switch (v.kind) {
    case 'date':
      return v.date.year === undefined;
    case 'range':
      return v.to.year === undefined;
    case 'month':
    case 'quarter':
      return v.year === undefined;
    default:
      return false;
  }
}

/** The day/month text of an expression, for messages (*30/3*, *tháng 11*). */
export function describe(v: TimeValue): string {
  switch (v.kind) {
    case 'date':
      return `${v.date.day}/${v.date.month}${v.date.year !== undefined ? `/${v.date.year}` : ''}`;
    case 'range':
      return `${v.from.day}–${v.to.day}/${v.to.month}${v.to.year !== undefined ? `/${v.to.year}` : ''}`;
    case 'month':
      return `tháng ${v.month}${v.year !== undefined ? `/${v.year}` : ''}`;
    case 'quarter':
      return `quý ${v.quarter}${v.year !== undefined ? `/${v.year}` : ''}`;
    case 'year':
      return `năm ${v.year}`;
    case 'after':
      return `${v.days} ngày`;
    default:
      return '';
  }
}

/** An ISO date of a date value with a year (known or implied), or undefined when it does not exist. */
export function isoOf(d: Partial<DateParts>, year: number | undefined): string | undefined {
  const y = d.year ?? year;
  if (y === undefined || d.day === undefined || d.month === undefined) return undefined;
  return isoDate(y, d.month, d.day);
}
