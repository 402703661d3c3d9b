import {
  type Holiday,
  type MakeUpWorkday,
  vietnamCalendarYear,
  vietnamStatutoryHolidays,
} from './holidays.js';
import {
  epochDayOfValid,
  epochDayOfYearStart,
  fromEpochDay,
  type IsoDate,
  isValidIsoDate,
  MAX_EPOCH_DAY,
  MIN_EPOCH_DAY,
  yearOfEpochDay,
} from './iso-date.js';

/**
 * A day off added by hand: an ISO date, or a date with a name and a source.
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
      /** Where it comes from (the notice that announced it). */
      readonly source?: string;
    };

/**
 * A working day added by hand (a Saturday worked in a swap): an ISO date, or
 * a date with a name and a source.
 *
 * @category Calendar
 */
export type ExtraWorkday =
  | IsoDate
  | {
      /** The day worked. */
      readonly date: IsoDate;
      /** Why it is worked (default *Ngày làm bù* / *Make-up working day*). */
      readonly name?: string;
      /** Where it comes from (the notice that announced it). */
      readonly source?: string;
    };

/**
 * The days off and make-up working days a holidays function may give for a year.
 *
 * @category Calendar
 */
export interface HolidayYear {
  /** The days off. */
  readonly daysOff: readonly Holiday[];
  /** The weekend days worked. */
  readonly workdays?: readonly MakeUpWorkday[];
}

/**
 * The options of {@link workingCalendar}.
 *
 * @category Calendar
 */
export interface WorkingCalendarOptions {
  /**
   * Which days off: `'vietnam'` (the default: the government's announced days
   * for 2019–2026 and the statutory rule for other years, see
   * {@link vietnamCalendarYear}), `'vietnam-statutory'` (the rule alone, every
   * year, see {@link vietnamStatutoryHolidays}), `'none'`, or a function giving
   * the days off (and optionally the make-up workdays) of a year.
   */
  readonly holidays?:
    | 'vietnam'
    | 'vietnam-statutory'
    | 'none'
    | ((year: number) => readonly Holiday[] | HolidayYear);
  /** More days off: a later year's announcement, a local holiday … */
  readonly extraDaysOff?: readonly DayOff[];
  /** Days that are worked although they would be off (a Saturday worked in a swap). */
  readonly extraWorkdays?: readonly ExtraWorkday[];
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
  /**
   * `weekend`, `holiday`, `compensatory` (in lieu of a holiday), `swap` (swapped
   * with a Saturday worked) or `extra` (added by hand).
   */
  readonly kind: 'weekend' | 'holiday' | 'compensatory' | 'swap' | 'extra';
  /** The Vietnamese name (`Thứ Bảy`, `Tết Nguyên Đán` …). */
  readonly name: string;
  /** The English name. */
  readonly nameEn: string;
}

/**
 * Why a day that would be off is worked.
 *
 * @category Calendar
 */
export interface WorkdayReason {
  /** The date. */
  readonly date: IsoDate;
  /** `make-up` (an announced make-up day) or `extra` (added by hand). */
  readonly kind: 'make-up' | 'extra';
  /** The Vietnamese name (`Làm bù ngày 02/05/2025 …`). */
  readonly name: string;
  /** The English name. */
  readonly nameEn: string;
}

const WEEKDAYS_VI = ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];
const WEEKDAYS_EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const weekdayOf = (e: number): number => (((e + 4) % 7) + 7) % 7;
const MIN_YEAR = 1;
const MAX_YEAR = 9999;
/** Year tables kept per calendar; past this many the memo starts afresh (results never change). */
const MEMO_YEARS = 512;

/** One year's working days, built once and never changed. */
interface YearTable {
  readonly year: number;
  /** Epoch day of 1 January. */
  readonly lo: number;
  /** Epoch day after 31 December. */
  readonly hi: number;
  /** cum[i]: working days in [lo, lo + i). */
  readonly cum: Int32Array;
  /** The working days of the year, ascending. */
  readonly work: Int32Array;
  /** Named days off of the year (holidays, days in lieu, swaps, extras). */
  readonly off: ReadonlyMap<number, DayOffReason>;
  /** Weekend days worked. */
  readonly worked: ReadonlyMap<number, WorkdayReason>;
}

/**
 * Which days are working days, with fast working-day arithmetic.
 *
 * @remarks Made by {@link workingCalendar}. For each year it is asked about it
 * builds, once, a table of that year's working days (a prefix count and the
 * ordered list), so "the N-th working day after D" costs O(1) within a year
 * and O(years) across years. The tables are a memo: built from the options
 * alone, never changed once built, so no call — however hostile its dates —
 * can change what a later call answers. The library's dates run from
 * 0001-01-01 to 9999-12-31; arithmetic that would leave that range gives
 * `null` (ISO methods) or `NaN` (epoch-day methods). Methods on ISO dates and
 * on epoch days (days since 1970-01-01, see {@link toEpochDay}) are both
 * given; the cascade engine uses the epoch-day ones.
 * @example
 * ```ts
 * const cal = workingCalendar();
 * cal.isWorkingDay('2021-02-10'); // => false (Tết 2021, as announced)
 * cal.addWorkingDays('2021-02-05', 1); // => '2021-02-08'
 * ```
 * @category Calendar
 */
export class WorkingCalendar {
  readonly #yearDays: (year: number) => HolidayYear;
  readonly #extraOff = new Map<number, DayOffReason>();
  readonly #extraWork = new Map<number, WorkdayReason>();
  readonly #weekend: boolean[];
  readonly #tables = new Map<number, YearTable>();
  #last: YearTable | undefined;

  /**
   * Makes a calendar; prefer {@link workingCalendar}.
   *
   * @param options - See {@link WorkingCalendarOptions}.
   */
  constructor(options: WorkingCalendarOptions = {}) {
    const h = options.holidays ?? 'vietnam';
    this.#yearDays =
      h === 'vietnam'
        ? vietnamCalendarYear
        : h === 'vietnam-statutory'
          ? (y) => ({ daysOff: vietnamStatutoryHolidays(y) })
          : h === 'none'
            ? () => ({ daysOff: [] })
            : (y) => {
                const r = h(y);
                return Array.isArray(r) ? { daysOff: r } : (r as HolidayYear);
              };
    for (const d of options.extraDaysOff ?? []) {
      const date = typeof d === 'string' ? d : d?.date;
      if (!isValidIsoDate(date)) continue;
      const name = typeof d === 'string' ? undefined : d.name;
      this.#extraOff.set(epochDayOfValid(date), {
        date,
        kind: 'extra',
        name: name || 'Ngày nghỉ',
        nameEn: name || 'Day off',
      });
    }
    for (const d of options.extraWorkdays ?? []) {
      const date = typeof d === 'string' ? d : d?.date;
      if (!isValidIsoDate(date)) continue;
      const name = typeof d === 'string' ? undefined : d.name;
      this.#extraWork.set(epochDayOfValid(date), {
        date,
        kind: 'extra',
        name: name || 'Ngày làm bù',
        nameEn: name || 'Make-up working day',
      });
    }
    const weekend = options.weekend ?? [0, 6];
    this.#weekend = WEEKDAYS_EN.map((_, i) => weekend.includes(i));
  }

  /** The table of a year, built once. */
  #table(year: number): YearTable {
    const last = this.#last;
    if (last !== undefined && last.year === year) return last;
    let t = this.#tables.get(year);
    if (t === undefined) {
      t = this.#build(year);
      if (this.#tables.size >= MEMO_YEARS) this.#tables.clear();
      this.#tables.set(year, t);
    }
    this.#last = t;
    return t;
  }

  /** The table of the year an epoch day falls in (the day must be in range). */
  #tableOf(day: number): YearTable {
    const last = this.#last;
    if (last !== undefined && day >= last.lo && day < last.hi) return last;
    return this.#table(yearOfEpochDay(day));
  }

  #build(year: number): YearTable {
    const lo = epochDayOfYearStart(year);
    const hi = epochDayOfYearStart(year + 1);
    const off = new Map<number, DayOffReason>();
    const worked = new Map<number, WorkdayReason>();
    let given: HolidayYear;
    try {
      given = this.#yearDays(year);
    } catch {
      given = { daysOff: [] };
    }
    for (const h of given.daysOff ?? []) {
      if (!isValidIsoDate(h?.date)) continue;
      const e = epochDayOfValid(h.date);
      if (e < lo || e >= hi || off.has(e)) continue;
      off.set(e, { date: h.date, kind: h.kind, name: h.name, nameEn: h.nameEn });
    }
    for (const w of given.workdays ?? []) {
      if (!isValidIsoDate(w?.date)) continue;
      const e = epochDayOfValid(w.date);
      if (e < lo || e >= hi) continue;
      worked.set(e, { date: w.date, kind: 'make-up', name: w.name, nameEn: w.nameEn });
    }
    for (const [e, r] of this.#extraOff) if (e >= lo && e < hi) off.set(e, r);
    for (const [e, r] of this.#extraWork) if (e >= lo && e < hi) worked.set(e, r);
    const n = hi - lo;
    const cum = new Int32Array(n + 1);
    const work = new Int32Array(n);
    let c = 0;
    for (let i = 0; i < n; i++) {
      const e = lo + i;
      const extraOff = this.#extraOff.has(e);
      const isWorked =
        this.#extraWork.has(e) ||
        (!extraOff && (worked.has(e) || (!this.#weekend[weekdayOf(e)] && !off.has(e))));
      if (isWorked) work[c++] = e;
      cum[i + 1] = c;
    }
    // A weekend day worked is only a "reason" when it would otherwise be off.
    for (const e of [...worked.keys()]) {
      const i = e - lo;
      if ((cum[i + 1] ?? 0) === (cum[i] ?? 0)) worked.delete(e);
    }
    return { year, lo, hi, cum, work: work.slice(0, c), off, worked };
  }

  /**
   * Tells whether an epoch day is a working day.
   *
   * @param day - Days since 1970-01-01.
   * @returns `true` for a working day; `false` outside 0001–9999.
   */
  isWorkingEpochDay(day: number): boolean {
    if (!(day >= MIN_EPOCH_DAY && day <= MAX_EPOCH_DAY) || !Number.isInteger(day)) return false;
    const t = this.#tableOf(day);
    const i = day - t.lo;
    return t.cum[i + 1]! > t.cum[i]!;
  }

  /**
   * The N-th working day after an epoch day (`n = 0` gives the day itself).
   *
   * @param day - Days since 1970-01-01.
   * @param n - Working days to add, 0 or more.
   * @returns The epoch day, or `NaN` when it would fall after 9999-12-31 (or
   * the input is not a day in range).
   */
  addWorkingEpochDays(day: number, n: number): number {
    if (!(day >= MIN_EPOCH_DAY && day <= MAX_EPOCH_DAY) || !Number.isInteger(day))
      return Number.NaN;
    // Infinitely many working days later is past 9999-12-31, never the day itself.
    if (n === Number.POSITIVE_INFINITY) return Number.NaN;
    if (!(n > 0) || !Number.isFinite(n)) return day;
    let left = Math.trunc(n);
    let t = this.#tableOf(day);
    // Working days of t on or before `day`.
    let c = t.cum[day - t.lo + 1]!;
    for (;;) {
      const have = t.work.length - c;
      if (left <= have) return t.work[c + left - 1]!;
      left -= have;
      if (t.year >= MAX_YEAR) return Number.NaN;
      t = this.#table(t.year + 1);
      c = 0;
    }
  }

  /**
   * The last epoch day `x` such that the N-th working day after `x` is on or
   * before `day` (the inverse of {@link WorkingCalendar.addWorkingEpochDays}
   * used by backward passes); `n = 0` gives `day`.
   *
   * @param day - Days since 1970-01-01.
   * @param n - Working days, 0 or more.
   * @returns The epoch day, or `NaN` when it would fall before 0001-01-01.
   */
  latestBeforeWorkingEpochDays(day: number, n: number): number {
    if (!(day >= MIN_EPOCH_DAY && day <= MAX_EPOCH_DAY) || !Number.isInteger(day))
      return Number.NaN;
    if (n === Number.POSITIVE_INFINITY) return Number.NaN;
    if (!(n > 0) || !Number.isFinite(n)) return day;
    // The n-th working day counting back from `day` (inclusive), minus one.
    let left = Math.trunc(n);
    let t = this.#tableOf(day);
    let c = t.cum[day - t.lo + 1]!; // working days of t on or before `day`
    for (;;) {
      if (left <= c) return t.work[c - left]! - 1;
      left -= c;
      if (t.year <= MIN_YEAR) return Number.NaN;
      t = this.#table(t.year - 1);
      c = t.work.length;
    }
  }

  /**
   * The first working epoch day on or after a day.
   *
   * @param day - Days since 1970-01-01.
   * @returns The epoch day, or `NaN` past 9999-12-31.
   */
  nextWorkingEpochDay(day: number): number {
    if (this.isWorkingEpochDay(day)) return day;
    return this.addWorkingEpochDays(day, 1);
  }

  /**
   * The last working epoch day on or before a day.
   *
   * @param day - Days since 1970-01-01.
   * @returns The epoch day, or `NaN` before 0001-01-01.
   */
  previousWorkingEpochDay(day: number): number {
    if (this.isWorkingEpochDay(day)) return day;
    const x = this.latestBeforeWorkingEpochDays(day, 1);
    return Number.isNaN(x) ? x : x + 1;
  }

  /**
   * Counts the working days in (from, to] between two epoch days.
   *
   * @param from - Days since 1970-01-01.
   * @param to - Days since 1970-01-01.
   * @returns Working days after `from` up to and including `to`; negative when
   * `to` is before `from`; `NaN` outside 0001–9999.
   */
  countWorkingEpochDays(from: number, to: number): number {
    if (
      !(
        from >= MIN_EPOCH_DAY &&
        to <= MAX_EPOCH_DAY &&
        to >= MIN_EPOCH_DAY &&
        from <= MAX_EPOCH_DAY
      )
    )
      return Number.NaN;
    if (!Number.isInteger(from) || !Number.isInteger(to)) return Number.NaN;
    if (to < from) return -this.countWorkingEpochDays(to, from);
    const upTo = (d: number): [YearTable, number] => {
      const t = this.#tableOf(d);
      return [t, t.cum[d - t.lo + 1]!];
    };
    const [ta, ca] = upTo(from);
    const [tb, cb] = upTo(to);
    if (ta.year === tb.year) return cb - ca;
    let total = ta.work.length - ca + cb;
    for (let y = ta.year + 1; y < tb.year; y++) total += this.#table(y).work.length;
    return total;
  }

  /**
   * Tells whether a date is a working day.
   *
   * @param date - An ISO date.
   * @returns `false` on weekends, public holidays, days in lieu, swapped days
   * and extra days off, and for a value that is not a valid date; `true`
   * otherwise (and on make-up and extra workdays).
   * @example
   * ```ts
   * workingCalendar().isWorkingDay('2025-09-01'); // => false (Quốc khánh, adjacent day)
   * workingCalendar().isWorkingDay('2025-04-26'); // => true (a Saturday worked for 2/5/2025)
   * ```
   */
  isWorkingDay(date: IsoDate): boolean {
    return isValidIsoDate(date) && this.isWorkingEpochDay(epochDayOfValid(date));
  }

  /**
   * The N-th working day after a date.
   *
   * @param date - An ISO date (need not be a working day).
   * @param n - Working days to add, 0 or more; 0 gives `date` itself.
   * @returns The ISO date, or `null` when `date` is not valid or the result
   * would fall after 9999-12-31.
   * @example Across Tết 2021 (off Wed 10/2 to Tue 16/2, as announced)
   * ```ts
   * workingCalendar().addWorkingDays('2021-02-09', 1); // => '2021-02-17'
   * ```
   */
  addWorkingDays(date: IsoDate, n: number): IsoDate | null {
    if (!isValidIsoDate(date)) return null;
    const k = Number.isFinite(n) || n === Number.POSITIVE_INFINITY ? Math.max(0, Math.trunc(n)) : 0;
    return fromEpochDay(this.addWorkingEpochDays(epochDayOfValid(date), k));
  }

  /**
   * Counts the working days after `from` up to and including `to`.
   *
   * @param from - An ISO date.
   * @param to - An ISO date, not before `from`.
   * @returns Working days in (from, to]; 0 when `to <= from` or a date is not valid.
   * @example
   * ```ts
   * workingCalendar().countWorkingDays('2021-03-12', '2021-03-19'); // => 5
   * ```
   */
  countWorkingDays(from: IsoDate, to: IsoDate): number {
    if (!isValidIsoDate(from) || !isValidIsoDate(to)) return 0;
    const a = epochDayOfValid(from);
    const b = epochDayOfValid(to);
    return b <= a ? 0 : this.countWorkingEpochDays(a, b);
  }

  /**
   * Why a date is off, or `null` for a working day (and for a value that is
   * not a valid date).
   *
   * @param date - An ISO date.
   * @returns The reason (a holiday's name, or the weekday).
   * @example
   * ```ts
   * workingCalendar().dayOff('2021-04-21')?.name; // => 'Giỗ Tổ Hùng Vương'
   * workingCalendar().dayOff('2026-01-02')?.kind; // => 'swap'
   * ```
   */
  dayOff(date: IsoDate): DayOffReason | null {
    if (!isValidIsoDate(date)) return null;
    const e = epochDayOfValid(date);
    if (this.isWorkingEpochDay(e)) return null;
    const named = this.#tableOf(e).off.get(e);
    if (named) return named;
    const w = weekdayOf(e);
    return { date, kind: 'weekend', name: WEEKDAYS_VI[w] ?? '', nameEn: WEEKDAYS_EN[w] ?? '' };
  }

  /**
   * Why a day that would be off (a weekend day) is worked, or `null` when it
   * is not such a day.
   *
   * @param date - An ISO date.
   * @returns The reason, for a make-up or extra working day.
   * @example
   * ```ts
   * workingCalendar().workday('2026-01-10')?.kind; // => 'make-up'
   * workingCalendar().workday('2026-01-12'); // => null (an ordinary Monday)
   * ```
   */
  workday(date: IsoDate): WorkdayReason | null {
    if (!isValidIsoDate(date)) return null;
    const e = epochDayOfValid(date);
    return this.#tableOf(e).worked.get(e) ?? null;
  }
}

/**
 * Makes a working-day calendar: weekends and Vietnam's days off, with the
 * government's announcements built in and the user's overrides on top.
 *
 * @remarks By default the days off are Vietnam's for civil servants
 * ({@link vietnamCalendarYear}): the government's announced days — the exact
 * Tết span, days in lieu, swaps and the Saturdays worked for them — for
 * 2019–2026, and the statutory rule ({@link vietnamStatutoryHolidays}) for
 * other years. Give a later year's announcement as `extraDaysOff` (the
 * weekdays off) and `extraWorkdays` (the Saturdays worked, or a weekday the
 * rule puts off that the government kept as a working day). Extra workdays
 * win over everything, then extra days off, then the built-in data. Invalid
 * dates in the overrides are ignored (parse a calendar file with
 * `parseCalendarOverrides` to have them reported).
 * @param options - Holidays, extra days off, extra workdays, weekend days.
 * @returns A {@link WorkingCalendar}.
 * @example A day off the built-in data does not know, and a Saturday worked
 * ```ts
 * const cal = workingCalendar({
 *   extraDaysOff: [{ date: '2027-11-24', name: 'Ngày Văn hóa Việt Nam' }],
 *   extraWorkdays: [{ date: '2027-11-27', name: 'Làm bù' }],
 * });
 * cal.dayOff('2027-11-24')?.name; // => 'Ngày Văn hóa Việt Nam'
 * cal.isWorkingDay('2027-11-27'); // => true (a Saturday)
 * ```
 * @see {@link vietnamCalendarYear}
 * @category Calendar
 */
export function workingCalendar(options: WorkingCalendarOptions = {}): WorkingCalendar {
  return new WorkingCalendar(options);
}
