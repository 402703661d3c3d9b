// Vietnam's days off for civil servants as the government announced them, 2019–2026,
// checked day by day. The table below is written from the announcements themselves
// (the notices named in docs/calendars.md), not from the library's data: every weekday
// off and every Saturday worked, and nothing else, for each year.

import { createRequire } from 'node:module';
import {
  ANNOUNCED_CALENDAR_YEARS,
  lunarToSolar,
  vietnamCalendarYear,
  vietnamStatutoryHolidays,
  workingCalendar,
} from '@rollout/core';
import { describe, expect, it } from 'vitest';

/** Weekdays off (ranges `a..b` within one month) and make-up Saturdays, per year. */
const ANNOUNCED: Record<number, { off: string; work: string; documents: string[] }> = {
  2019: {
    off: '01-01 02-04..08 04-15 04-29 04-30 05-01 09-02',
    work: '01-05 05-04',
    documents: ['Thông báo 3238/TB-LĐTBXH'],
  },
  2020: {
    off: '01-01 01-23 01-24 01-27..29 04-02 04-30 05-01 09-02',
    work: '',
    documents: ['Thông báo 4544/TB-LĐTBXH'],
  },
  2021: {
    off: '01-01 02-10..12 02-15 02-16 04-21 04-30 05-03 09-02 09-03',
    work: '',
    documents: ['Thông báo 4875/TB-LĐTBXH'],
  },
  2022: {
    off: '01-03 01-31 02-01..04 04-11 05-02 05-03 09-01 09-02',
    work: '',
    documents: ['Công văn 245/VPCP-KGVX'],
  },
  2023: {
    off: '01-02 01-20 01-23..26 05-01..03 09-01 09-04',
    work: '',
    documents: ['Thông báo 5034/TB-LĐTBXH'],
  },
  2024: {
    off: '01-01 02-08 02-09 02-12..14 04-18 04-29 04-30 05-01 09-02 09-03',
    work: '05-04',
    documents: ['Thông báo 5015/TB-LĐTBXH', 'Công văn 2450/VPCP-KGVX'],
  },
  2025: {
    off: '01-01 01-27..31 04-07 04-30 05-01 05-02 09-01 09-02',
    work: '04-26',
    documents: ['Thông báo 6150/TB-BLĐTBXH'],
  },
  2026: {
    off: '01-01 01-02 02-16..20 04-27 04-30 05-01 08-31 09-01 09-02',
    work: '01-10 08-22',
    documents: ['Công văn 12729/VPCP-KGVX', 'Thông báo 9441/TB-BNV'],
  },
};

const expand = (year: number, spec: string): Set<string> => {
  const out = new Set<string>();
  for (const part of spec.split(' ').filter(Boolean)) {
    const [from, to] = part.split('..');
    const [m, d] = from!.split('-');
    const last = to === undefined ? Number(d) : Number(to);
    for (let day = Number(d); day <= last; day++)
      out.add(`${year}-${m}-${String(day).padStart(2, '0')}`);
  }
  return out;
};
const daysOf = (year: number): string[] => {
  const out: string[] = [];
  for (let t = Date.UTC(year, 0, 1); t < Date.UTC(year + 1, 0, 1); t += 86_400_000)
    out.push(new Date(t).toISOString().slice(0, 10));
  return out;
};
const weekday = (iso: string) => new Date(`${iso}T00:00:00Z`).getUTCDay();

describe("the government's announced days off, 2019–2026", () => {
  const cal = workingCalendar();

  it.each(Object.keys(ANNOUNCED).map(Number))('%i: every day of the year', (year) => {
    const { off, work } = ANNOUNCED[year]!;
    const offs = expand(year, off);
    const works = expand(year, work);
    for (const w of works) expect(weekday(w), w).toBe(6); // every make-up day is a Saturday
    for (const d of daysOf(year)) {
      const weekend = weekday(d) === 0 || weekday(d) === 6;
      const expected = works.has(d) || (!weekend && !offs.has(d));
      expect(cal.isWorkingDay(d), d).toBe(expected);
    }
  });

  it.each(Object.keys(ANNOUNCED).map(Number))('%i: the data names its sources', (year) => {
    const y = vietnamCalendarYear(year);
    expect(y.announced).toBe(true);
    const documents = y.sources.map((s) => s.document);
    for (const doc of ANNOUNCED[year]!.documents) expect(documents).toContain(doc);
    for (const s of y.sources) {
      expect(s.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(s.issuer.length).toBeGreaterThan(0);
    }
    // Each make-up day names the day it pays for.
    for (const w of y.workdays) expect(w.name).toMatch(/^Làm bù ngày \d{2}\/\d{2}\/\d{4}/);
  });

  it('2019 begins with the swap of Mon 31/12/2018 for Sat 5/1/2019', () => {
    expect(cal.dayOff('2018-12-31')?.kind).toBe('swap');
    expect(cal.workday('2019-01-05')?.name).toContain('31/12/2018');
    expect(vietnamCalendarYear(2018).announced).toBe(false);
    // The rest of 2018 is the statutory rule.
    expect(cal.dayOff('2018-09-02')?.name).toBe('Quốc khánh'); // a Sunday…
    expect(cal.dayOff('2018-09-03')?.kind).toBe('compensatory'); // …so Monday in lieu
    expect(cal.isWorkingDay('2018-09-04')).toBe(true);
  });

  it('names each day: the law’s name, a day in lieu, a swap', () => {
    expect(cal.dayOff('2021-04-30')?.name).toBe('Ngày Giải phóng miền Nam');
    expect(cal.dayOff('2021-05-03')).toMatchObject({ kind: 'compensatory' });
    expect(cal.dayOff('2021-02-13')).toMatchObject({ kind: 'holiday', name: 'Tết Nguyên Đán' });
    expect(cal.dayOff('2026-08-31')).toMatchObject({ kind: 'swap' });
    expect(cal.workday('2026-08-22')).toMatchObject({ kind: 'make-up' });
  });

  it('the built-in range is what the data covers', () => {
    expect(ANNOUNCED_CALENDAR_YEARS).toEqual({ from: 2019, to: 2026 });
    expect(vietnamCalendarYear(2027).announced).toBe(false);
    expect(vietnamCalendarYear(2027).sources).toEqual([]);
  });
});

describe('the statutory rule, the fallback for years with no announcement', () => {
  // The swaps are the government's choice each year; everything else the rule gives.
  const SWAPS: Record<number, string[]> = {
    2019: ['2019-04-29'],
    2024: ['2024-04-29'],
    2025: ['2025-05-02'],
    2026: ['2026-01-02', '2026-08-31'],
  };

  it.each(Object.keys(ANNOUNCED).map(Number))(
    '%i: the rule gives every announced weekday off but the swaps',
    (year) => {
      const rule = new Set(
        vietnamStatutoryHolidays(year)
          .map((h) => h.date)
          .filter((d) => weekday(d) !== 0 && weekday(d) !== 6),
      );
      const announced = expand(year, ANNOUNCED[year]!.off);
      const swaps = SWAPS[year] ?? [];
      expect([...announced].filter((d) => !rule.has(d)).sort()).toEqual(swaps);
      expect([...rule].filter((d) => !announced.has(d))).toEqual([]);
    },
  );

  it('places the days in lieu of Tết one before and one after the five days', () => {
    // Tết 2027 is Sat 6/2: the five days are Fri 5/2 to Tue 9/2 with two weekend days,
    // so Thu 4/2 (before) and Wed 10/2 (after) are off in lieu.
    expect(lunarToSolar(2027, 1, 1)).toBe('2027-02-06');
    const tet = vietnamStatutoryHolidays(2027)
      .filter((h) => h.name === 'Tết Nguyên Đán')
      .map((h) => [h.date, h.kind]);
    expect(tet).toEqual([
      ['2027-02-04', 'compensatory'],
      ['2027-02-05', 'holiday'],
      ['2027-02-06', 'holiday'],
      ['2027-02-07', 'holiday'],
      ['2027-02-08', 'holiday'],
      ['2027-02-09', 'holiday'],
      ['2027-02-10', 'compensatory'],
    ]);
  });

  it('a user override turns a later announcement into data', () => {
    const cal = workingCalendar({
      extraDaysOff: [{ date: '2027-02-11', name: 'Tết Nguyên Đán (nghỉ thêm)' }],
      extraWorkdays: [{ date: '2027-02-20', name: 'Làm bù ngày 11/02/2027' }],
    });
    expect(cal.dayOff('2027-02-11')?.name).toBe('Tết Nguyên Đán (nghỉ thêm)');
    expect(cal.isWorkingDay('2027-02-20')).toBe(true);
    expect(workingCalendar().isWorkingDay('2027-02-11')).toBe(true);
  });
});

describe('the lunar calendar against date-chinese (a full ephemeris), 1900–2100', () => {
  const require = createRequire(import.meta.url);
  const { CalendarVietnamese, CalendarChinese } = require('date-chinese');
  const cycleYear = (y: number) => [Math.floor((y + 2636) / 60) + 1, ((y + 2636) % 60) + 1];
  const theirs = (y: number, m: number, d: number) => {
    const C = y >= 1968 ? CalendarVietnamese : CalendarChinese;
    const [cycle, year] = cycleYear(y);
    const g = new C(cycle, year, m, false, d).toGregorian();
    return `${g.year}-${String(g.month).padStart(2, '0')}-${String(g.day).padStart(2, '0')}`;
  };

  it('agrees on Tết and the 3rd month every year, and on every month of every 10th year', () => {
    // The only differences, each explained: new moons within 15 minutes after midnight
    // by our truncated series, which a full ephemeris puts just before it (1906–1920 at
    // UTC+8; 2072, 2077 at UTC+7), and the placement of the leap month of 2033.
    const known = new Set([
      '1906-4',
      '1914-10',
      '1916-1',
      '1920-10',
      '2033-9',
      '2033-10',
      '2033-11',
      '2072-11',
      '2077-10',
    ]);
    const months = (y: number) =>
      y % 10 === 0 || y === 2033 ? [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] : [1, 3];
    const diffs: string[] = [];
    for (let y = 1900; y <= 2100; y++)
      for (const m of months(y))
        if (lunarToSolar(y, m, 1) !== theirs(y, m, 1)) diffs.push(`${y}-${m}`);
    expect(diffs.filter((d) => !known.has(d))).toEqual([]);
    expect(diffs).toEqual(['1916-1', '1920-10', '2033-9', '2033-10', '2033-11']);
    // And the pinned ones differ as stated.
    for (const k of known) {
      const [y, m] = k.split('-').map(Number);
      expect(lunarToSolar(y!, m!, 1), k).not.toBe(theirs(y!, m!, 1));
    }
  });

  it('computes at UTC+7 from Tết Mậu Thân 1968, at UTC+8 before', () => {
    // Tết 1968 was 29/1 in (North) Vietnam, which had moved to UTC+7, and 30/1 in China.
    expect(lunarToSolar(1968, 1, 1)).toBe('1968-01-29');
    expect(theirs(1967, 1, 1)).toBe(lunarToSolar(1967, 1, 1));
  });

  it('the Hùng Kings days of 2050 and 2083 that date-holidays gives a day early are right here', () => {
    // date-chinese, the calendar date-holidays is built on, gives our dates: the day
    // early comes from date-holidays' own toJDE/fromJDE round trip, not the astronomy.
    expect(lunarToSolar(2050, 3, 10)).toBe(theirs(2050, 3, 10));
    expect(lunarToSolar(2083, 3, 10)).toBe(theirs(2083, 3, 10));
    expect(lunarToSolar(2050, 3, 10)).toBe('2050-04-01');
    expect(lunarToSolar(2083, 3, 10)).toBe('2083-04-26');
  });
});
