import { type DeepReadonly, deepFreeze } from '../model/deep-readonly.js';
import type { Tier } from '../model/tier.js';

/**
 * The Party's four levels below the centre: province, district and equivalent,
 * grassroots (commune, ward, township) and party cell.
 *
 * @remarks *cấp tỉnh → cấp huyện và tương đương → cấp cơ sở → chi bộ*. The
 * district tier holds district party committees, party committees directly
 * under the province, the Fatherland Front and the mass organisations at that
 * level. Used before the two-level local government of 1 July 2025.
 * @example
 * ```ts
 * PARTY_TIERS.map((t) => t.level); // => ['province', 'district', 'commune', 'branch']
 * ```
 * @category Presets
 */
export const PARTY_TIERS: DeepReadonly<Tier[]> = deepFreeze<Tier[]>([
  { id: 'province', level: 'province', name: 'Cấp tỉnh' },
  {
    id: 'district',
    level: 'district',
    name: 'Cấp huyện và tương đương',
    unitKinds: [
      'Huyện ủy, thị ủy, thành ủy',
      'Đảng ủy trực thuộc Tỉnh ủy',
      'Ủy ban Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội cấp tỉnh',
    ],
  },
  {
    id: 'commune',
    level: 'commune',
    name: 'Cấp cơ sở',
    unitKinds: ['Đảng ủy xã, phường, thị trấn', 'Chi bộ cơ sở'],
  },
  { id: 'branch', level: 'branch', name: 'Chi bộ' },
]);

/**
 * The tiers of a mass organisation: provincial union, district unions, grassroots
 * unions and branches.
 *
 * @remarks *Tỉnh hội → huyện hội → cơ sở hội → chi hội*, as in 985-KH/HNDT of
 * the Farmers' Union of Thanh Hóa.
 * @example
 * ```ts
 * MASS_ORGANISATION_TIERS[3]?.name; // => 'Chi hội'
 * ```
 * @category Presets
 */
export const MASS_ORGANISATION_TIERS: DeepReadonly<Tier[]> = deepFreeze<Tier[]>([
  { id: 'province', level: 'province', name: 'Tỉnh hội' },
  { id: 'district', level: 'district', name: 'Huyện hội' },
  { id: 'commune', level: 'commune', name: 'Cơ sở hội' },
  { id: 'branch', level: 'branch', name: 'Chi hội' },
]);

/**
 * The two-level local government in force since 1 July 2025: province, then
 * commune (no district), then party cells.
 *
 * @remarks Since 1 July 2025 districts no longer exist; the province's party
 * committees lead communes and wards directly.
 * @example
 * ```ts
 * TWO_LEVEL_TIERS.map((t) => t.level); // => ['province', 'commune', 'branch']
 * ```
 * @category Presets
 */
export const TWO_LEVEL_TIERS: DeepReadonly<Tier[]> = deepFreeze<Tier[]>([
  { id: 'province', level: 'province', name: 'Cấp tỉnh' },
  { id: 'commune', level: 'commune', name: 'Cấp xã', unitKinds: ['Đảng ủy xã, phường, đặc khu'] },
  { id: 'branch', level: 'branch', name: 'Chi bộ' },
]);

/**
 * The names of the tier presets.
 *
 * @category Presets
 */
export type TierPresetName = 'party' | 'mass-organisation' | 'two-level';

/**
 * The date from which the two-level local government is in force.
 *
 * @category Presets
 */
export const TWO_LEVEL_SINCE = '2025-07-01';

/**
 * A fresh copy of a tier preset, to put into a plan and edit.
 *
 * @remarks Without a name, picks by date: `two-level` from 1 July 2025,
 * `party` before it.
 * @param name - The preset's name, or omitted to pick by `date`.
 * @param date - An ISO date, used only when `name` is omitted.
 * @returns New tier objects (never the shared constants).
 * @example
 * ```ts
 * tierPreset(undefined, '2025-09-01').length; // => 3
 * tierPreset('mass-organisation')[0]?.name; // => 'Tỉnh hội'
 * ```
 * @category Presets
 */
export function tierPreset(name?: TierPresetName, date?: string): Tier[] {
  const pick = name ?? (date !== undefined && date >= TWO_LEVEL_SINCE ? 'two-level' : 'party');
  const source =
    pick === 'party'
      ? PARTY_TIERS
      : pick === 'mass-organisation'
        ? MASS_ORGANISATION_TIERS
        : TWO_LEVEL_TIERS;
  return source.map((t) => structuredCloneTier(t));
}

function structuredCloneTier(t: DeepReadonly<Tier>): Tier {
  const { unitKinds, ...rest } = t;
  return unitKinds ? { ...rest, unitKinds: [...unitKinds] } : { ...rest };
}
