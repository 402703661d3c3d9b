import { type Holiday, vietnamHolidays } from './holidays.js';
import { fromEpochDay, type IsoDate, isValidIsoDate, toEpochDay } from './iso-date.js';

/**
 * A day off added by hand: an ISO date, or a date with a name.
 *
 * @category Calendar
 */
export type DayOff =
  | IsoDate
  | {
      /** The day off. */
      readonly date: IsoDate;
      /** Its name, given as the reason the day is off (default *Ngày nghỉ* / *Day off*). */
      readonly name?: string;
    };

/**
 * The options of {@link workingCalendar}.
 *
 * @category Calendar
 */
export interface WorkingCalendarOptions {
  /**
   * Which public holidays: `'vietnam'` (the default, {@link vietnamHolidays}),
   * `'none'`, or a function giving the holidays of a year.
   */
  readonly holidays?: 'vietnam' | 'none' | ((year: number) => readonly Holiday[]);
  /** More days off: the government's yearly swaps, a local holiday, the real Tết span … */
  readonly extraDaysOff?: readonly DayOff[];
  /** Days that are worked although they would be off (a Saturday worked in a swap). */
  readonly extraWorkdays?: readonly IsoDate[];
  /** The days of the week that are off, 0 = Sunday … 6 = Saturday; default `[0, 6]`. */
  readonly weekend?: readonly number[];
}

/**
 * Why a day is off.
 *
 * @category Calendar
 */
export interface DayOffReason {
  /** The date. */
  readonly date: IsoDate;
  /** `weekend`, `holiday`, `compensatory` (in lieu of a holiday) or `extra` (added by hand). */
  readonly kind: 'weekend' | 'holiday' | 'compensatory' | 'extra';
  /** The Vietnamese name (`Thứ Bảy`, `Tết Nguyên Đán` …). */
  readonly name: string;
  /** The English name. */
  readonly nameEn: string;
}

const WEEKDAYS_VI = ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];
const WEEKDAYS_EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const weekdayOf = (e: number): number => (((e + 4) % 7) + 7) % 7;
/** Widest range a calendar precomputes (about 400 years), so hostile dates cannot exhaust memory. */
const MAX_SPAN = 150_000;

/**
 * Which days are working days, with fast working-day arithmetic.
 *
 * @remarks Made by {@link workingCalendar}. Internally it keeps, over the
 * range of years it has been asked about, a prefix count of working days and
 * the list of working days, so that "the N-th working day after D" costs
 * O(1) after the first call for a year, whatever N is. Methods on ISO dates
 * and on epoch days (days since 1970-01-01, see {@link toEpochDay}) are both
 * given; the cascade engine uses the epoch-day ones.
 * @example
 * ```ts
 * const cal = workingCalendar();
 * cal.isWorkingDay('2021-02-12'); // => false (Tết)
 * cal.addWorkingDays('2021-02-05', 1); // => '2021-02-08'
 * ```
 * @category Calendar
 */
export class WorkingCalendar {
  readonly #holidays: (year: number) => readonly Holiday[];
  readonly #extraOff = new Map<number, string>();
  readonly #extraWork = new Set<number>();
  readonly #weekend: boolean[];
  #lo = 0;
  #hi = 0;
  /** cum[i] = working days in [lo, lo + i). */
  #cum = new Int32Array(1);
  /** Working days of [lo, hi), ascending. */
  #work = new Int32Array(0);
  readonly #reasons = new Map<number, Holiday>();

  /**
   * Makes a calendar; prefer {@link workingCalendar}.
   *
   * @param options - See {@link WorkingCalendarOptions}.
   */
  constructor(options: WorkingCalendarOptions = {}) {
    const h = options.holidays ?? 'vietnam';
    this.#holidays = h === 'vietnam' ? vietnamHolidays : h === 'none' ? () => [] : h;
    for (const d of options.extraDaysOff ?? []) {
      const date = typeof d === 'string' ? d : d.date;
      if (!isValidIsoDate(date)) continue;
      this.#extraOff.set(toEpochDay(date), typeof d === 'string' ? '' : (d.name ?? ''));
    }
    for (const d of options.extraWorkdays ?? []) {
      if (isValidIsoDate(d)) this.#extraWork.add(toEpochDay(d));
    }
    const weekend = options.weekend ?? [0, 6];
    this.#weekend = WEEKDAYS_EN.map((_, i) => weekend.includes(i));
  }

  #yearOf(e: number): number {
    return Number(fromEpochDay(e).slice(0, 4));
  }

  /** Makes sure [from, to] lies inside the precomputed range. */
  #ensure(from: number, to: number): void {
    if (this.#hi > this.#lo && from >= this.#lo && to < this.#hi) return;
    let lo = this.#hi > this.#lo ? Math.min(this.#lo, from) : from;
    let hi = this.#hi > this.#lo ? Math.max(this.#hi, to + 1) : to + 1;
    const y0 = this.#yearOf(lo) - 1;
    const y1 = this.#yearOf(hi) + 1;
    lo = toEpochDay(`${String(Math.max(y0, 0)).padStart(4, '0')}-01-01`);
    hi = toEpochDay(`${String(Math.min(y1, 9999)).padStart(4, '0')}-12-31`) + 1;
    if (hi - lo > MAX_SPAN) {
      const mid = Math.max(from, Math.min(to, Math.floor((from + to) / 2)));
      lo = Math.max(lo, mid - MAX_SPAN / 2);
      hi = Math.min(hi, lo + MAX_SPAN);
    }
    this.#reasons.clear();
    for (let y = this.#yearOf(lo); y <= this.#yearOf(hi - 1); y++) {
      for (const hd of this.#holidays(y)) {
        if (!isValidIsoDate(hd.date)) continue;
        const e = toEpochDay(hd.date);
        if (e >= lo && e < hi && !this.#reasons.has(e)) this.#reasons.set(e, hd);
      }
    }
    const n = hi - lo;
    const cum = new Int32Array(n + 1);
    const work = new Int32Array(n);
    let c = 0;
    for (let i = 0; i < n; i++) {
      const e = lo + i;
      if (this.#computeWorking(e)) work[c++] = e;
      cum[i + 1] = c;
    }
    this.#lo = lo;
    this.#hi = hi;
    this.#cum = cum;
    this.#work = work.slice(0, c);
  }

  #computeWorking(e: number): boolean {
    if (this.#extraWork.has(e)) return true;
    if (this.#extraOff.has(e)) return false;
    if (this.#weekend[weekdayOf(e)]) return false;
    return !this.#reasons.has(e);
  }

  /**
   * Tells whether an epoch day is a working day.
   *
   * @param day - Days since 1970-01-01.
   * @returns `true` for a working day.
   */
  isWorkingEpochDay(day: number): boolean {
    this.#ensure(day, day);
    const i = day - this.#lo;
    return (this.#cum[i + 1] ?? 0) > (this.#cum[i] ?? 0);
  }

  /**
   * The N-th working day after an epoch day (`n = 0` gives the day itself).
   *
   * @param day - Days since 1970-01-01.
   * @param n - Working days to add, 0 or more.
   * @returns The epoch day.
   */
  addWorkingEpochDays(day: number, n: number): number {
    if (!(n > 0) || !Number.isFinite(day) || !Number.isFinite(n)) return day;
    let size = -1;
    for (let span = 400 + n * 2; ; span *= 2) {
      this.#ensure(day, day + span);
      const c = this.#cum[day - this.#lo + 1];
      const w = c === undefined ? undefined : this.#work[c + n - 1];
      if (w !== undefined) return w;
      if (this.#hi - this.#lo === size || this.#hi - this.#lo >= MAX_SPAN) return day + n;
      size = this.#hi - this.#lo;
    }
  }

  /**
   * The last epoch day `x` such that the N-th working day after `x` is on or
   * before `day` (the inverse of {@link WorkingCalendar.addWorkingEpochDays}
   * used by backward passes); `n = 0` gives `day`.
   *
   * @param day - Days since 1970-01-01.
   * @param n - Working days, 0 or more.
   * @returns The epoch day.
   */
  latestBeforeWorkingEpochDays(day: number, n: number): number {
    if (!(n > 0) || !Number.isFinite(day) || !Number.isFinite(n)) return day;
    let size = -1;
    for (let span = 400 + n * 2; ; span *= 2) {
      this.#ensure(day - span, day);
      const c = this.#cum[day - this.#lo + 1];
      const w = c === undefined || c - n < 0 ? undefined : this.#work[c - n];
      if (w !== undefined) return w - 1;
      if (this.#hi - this.#lo === size || this.#hi - this.#lo >= MAX_SPAN) return day - n - 1;
      size = this.#hi - this.#lo;
    }
  }

  /**
   * Tells whether a date is a working day.
   *
   * @param date - An ISO date.
   * @returns `false` on weekends, public holidays, compensatory days and
   * extra days off; `true` otherwise (and on extra workdays).
   * @example
   * ```ts
   * workingCalendar().isWorkingDay('2025-09-01'); // => false (Quốc khánh, adjacent day)
   * ```
   */
  isWorkingDay(date: IsoDate): boolean {
    return this.isWorkingEpochDay(toEpochDay(date));
  }

  /**
   * The N-th working day after a date.
   *
   * @param date - An ISO date (need not be a working day).
   * @param n - Working days to add, 0 or more; 0 gives `date` itself.
   * @returns The ISO date.
   * @example Across Tết 2021 (statutory span 11–15/2, with 16 and 17/2 in lieu)
   * ```ts
   * workingCalendar().addWorkingDays('2021-02-10', 1); // => '2021-02-18'
   * ```
   */
  addWorkingDays(date: IsoDate, n: number): IsoDate {
    const k = Number.isFinite(n) ? Math.max(0, Math.trunc(n)) : 0;
    return fromEpochDay(this.addWorkingEpochDays(toEpochDay(date), k));
  }

  /**
   * Counts the working days after `from` up to and including `to`.
   *
   * @param from - An ISO date.
   * @param to - An ISO date, not before `from`.
   * @returns Working days in (from, to]; 0 when `to <= from`.
   * @example
   * ```ts
   * workingCalendar().countWorkingDays('2021-03-12', '2021-03-19'); // => 5
   * ```
   */
  countWorkingDays(from: IsoDate, to: IsoDate): number {
    const a = toEpochDay(from);
    const b = toEpochDay(to);
    if (b <= a) return 0;
    this.#ensure(a, b);
    return (this.#cum[b - this.#lo + 1] ?? 0) - (this.#cum[a - this.#lo + 1] ?? 0);
  }

  /**
   * Why a date is off, or `null` for a working day.
   *
   * @param date - An ISO date.
   * @returns The reason (a holiday's name, or the weekday).
   * @example
   * ```ts
   * workingCalendar().dayOff('2021-04-21')?.name; // => 'Giỗ Tổ Hùng Vương'
   * ```
   */
  dayOff(date: IsoDate): DayOffReason | null {
    const e = toEpochDay(date);
    if (this.isWorkingEpochDay(e)) return null;
    const extra = this.#extraOff.get(e);
    if (extra !== undefined)
      return { date, kind: 'extra', name: extra || 'Ngày nghỉ', nameEn: extra || 'Day off' };
    const hd = this.#reasons.get(e);
    if (hd) return { date, kind: hd.kind, name: hd.name, nameEn: hd.nameEn };
    const w = weekdayOf(e);
    return { date, kind: 'weekend', name: WEEKDAYS_VI[w] ?? '', nameEn: WEEKDAYS_EN[w] ?? '' };
  }
}

/**
 * Makes a working-day calendar: weekends and public holidays off, with the
 * government's yearly swaps as overrides.
 *
 * @remarks By default Vietnam's holidays ({@link vietnamHolidays}: New Year,
 * Tết, the Hùng Kings' day, 30/4, 1/5, 2/9 and its adjacent day, with
 * compensatory days) and Saturdays and Sundays are off. The government fixes
 * the exact Tết span and sometimes swaps a working day with a Saturday each
 * year; give those as `extraDaysOff` and `extraWorkdays`. Invalid dates in the
 * overrides are ignored.
 * @param options - Holidays, extra days off, extra workdays, weekend days.
 * @returns A {@link WorkingCalendar}.
 * @example Tết 2021 as the government fixed it (10–16/2)
 * ```ts
 * const cal = workingCalendar({ extraDaysOff: ['2021-02-10'], extraWorkdays: ['2021-02-17'] });
 * cal.isWorkingDay('2021-02-10'); // => false
 * cal.isWorkingDay('2021-02-17'); // => true
 * ```
 * @see {@link vietnamHolidays}
 * @category Calendar
 */
export function workingCalendar(options: WorkingCalendarOptions = {}): WorkingCalendar {
  return new WorkingCalendar(options);
}
