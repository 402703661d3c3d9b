import { epochDayOfYearStart, fromEpochDay, type IsoDate } from './iso-date.js';

/**
 * The Vietnamese lunisolar calendar (*âm lịch*), computed the way Vietnam
 * computes it: new moons and solar terms at Hà Nội time (UTC+7) from 1968, UTC+8 before.
 *
 * The routine is the astronomical one published by Hồ Ngọc Đức (after Jean
 * Meeus, *Astronomical Algorithms*): mean new moon with the main periodic
 * terms, sun longitude for the solar terms, month 11 holds the winter
 * solstice, and the first month without a major solar term in a 13-month year
 * is the leap month. Because Vietnam uses UTC+7 and China UTC+8, a few new
 * moons fall on different days (Tết 1985, 2007 …).
 */

const PI = Math.PI;
const DR = PI / 180;
/** Julian day number of 1970-01-01. */
const JD_EPOCH = 2_440_588;

function newMoon(k: number): number {
  const T = k / 1236.85;
  const T2 = T * T;
  const T3 = T2 * T;
  let jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * T2 - 0.000000155 * T3;
  jd1 += 0.00033 * Math.sin((166.56 + 132.87 * T - 0.009173 * T2) * DR);
  const M = 359.2242 + 29.10535608 * k - 0.0000333 * T2 - 0.00000347 * T3;
  const Mpr = 306.0253 + 385.81691806 * k + 0.0107306 * T2 + 0.00001236 * T3;
  const F = 21.2964 + 390.67050646 * k - 0.0016528 * T2 - 0.00000239 * T3;
  let c1 = (0.1734 - 0.000393 * T) * Math.sin(M * DR) + 0.0021 * Math.sin(2 * DR * M);
  c1 = c1 - 0.4068 * Math.sin(Mpr * DR) + 0.0161 * Math.sin(DR * 2 * Mpr);
  c1 -= 0.0004 * Math.sin(DR * 3 * Mpr);
  c1 = c1 + 0.0104 * Math.sin(DR * 2 * F) - 0.0051 * Math.sin(DR * (M + Mpr));
  c1 = c1 - 0.0074 * Math.sin(DR * (M - Mpr)) + 0.0004 * Math.sin(DR * (2 * F + M));
  c1 = c1 - 0.0004 * Math.sin(DR * (2 * F - M)) - 0.0006 * Math.sin(DR * (2 * F + Mpr));
  c1 = c1 + 0.001 * Math.sin(DR * (2 * F - Mpr)) + 0.0005 * Math.sin(DR * (2 * Mpr + M));
  const deltaT =
    T < -11
      ? 0.001 + 0.000839 * T + 0.0002261 * T2 - 0.00000845 * T3 - 0.000000081 * T * T3
      : -0.000278 + 0.000265 * T + 0.000262 * T2;
  return jd1 + c1 - deltaT;
}

/** The Julian day number of the day (at UTC+tz) of the k-th new moon since 1900. */
function newMoonDay(k: number, tz: number): number {
  return Math.floor(newMoon(k) + 0.5 + tz / 24);
}

/** The sun's longitude at the start of a day (UTC+7), as one of 12 sectors of 30°. */
function sunLongitudeSector(jdn: number, tz: number): number {
  const T = (jdn - 0.5 - tz / 24 - 2451545.0) / 36525;
  const T2 = T * T;
  const M = 357.5291 + 35999.0503 * T - 0.0001559 * T2 - 0.00000048 * T * T2;
  const L0 = 280.46645 + 36000.76983 * T + 0.0003032 * T2;
  let DL = (1.9146 - 0.004817 * T - 0.000014 * T2) * Math.sin(DR * M);
  DL += (0.019993 - 0.000101 * T) * Math.sin(DR * 2 * M) + 0.00029 * Math.sin(DR * 3 * M);
  let L = (L0 + DL) * DR;
  L -= PI * 2 * Math.floor(L / (PI * 2));
  return Math.floor((L / PI) * 6);
}

/** The Julian day of the first day of lunar month 11 of a (solar) year. */
function lunarMonth11(year: number, tz: number): number {
  const jd31Dec = epochDayOfYearStart(year + 1) - 1 + JD_EPOCH;
  const k = Math.floor((jd31Dec - 2415021) / 29.530588853);
  const nm = newMoonDay(k, tz);
  return sunLongitudeSector(nm, tz) >= 9 ? newMoonDay(k - 1, tz) : nm;
}

function leapMonthOffset(a11: number, tz: number): number {
  const k = Math.floor((a11 - 2415021.076998695) / 29.530588853 + 0.5);
  let last = 0;
  let i = 1;
  let arc = sunLongitudeSector(newMoonDay(k + i, tz), tz);
  do {
    last = arc;
    i++;
    arc = sunLongitudeSector(newMoonDay(k + i, tz), tz);
  } while (arc !== last && i < 14);
  return i - 1;
}

/**
 * The time zone the Vietnamese calendar of a lunar year is computed in: UTC+7
 * from the lunar year 1968 (Tết Mậu Thân), as the official calendar has been
 * since the 1967 reform; UTC+8 before, when Vietnam's calendar was China's.
 */
const zoneOf = (lunarYear: number): number => (lunarYear >= 1968 ? 7 : 8);

/**
 * Converts a date of the Vietnamese lunar calendar to its solar (Gregorian) date.
 *
 * @remarks New moons and solar terms are computed for Hà Nội time (UTC+7),
 * as Vietnam's official calendar has been since the reform of 1967 (from
 * Tết Mậu Thân, 29/1/1968), so it can differ by a day (or, rarely, a month)
 * from the Chinese calendar; for lunar years before 1968 it computes at UTC+8,
 * as Vietnam's calendar then did. The series is Meeus' truncated one, a few
 * minutes off a full ephemeris: checked against date-chinese in the tests, it
 * gives the same Tết and the same 3rd month every year 1900–2100 but Tết 1916
 * (a new moon minutes after midnight, UTC+8), and the same first day of every
 * month but eight in those years (new moons within 15 minutes of midnight, and
 * the leap month of 2033). Meant for 1800–2199. Returns
 * `null` for a leap month that the year does not have, a day outside 1–30,
 * or a year outside 1–9998.
 * @param year - The lunar year (the solar year in which its first month starts).
 * @param month - The lunar month, 1 to 12.
 * @param day - The lunar day, 1 to 30.
 * @param leap - Whether `month` is the year's leap (intercalary) month.
 * @returns The ISO date, or `null`.
 * @example Tết and the Hùng Kings' day
 * ```ts
 * lunarToSolar(2021, 1, 1); // => '2021-02-12' (Tết Tân Sửu)
 * lunarToSolar(2021, 3, 10); // => '2021-04-21' (Giỗ Tổ Hùng Vương)
 * ```
 * @category Calendar
 */
export function lunarToSolar(
  year: number,
  month: number,
  day: number,
  leap = false,
): IsoDate | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (month < 1 || month > 12 || day < 1 || day > 30 || year < 1 || year > 9998) return null;
  const tz = zoneOf(year);
  let a11: number;
  let b11: number;
  if (month < 11) {
    a11 = lunarMonth11(year - 1, tz);
    b11 = lunarMonth11(year, tz);
  } else {
    a11 = lunarMonth11(year, tz);
    b11 = lunarMonth11(year + 1, tz);
  }
  const k = Math.floor(0.5 + (a11 - 2415021.076998695) / 29.530588853);
  let off = month - 11;
  if (off < 0) off += 12;
  if (b11 - a11 > 365) {
    const leapOff = leapMonthOffset(a11, tz);
    let leapMonth = leapOff - 2;
    if (leapMonth < 0) leapMonth += 12;
    if (leap && month !== leapMonth) return null;
    if (leap || off >= leapOff) off += 1;
  } else if (leap) {
    return null;
  }
  const start = newMoonDay(k + off, tz);
  if (day === 30 && newMoonDay(k + off + 1, tz) - start < 30) return null;
  return fromEpochDay(start + day - 1 - JD_EPOCH);
}
