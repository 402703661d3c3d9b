import type { Unit, UnitTree } from '@rollout/core';
import { ALL_PROVINCES } from './data/all.js';
import {
  buildUnits,
  type CheckedOptions,
  checkOptions,
  readSafely,
  shown,
} from './internal/build-tree.js';
import type { ProvinceData } from './internal/types.js';
import { createVnUnitsIssue, VnUnitsError, type VnUnitsIssue } from './issues.js';
import { findProvince } from './lookup.js';

/**
 * Generated units for scale runs: party cells (*chi bộ*) under the communes.
 *
 * @remarks Not real data. `branches` cells are spread evenly over every
 * commune-level unit of the tree (the communes, and the committees directly
 * under the province when asked for), in order; `members` party members, when
 * given, are spread evenly over the cells, and every unit above then carries
 * the members below it. Generated units are marked in three ways: their id ends
 * in `-gen-<n>`, their name and kind end in *(giả lập)*, and
 * {@link isGeneratedUnit} tells them apart.
 * @category Presets
 */
export interface GeneratedUnitsOptions {
  /** How many party cells to generate in all, from 0 to 10,000,000. */
  readonly branches: number;
  /** How many party members to spread over them (absent: no head counts). */
  readonly members?: number;
}

/**
 * The options of {@link unitTree} and {@link safeUnitTree}.
 *
 * @category Presets
 */
export interface UnitTreeOptions {
  /** The provinces, by code or name (see {@link findProvince}); absent, all 34. */
  readonly provinces?: readonly string[];
  /**
   * Party committees (*Tỉnh ủy …*, *Đảng ủy xã …*), the default; `false` names
   * the administrative units themselves (*Tỉnh Thanh Hoá*, *Xã Nga Sơn*), for a
   * state or mass-organisation plan that follows the same tree.
   */
  readonly party?: boolean;
  /**
   * Adds the four party committees directly under each province committee
   * (*Đảng ủy các cơ quan Đảng*, *Đảng ủy Ủy ban nhân dân*, *Đảng ủy Công an*,
   * *Đảng ủy Quân sự* of the province) beside its communes; needs `party`.
   */
  readonly directlyUnder?: boolean;
  /** Generated party cells (and head counts) for scale runs; absent, none. */
  readonly generated?: GeneratedUnitsOptions;
}

/**
 * What {@link safeUnitTree} returns: the tree, or the issues that stop it.
 *
 * @category Presets
 */
export type SafeUnitTreeResult =
  | {
      /** The options give a tree. */
      readonly success: true;
      /** The tree `{ units }`. */
      readonly tree: UnitTree;
      /** None. */
      readonly issues: readonly [];
    }
  | {
      /** The options give no tree. */
      readonly success: false;
      /** Why: at least one `vn-units/…` error. */
      readonly issues: readonly VnUnitsIssue[];
    };

const NO_OPTIONS: CheckedOptions = {
  party: true,
  directlyUnder: false,
  branches: 0,
  members: undefined,
};

/** Resolves the provinces asked for, pushing issues. */
function pick(options: unknown, issues: VnUnitsIssue[]): ProvinceData[] {
  const o = options !== null && typeof options === 'object' ? options : {};
  const asked = Object.hasOwn(o, 'provinces') ? (o as { provinces: unknown }).provinces : undefined;
  if (asked === undefined) return [...ALL_PROVINCES];
  if (!Array.isArray(asked)) {
    issues.push(
      createVnUnitsIssue('vn-units/invalid-option', ['provinces'], {
        option: 'provinces',
        detail: 'expected a list of codes or names',
        detailVi: 'cần một danh sách mã hoặc tên',
      }),
    );
    return [];
  }
  const out: ProvinceData[] = [];
  const seen = new Set<string>();
  asked.forEach((value: unknown, i) => {
    const p = typeof value === 'string' ? findProvince(value) : undefined;
    if (!p) {
      issues.push(
        createVnUnitsIssue('vn-units/unknown-province', ['provinces', i], {
          value: typeof value === 'string' ? value : shown(value),
        }),
      );
      return;
    }
    if (seen.has(p.code)) {
      issues.push(
        createVnUnitsIssue('vn-units/duplicate-province', ['provinces', i], { code: p.code }),
      );
      return;
    }
    seen.add(p.code);
    out.push(ALL_PROVINCES.find((d) => d.code === p.code)!);
  });
  return out;
}

/**
 * Vietnam's real units as a unit tree, or the issues that stop it; never throws.
 *
 * @remarks The tree is the two-level preset's (`TWO_LEVEL_TIERS` of
 * `@rollout/core`): each province committee (`level: 'province'`) over its
 * commune committees (`level: 'commune'`); with `directlyUnder`, the four
 * committees directly under the province at the commune level beside them
 * (since 1/7/2025 they are not a district tier); with `generated`, party cells
 * (`level: 'branch'`) under those. Unit ids are stable and readable: `vn-38`
 * (the province committee of code 38), `vn-38-16093` (a commune, by its
 * five-digit code), `vn-38-co-quan-dang`, `vn-38-ubnd`, `vn-38-cong-an`,
 * `vn-38-quan-su` (the committees directly under it), `vn-38-16093-gen-1`
 * (a generated cell). Units come province by province, each followed by the
 * units under it, then the generated cells. The data is in force from
 * {@link VN_UNITS_VALID_FROM}.
 * @param options - Which provinces, party or administrative names, extra units.
 * @returns `{ success: true, tree }`, or `{ success: false, issues }` with a
 *   `vn-units/…` issue per bad option (unknown or repeated province, bad count).
 * @example
 * ```ts
 * const r = safeUnitTree({ provinces: ['Thanh Hóa'] });
 * r.success && r.tree.units.length; // => 167
 * r.success && r.tree.units[0]; // => { id: 'vn-38', name: 'Tỉnh ủy Thanh Hoá', level: 'province', kind: 'Tỉnh ủy' }
 * safeUnitTree({ provinces: ['38', 'Quảng Bình'] }).issues.map((i) => i.code); // => ['vn-units/unknown-province']
 * ```
 * @category Presets
 */
export function safeUnitTree(options: UnitTreeOptions = {}): SafeUnitTreeResult {
  const issues: VnUnitsIssue[] = [];
  const list = readSafely(() => pick(options, issues), [], issues);
  const checked = readSafely(() => checkOptions(options, issues), NO_OPTIONS, issues);
  if (issues.length > 0) return { success: false, issues };
  return { success: true, tree: { units: buildUnits(list, checked) }, issues: [] };
}

/**
 * Vietnam's real units as a unit tree, for `schedule` and `rollup` of `@rollout/core`.
 *
 * @remarks The throwing form of {@link safeUnitTree}: same tree, same ids.
 * Use {@link safeUnitTree} when the options come from a user.
 * @param options - Which provinces, party or administrative names, extra units.
 * @returns The tree `{ units }`.
 * @throws {@link VnUnitsError} carrying the issues when an option is wrong.
 * @example The national tree, and one city's committees
 * ```ts
 * unitTree().units.length; // => 3355
 * unitTree({ provinces: ['01'], directlyUnder: true }).units[1]?.name;
 * // => 'Đảng ủy các cơ quan Đảng thành phố Hà Nội'
 * unitTree({ provinces: ['38'], generated: { branches: 1000 } }).units.length; // => 1167
 * ```
 * @category Presets
 */
export function unitTree(options: UnitTreeOptions = {}): UnitTree {
  const r = safeUnitTree(options);
  if (!r.success) throw new VnUnitsError(r.issues);
  return r.tree;
}

/**
 * Tells a generated unit (a party cell made up for a scale run) from a real one.
 *
 * @param unit - A unit of a tree from {@link unitTree}.
 * @returns `true` for the cells that `generated` added.
 * @example
 * ```ts
 * const units = unitTree({ provinces: ['38'], generated: { branches: 10 } }).units;
 * units.filter(isGeneratedUnit).length; // => 10
 * ```
 * @category Presets
 */
export function isGeneratedUnit(unit: Pick<Unit, 'id'>): boolean {
  return /^vn-\d{2}-.+-gen-\d+$/.test(unit.id);
}
