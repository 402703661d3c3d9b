// Public records made from the generated rows, their names as committees, and lookup keys.
import type { Commune, CommuneKind, Province, ProvinceKind } from '../types.js';
import { foldName, slugName } from './fold.js';
import type { CommuneRow, ProvinceData, ProvinceRow } from './types.js';

const PROVINCE_KINDS: readonly ProvinceKind[] = ['tỉnh', 'thành phố'];
const COMMUNE_KINDS: readonly CommuneKind[] = ['xã', 'phường', 'đặc khu'];
const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** A province record from a generated row. @internal */
export function provinceFromRow(row: ProvinceRow): Province {
  const kind = PROVINCE_KINDS[row[1]]!;
  return {
    code: row[0],
    name: row[2],
    fullName: `${capital(kind)} ${row[2]}`,
    kind,
    communes: row[3],
  };
}

/** A province record from a generated data module. @internal */
export function provinceFromData(p: ProvinceData): Province {
  return provinceFromRow([p.code, p.kind === 'tỉnh' ? 0 : 1, p.name, p.communes.length]);
}

/** A commune record from a generated row. @internal */
export function communeFromRow(row: CommuneRow, provinceCode: string): Commune {
  const kind = COMMUNE_KINDS[row[1]]!;
  return { code: row[0], name: row[2], fullName: `${capital(kind)} ${row[2]}`, kind, provinceCode };
}

/**
 * The province as a place inside a longer name: *tỉnh Thanh Hoá*, *thành phố Hà
 * Nội*; a city named after a person keeps its kind capitalised as part of the
 * name (*Thành phố Hồ Chí Minh*). @internal
 */
export function placeName(p: Province): string {
  return p.name === 'Hồ Chí Minh' ? p.fullName : `${p.kind} ${p.name}`;
}

/** *Tỉnh ủy Thanh Hoá*, *Thành ủy Hà Nội*, *Thành ủy Thành phố Hồ Chí Minh*. @internal */
export function provinceCommitteeName(p: Province): string {
  if (p.kind === 'tỉnh') return `Tỉnh ủy ${p.name}`;
  return `Thành ủy ${p.name === 'Hồ Chí Minh' ? p.fullName : p.name}`;
}

/** *Đảng ủy xã Nga Sơn*, *Đảng ủy phường Ba Đình*, *Đảng ủy đặc khu Phú Quốc*. @internal */
export function communeCommitteeName(c: Commune): string {
  return `Đảng ủy ${c.kind} ${c.name}`;
}

/** The unit id of a province (`vn-38`) or a commune (`vn-38-16093`). @internal */
export function unitIdOf(x: Province | Commune): string {
  return 'provinceCode' in x ? `vn-${x.provinceCode}-${x.code}` : `vn-${x.code}`;
}

/** Every key a province is found by. @internal */
export function provinceKeys(p: Province): string[] {
  return [
    p.code,
    unitIdOf(p),
    foldName(p.name),
    foldName(p.fullName),
    foldName(provinceCommitteeName(p)),
    slugName(p.name),
  ];
}

/** Every key a commune is found by. @internal */
export function communeKeys(c: Commune): string[] {
  return [
    c.code,
    unitIdOf(c),
    foldName(c.name),
    foldName(c.fullName),
    foldName(communeCommitteeName(c)),
  ];
}

/**
 * The keys of what a user typed: folded, with *TP.* / *TP* read as *thành
 * phố*; and as typed, lower case, for codes, ids and slugs. @internal
 */
export function queryKeys(text: string): [string, string] {
  return [foldName(text).replace(/^tp\.?\s*/, 'thành phố '), text.trim().toLowerCase()];
}
