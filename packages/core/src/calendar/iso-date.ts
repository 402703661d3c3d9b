/**
 * Calendar-date arithmetic on ISO `YYYY-MM-DD` strings.
 *
 * Every function here works on whole days counted from 1970-01-01 (the "epoch
 * day") with integer arithmetic only, so no result depends on the process
 * time zone. The library accepts the dates 0001-01-01 to 9999-12-31
 * ({@link MIN_ISO_DATE}, {@link MAX_ISO_DATE}).
 *
 * Own code, not date-fns: these run in the cascade's and the roll-up's hot
 * loops (millions of calls on a national unit tree), where a `Date` object
 * per call would cost an allocation and a time-zone-free read each time; the
 * epoch-day integers here are what the typed arrays hold. date-fns (on
 * `UTCDate`) works out the calendar windows (`withinRange`).
 */

/** A calendar date as an ISO `YYYY-MM-DD` string, e.g. `"2020-09-15"`. */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Tells whether a string is an ISO `YYYY-MM-DD` date that exists on the calendar.
 *
 * @remarks Rejects dates such as `2021-02-31` (31/2) and `2020-13-01`, which
 * `new Date()` would silently roll over into the next month, and the year
 * 0000: the library accepts 0001-01-01 to 9999-12-31.
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
  if (y < 1 || mo < 1 || mo > 12 || d < 1) return false;
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

/** The first day the library accepts, `0001-01-01`. @category Calendar */
export const MIN_ISO_DATE: IsoDate = '0001-01-01';
/** The last day the library accepts, `9999-12-31`. @category Calendar */
export const MAX_ISO_DATE: IsoDate = '9999-12-31';
/** The epoch day of {@link MIN_ISO_DATE}. @internal */
export const MIN_EPOCH_DAY = -719_162;
/** The epoch day of {@link MAX_ISO_DATE}. @internal */
export const MAX_EPOCH_DAY = 2_932_896;

/** Days from 1970-01-01 to a proleptic Gregorian date (H. Hinnant's `days_from_civil`). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/**
 * Converts an ISO date to its epoch day (days since 1970-01-01).
 *
 * @remarks Pure integer arithmetic on the proleptic Gregorian calendar (no
 * `Date`, so years 0001–0099 are not read as 19xx and nothing depends on the
 * process time zone). A value that is not a valid date in the range the
 * library accepts ({@link MIN_ISO_DATE} to {@link MAX_ISO_DATE}) gives `NaN`.
 * @param date - An ISO `YYYY-MM-DD` date.
 * @returns Whole days since 1970-01-01 (negative before it), or `NaN`.
 * @example
 * ```ts
 * toEpochDay('1970-01-02'); // => 1
 * toEpochDay('0001-01-01'); // => -719162
 * toEpochDay('2021-02-31'); // => NaN
 * ```
 * @category Calendar
 */
export function toEpochDay(date: IsoDate): number {
  return isValidIsoDate(date) ? epochDayOfValid(date) : Number.NaN;
}

/** {@link toEpochDay} of a date already known to be valid (hot paths check once). @internal */
export function epochDayOfValid(date: IsoDate): number {
  return daysFromCivil(
    Number(date.slice(0, 4)),
    Number(date.slice(5, 7)),
    Number(date.slice(8, 10)),
  );
}

/**
 * Converts an epoch day back to an ISO date.
 *
 * @remarks Pure integer arithmetic (H. Hinnant's `civil_from_days`). Days
 * outside the accepted range ({@link MIN_ISO_DATE} to {@link MAX_ISO_DATE}) and
 * values that are not whole numbers give `null`, never a string that is not
 * an ISO date (such as `10000-01-01`).
 * @param day - Whole days since 1970-01-01.
 * @returns The ISO `YYYY-MM-DD` date, or `null`.
 * @example
 * ```ts
 * fromEpochDay(0); // => '1970-01-01'
 * fromEpochDay(2932897); // => null (after 9999-12-31)
 * ```
 * @category Calendar
 */
export function fromEpochDay(day: number): IsoDate | null {
  if (!Number.isInteger(day) || day < MIN_EPOCH_DAY || day > MAX_EPOCH_DAY) return null;
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${y < 1000 ? String(y).padStart(4, '0') : y}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

/** The solar year of an epoch day in the accepted range (the year part of `civil_from_days`). @internal */
export function yearOfEpochDay(day: number): number {
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  return yoe + era * 400 + (mp >= 10 ? 1 : 0);
}

/** The epoch day of 1 January of a year. @internal */
export function epochDayOfYearStart(year: number): number {
  return daysFromCivil(year, 1, 1);
}

/**
 * Adds (or with a negative count, subtracts) calendar days to an ISO date.
 *
 * @remarks Gives `null` when `date` is not a valid ISO date, when `days` is
 * not a whole number, or when the result falls outside the range the library
 * accepts ({@link MIN_ISO_DATE} to {@link MAX_ISO_DATE}).
 * @param date - An ISO date.
 * @param days - Whole days to add.
 * @returns The new ISO date, or `null`.
 * @example Across a month end, and past the last accepted day
 * ```ts
 * addCalendarDays('2020-08-31', 15); // => '2020-09-15'
 * addCalendarDays('9999-12-31', 1); // => null
 * ```
 * @category Calendar
 */
export function addCalendarDays(date: IsoDate, days: number): IsoDate | null {
  if (!Number.isInteger(days)) return null;
  return fromEpochDay(toEpochDay(date) + days);
}

/**
 * Counts the calendar days from one date to another (`to - from`).
 *
 * @param from - The earlier ISO date.
 * @param to - The later ISO date.
 * @returns Whole days, negative when `to` is before `from`; `NaN` when either
 * is not a valid ISO date.
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
 * @returns 0 (Sunday) to 6 (Saturday), whatever the process time zone; `NaN`
 * for a value that is not a valid ISO date.
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
