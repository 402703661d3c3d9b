import type { Plan } from '../model/plan.js';
import type { TierLevel } from '../model/tier.js';
import type { Unit } from '../model/unit.js';
import { createIssue, type Issue } from '../validate/issue.js';

/**
 * The unit tree with integer indexes: what the roll-up counts over. @internal
 */
export interface UnitIndex {
  readonly size: number;
  readonly ids: string[];
  readonly names: string[];
  readonly levels: TierLevel[];
  /** Parent index, or -1 at a root. */
  readonly parent: Int32Array;
  /** Index into `plan.tiers`, or -1 when the plan has no tier for the unit. */
  readonly tierOf: Int32Array;
  readonly byId: Map<string, number>;
  readonly issues: Issue[];
}

/**
 * Indexes a unit tree (or, without one, the plan's tiers as one unit each).
 *
 * @remarks Never throws: a repeated id keeps the first unit
 * (`unit/duplicate-id`), an unknown parent makes a root
 * (`unit/unknown-parent`), and a cycle is cut where it is found
 * (`unit/cycle`). A unit sits at `unit.tier` when that is a tier of the plan,
 * else at the first tier of its level (`cascade/unit-without-tier` when none).
 * @internal
 */
export function indexUnits(plan: Plan, units: readonly Unit[] | undefined): UnitIndex {
  const issues: Issue[] = [];
  const list: {
    id: string;
    name: string;
    level: TierLevel;
    parent?: string | undefined;
    tier?: string | undefined;
  }[] = [];
  if (units === undefined) {
    plan.tiers.forEach((t, i) => {
      const prev = i > 0 ? plan.tiers[i - 1] : undefined;
      list.push(
        prev
          ? { id: t.id, name: t.name, level: t.level, parent: prev.id, tier: t.id }
          : { id: t.id, name: t.name, level: t.level, tier: t.id },
      );
    });
  } else {
    for (const u of units) list.push(u);
  }
  const byId = new Map<string, number>();
  const kept: typeof list = [];
  const origin: number[] = [];
  list.forEach((u, i) => {
    if (byId.has(u.id)) {
      issues.push(createIssue('unit/duplicate-id', ['units', i, 'id'], { id: u.id }));
      return;
    }
    byId.set(u.id, kept.length);
    kept.push(u);
    origin.push(i);
  });
  const size = kept.length;
  const parent = new Int32Array(size).fill(-1);
  const tierOf = new Int32Array(size).fill(-1);
  const tierById = new Map<string, number>();
  const tierByLevel = new Map<TierLevel, number>();
  plan.tiers.forEach((t, i) => {
    if (!tierById.has(t.id)) tierById.set(t.id, i);
    if (!tierByLevel.has(t.level)) tierByLevel.set(t.level, i);
  });
  const ids: string[] = new Array(size);
  const names: string[] = new Array(size);
  const levels: TierLevel[] = new Array(size);
  for (let i = 0; i < size; i++) {
    const u = kept[i]!;
    const at = origin[i]!;
    ids[i] = u.id;
    names[i] = u.name;
    levels[i] = u.level;
    if (u.parent !== undefined) {
      const p = byId.get(u.parent);
      if (p === undefined || p === i) {
        issues.push(
          createIssue('unit/unknown-parent', ['units', at, 'parent'], {
            id: u.id,
            parent: u.parent,
          }),
        );
      } else parent[i] = p;
    }
    const t = (u.tier !== undefined ? tierById.get(u.tier) : undefined) ?? tierByLevel.get(u.level);
    if (t === undefined) {
      if (units !== undefined)
        issues.push(
          createIssue('cascade/unit-without-tier', ['units', at, 'level'], {
            unit: u.id,
            level: u.level,
          }),
        );
    } else tierOf[i] = t;
  }
  // Cut cycles: walk up from each unit; a walk that meets itself is a cycle.
  const state = new Uint8Array(size); // 0 new, 1 on the current walk, 2 done
  const walk: number[] = [];
  for (let i = 0; i < size; i++) {
    if (state[i] !== 0) continue;
    walk.length = 0;
    let cur = i;
    while (cur >= 0 && state[cur] === 0) {
      state[cur] = 1;
      walk.push(cur);
      cur = parent[cur]!;
    }
    if (cur >= 0 && state[cur] === 1) {
      // `cur` is on this walk: the link from the last unit of the walk closes the cycle.
      const last = walk[walk.length - 1]!;
      issues.push(
        createIssue('unit/cycle', ['units', origin[last]!, 'parent'], { id: ids[last]! }),
      );
      parent[last] = -1;
    }
    for (const w of walk) state[w] = 2;
  }
  return { size, ids, names, levels, parent, tierOf, byId, issues };
}
