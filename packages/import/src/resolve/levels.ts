/**
 * Resolve: the tier level of a body from its kind and unit, in both the
 * pre-2025 structure (province → district → commune → branch) and the
 * two-level one in force since 1 July 2025 (province → commune).
 *
 * @remarks A city committee (*Thành ủy*) is province level for a centrally
 * run city (Hà Nội, Hồ Chí Minh, Hải Phòng, Đà Nẵng, Cần Thơ, and Huế from
 * 2025) and, before 2025, district level for a city under a province. A party
 * committee or union of an agency, a bloc or an enterprise directly under the
 * province (*Đảng ủy Khối*, *Đảng ủy các cơ quan Đảng tỉnh*, *Đoàn TN Tổng
 * Công ty …*) sits at the district tier "và tương đương".
 */
import type { TierLevel } from '@rollout/core';
import type { BodyFound } from '../recognise/bodies.js';

const CENTRAL_CITIES = /^(?:ha noi|ho chi minh|hai phong|da nang|can tho|hue)$/;

const fold = (s: string) =>
  s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase().trim();

/**
 * The level of a body, or undefined for a central body or one that says
 * nothing of its tier.
 *
 * @param body - The body.
 * @param year - The year of the text, when known (for the two-level era).
 */
export function levelOfBody(body: BodyFound, year?: number): TierLevel | undefined {
  const unit = body.unit ?? '';
  const twoLevel = year !== undefined && year >= 2025;
  const byUnit = (): TierLevel | undefined => {
    if (/^(?:tinh|cap tinh)$/.test(unit)) return 'province';
    if (/^(?:huyen|quan|thi xa|cap huyen)$/.test(unit)) return 'district';
    if (/^(?:xa|phuong|thi tran|dac khu|cap xa|cap co so|co so)$/.test(unit)) return 'commune';
    if (/^(?:thanh pho|tp\.?)$/.test(unit))
      return CENTRAL_CITIES.test(fold(body.name ?? '')) || twoLevel ? 'province' : 'district';
    if (
      /^(?:cac co quan dang tinh|cac co quan dang|co quan|khoi|tong cong ty|cong ty|truong|truc thuoc)$/.test(
        unit,
      )
    )
      return twoLevel ? 'commune' : 'district';
    return undefined;
  };
  switch (body.kind) {
    case 'central':
      return 'central';
    case 'province-committee':
    case 'province-union':
    case 'delegation':
      return 'province';
    case 'city-committee':
    case 'city-union':
      return CENTRAL_CITIES.test(fold(body.name ?? '')) || twoLevel ? 'province' : 'district';
    case 'district-committee':
    case 'district-union':
      return 'district';
    case 'branch':
      return 'branch';
    default:
      return byUnit();
  }
}

/** The level one below (*các đảng bộ, chi bộ trực thuộc* a district committee are communes). */
export function levelBelow(level: TierLevel, year?: number): TierLevel {
  if (level === 'central') return 'province';
  if (level === 'province') return year !== undefined && year >= 2025 ? 'commune' : 'district';
  if (level === 'district') return 'commune';
  return 'branch';
}
