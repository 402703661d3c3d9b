/**
 * Calendar-date arithmetic on ISO `YYYY-MM-DD` strings.
 *
 * Every function here works on whole days counted from 1970-01-01 (the "epoch
 * day"), through `Date.UTC` only, so no result depends on the process time zone.
 */

/** A calendar date as an ISO `YYYY-MM-DD` string, e.g. `"2020-09-15"`. */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/**
 * Tells whether a string is an ISO `YYYY-MM-DD` date that exists on the calendar.
 *
 * @remarks Rejects dates such as `2021-02-31` (31/2) and `2020-13-01`, which
 * `new Date()` would silently roll over into the next month.
 * @param value - Any value.
 * @returns `true` for a real calendar date in `YYYY-MM-DD` form.
 * @example Checking dates
 * ```ts
 * isValidIsoDate('2020-09-15'); // => true
 * isValidIsoDate('2021-02-31'); // => false
 * isValidIsoDate('15/9/2020'); // => false
 * ```
 * @category Calendar
 */
export function isValidIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1) return false;
  return d <= daysInMonth(y, mo);
}

/**
 * The number of days in a month of the Gregorian calendar.
 *
 * @param year - The year, e.g. `2024`.
 * @param month - The month, 1 to 12.
 * @returns 28 to 31.
 * @example February in a leap year
 * ```ts
 * daysInMonth(2024, 2); // => 29
 * daysInMonth(2023, 2); // => 28
 * ```
 * @category Calendar
 */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) {
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    return leap ? 29 : 28;
  }
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Converts an ISO date to its epoch day (days since 1970-01-01).
 *
 * @remarks The input is not checked; pass only dates for which
 * {@link isValidIsoDate} holds.
 * @param date - An ISO `YYYY-MM-DD` date.
 * @returns Whole days since 1970-01-01 (negative before it).
 * @example
 * ```ts
 * toEpochDay('1970-01-02'); // => 1
 * ```
 * @category Calendar
 */
export function toEpochDay(date: IsoDate): number {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const d = Number(date.slice(8, 10));
  return Math.round(Date.UTC(y, m - 1, d) / MS_PER_DAY);
}

/**
 * Converts an epoch day back to an ISO date.
 *
 * @param day - Whole days since 1970-01-01.
 * @returns The ISO `YYYY-MM-DD` date.
 * @example
 * ```ts
 * fromEpochDay(0); // => '1970-01-01'
 * ```
 * @category Calendar
 */
export function fromEpochDay(day: number): IsoDate {
  const dt = new Date(day * MS_PER_DAY);
  const y = dt.getUTCFullYear();
  const m = dt.getUTCMonth() + 1;
  const d = dt.getUTCDate();
  return `${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

/**
 * Adds (or with a negative count, subtracts) calendar days to an ISO date.
 *
 * @param date - An ISO date.
 * @param days - Whole days to add.
 * @returns The new ISO date.
 * @example Across a month end
 * ```ts
 * addCalendarDays('2020-08-31', 15); // => '2020-09-15'
 * ```
 * @category Calendar
 */
export function addCalendarDays(date: IsoDate, days: number): IsoDate {
  return fromEpochDay(toEpochDay(date) + days);
}

/**
 * Counts the calendar days from one date to another (`to - from`).
 *
 * @param from - The earlier ISO date.
 * @param to - The later ISO date.
 * @returns Whole days, negative when `to` is before `from`.
 * @example
 * ```ts
 * daysBetween('2020-09-15', '2020-10-15'); // => 30
 * ```
 * @category Calendar
 */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toEpochDay(to) - toEpochDay(from);
}

/**
 * The day of the week of an ISO date, 0 for Sunday to 6 for Saturday.
 *
 * @param date - An ISO date.
 * @returns 0 (Sunday) to 6 (Saturday), whatever the process time zone.
 * @example
 * ```ts
 * dayOfWeek('2020-09-13'); // => 0 (a Sunday)
 * ```
 * @category Calendar
 */
export function dayOfWeek(date: IsoDate): number {
  return (((toEpochDay(date) + 4) % 7) + 7) % 7;
}

/**
 * Tells whether an ISO date falls on a Saturday or a Sunday.
 *
 * @param date - An ISO date.
 * @returns `true` on Saturday and Sunday.
 * @example
 * ```ts
 * isWeekend('2020-10-17'); // => true (a Saturday)
 * ```
 * @category Calendar
 */
export function isWeekend(date: IsoDate): boolean {
  const d = dayOfWeek(date);
  return d === 0 || d === 6;
}

/**
 * Compares two ISO dates, for sorting.
 *
 * @param a - An ISO date.
 * @param b - Another ISO date.
 * @returns A negative number, zero or a positive number.
 * @example
 * ```ts
 * ['2020-10-15', '2020-09-15'].sort(compareIsoDates); // => ['2020-09-15', '2020-10-15']
 * ```
 * @category Calendar
 */
export function compareIsoDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
