import { announcedPeriods } from './announced.js';
import { epochDayOfValid, fromEpochDay, type IsoDate } from './iso-date.js';
import { lunarToSolar } from './lunar.js';

/**
 * A day off: a public holiday, a day given in lieu of one, or a day swapped
 * with a Saturday.
 *
 * @category Calendar
 */
export interface Holiday {
  /** The day off. */
  readonly date: IsoDate;
  /** Its Vietnamese name, e.g. `Tết Nguyên Đán`. */
  readonly name: string;
  /** Its English name, e.g. `Lunar New Year`. */
  readonly nameEn: string;
  /**
   * `holiday` for a day the law names (*ngày nghỉ lễ, tết*); `compensatory`
   * for a working day given off because a holiday fell on a weekend (*nghỉ
   * bù*); `swap` for a working day given off in exchange for a Saturday worked
   * (*hoán đổi ngày làm việc*).
   */
  readonly kind: 'holiday' | 'compensatory' | 'swap';
}

/**
 * A day worked although it would be off: the Saturday (or Sunday) worked in
 * exchange for a swapped day off (*ngày làm bù*).
 *
 * @category Calendar
 */
export interface MakeUpWorkday {
  /** The day worked. */
  readonly date: IsoDate;
  /** What it makes up for, in Vietnamese (e.g. `Làm bù ngày 02/5/2025`). */
  readonly name: string;
  /** The same in English. */
  readonly nameEn: string;
}

/**
 * Where a calendar fact comes from: the government's decision, notice or
 * official letter that announced it.
 *
 * @category Calendar
 */
export interface CalendarSource {
  /** The document's number and symbol, e.g. `Thông báo 5108/TB-LĐTBXH`. */
  readonly document: string;
  /** Its date. */
  readonly date: IsoDate;
  /** Who issued it, e.g. `Bộ Lao động – Thương binh và Xã hội`. */
  readonly issuer: string;
  /** A page that states it, when known. */
  readonly url?: string;
}

/**
 * The days off and make-up working days of one solar year, as the
 * government announced them for civil servants, or by the statutory rule
 * when no announcement is built in.
 *
 * @category Calendar
 */
export interface CalendarYear {
  /** The solar year. */
  readonly year: number;
  /**
   * `true` when the days come from the government's announcements (built in
   * for 2019–2026); `false` when they come from the statutory rule alone.
   */
  readonly announced: boolean;
  /** The days off, weekends inside a holiday included (named after it), sorted. */
  readonly daysOff: readonly Holiday[];
  /** The make-up working days (Saturdays worked in a swap), sorted. */
  readonly workdays: readonly MakeUpWorkday[];
  /** The announcements the days come from (empty for the statutory rule). */
  readonly sources: readonly CalendarSource[];
}

type Named = readonly [IsoDate, string, string];

const NEW_YEAR: readonly [string, string] = ['Tết Dương lịch', "New Year's Day"];
const TET: readonly [string, string] = ['Tết Nguyên Đán', 'Lunar New Year'];
const HUNG: readonly [string, string] = ['Giỗ Tổ Hùng Vương', "Hùng Kings' Commemoration Day"];
const REUNIFICATION: readonly [string, string] = ['Ngày Giải phóng miền Nam', 'Reunification Day'];
const LABOUR: readonly [string, string] = ['Quốc tế Lao động', 'International Labour Day'];
const NATIONAL: readonly [string, string] = ['Quốc khánh', 'National Day'];
const NATIONAL_ADJ: readonly [string, string] = [
  'Quốc khánh (ngày liền kề)',
  'National Day (adjacent day)',
];

/** 2/9 falls on weekday w (0 = Sunday): is the extra day 3/9 (true) or 1/9 (false)? */
const EXTRA_NATIONAL_DAY_AFTER = [true, true, false, false, true, false, false] as const;

const weekdayOf = (e: number): number => (((e + 4) % 7) + 7) % 7;
const isWeekendDay = (e: number): boolean => {
  const w = weekdayOf(e);
  return w === 0 || w === 6;
};
const byDate = <T extends { readonly date: IsoDate }>(a: T, b: T): number =>
  a.date < b.date ? -1 : a.date > b.date ? 1 : 0;

/**
 * The five statutory days of one Tết (the last day of the lunar year and the
 * first four of the new one) with the days given in lieu of those that fall
 * on a weekend, placed as the government has placed them since 2020: the
 * first on the working day before the five days, the second on the working
 * day after them. @internal
 */
function tetDays(lunarYear: number): { date: IsoDate; kind: 'holiday' | 'compensatory' }[] {
  const tet = lunarToSolar(lunarYear, 1, 1);
  if (tet === null) return [];
  const first = epochDayOfValid(tet) - 1;
  const out: { date: IsoDate; kind: 'holiday' | 'compensatory' }[] = [];
  let weekendDays = 0;
  for (let e = first; e < first + 5; e++) {
    const d = fromEpochDay(e);
    if (d === null) continue;
    out.push({ date: d, kind: 'holiday' });
    if (isWeekendDay(e)) weekendDays++;
  }
  let before = first - 1;
  let after = first + 5;
  for (let k = 0; k < weekendDays; k++) {
    let e: number;
    if (k % 2 === 0) {
      while (isWeekendDay(before)) before--;
      e = before--;
    } else {
      while (isWeekendDay(after)) after++;
      e = after++;
    }
    const d = fromEpochDay(e);
    if (d !== null) out.push({ date: d, kind: 'compensatory' });
  }
  return out;
}

/**
 * Vietnam's days off of one year by the statutory rule alone: the public
 * holidays of the Labour Code 2019 (art. 112), the days in lieu of those that
 * fall on a weekend (art. 111(3)), and Tết placed as the government has
 * placed it since 2020.
 *
 * @remarks This is the fallback for the years whose announcements are not
 * built in ({@link vietnamCalendarYear} says which are). The rule:
 * - *Tết Dương lịch* 1/1;
 * - *Tết Nguyên Đán*: the last day of the lunar year and the first four of
 *   the new one; each of those five days that falls on a Saturday or Sunday
 *   gives a working day off, the first on the working day before the five,
 *   the second on the working day after them — the pattern of every Tết the
 *   government fixed from 2020 to 2026 (2021: 10–16/2; 2024: 8–14/2; 2025:
 *   27–31/1);
 * - *Giỗ Tổ Hùng Vương*, the 10th day of the 3rd lunar month (from 2007);
 * - *Ngày Giải phóng miền Nam* 30/4 and *Quốc tế Lao động* 1/5;
 * - *Quốc khánh* 2/9 and, from 2021, one adjacent day, 1/9 or 3/9: the one
 *   that joins the holiday to the weekend, as the government has picked it
 *   every year since 2021 (3/9 when 2/9 is a Sunday, Monday or Thursday,
 *   else 1/9);
 * - any other holiday that falls on a Saturday or a Sunday gives the next
 *   working day off (*nghỉ bù*).
 *
 * Swaps of a working day with a Saturday (*hoán đổi*) are decided case by
 * case and have no rule: they exist only as announced data or as the user's
 * overrides. Lunar dates are computed by {@link lunarToSolar}. Years before
 * the 2019 code are given by the same rules, which is close to but not
 * exactly what the earlier codes said.
 * @param year - The solar year.
 * @returns The days off, sorted by date; weekends inside a holiday are named too.
 * @example Tết Tân Sửu (2021) by the rule: Wed 10/2 to Tue 16/2, as announced
 * ```ts
 * vietnamStatutoryHolidays(2021).filter((h) => h.name === 'Tết Nguyên Đán').map((h) => h.date);
 * // => ['2021-02-10', '2021-02-11', '2021-02-12', '2021-02-13', '2021-02-14', '2021-02-15', '2021-02-16']
 * ```
 * @see {@link vietnamHolidays}, {@link vietnamCalendarYear}
 * @category Calendar
 */
export function vietnamStatutoryHolidays(year: number): Holiday[] {
  if (!Number.isInteger(year) || year < 1 || year > 9999) return [];
  const y = String(year).padStart(4, '0');
  const out: Holiday[] = [];
  const named: Named[] = [[`${y}-01-01`, ...NEW_YEAR]];
  for (const ty of [year, year + 1]) {
    for (const t of tetDays(ty)) {
      if (!t.date.startsWith(`${y}-`)) continue;
      if (t.kind === 'holiday') named.push([t.date, ...TET]);
      else out.push({ date: t.date, name: TET[0], nameEn: TET[1], kind: 'compensatory' });
    }
  }
  const hung = year >= 2007 ? lunarToSolar(year, 3, 10) : null;
  if (hung !== null) named.push([hung, ...HUNG]);
  named.push([`${y}-04-30`, ...REUNIFICATION]);
  named.push([`${y}-05-01`, ...LABOUR]);
  named.push([`${y}-09-02`, ...NATIONAL]);
  if (year >= 2021) {
    const weekday = weekdayOf(epochDayOfValid(`${y}-09-02`));
    named.push([EXTRA_NATIONAL_DAY_AFTER[weekday] ? `${y}-09-03` : `${y}-09-01`, ...NATIONAL_ADJ]);
  }
  named.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const taken = new Set<string>(out.map((h) => h.date));
  for (const [date] of named) taken.add(date);
  for (const [date, name, nameEn] of named) out.push({ date, name, nameEn, kind: 'holiday' });
  // Tết's weekend days are made up by tetDays; every other holiday on a weekend
  // gives the next working day off.
  for (const [date, name, nameEn] of named) {
    const e = epochDayOfValid(date);
    if (name === TET[0] || !isWeekendDay(e)) continue;
    let c = e + 1;
    while (isWeekendDay(c) || taken.has(fromEpochDay(c) ?? '')) c++;
    const cd = fromEpochDay(c);
    if (cd === null || !cd.startsWith(`${y}-`)) continue;
    taken.add(cd);
    out.push({
      date: cd,
      name: `Nghỉ bù ${name}`,
      nameEn: `${nameEn} (in lieu)`,
      kind: 'compensatory',
    });
  }
  out.sort(byDate);
  return out;
}

/** The announced days off and make-up days, keyed by the solar year of each day, built once. */
interface AnnouncedDays {
  readonly off: Holiday[];
  readonly work: MakeUpWorkday[];
  readonly sources: CalendarSource[];
}
let announcedIndex: Map<number, AnnouncedDays> | undefined;
function announcedDaysOf(year: number): AnnouncedDays | undefined {
  if (!announcedIndex) {
    const index = new Map<number, AnnouncedDays>();
    const at = (date: IsoDate): AnnouncedDays => {
      const y = Number(date.slice(0, 4));
      let days = index.get(y);
      if (!days) {
        days = { off: [], work: [], sources: [] };
        index.set(y, days);
      }
      return days;
    };
    // A day the law names keeps the law's name (30/4, 1/5 … in one period).
    const lawName = new Map<string, Holiday>();
    const named = (date: IsoDate): Holiday | undefined => {
      const y = Number(date.slice(0, 4));
      if (!lawName.has(`${y}`)) {
        lawName.set(`${y}`, { date: '', name: '', nameEn: '', kind: 'holiday' });
        for (const h of vietnamStatutoryHolidays(y))
          if (h.kind === 'holiday') lawName.set(h.date, h);
      }
      return lawName.get(date);
    };
    for (const p of announcedPeriods()) {
      for (const [date, kind] of p.off) {
        const days = at(date);
        const law = kind === 'holiday' ? named(date) : undefined;
        if (law) {
          days.off.push({ date, name: law.name, nameEn: law.nameEn, kind });
          if (!days.sources.includes(p.source)) days.sources.push(p.source);
          continue;
        }
        const suffix =
          kind === 'swap'
            ? [' (nghỉ hoán đổi)', ' (swapped working day)']
            : kind === 'compensatory' && !p.name.startsWith('Tết')
              ? [' (nghỉ bù)', ' (in lieu)']
              : ['', ''];
        days.off.push({ date, name: p.name + suffix[0], nameEn: p.nameEn + suffix[1], kind });
        if (!days.sources.includes(p.source)) days.sources.push(p.source);
      }
      for (const [date, madeUp] of p.work) {
        const days = at(date);
        const [y, m, d] = madeUp.split('-');
        days.work.push({
          date,
          name: `Làm bù ngày ${d}/${m}/${y} (${p.name})`,
          nameEn: `Worked in exchange for ${madeUp} (${p.nameEn})`,
        });
        if (!days.sources.includes(p.source)) days.sources.push(p.source);
      }
    }
    for (const days of index.values()) {
      days.off.sort(byDate);
      days.work.sort(byDate);
    }
    announcedIndex = index;
  }
  return announcedIndex.get(year);
}

/**
 * The first and last solar years whose days off, as the government announced
 * them, are built in.
 *
 * @example
 * ```ts
 * ANNOUNCED_CALENDAR_YEARS; // => { from: 2019, to: 2026 }
 * ```
 * @category Calendar
 */
export const ANNOUNCED_CALENDAR_YEARS: { readonly from: number; readonly to: number } =
  Object.freeze({ from: 2019, to: 2026 });

/**
 * Vietnam's days off and make-up working days of one year for civil servants
 * (*cán bộ, công chức, viên chức*, with Saturdays and Sundays off): as the
 * government announced them for the built-in years, else by the statutory
 * rule.
 *
 * @remarks For 2019–2026 ({@link ANNOUNCED_CALENDAR_YEARS}) the days are the
 * government's own: the exact Tết span, the days in lieu, the swaps of a
 * working day with a Saturday and the Saturdays worked, each period with the
 * notice or letter that announced it (`sources`). Other years fall back to
 * {@link vietnamStatutoryHolidays} (`announced: false`); give later
 * announcements as overrides to {@link workingCalendar} (`extraDaysOff`,
 * `extraWorkdays`) or, from the CLI, as a `--calendar` file.
 * @param year - The solar year.
 * @returns The year's days off, make-up workdays and sources.
 * @example 2026: Tết 16–20/2, and Friday 2/1 swapped with Saturday 10/1
 * ```ts
 * const y = vietnamCalendarYear(2026);
 * y.announced; // => true
 * y.workdays.map((w) => w.date); // => ['2026-01-10', '2026-08-22']
 * y.daysOff.some((h) => h.date === '2026-01-02' && h.kind === 'swap'); // => true
 * ```
 * @see {@link vietnamHolidays}, {@link workingCalendar}
 * @category Calendar
 */
export function vietnamCalendarYear(year: number): CalendarYear {
  const days = Number.isInteger(year) ? announcedDaysOf(year) : undefined;
  const announced = year >= ANNOUNCED_CALENDAR_YEARS.from && year <= ANNOUNCED_CALENDAR_YEARS.to;
  if (announced && days) {
    return {
      year,
      announced,
      daysOff: [...days.off],
      workdays: [...days.work],
      sources: [...days.sources],
    };
  }
  const statutory = vietnamStatutoryHolidays(year);
  if (!days) return { year, announced: false, daysOff: statutory, workdays: [], sources: [] };
  // A year outside the built-in range that an announcement reaches into (31/12/2018,
  // swapped for 5/1/2019): the rule, with the announced days on top.
  const taken = new Set(days.off.map((h) => h.date));
  const daysOff = [...statutory.filter((h) => !taken.has(h.date)), ...days.off].sort(byDate);
  return { year, announced: false, daysOff, workdays: [...days.work], sources: [...days.sources] };
}

/**
 * Vietnam's days off of one year for civil servants: the government's
 * announced days for the built-in years (2019–2026), else the statutory rule.
 *
 * @remarks The days off of {@link vietnamCalendarYear}; use that function for
 * the make-up working days and the sources too, and
 * {@link vietnamStatutoryHolidays} for the rule alone.
 * @param year - The solar year.
 * @returns The days off, sorted by date.
 * @example Tết Tân Sửu (2021): Wed 10/2 to Tue 16/2, as announced
 * ```ts
 * vietnamHolidays(2021).filter((h) => h.name === 'Tết Nguyên Đán').map((h) => h.date);
 * // => ['2021-02-10', '2021-02-11', '2021-02-12', '2021-02-13', '2021-02-14', '2021-02-15', '2021-02-16']
 * ```
 * @see {@link workingCalendar}
 * @category Calendar
 */
export function vietnamHolidays(year: number): Holiday[] {
  return [...vietnamCalendarYear(year).daysOff];
}
