import type { FormatLang } from './labels.js';

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

const EN_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** The parts of an ISO date as numbers, or `undefined` when it is not `YYYY-MM-DD`. */
export function isoParts(iso: string): { y: number; m: number; d: number } | undefined {
  const match = ISO.exec(iso);
  if (!match) return undefined;
  return { y: Number(match[1]), m: Number(match[2]), d: Number(match[3]) };
}

/** The English name of a month (1–12); the number itself when out of range. */
export function englishMonth(month: number): string {
  return EN_MONTHS[month - 1] ?? String(month);
}

/**
 * Options of {@link formatViDate}.
 *
 * @category Rendering
 */
export interface FormatViDateOptions {
  /** `vi` (default): *ngày 3 tháng 9 năm 2020*; `en`: *3 September 2020*. */
  readonly lang?: FormatLang;
  /**
   * Writes a day below 10 and the months 1 and 2 with a leading zero
   * (*ngày 03 tháng 02 năm 2021*), as Nghị định 30/2020/NĐ-CP and Hướng dẫn
   * 36-HD/VPTW ask. Default `false` (*ngày 3 tháng 9 năm 2020*).
   */
  readonly pad?: boolean;
}

/**
 * Writes an ISO date the way the place-and-date line of a document does:
 * *ngày 3 tháng 9 năm 2020*.
 *
 * @remarks The date is read from its digits only, so the result never
 * depends on the time zone. A string that is not `YYYY-MM-DD` is returned as
 * it is; a day that does not exist (31/2) is written as given, since a
 * renderer prints what the plan says ({@link validatePlan} reports it).
 * @param iso - An ISO date, `YYYY-MM-DD`.
 * @param options - Language and zero padding.
 * @returns The date in words.
 * @example
 * ```ts
 * formatViDate('2020-09-03'); // => 'ngày 3 tháng 9 năm 2020'
 * formatViDate('2021-02-05', { pad: true }); // => 'ngày 05 tháng 02 năm 2021'
 * formatViDate('2020-09-03', { lang: 'en' }); // => '3 September 2020'
 * ```
 * @see {@link formatShortDate}
 * @category Rendering
 */
export function formatViDate(iso: string, options: FormatViDateOptions = {}): string {
  const p = isoParts(iso);
  if (!p) return iso;
  if (options.lang === 'en') return `${p.d} ${englishMonth(p.m)} ${p.y}`;
  const day = options.pad && p.d < 10 ? `0${p.d}` : String(p.d);
  const month = options.pad && p.m < 3 ? `0${p.m}` : String(p.m);
  return `ngày ${day} tháng ${month} năm ${p.y}`;
}

/**
 * Writes an ISO date in the short form plans use in running text: *15/9/2020*
 * (day/month/year, no leading zeros).
 *
 * @remarks English output uses the long form (*15 September 2020*) so that a
 * foreign reader cannot swap day and month. A string that is not `YYYY-MM-DD`
 * is returned as it is.
 * @param iso - An ISO date, `YYYY-MM-DD`.
 * @param lang - `vi` (default) or `en`.
 * @returns The short date.
 * @example
 * ```ts
 * formatShortDate('2020-09-15'); // => '15/9/2020'
 * formatShortDate('2020-09-15', 'en'); // => '15 September 2020'
 * ```
 * @see {@link formatViDate}
 * @category Rendering
 */
// Own code, not date-fns's `format`: the two forms are fixed (15/9/2020 and
// 15 September 2020), and `format` with its locale would add about 6 kB gzip
// to every bundle that shows a message.
export function formatShortDate(iso: string, lang: FormatLang = 'vi'): string {
  const p = isoParts(iso);
  if (!p) return iso;
  return lang === 'en' ? `${p.d} ${englishMonth(p.m)} ${p.y}` : `${p.d}/${p.m}/${p.y}`;
}
