import type { UnitTree } from '@rollout/core';
import { VnUnitsError, type VnUnitsIssue } from '../issues.js';
import type { Commune, Province } from '../types.js';
import type { SafeUnitTreeResult, UnitTreeOptions } from '../unit-tree.js';
import { buildUnits, checkOptions, readSafely } from './build-tree.js';
import { communeFromRow, communeKeys, provinceFromData, queryKeys } from './records.js';
import type { ProvinceData } from './types.js';

/**
 * What each province's own entry exports: `@rollout/vn-units/provinces/<code>`.
 *
 * @remarks Import a province's entry instead of the package's main entry when
 * an app needs one province: the bundle then holds that province's communes
 * only (Thanh Hoá's tree is a few kilobytes), not the country's. The functions
 * do what the main entry's do, restricted to that province.
 * @example One province's entry
 * ```ts
 * // import { unitTree, province } from '@rollout/vn-units/provinces/38';
 * declare const thanhHoa: ProvinceModule;
 * thanhHoa.unitTree({ directlyUnder: true }).units.length; // 171 for Thanh Hoá
 * ```
 * @category Presets
 */
export interface ProvinceModule {
  /** The province. */
  readonly province: Province;
  /** Its communes, wards and special zones, in the data file's order (new objects). */
  readonly communes: () => Commune[];
  /** Its commune with this code or name (as `findCommune` of the main entry), or `undefined`. */
  readonly findCommune: (codeOrName: string) => Commune | undefined;
  /** Its unit tree, as `unitTree` of the main entry with `provinces: [code]`; throws `VnUnitsError`. */
  readonly unitTree: (options?: Omit<UnitTreeOptions, 'provinces'>) => UnitTree;
  /** Its unit tree or the issues, as `safeUnitTree` of the main entry; never throws. */
  readonly safeUnitTree: (options?: Omit<UnitTreeOptions, 'provinces'>) => SafeUnitTreeResult;
}

/** The functions of one province's entry, over its generated data. @internal */
export function provinceModule(data: ProvinceData): ProvinceModule {
  const province = provinceFromData(data);
  const list = (): Commune[] => data.communes.map((row) => communeFromRow(row, data.code));
  const safe = (options: Omit<UnitTreeOptions, 'provinces'> = {}): SafeUnitTreeResult => {
    const issues: VnUnitsIssue[] = [];
    const checked = readSafely(
      () => checkOptions(options, issues),
      { party: true, directlyUnder: false, branches: 0, members: undefined },
      issues,
    );
    if (issues.length > 0) return { success: false, issues };
    return { success: true, tree: { units: buildUnits([data], checked) }, issues: [] };
  };
  return {
    province,
    communes: list,
    findCommune: (codeOrName) => {
      if (typeof codeOrName !== 'string') return undefined;
      const [folded, typed] = queryKeys(codeOrName);
      const keyed = list().map((c) => [c, communeKeys(c)] as const);
      let found = keyed.filter(([, keys]) => keys.includes(folded));
      if (found.length === 0) found = keyed.filter(([, keys]) => keys.includes(typed));
      return found.length === 1 ? found[0]![0] : undefined;
    },
    unitTree: (options) => {
      const r = safe(options);
      if (!r.success) throw new VnUnitsError(r.issues);
      return r.tree;
    },
    safeUnitTree: safe,
  };
}
