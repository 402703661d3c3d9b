// Vietnam's days off for civil servants as the government announced them, 2019–2026.
// Data, not code: one entry per holiday period, each with the document it comes from.
// Checked day by day in packages/core/test/calendar-announced.test.ts; the addresses of
// pages that state each period are in docs/calendars.md. A period whose days follow from
// the Labour Code alone (no swap, no choice left to the government) cites the Code.
import type { CalendarSource } from './holidays.js';
import type { IsoDate } from './iso-date.js';

/** One announced holiday period. @internal */
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
  subject: 'Ngày nghỉ lễ, tết; nghỉ bù khi ngày lễ trùng ngày nghỉ hằng tuần',
};
const LABOUR_CODE_2019: CalendarSource = {
  document: 'Bộ luật Lao động 2019 (Luật 45/2019/QH14), Điều 111 khoản 3 và Điều 112',
  date: '2019-11-20',
  issuer: 'Quốc hội',
  subject: 'Ngày nghỉ lễ, tết; nghỉ bù khi ngày lễ trùng ngày nghỉ hằng tuần',
};
// The notice's number is confirmed; its date is the day the ministry was reported to announce it.
const TB_3238_2018: CalendarSource = {
  document: 'Thông báo 3238/TB-LĐTBXH',
  date: '2018-08-06',
  issuer: MOLISA,
  subject: 'Lịch nghỉ lễ, tết năm 2019 đối với cán bộ, công chức, viên chức',
};
const TB_4544_2019: CalendarSource = {
  document: 'Thông báo 4544/TB-LĐTBXH',
  date: '2019-10-25',
  issuer: MOLISA,
  subject: 'Nghỉ Tết Âm lịch năm 2020',
};
const TB_4875_2020: CalendarSource = {
  document: 'Thông báo 4875/TB-LĐTBXH',
  date: '2020-12-10',
  issuer: MOLISA,
  subject: 'Nghỉ Tết Âm lịch và Quốc khánh năm 2021',
};
const CV_245_2022: CalendarSource = {
  document: 'Công văn 245/VPCP-KGVX',
  date: '2022-01-11',
  issuer: GOV_OFFICE,
  subject: 'Nghỉ Tết Âm lịch và Quốc khánh năm 2022',
};
const TB_5034_2022: CalendarSource = {
  document: 'Thông báo 5034/TB-LĐTBXH',
  date: '2022-12-07',
  issuer: MOLISA,
  subject: 'Nghỉ Tết Âm lịch và Quốc khánh năm 2023',
};
const TB_5015_2023: CalendarSource = {
  document: 'Thông báo 5015/TB-LĐTBXH',
  date: '2023-11-22',
  issuer: MOLISA,
  subject: 'Nghỉ Tết Âm lịch và Quốc khánh năm 2024',
};
const CV_2450_2024: CalendarSource = {
  document: 'Công văn 2450/VPCP-KGVX',
  date: '2024-04-12',
  issuer: GOV_OFFICE,
  subject: 'Hoán đổi ngày làm việc dịp nghỉ lễ 30/4 và 1/5 năm 2024',
};
const TB_6150_2024: CalendarSource = {
  document: 'Thông báo 6150/TB-BLĐTBXH',
  date: '2024-12-03',
  issuer: MOLISA,
  subject: 'Nghỉ Tết Âm lịch, Quốc khánh, Ngày Chiến thắng 30/4 và Quốc tế Lao động 1/5 năm 2025',
};
const CV_12729_2025: CalendarSource = {
  document: 'Công văn 12729/VPCP-KGVX',
  date: '2025-12-25',
  issuer: GOV_OFFICE,
  subject: 'Hoán đổi ngày làm việc dịp Tết Dương lịch năm 2026',
};
const TB_9441_2025: CalendarSource = {
  document: 'Thông báo 9441/TB-BNV',
  date: '2025-10-16',
  issuer: 'Bộ Nội vụ',
  subject: 'Nghỉ Tết Âm lịch và Quốc khánh năm 2026',
};

/** Every announced period, 2019–2026, in date order. @internal */
export const ANNOUNCED_YEARS: readonly AnnouncedPeriod[] = [
  {
    year: 2019,
    name: 'Tết Dương lịch',
    nameEn: "New Year's Day",
    off: [
      ['2018-12-31', 'swap'],
      ['2019-01-01', 'holiday'],
    ],
    work: [['2019-01-05', '2018-12-31']],
    source: TB_3238_2018,
  },
  {
    year: 2019,
    name: 'Tết Nguyên Đán',
    nameEn: 'Lunar New Year',
    off: [
      ['2019-02-04', 'holiday'],
      ['2019-02-05', 'holiday'],
      ['2019-02-06', 'holiday'],
      ['2019-02-07', 'holiday'],
      ['2019-02-08', 'holiday'],
    ],
    work: [],
    source: TB_3238_2018,
  },
  {
    year: 2019,
    name: 'Giỗ Tổ Hùng Vương',
    nameEn: "Hùng Kings' Commemoration Day",
    off: [
      ['2019-04-14', 'holiday'],
      ['2019-04-15', 'compensatory'],
    ],
    work: [],
    source: TB_3238_2018,
  },
  {
    year: 2019,
    name: 'Ngày Giải phóng miền Nam và Quốc tế Lao động',
    nameEn: 'Reunification Day and International Labour Day',
    off: [
      ['2019-04-29', 'swap'],
      ['2019-04-30', 'holiday'],
      ['2019-05-01', 'holiday'],
    ],
    work: [['2019-05-04', '2019-04-29']],
    source: TB_3238_2018,
  },
  {
    year: 2019,
    name: 'Quốc khánh',
    nameEn: 'National Day',
    off: [['2019-09-02', 'holiday']],
    work: [],
    source: TB_3238_2018,
  },
  {
    year: 2020,
    name: 'Tết Dương lịch',
    nameEn: "New Year's Day",
    off: [['2020-01-01', 'holiday']],
    work: [],
    source: LABOUR_CODE_2012,
  },
  {
    year: 2020,
    name: 'Tết Nguyên Đán',
    nameEn: 'Lunar New Year',
    off: [
      ['2020-01-23', 'compensatory'],
      ['2020-01-24', 'holiday'],
      ['2020-01-25', 'holiday'],
      ['2020-01-26', 'holiday'],
      ['2020-01-27', 'holiday'],
      ['2020-01-28', 'holiday'],
      ['2020-01-29', 'compensatory'],
    ],
    work: [],
    source: TB_4544_2019,
  },
  {
    year: 2020,
    name: 'Giỗ Tổ Hùng Vương',
    nameEn: "Hùng Kings' Commemoration Day",
    off: [['2020-04-02', 'holiday']],
    work: [],
    source: LABOUR_CODE_2012,
  },
  {
    year: 2020,
    name: 'Ngày Giải phóng miền Nam và Quốc tế Lao động',
    nameEn: 'Reunification Day and International Labour Day',
    off: [
      ['2020-04-30', 'holiday'],
      ['2020-05-01', 'holiday'],
    ],
    work: [],
    source: LABOUR_CODE_2012,
  },
  {
    year: 2020,
    name: 'Quốc khánh',
    nameEn: 'National Day',
    off: [['2020-09-02', 'holiday']],
    work: [],
    source: LABOUR_CODE_2012,
  },
  {
    year: 2021,
    name: 'Tết Dương lịch',
    nameEn: "New Year's Day",
    off: [['2021-01-01', 'holiday']],
    work: [],
    source: LABOUR_CODE_2019,
  },
  {
    year: 2021,
    name: 'Tết Nguyên Đán',
    nameEn: 'Lunar New Year',
    off: [
      ['2021-02-10', 'compensatory'],
      ['2021-02-11', 'holiday'],
      ['2021-02-12', 'holiday'],
      ['2021-02-13', 'holiday'],
      ['2021-02-14', 'holiday'],
      ['2021-02-15', 'holiday'],
      ['2021-02-16', 'compensatory'],
    ],
    work: [],
    source: TB_4875_2020,
  },
  {
    year: 2021,
    name: 'Giỗ Tổ Hùng Vương',
    nameEn: "Hùng Kings' Commemoration Day",
    off: [['2021-04-21', 'holiday']],
    work: [],
    source: LABOUR_CODE_2019,
  },
  {
    year: 2021,
    name: 'Ngày Giải phóng miền Nam và Quốc tế Lao động',
    nameEn: 'Reunification Day and International Labour Day',
    off: [
      ['2021-04-30', 'holiday'],
      ['2021-05-01', 'holiday'],
      ['2021-05-03', 'compensatory'],
    ],
    work: [],
    source: LABOUR_CODE_2019,
  },
  {
    year: 2021,
    name: 'Quốc khánh',
    nameEn: 'National Day',
    off: [
      ['2021-09-02', 'holiday'],
      ['2021-09-03', 'holiday'],
    ],
    work: [],
    source: TB_4875_2020,
  },
  {
    year: 2022,
    name: 'Tết Dương lịch',
    nameEn: "New Year's Day",
    off: [
      ['2022-01-01', 'holiday'],
      ['2022-01-03', 'compensatory'],
    ],
    work: [],
    source: LABOUR_CODE_2019,
  },
  {
    year: 2022,
    name: 'Tết Nguyên Đán',
    nameEn: 'Lunar New Year',
    off: [
      ['2022-01-31', 'holiday'],
      ['2022-02-01', 'holiday'],
      ['2022-02-02', 'holiday'],
      ['2022-02-03', 'holiday'],
      ['2022-02-04', 'holiday'],
    ],
    work: [],
    source: CV_245_2022,
  },
  {
    year: 2022,
    name: 'Giỗ Tổ Hùng Vương',
    nameEn: "Hùng Kings' Commemoration Day",
    off: [
      ['2022-04-10', 'holiday'],
      ['2022-04-11', 'compensatory'],
    ],
    work: [],
    source: LABOUR_CODE_2019,
  },
  {
    year: 2022,
    name: 'Ngày Giải phóng miền Nam và Quốc tế Lao động',
    nameEn: 'Reunification Day and International Labour Day',
    off: [
      ['2022-04-30', 'holiday'],
      ['2022-05-01', 'holiday'],
      ['2022-05-02', 'compensatory'],
      ['2022-05-03', 'compensatory'],
    ],
    work: [],
    source: LABOUR_CODE_2019,
  },
  {
    year: 2022,
    name: 'Quốc khánh',
    nameEn: 'National Day',
    off: [
      ['2022-09-01', 'holiday'],
      ['2022-09-02', 'holiday'],
    ],
    work: [],
    source: CV_245_2022,
  },
  {
    year: 2023,
    name: 'Tết Dương lịch',
    nameEn: "New Year's Day",
    off: [
      ['2023-01-01', 'holiday'],
      ['2023-01-02', 'compensatory'],
    ],
    work: [],
    source: LABOUR_CODE_2019,
  },
  {
    year: 2023,
    name: 'Tết Nguyên Đán',
    nameEn: 'Lunar New Year',
    off: [
      ['2023-01-20', 'compensatory'],
      ['2023-01-21', 'holiday'],
      ['2023-01-22', 'holiday'],
      ['2023-01-23', 'holiday'],
      ['2023-01-24', 'holiday'],
      ['2023-01-25', 'holiday'],
      ['2023-01-26', 'compensatory'],
    ],
    work: [],
    source: TB_5034_2022,
  },
  {
    year: 2023,
    name: 'Giỗ Tổ Hùng Vương',
    nameEn: "Hùng Kings' Commemoration Day",
    off: [
      ['2023-04-29', 'holiday'],
      ['2023-05-02', 'compensatory'],
    ],
    work: [],
    source: LABOUR_CODE_2019,
  },
  {
    year: 2023,
    name: 'Ngày Giải phóng miền Nam và Quốc tế Lao động',
    nameEn: 'Reunification Day and International Labour Day',
    off: [
      ['2023-04-29', 'holiday'],
      ['2023-04-30', 'holiday'],
      ['2023-05-01', 'holiday'],
      ['2023-05-03', 'compensatory'],
    ],
    work: [],
    source: LABOUR_CODE_2019,
  },
  {
    year: 2023,
    name: 'Quốc khánh',
    nameEn: 'National Day',
    off: [
      ['2023-09-01', 'holiday'],
      ['2023-09-02', 'holiday'],
      ['2023-09-04', 'compensatory'],
    ],
    work: [],
    source: TB_5034_2022,
  },
  {
    year: 2024,
    name: 'Tết Dương lịch',
    nameEn: "New Year's Day",
    off: [['2024-01-01', 'holiday']],
    work: [],
    source: LABOUR_CODE_2019,
  },
  {
    year: 2024,
    name: 'Tết Nguyên Đán',
    nameEn: 'Lunar New Year',
    off: [
      ['2024-02-08', 'compensatory'],
      ['2024-02-09', 'holiday'],
      ['2024-02-10', 'holiday'],
      ['2024-02-11', 'holiday'],
      ['2024-02-12', 'holiday'],
      ['2024-02-13', 'holiday'],
      ['2024-02-14', 'compensatory'],
    ],
    work: [],
    source: TB_5015_2023,
  },
  {
    year: 2024,
    name: 'Giỗ Tổ Hùng Vương',
    nameEn: "Hùng Kings' Commemoration Day",
    off: [['2024-04-18', 'holiday']],
    work: [],
    source: LABOUR_CODE_2019,
  },
  {
    year: 2024,
    name: 'Ngày Giải phóng miền Nam và Quốc tế Lao động',
    nameEn: 'Reunification Day and International Labour Day',
    off: [
      ['2024-04-29', 'swap'],
      ['2024-04-30', 'holiday'],
      ['2024-05-01', 'holiday'],
    ],
    work: [['2024-05-04', '2024-04-29']],
    source: CV_2450_2024,
  },
  {
    year: 2024,
    name: 'Quốc khánh',
    nameEn: 'National Day',
    off: [
      ['2024-09-02', 'holiday'],
      ['2024-09-03', 'holiday'],
    ],
    work: [],
    source: TB_5015_2023,
  },
  {
    year: 2025,
    name: 'Tết Dương lịch',
    nameEn: "New Year's Day",
    off: [['2025-01-01', 'holiday']],
    work: [],
    source: LABOUR_CODE_2019,
  },
  {
    year: 2025,
    name: 'Tết Nguyên Đán',
    nameEn: 'Lunar New Year',
    off: [
      ['2025-01-27', 'compensatory'],
      ['2025-01-28', 'holiday'],
      ['2025-01-29', 'holiday'],
      ['2025-01-30', 'holiday'],
      ['2025-01-31', 'holiday'],
      ['2025-02-01', 'holiday'],
    ],
    work: [],
    source: TB_6150_2024,
  },
  {
    year: 2025,
    name: 'Giỗ Tổ Hùng Vương',
    nameEn: "Hùng Kings' Commemoration Day",
    off: [['2025-04-07', 'holiday']],
    work: [],
    source: LABOUR_CODE_2019,
  },
  {
    year: 2025,
    name: 'Ngày Giải phóng miền Nam và Quốc tế Lao động',
    nameEn: 'Reunification Day and International Labour Day',
    off: [
      ['2025-04-30', 'holiday'],
      ['2025-05-01', 'holiday'],
      ['2025-05-02', 'swap'],
    ],
    work: [['2025-04-26', '2025-05-02']],
    source: TB_6150_2024,
  },
  {
    year: 2025,
    name: 'Quốc khánh',
    nameEn: 'National Day',
    off: [
      ['2025-09-01', 'holiday'],
      ['2025-09-02', 'holiday'],
    ],
    work: [],
    source: TB_6150_2024,
  },
  {
    year: 2026,
    name: 'Tết Dương lịch',
    nameEn: "New Year's Day",
    off: [
      ['2026-01-01', 'holiday'],
      ['2026-01-02', 'swap'],
    ],
    work: [['2026-01-10', '2026-01-02']],
    source: CV_12729_2025,
  },
  {
    year: 2026,
    name: 'Tết Nguyên Đán',
    nameEn: 'Lunar New Year',
    off: [
      ['2026-02-16', 'holiday'],
      ['2026-02-17', 'holiday'],
      ['2026-02-18', 'holiday'],
      ['2026-02-19', 'holiday'],
      ['2026-02-20', 'holiday'],
    ],
    work: [],
    source: TB_9441_2025,
  },
  {
    year: 2026,
    name: 'Giỗ Tổ Hùng Vương',
    nameEn: "Hùng Kings' Commemoration Day",
    off: [
      ['2026-04-26', 'holiday'],
      ['2026-04-27', 'compensatory'],
    ],
    work: [],
    source: LABOUR_CODE_2019,
  },
  {
    year: 2026,
    name: 'Ngày Giải phóng miền Nam và Quốc tế Lao động',
    nameEn: 'Reunification Day and International Labour Day',
    off: [
      ['2026-04-30', 'holiday'],
      ['2026-05-01', 'holiday'],
    ],
    work: [],
    source: LABOUR_CODE_2019,
  },
  {
    year: 2026,
    name: 'Quốc khánh',
    nameEn: 'National Day',
    off: [
      ['2026-08-31', 'swap'],
      ['2026-09-01', 'holiday'],
      ['2026-09-02', 'holiday'],
    ],
    work: [['2026-08-22', '2026-08-31']],
    source: TB_9441_2025,
  },
];
