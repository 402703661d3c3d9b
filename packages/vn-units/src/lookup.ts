import { ALL_PROVINCES } from './data/all.js';
import { PROVINCE_ROWS } from './data/provinces.js';
import {
  communeFromRow,
  communeKeys,
  provinceFromRow,
  provinceKeys,
  queryKeys,
} from './internal/records.js';
import type { Commune, Province } from './types.js';

let provinceIndex: Map<string, Province> | undefined;
let communeIndex: Map<string, Commune[]> | undefined;

function provinceMap(): Map<string, Province> {
  if (provinceIndex) return provinceIndex;
  provinceIndex = new Map();
  for (const row of PROVINCE_ROWS) {
    const p = provinceFromRow(row);
    for (const key of provinceKeys(p)) provinceIndex.set(key, p);
  }
  return provinceIndex;
}

function communeMap(): Map<string, Commune[]> {
  if (communeIndex) return communeIndex;
  communeIndex = new Map();
  for (const p of ALL_PROVINCES) {
    for (const row of p.communes) {
      const c = communeFromRow(row, p.code);
      for (const key of new Set(communeKeys(c))) {
        const list = communeIndex.get(key);
        if (list) list.push(c);
        else communeIndex.set(key, [c]);
      }
    }
  }
  return communeIndex;
}

/**
 * The 34 provinces and centrally-run cities, in the order of their codes.
 *
 * @remarks Each call returns new objects. Does not load the communes: an app
 * that only lists provinces ships no commune data.
 * @returns Every province with its code, name, kind and commune count.
 * @example
 * ```ts
 * provinces().length; // => 34
 * provinces().find((p) => p.code === '38');
 * // => { code: '38', name: 'Thanh Hoá', fullName: 'Tỉnh Thanh Hoá', kind: 'tỉnh', communes: 166 }
 * ```
 * @category Presets
 */
export function provinces(): Province[] {
  return PROVINCE_ROWS.map(provinceFromRow);
}

/**
 * Finds a province by its code or its name, as people write it.
 *
 * @remarks Accepts the two-digit code (`'38'`, also `'8'` for `'08'`), the unit
 * id (`'vn-38'`), the name with or without its kind (*Thanh Hóa*, *Tỉnh Thanh
 * Hoá*, *TP Hồ Chí Minh*), the committee's name (*Tỉnh ủy Thanh Hóa*) and the
 * ASCII slug (`'thanh-hoa'`). Names are compared after NFC, case folding and one
 * tone placement for *oa / oe / uy* (*Hóa* = *Hoá*, *Thủy* = *Thuỷ*); a name
 * without its diacritics is found only as a slug.
 * @param codeOrName - A code, id, name or slug.
 * @returns The province, or `undefined` when none has that code or name.
 * @example
 * ```ts
 * findProvince('Thanh Hóa')?.code; // => '38'
 * findProvince('thành phố hồ chí minh')?.code; // => '79'
 * findProvince('Quảng Bình'); // => undefined
 * ```
 * @category Presets
 */
export function findProvince(codeOrName: string): Province | undefined {
  if (typeof codeOrName !== 'string') return undefined;
  const text = /^\s*\d\s*$/.test(codeOrName) ? `0${codeOrName.trim()}` : codeOrName;
  const map = provinceMap();
  const [folded, typed] = queryKeys(text);
  const p = map.get(folded) ?? map.get(typed);
  return p ? { ...p } : undefined;
}

/**
 * The communes, wards and special zones of one province, in the data file's order.
 *
 * @param province - The province's code or name (as {@link findProvince} reads it).
 * @returns New commune objects; an empty list when no province has that code or name.
 * @example
 * ```ts
 * communes('38').length; // => 166
 * communes('Thanh Hóa').find((c) => c.name === 'Nga Sơn');
 * // => { code: '16093', name: 'Nga Sơn', fullName: 'Xã Nga Sơn', kind: 'xã', provinceCode: '38' }
 * ```
 * @category Presets
 */
export function communes(province: string): Commune[] {
  const code = findProvince(province)?.code;
  const data = ALL_PROVINCES.find((p) => p.code === code);
  return data ? data.communes.map((row) => communeFromRow(row, data.code)) : [];
}

/**
 * Every commune whose code or name is the one given, in the whole country or in one province.
 *
 * @remarks Names repeat across provinces (ten provinces have a *Tân An*):
 * this lists them all. Matching is as in {@link findProvince}: code, unit id
 * (`'vn-38-16093'`), name with or without its kind, the committee's name
 * (*Đảng ủy xã Nga Sơn*), NFC, case and *oa / oe / uy* tone placement folded; the
 * one name the data file writes with a lower-case *xã* is found like the others.
 * @param codeOrName - A five-digit code, a unit id or a name.
 * @param province - Only in this province (code or name).
 * @returns New commune objects, possibly none.
 * @example
 * ```ts
 * findCommunes('Tân An').length; // => 10
 * findCommunes('Tân An', 'Nghệ An').map((c) => c.fullName); // => ['Xã Tân An']
 * ```
 * @category Presets
 */
export function findCommunes(codeOrName: string, province?: string): Commune[] {
  if (typeof codeOrName !== 'string') return [];
  const within = province === undefined ? undefined : findProvince(province)?.code;
  if (province !== undefined && within === undefined) return [];
  const map = communeMap();
  const [folded, typed] = queryKeys(codeOrName);
  const found = map.get(folded) ?? map.get(typed) ?? [];
  return found
    .filter((c) => within === undefined || c.provinceCode === within)
    .map((c) => ({ ...c }));
}

/**
 * Finds one commune, ward or special zone by its code or name.
 *
 * @remarks As {@link findCommunes}, but a name that more than one commune bears
 * (in the country, or in the province given) finds none: give the province, or
 * use {@link findCommunes}. A code is unique in the country.
 * @param codeOrName - A five-digit code, a unit id or a name.
 * @param province - Only in this province (code or name).
 * @returns The commune, or `undefined` when none or several match.
 * @example
 * ```ts
 * findCommune('Phường Văn Miếu – Quốc Tử Giám')?.code; // => '00226'
 * findCommune('xã Nga Sơn', '38')?.fullName; // => 'Xã Nga Sơn'
 * // The data file writes this one "xã Bắc Sơn":
 * findCommune('Xã Bắc Sơn')?.code; // => '06325'
 * findCommune('Tân An'); // => undefined
 * ```
 * @category Presets
 */
export function findCommune(codeOrName: string, province?: string): Commune | undefined {
  const found = findCommunes(codeOrName, province);
  return found.length === 1 ? found[0] : undefined;
}
