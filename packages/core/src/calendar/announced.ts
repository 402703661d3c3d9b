// Vietnam's days off for civil servants as the government announced them, 2019–2026.
// Data, not code: one entry per holiday period, each with the document it comes from.
// Checked day by day in packages/core/test/calendar-announced.test.ts; the addresses of
// pages that state each period are in docs/calendars.md. A period whose days follow from
// the Labour Code alone (no swap, no choice left to the government) cites the Code.
import type { CalendarSource } from './holidays.js';
import type { IsoDate } from './iso-date.js';

/** One announced holiday period (decoded from {@link PERIODS}). @internal */
export interface AnnouncedPeriod {
  /** The solar year the announcement is for. */
  readonly year: number;
  /** The holiday's Vietnamese name. */
  readonly name: string;
  /** Its English name. */
  readonly nameEn: string;
  /** Every day off of the period (weekends that are statutory holidays included) and its kind. */
  readonly off: readonly (readonly [IsoDate, 'holiday' | 'compensatory' | 'swap'])[];
  /** Make-up working days: [the day worked, the day off it pays for]. */
  readonly work: readonly (readonly [IsoDate, IsoDate])[];
  /** The document that announced it. */
  readonly source: CalendarSource;
}

const MOLISA = 'Bộ Lao động – Thương binh và Xã hội';
const GOV_OFFICE = 'Văn phòng Chính phủ';

const LABOUR_CODE_2012: CalendarSource = {
  document: 'Bộ luật Lao động 2012 (Luật 10/2012/QH13), Điều 115',
  date: '2012-06-18',
  issuer: 'Quốc hội',
};
const LABOUR_CODE_2019: CalendarSource = {
  document: 'Bộ luật Lao động 2019 (Luật 45/2019/QH14), Điều 111 khoản 3 và Điều 112',
  date: '2019-11-20',
  issuer: 'Quốc hội',
};
// The notice's number is confirmed; its date is the day the ministry was reported to announce it.
const TB_3238_2018: CalendarSource = {
  document: 'Thông báo 3238/TB-LĐTBXH',
  date: '2018-08-06',
  issuer: MOLISA,
};
const TB_4544_2019: CalendarSource = {
  document: 'Thông báo 4544/TB-LĐTBXH',
  date: '2019-10-25',
  issuer: MOLISA,
};
const TB_4875_2020: CalendarSource = {
  document: 'Thông báo 4875/TB-LĐTBXH',
  date: '2020-12-10',
  issuer: MOLISA,
};
const CV_245_2022: CalendarSource = {
  document: 'Công văn 245/VPCP-KGVX',
  date: '2022-01-11',
  issuer: GOV_OFFICE,
};
const TB_5034_2022: CalendarSource = {
  document: 'Thông báo 5034/TB-LĐTBXH',
  date: '2022-12-07',
  issuer: MOLISA,
};
const TB_5015_2023: CalendarSource = {
  document: 'Thông báo 5015/TB-LĐTBXH',
  date: '2023-11-22',
  issuer: MOLISA,
};
const CV_2450_2024: CalendarSource = {
  document: 'Công văn 2450/VPCP-KGVX',
  date: '2024-04-12',
  issuer: GOV_OFFICE,
};
const TB_6150_2024: CalendarSource = {
  document: 'Thông báo 6150/TB-BLĐTBXH',
  date: '2024-12-03',
  issuer: MOLISA,
};
const CV_12729_2025: CalendarSource = {
  document: 'Công văn 12729/VPCP-KGVX',
  date: '2025-12-25',
  issuer: GOV_OFFICE,
};
const TB_9441_2025: CalendarSource = {
  document: 'Thông báo 9441/TB-BNV',
  date: '2025-10-16',
  issuer: 'Bộ Nội vụ',
};

const SOURCES: readonly CalendarSource[] = [
  TB_3238_2018,
  LABOUR_CODE_2012,
  TB_4544_2019,
  LABOUR_CODE_2019,
  TB_4875_2020,
  CV_245_2022,
  TB_5034_2022,
  TB_5015_2023,
  CV_2450_2024,
  TB_6150_2024,
  CV_12729_2025,
  TB_9441_2025,
];

const NAMES: readonly (readonly [string, string])[] = [
  ['Tết Dương lịch', "New Year's Day"],
  ['Tết Nguyên Đán', 'Lunar New Year'],
  ['Giỗ Tổ Hùng Vương', "Hùng Kings' Commemoration Day"],
  [
    'Ngày Giải phóng miền Nam và Quốc tế Lao động',
    'Reunification Day and International Labour Day',
  ],
  ['Quốc khánh', 'National Day'],
];

/**
 * Every announced period, 2019–2026, in date order, compactly: [year, name
 * (index into NAMES), the days off as `YYMMDD` + `h` (a holiday the law names),
 * `c` (in lieu, *nghỉ bù*) or `s` (swapped, *hoán đổi*), the make-up days as
 * `worked>paid-for`, source (index into SOURCES)]. Years are 20YY.
 */
const PERIODS: readonly (readonly [number, number, string, string, number])[] = [
  [2019, 0, '181231s 190101h', '190105>181231', 0],
  [2019, 1, '190204h 190205h 190206h 190207h 190208h', '', 0],
  [2019, 2, '190414h 190415c', '', 0],
  [2019, 3, '190429s 190430h 190501h', '190504>190429', 0],
  [2019, 4, '190902h', '', 0],
  [2020, 0, '200101h', '', 1],
  [2020, 1, '200123c 200124h 200125h 200126h 200127h 200128h 200129c', '', 2],
  [2020, 2, '200402h', '', 1],
  [2020, 3, '200430h 200501h', '', 1],
  [2020, 4, '200902h', '', 1],
  [2021, 0, '210101h', '', 3],
  [2021, 1, '210210c 210211h 210212h 210213h 210214h 210215h 210216c', '', 4],
  [2021, 2, '210421h', '', 3],
  [2021, 3, '210430h 210501h 210503c', '', 3],
  [2021, 4, '210902h 210903h', '', 4],
  [2022, 0, '220101h 220103c', '', 3],
  [2022, 1, '220131h 220201h 220202h 220203h 220204h', '', 5],
  [2022, 2, '220410h 220411c', '', 3],
  [2022, 3, '220430h 220501h 220502c 220503c', '', 3],
  [2022, 4, '220901h 220902h', '', 5],
  [2023, 0, '230101h 230102c', '', 3],
  [2023, 1, '230120c 230121h 230122h 230123h 230124h 230125h 230126c', '', 6],
  [2023, 2, '230429h 230502c', '', 3],
  [2023, 3, '230429h 230430h 230501h 230503c', '', 3],
  [2023, 4, '230901h 230902h 230904c', '', 6],
  [2024, 0, '240101h', '', 3],
  [2024, 1, '240208c 240209h 240210h 240211h 240212h 240213h 240214c', '', 7],
  [2024, 2, '240418h', '', 3],
  [2024, 3, '240429s 240430h 240501h', '240504>240429', 8],
  [2024, 4, '240902h 240903h', '', 7],
  [2025, 0, '250101h', '', 3],
  [2025, 1, '250127c 250128h 250129h 250130h 250131h 250201h', '', 9],
  [2025, 2, '250407h', '', 3],
  [2025, 3, '250430h 250501h 250502s', '250426>250502', 9],
  [2025, 4, '250901h 250902h', '', 9],
  [2026, 0, '260101h 260102s', '260110>260102', 10],
  [2026, 1, '260216h 260217h 260218h 260219h 260220h', '', 11],
  [2026, 2, '260426h 260427c', '', 3],
  [2026, 3, '260430h 260501h', '', 3],
  [2026, 4, '260831s 260901h 260902h', '260822>260831', 11],
];

const KINDS = { h: 'holiday', c: 'compensatory', s: 'swap' } as const;
const iso = (d: string): IsoDate => `20${d.slice(0, 2)}-${d.slice(2, 4)}-${d.slice(4, 6)}`;
const words = (s: string): string[] => (s === '' ? [] : s.split(' '));

/** The announced periods, decoded. @internal */
export function announcedPeriods(): AnnouncedPeriod[] {
  return PERIODS.map(([year, n, off, work, src]) => ({
    year,
    name: NAMES[n]![0],
    nameEn: NAMES[n]![1],
    off: words(off).map((w) => [iso(w), KINDS[w.charAt(6) as keyof typeof KINDS]] as const),
    work: words(work).map((w) => [iso(w.slice(0, 6)), iso(w.slice(7))] as const),
    source: SOURCES[src]!,
  }));
}
