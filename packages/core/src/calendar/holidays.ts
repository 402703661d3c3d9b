import { addCalendarDays, fromEpochDay, type IsoDate, toEpochDay } from './iso-date.js';
import { lunarToSolar } from './lunar.js';

/**
 * A public holiday, or a day off given in lieu of one.
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
   * `holiday` for a day the law names; `compensatory` for the working day
   * given off because a holiday fell on a weekend (*nghỉ bù*).
   */
  readonly kind: 'holiday' | 'compensatory';
}

type Named = readonly [IsoDate, string, string];

/** 2/9 falls on weekday w (0 = Sunday): is the extra day 3/9 (true) or 1/9 (false)? */
const EXTRA_NATIONAL_DAY_AFTER = [true, true, false, false, true, false, false] as const;

/**
 * Vietnam's public holidays of one year, by the Labour Code 2019 (art. 112),
 * with the compensatory days off it gives (art. 111).
 *
 * @remarks The statutory defaults:
 * - *Tết Dương lịch* 1/1;
 * - *Tết Nguyên Đán* (Lunar New Year): five days, the last day of the lunar
 *   year and the first four of the new one (the government fixes the exact
 *   span each year, e.g. 10–16/2/2021; supply it through
 *   {@link workingCalendar}'s `extraDaysOff` / `extraWorkdays`);
 * - *Giỗ Tổ Hùng Vương*, the 10th day of the 3rd lunar month (from 2007);
 * - *Ngày Giải phóng miền Nam* 30/4 and *Quốc tế Lao động* 1/5;
 * - *Quốc khánh* 2/9, and from 2021 one adjacent day, 1/9 or 3/9, which the
 *   government picks each year. The default is the one that joins the
 *   holiday to the weekend, as the government has picked it since 2021:
 *   3/9 when 2/9 is a Sunday, Monday or Thursday, else 1/9.
 *
 * A holiday that falls on a Saturday or a Sunday gives the next working day
 * off (*nghỉ bù*, art. 111(3)); those days have kind `compensatory`. Lunar
 * dates are computed at UTC+7 ({@link lunarToSolar}). Years before the 2019
 * code are given by the same rules (Tết as five days), which is close to but
 * not exactly what the earlier codes said.
 * @param year - The solar year.
 * @returns The days off, sorted by date.
 * @example Tết Tân Sửu (2021)
 * ```ts
 * vietnamHolidays(2021).filter((h) => h.name === 'Tết Nguyên Đán').map((h) => h.date);
 * // => ['2021-02-11', '2021-02-12', '2021-02-13', '2021-02-14', '2021-02-15']
 * ```
 * @see {@link workingCalendar}
 * @category Calendar
 */
export function vietnamHolidays(year: number): Holiday[] {
  const y = String(year).padStart(4, '0');
  const named: Named[] = [[`${y}-01-01`, 'Tết Dương lịch', "New Year's Day"]];
  for (const ty of [year, year + 1]) {
    const tet = lunarToSolar(ty, 1, 1);
    if (tet === null) continue;
    for (let i = -1; i <= 3; i++) {
      const d = addCalendarDays(tet, i);
      if (d.startsWith(`${y}-`)) named.push([d, 'Tết Nguyên Đán', 'Lunar New Year']);
    }
  }
  const hung = year >= 2007 ? lunarToSolar(year, 3, 10) : null;
  if (hung !== null) named.push([hung, 'Giỗ Tổ Hùng Vương', "Hùng Kings' Commemoration Day"]);
  named.push([`${y}-04-30`, 'Ngày Giải phóng miền Nam', 'Reunification Day']);
  named.push([`${y}-05-01`, 'Quốc tế Lao động', 'International Labour Day']);
  named.push([`${y}-09-02`, 'Quốc khánh', 'National Day']);
  if (year >= 2021) {
    const weekday = (((toEpochDay(`${y}-09-02`) + 4) % 7) + 7) % 7;
    named.push([
      EXTRA_NATIONAL_DAY_AFTER[weekday] ? `${y}-09-03` : `${y}-09-01`,
      'Quốc khánh (ngày liền kề)',
      'National Day (adjacent day)',
    ]);
  }
  named.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const taken = new Set(named.map((n) => n[0]));
  const out: Holiday[] = named.map(([date, name, nameEn]) => ({
    date,
    name,
    nameEn,
    kind: 'holiday',
  }));
  const isWeekend = (e: number) => {
    const w = (((e + 4) % 7) + 7) % 7;
    return w === 0 || w === 6;
  };
  for (const [date, name, nameEn] of named) {
    const e = toEpochDay(date);
    if (!isWeekend(e)) continue;
    let c = e + 1;
    while (isWeekend(c) || taken.has(fromEpochDay(c))) c++;
    const cd = fromEpochDay(c);
    taken.add(cd);
    out.push({
      date: cd,
      name: `Nghỉ bù ${name}`,
      nameEn: `${nameEn} (in lieu)`,
      kind: 'compensatory',
    });
  }
  out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return out;
}
