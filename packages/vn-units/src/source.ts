/**
 * The day from which the shipped units are in force: 30 April 2026.
 *
 * @remarks The data is the two-level local government (province → commune, no
 * district) that began on 1 July 2025, as updated by Nghị quyết 30/2026/QH16,
 * effective 30/4/2026. A later reorganisation is a new data version of this
 * package with a new date here, never a silent change: compare it with a
 * plan's date before scheduling a plan of another period over these units.
 * @example
 * ```ts
 * VN_UNITS_VALID_FROM; // => '2026-04-30'
 * ```
 * @see {@link VN_UNITS_SOURCE}
 * @category Presets
 */
export const VN_UNITS_VALID_FROM = '2026-04-30';

/**
 * Where the shipped units come from, and their licence.
 *
 * @remarks The package ships the source file as `data/units.json`
 * (`@rollout/vn-units/data/units.json`) with its MIT licence in `data/LICENSE`;
 * anything built from it keeps that notice. Codes are the General Statistics
 * Office's (*Tổng cục Thống kê*).
 * @example
 * ```ts
 * VN_UNITS_SOURCE.license; // => 'MIT'
 * VN_UNITS_SOURCE.counts; // => { provinces: 34, communes: 3321 }
 * ```
 * @category Presets
 */
export const VN_UNITS_SOURCE = {
  /** What the data is. */
  title:
    'Đơn vị hành chính cấp tỉnh và cấp xã của Việt Nam (34 tỉnh, thành phố; 3.321 xã, phường, đặc khu)',
  /** The legal act the data is updated for. */
  basis: 'Nghị quyết 30/2026/QH16',
  /** The day from which it is in force (see {@link VN_UNITS_VALID_FROM}). */
  validFrom: VN_UNITS_VALID_FROM,
  /** The public repository the file was taken from. */
  repository: 'thanglequoc/vietnamese-provinces-database',
  /** The file, in that repository. */
  file: 'vn_only_simplified_json_generated_data_vn_units_2026-07-25__20_49_07.json',
  /** The repository's commit. */
  commit: 'cd58063',
  /** The day of that commit. */
  retrieved: '2026-08-02',
  /** The data's licence. */
  license: 'MIT',
  /** The data's copyright notice. */
  copyright: 'Copyright (c) 2021 Thang Le Quoc',
  /** How many units it holds. */
  counts: { provinces: 34, communes: 3321 },
} as const;
