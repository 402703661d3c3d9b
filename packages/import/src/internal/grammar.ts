import type { DateRule, Duration, TierLevel } from '@rollout/core';
import { isValidIsoDate } from '@rollout/core';

/** A match inside a folded string: where it is and what it means. */
export interface Found<T> {
  readonly start: number;
  readonly end: number;
  readonly value: T;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** An ISO date from day, month and year, or undefined when it does not exist. */
export function isoDate(y: number, m: number, d: number): string | undefined {
  if (!(y >= 1000 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= 31)) return undefined;
  const iso = `${y}-${pad(m)}-${pad(d)}`;
  return isValidIsoDate(iso) ? iso : undefined;
}

/** A date the text wrote, even when it does not exist (for the issue). */
export interface DateFound {
  readonly iso: string | undefined;
  readonly text: string;
}

const SEP = String.raw`\s*[/.-]\s*`;
/** `15/9/2020`, `15-9-2020`, `15 / 9 / 2020`, `ngày 3 tháng 9 năm 2020`. */
const DATE = String.raw`(\d{1,2})${SEP}(\d{1,2})${SEP}(\d{4})|(\d{1,2})\s+thang\s+(\d{1,2})\s*(?:,\s*)?nam\s+(\d{4})`;

function dateFrom(m: RegExpExecArray, first: number): DateFound {
  const d = Number(m[first] ?? m[first + 3]);
  const mo = Number(m[first + 1] ?? m[first + 4]);
  const y = Number(m[first + 2] ?? m[first + 5]);
  return { iso: isoDate(y, mo, d), text: `${d}/${mo}/${y}` };
}

const ANY_DATE = new RegExp(DATE, 'g');

/** Every full date in a folded text. */
export function findDates(folded: string): Found<DateFound>[] {
  const out: Found<DateFound>[] = [];
  ANY_DATE.lastIndex = 0;
  for (let m = ANY_DATE.exec(folded); m !== null; m = ANY_DATE.exec(folded)) {
    out.push({ start: m.index, end: m.index + m[0].length, value: dateFrom(m, 1) });
  }
  return out;
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

/** A deadline read from a clause. */
export interface DeadlineFound {
  /** The rule; undefined when the date does not exist. */
  readonly rule: DateRule | undefined;
  readonly text: string;
  /** The month had no year: the caller must supply it (`month` is set). */
  readonly month?: number;
  /** Set when the date does not exist. */
  readonly invalid?: string;
  /** A day and month without a year (*trước ngày 30/9*): the caller supplies the year. */
  readonly dayMonth?: {
    readonly day: number;
    readonly month: number;
    readonly kind: 'by' | 'held';
  };
}

interface Pattern {
  readonly re: RegExp;
  readonly read: (m: RegExpExecArray, text: string) => DeadlineFound;
}

function byDate(kind: 'by' | 'held') {
  return (m: RegExpExecArray, text: string): DeadlineFound => {
    const d = dateFrom(m, 1);
    return d.iso
      ? { rule: { kind, date: d.iso }, text }
      : { rule: undefined, text, invalid: d.text };
  };
}

const DEADLINE_PATTERNS: readonly Pattern[] = [
  // đã học trực tuyến ngày 31/8/2020 → held
  {
    re: new RegExp(
      String.raw`\bda\s+(?:duoc\s+)?(?:hoc|to chuc|tham gia|hop|quan triet|trien khai|dien ra)[^.;\n]{0,60}?ngay\s+(?:${DATE})`,
      'g',
    ),
    read: byDate('held'),
  },
  // từ ngày 16 - 17/3/2021, từ ngày 30/3 - 2/4/2021, từ ngày 16/3 đến ngày 17/3/2021
  {
    re: /\btu\s+(?:ngay\s+)?(\d{1,2})(?:\s*[/.-]\s*(\d{1,2}))?(?:\s*[/.-]\s*(\d{4}))?\s*(?:-|den(?:\s+het)?(?:\s+ngay)?)\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})/g,
    read: (m, text) => {
      const y2 = Number(m[6]);
      const m2 = Number(m[5]);
      const to = isoDate(y2, m2, Number(m[4]));
      const from = isoDate(m[3] ? Number(m[3]) : y2, m[2] ? Number(m[2]) : m2, Number(m[1]));
      if (!from || !to) return { rule: undefined, text, invalid: text };
      return { rule: { kind: 'span', from, to }, text };
    },
  },
  // trong ngày 5/10/2021, vào ngày 5/10/2021 → a one-day span
  {
    re: new RegExp(String.raw`\b(?:trong|vao)\s+ngay\s+(?:${DATE})`, 'g'),
    read: (m, text) => {
      const d = dateFrom(m, 1);
      return d.iso
        ? { rule: { kind: 'span', from: d.iso, to: d.iso }, text }
        : { rule: undefined, text, invalid: d.text };
    },
  },
  // hoàn thành trước ngày 15/9/2020, trước 20/01/2021, chậm nhất ngày …
  {
    re: new RegExp(
      String.raw`\b(?:(?:hoan thanh|xong|ket thuc)\s+)?(?:truoc|cham nhat(?:\s+la)?(?:\s+vao)?|han cuoi|hoan thanh(?:\s+vao)?)\s+(?:ngay\s+)?(?:${DATE})`,
      'g',
    ),
    read: byDate('by'),
  },
  // trước ngày 30/9, đã học ngày 31/8 (no year)
  {
    re: /\b(da\s+(?:duoc\s+)?(?:hoc|to chuc|tham gia|hop|quan triet)[^.;\n]{0,60}?|(?:(?:hoan thanh|xong|ket thuc)\s+)?(?:truoc|cham nhat(?:\s+la)?(?:\s+vao)?|han cuoi))\s*(?:ngay\s+)?(\d{1,2})\s*[/.-]\s*(\d{1,2})(?![\d]|\s*[/.-]\s*\d)/g,
    read: (m, text) => {
      const day = Number(m[2]);
      const month = Number(m[3]);
      if (month < 1 || month > 12 || day < 1 || day > 31)
        return { rule: undefined, text, invalid: text };
      return {
        rule: undefined,
        text,
        dayMonth: { day, month, kind: m[1]!.startsWith('da') ? 'held' : 'by' },
      };
    },
  },
  // trong quý I/2021, quý 1 năm 2021
  {
    re: /\b(?:trong\s+)?quy\s+(iv|iii|ii|i|[1-4])\b\s*(?:[/.-]|nam)\s*(\d{4})/g,
    read: (m, text) => ({
      rule: { kind: 'within', quarter: `${m[2]}-Q${ROMAN[m[1]!]}` },
      text,
    }),
  },
  // trong tháng 12/2020, cuối tháng 12 năm 2020, trong tháng 11 (no year)
  {
    re: /\b(?:(?:hoan thanh|du kien)\s+)?(?:trong|cuoi|dau|giua|vao|truoc het)\s+thang\s+(\d{1,2})(?:\s*(?:[/.-]|nam)\s*(\d{4}))?(?![\d/.-]*\d)/g,
    read: (m, text) => {
      const month = Number(m[1]);
      if (month < 1 || month > 12) return { rule: undefined, text, invalid: text };
      if (!m[2]) return { rule: undefined, text, month };
      return { rule: { kind: 'within', month: `${m[2]}-${pad(month)}` }, text };
    },
  },
  // Thời gian: tháng 9/2020 — a bare month with its year (not the month of a full date)
  {
    re: /(?<![\d\s]\s|\d)\bthang\s+(\d{1,2})\s*(?:[/.-]|nam)\s*(\d{4})\b/g,
    read: (m, text) => {
      const month = Number(m[1]);
      if (month < 1 || month > 12) return { rule: undefined, text, invalid: text };
      return { rule: { kind: 'within', month: `${m[2]}-${pad(month)}` }, text };
    },
  },
  // trong năm 2021
  {
    re: /\btrong\s+nam\s+(\d{4})\b/g,
    read: (m, text) => ({ rule: { kind: 'within', year: m[1]! }, text }),
  },
];

/** The first deadline in a folded clause, with its place. */
export function findDeadlines(folded: string): Found<DeadlineFound>[] {
  const out: Found<DeadlineFound>[] = [];
  const taken: Array<[number, number]> = [];
  for (const p of DEADLINE_PATTERNS) {
    p.re.lastIndex = 0;
    for (let m = p.re.exec(folded); m !== null; m = p.re.exec(folded)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.some(([a, b]) => start < b && end > a)) continue;
      taken.push([start, end]);
      out.push({ start, end, value: p.read(m, m[0]) });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** `sau hội nghị 10 ngày (làm việc)`, `trong vòng 15 ngày làm việc sau/kể từ …`. */
const AFTER =
  /\b(?:trong vong|trong|sau|cham nhat(?:\s+la)?|khong qua)\s+(?:hoi nghi\s+)?(\d{1,3})\s+ngay(\s+lam viec)?\s*(?:ke tu|sau|tinh tu|,|\.|;|$)/g;

/** A relative deadline: N (working) days after something. */
export function findAfter(
  folded: string,
): Found<{ days: number; calendar: 'working' | 'calendar' }> | undefined {
  AFTER.lastIndex = 0;
  const m = AFTER.exec(folded);
  if (!m) return undefined;
  return {
    start: m.index,
    end: m.index + m[0].length,
    value: { days: Number(m[1]), calendar: m[2] ? 'working' : 'calendar' },
  };
}

const NUM = String.raw`(?<![a-z\d/.,])(\d{1,2}(?:[.,]\d)?|½|1\s*/\s*2|mot nua|nua|mot|hai|ba)`;
const DURATION = new RegExp(String.raw`${NUM}\s*(ngay|buoi)(?!\s*(?:lam viec|ke tu))\b`, 'g');
const DISCUSSION = new RegExp(
  String.raw`(?:trong do|danh)\s+(?:danh\s+)?(?:khoang\s+)?${NUM}\s*(ngay|buoi)\s+(?:de\s+|cho\s+)?(?:thao luan|trao doi)`,
  'g',
);

function halfDays(num: string, unit: string): number | undefined {
  const n = num.replace(/\s+/g, '');
  let value: number;
  if (n === '½' || n === '1/2' || n === 'nua' || n === 'motnua') value = 0.5;
  else if (n === 'mot') value = 1;
  else if (n === 'hai') value = 2;
  else if (n === 'ba') value = 3;
  else value = Number(n.replace(',', '.'));
  if (!Number.isFinite(value) || value <= 0) return undefined;
  const halves = unit === 'buoi' ? value : value * 2;
  return Number.isInteger(halves) && halves <= 60 ? halves : undefined;
}

/** The discussion share (*trong đó dành 1/2 ngày để thảo luận*). */
export function findDiscussion(folded: string): Found<Duration> | undefined {
  DISCUSSION.lastIndex = 0;
  const m = DISCUSSION.exec(folded);
  if (!m) return undefined;
  const h = halfDays(m[1]!, m[2]!);
  return h === undefined
    ? undefined
    : { start: m.index, end: m.index + m[0].length, value: { halfDays: h } };
}

/** The first duration outside `skip` (a discussion share). */
export function findDuration(
  folded: string,
  skip?: { start: number; end: number },
  skip2?: { start: number; end: number },
): Found<Duration> | undefined {
  DURATION.lastIndex = 0;
  for (let m = DURATION.exec(folded); m !== null; m = DURATION.exec(folded)) {
    const start = m.index;
    const end = start + m[0].length;
    if (skip && start < skip.end && end > skip.start) continue;
    if (skip2 && start < skip2.end && end > skip2.start) continue;
    // "ngày 15" is a date, not a duration: the number must come before the unit.
    const h = halfDays(m[1]!, m[2]!);
    if (h !== undefined) return { start, end, value: { halfDays: h } };
  }
  return undefined;
}

/** Tier words, most specific first; a match hides the words inside it. */
const TIER_WORDS: ReadonlyArray<readonly [RegExp, TierLevel]> = [
  [/\bdang uy truc thuoc(?:\s+(?:tinh uy|thanh uy|huyen uy))?/g, 'district'],
  [/\bcap huyen(?:\s+va tuong duong)?/g, 'district'],
  [
    /\bhuyen\s*,\s*(?:thi xa|thi)\s*,\s*(?:thanh pho|thanh)(?:\s+(?:uy|hoi))?(?:\s+truc thuoc tinh)?/g,
    'district',
  ],
  [/\b(?:huyen|quan|thi|thanh) uy\b/g, 'district'],
  [/\b(?:huyen hoi|hoi cap huyen|hoi nong dan (?:cac |cap )?huyen)\b/g, 'district'],
  [
    /\b(?:huyen|quan|thi) doan\b|\b(?:huyen|quan|thi) hoi\b|\bdoan truc thuoc\b|\bdoan cap huyen\b/g,
    'district',
  ],
  [
    /\b(?:uy ban\s+)?(?:mttq|mat tran to quoc)(?:[^.;:\n]{0,12}?\s+va cac doan the(?:\s+chinh tri\s*-\s*xa hoi)?)?/g,
    'district',
  ],
  [
    /\bcap tinh\b|\btinh hoi\b|\btoan tinh\b|\btinh uy\b|\bcap thanh pho truc thuoc trung uong\b/g,
    'province',
  ],
  // A city's own tier: province level for a centrally-run city; the reader makes it
  // district level when the plan is issued under a province (see `isCityWord`).
  [/\bcap thanh pho\b|\btoan thanh pho\b|\bthanh hoi\b|\bthanh doan\b/g, 'province'],
  [/\b(?:doan|hoi) (?:co so|xa|phuong|thi tran)\b|\bdoan cap co so\b/g, 'commune'],
  [/\bcap trung uong\b/g, 'central'],
  [
    /\bcap (?:co so|xa)\b|\bdang uy (?:cac )?(?:xa|phuong|thi tran)\b|\bdang bo co so\b|\bto chuc co so dang\b|\bco so hoi\b|\bhoi co so\b/g,
    'commune',
  ],
  [
    /\b(?:cac\s+)?xa\s*,\s*phuong(?:\s*,\s*thi tran)?|\bxa\s*,\s*thi tran\b|\bhoi (?:nong dan )?xa\b/g,
    'commune',
  ],
  [/\bchi bo\b|\bchi hoi\b|\bto hoi\b|\bchi doan\b/g, 'branch'],
];

/** Whether a tier word (folded) names a city's own tier (*cấp thành phố*). */
export function isCityWord(folded: string): boolean {
  return /^(?:cap thanh pho|toan thanh pho|thanh hoi|thanh doan)$/.test(folded);
}

/** Every tier word in a folded text, in text order (nested words hidden). */
export function findTierWords(folded: string): Found<TierLevel>[] {
  const out: Found<TierLevel>[] = [];
  for (const [re, level] of TIER_WORDS) {
    re.lastIndex = 0;
    for (let m = re.exec(folded); m !== null; m = re.exec(folded)) {
      const start = m.index;
      const end = start + m[0].length;
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      if (out.some((f) => start < f.end && end > f.start)) continue;
      out.push({ start, end, value: level });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Methods named in a folded text, in text order, without repeats. */
export function findMethods(
  folded: string,
): Found<'online' | 'in-person' | 'broadcast' | 'self-study'>[] {
  const out: Found<'online' | 'in-person' | 'broadcast' | 'self-study'>[] = [];
  const add = (re: RegExp, value: 'online' | 'in-person' | 'broadcast' | 'self-study') => {
    re.lastIndex = 0;
    const m = re.exec(folded);
    if (m) out.push({ start: m.index, end: m.index + m[0].length, value });
  };
  add(/\btruc tuyen\b|\bonline\b|\bdiem cau\b/g, 'online');
  add(
    /\bhoc tap trung\b|\b(?:hinh thuc|hoi nghi|lop hoc|hoc tap|hoc)\s+(?:tap trung|truc tiep)\b|\btap trung tai\b/g,
    'in-person',
  );
  add(/\bphat thanh\b|\btruyen hinh\b/g, 'broadcast');
  add(/\btu nghien cuu\b|\btu hoc\b/g, 'self-study');
  return out.sort((a, b) => a.start - b.start);
}
