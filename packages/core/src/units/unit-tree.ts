import type { Unit } from '../model/unit.js';
import { UnitSchema } from '../model/unit.js';
import { issuesFromZodAt } from '../validate/from-zod.js';
import { createIssue, type Issue } from '../validate/issue.js';

/**
 * Checks a tree of units: unique ids, known parents, no cycles, levels going down.
 *
 * @remarks Linear in the number of units (a million units is fine). Issues:
 * `unit/duplicate-id` (the second and later uses of an id), `unit/unknown-parent`,
 * `unit/cycle` (reported once per cycle, on its first unit in input order) and
 * `unit/level-order` (a unit whose level is not strictly below its parent's:
 * a commune under a province is fine, a province under a commune is not).
 * Paths are `[pathPrefix…, index, 'parent' | 'id' | 'level']`.
 * @param units - The units, as read.
 * @param pathPrefix - Where the list sits in the input; default `['units']`.
 * @returns The issues, empty when the tree is sound.
 * @example
 * ```ts
 * validateUnitTree([
 *   { id: 'tinh', name: 'Tỉnh ủy', level: 'province' },
 *   { id: 'xa', name: 'Đảng ủy xã', level: 'commune', parent: 'nowhere' },
 * ]).map((i) => i.code); // => ['unit/unknown-parent']
 * ```
 * @category Validation
 */
export function validateUnitTree(
  units: readonly Unit[],
  pathPrefix: readonly (string | number)[] = ['units'],
): Issue[] {
  const issues: Issue[] = [];
  indexUnitTree(units, pathPrefix, issues);
  return issues;
}

const RANK: Readonly<Record<string, number>> = {
  central: 0,
  province: 1,
  district: 2,
  commune: 3,
  branch: 4,
};

/** The unit tree as integers: what {@link indexUnitTree} returns. @internal */
export interface IndexedUnitTree {
  /** Unit id → index of its first use. */
  readonly index: Map<string, number>;
  /** 1 for the second and later units with an id already used. */
  readonly duplicate: Uint8Array;
  /** Parent index per unit, or -1 (root, unknown parent, a duplicate, or a link cut to break a cycle). */
  readonly parent: Int32Array;
  /** Every unit index, parents before children. */
  readonly order: Int32Array;
}

/**
 * Indexes a unit tree in one linear pass and pushes its issues (the work of
 * {@link validateUnitTree}, shared with the cascade engine). @internal
 */
export function indexUnitTree(
  units: readonly Unit[],
  pathPrefix: readonly (string | number)[],
  issues: Issue[],
): IndexedUnitTree {
  const n = units.length;
  const index = new Map<string, number>();
  const duplicate = new Uint8Array(n);
  // Inserted last to first so that the first use of an id wins, one map operation
  // per unit; duplicates (rare) are then looked for only when the map is short.
  for (let i = n - 1; i >= 0; i--) index.set(units[i]!.id, i);
  if (index.size < n) {
    for (let i = 0; i < n; i++) {
      const id = units[i]!.id;
      if (index.get(id) === i) continue;
      duplicate[i] = 1;
      issues.push(createIssue('unit/duplicate-id', [...pathPrefix, i, 'id'], { id }));
    }
  }
  const parent = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    const u = units[i]!;
    if (u.parent === undefined || duplicate[i]) continue;
    const p = index.get(u.parent);
    if (p === undefined) {
      issues.push(
        createIssue('unit/unknown-parent', [...pathPrefix, i, 'parent'], {
          id: u.id,
          parent: u.parent,
        }),
      );
      continue;
    }
    parent[i] = p;
    const pu = units[p]!;
    if ((RANK[u.level] ?? 0) <= (RANK[pu.level] ?? 0)) {
      issues.push(
        createIssue('unit/level-order', [...pathPrefix, i, 'level'], {
          id: u.id,
          level: u.level,
          parent: pu.id,
          parentLevel: pu.level,
        }),
      );
    }
  }
  // 0 = unvisited, 1 = on the current walk, 2 = placed in `order`.
  const state = new Uint8Array(n);
  const order = new Int32Array(n);
  const walk = new Int32Array(n);
  let placed = 0;
  for (let i = 0; i < n; i++) {
    if (state[i] !== 0) continue;
    let len = 0;
    let v = i;
    while (v >= 0 && state[v] === 0) {
      state[v] = 1;
      walk[len++] = v;
      v = parent[v]!;
    }
    if (v >= 0 && state[v] === 1) {
      let first = v;
      for (let c = parent[v]!; c !== v; c = parent[c]!) if (c < first) first = c;
      issues.push(
        createIssue('unit/cycle', [...pathPrefix, first, 'parent'], { id: units[first]!.id }),
      );
      parent[v] = -1; // cut the cycle so that the tree can still be used
    }
    for (let k = len - 1; k >= 0; k--) {
      state[walk[k]!] = 2;
      order[placed++] = walk[k]!;
    }
  }
  return { index, duplicate, parent, order };
}

/**
 * The result of {@link parseUnitTree}.
 *
 * @category Validation
 */
export interface ParseUnitTreeResult {
  /** The units, when the input has the right shape (even if the tree has issues). */
  readonly units?: Unit[];
  /** Shape issues (`schema/…`) and tree issues (`unit/…`). */
  readonly issues: Issue[];
}

/**
 * Reads a tree of units from unknown input (`{ units: [...] }` or a bare array) and checks it.
 *
 * @remarks Never throws. Shape problems give `schema/…` issues and no units;
 * a well-shaped list is returned with the issues of {@link validateUnitTree}.
 * @param input - Parsed JSON.
 * @returns The units and the issues.
 * @example
 * ```ts
 * parseUnitTree([{ id: 'tinh', name: 'Tỉnh ủy', level: 'province' }]).issues; // => []
 * parseUnitTree({ units: 3 }).units; // => undefined
 * ```
 * @category Validation
 */
export function parseUnitTree(input: unknown): ParseUnitTreeResult {
  let list: unknown = input;
  let prefix: (string | number)[] = [];
  if (input !== null && typeof input === 'object' && !Array.isArray(input)) {
    list = Object.hasOwn(input, 'units') ? (input as { units: unknown }).units : undefined;
    prefix = ['units'];
  }
  if (!Array.isArray(list)) {
    return {
      issues: [
        createIssue('schema/invalid-type', prefix, { expected: 'array', received: typeof list }),
      ],
    };
  }
  const units: Unit[] = [];
  const issues: Issue[] = [];
  for (let i = 0; i < list.length; i++) {
    const item: unknown = list[i];
    const r = UnitSchema.safeParse(item);
    if (r.success) units.push(r.data);
    else issues.push(...issuesFromZodAt(r.error.issues, input, [...prefix, i]));
  }
  if (issues.length > 0) return { issues };
  return { units, issues: validateUnitTree(units, prefix) };
}
