import { type Issue, parseUnitTree, type Unit } from '@rollout/core';
import { createVnUnitsIssue, safeUnitTree } from '@rollout/vn-units';
import type { CliIo } from './io.js';
import type { Lang } from './lang.js';
import { readJson } from './read-input.js';

/** What `--units` gave: the units, or the issues that stop them. */
export interface ReadUnits {
  readonly units?: Unit[];
  readonly issues: Issue<string>[];
}

/** The `+flag`s a `vn:` spec takes, and the option each sets. */
const FLAGS: Readonly<Record<string, 'directlyUnder'>> = { direct: 'directlyUnder' };

/**
 * Reads `--units`: a unit-tree file, or `vn:<provinces>[+direct]` for Vietnam's
 * real units from `@rollout/vn-units` — `vn:38`, `vn:38,01`, `vn:Thanh Hóa`,
 * `vn:all`; `+direct` adds the four committees directly under each province.
 * A file named `vn:…` is read as `./vn:…`.
 */
export async function readUnits(io: CliIo, spec: string, lang: Lang): Promise<ReadUnits> {
  if (!spec.startsWith('vn:')) return parseUnitTree(await readJson(io, spec, lang));
  const [list = '', ...flags] = spec.slice(3).split('+');
  const issues: Issue<string>[] = [];
  let directlyUnder = false;
  for (const flag of flags) {
    if (Object.hasOwn(FLAGS, flag.trim())) directlyUnder = true;
    else
      issues.push(
        createVnUnitsIssue('vn-units/invalid-option', ['units'], {
          option: `+${flag}`,
          detail: `${spec}: the only flag is +direct`,
          detailVi: `${spec}: chỉ có tùy chọn +direct`,
        }),
      );
  }
  const all = list.trim() === 'all' || list.trim() === '*';
  const provinces = all
    ? undefined
    : list
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s !== '');
  if (provinces !== undefined && provinces.length === 0)
    issues.push(createVnUnitsIssue('vn-units/unknown-province', ['units'], { value: spec }));
  if (issues.length > 0) return { issues };
  const r = safeUnitTree({ ...(provinces ? { provinces } : {}), directlyUnder });
  return r.success ? { units: r.tree.units, issues: [] } : { issues: [...r.issues] };
}
