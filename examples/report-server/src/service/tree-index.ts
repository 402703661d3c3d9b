import type { Unit } from '@rollout/core';

/**
 * A stored unit tree in memory: who is below whom, for access checks and for
 * the roll-up of a subtree.
 */
export class TreeIndex {
  /** The tree id. */
  readonly id: string;
  /** Its name. */
  readonly name: string;
  /** Where it came from (`upload`, `vn-units`). */
  readonly source: string;
  /** The units, in the order they were given. */
  readonly units: readonly Unit[];
  /** Unit id → its place in `units`. */
  readonly byId: ReadonlyMap<string, number>;
  /** The place of each unit's parent, or -1 at a root. */
  readonly parent: Int32Array;

  /**
   * @param id - The tree id.
   * @param name - Its name.
   * @param source - Where it came from.
   * @param units - The units (a valid tree: unique ids, known parents, no cycle).
   */
  constructor(id: string, name: string, source: string, units: readonly Unit[]) {
    this.id = id;
    this.name = name;
    this.source = source;
    this.units = units;
    const byId = new Map<string, number>();
    units.forEach((u, i) => {
      byId.set(u.id, i);
    });
    this.byId = byId;
    this.parent = new Int32Array(units.length).fill(-1);
    units.forEach((u, i) => {
      if (u.parent !== undefined) this.parent[i] = byId.get(u.parent) ?? -1;
    });
  }

  /**
   * Whether a unit is `root` or below it.
   *
   * @param root - The unit at the top of the subtree.
   * @param unit - The unit asked about.
   * @returns `false` when either is not in the tree.
   */
  within(root: string, unit: string): boolean {
    const r = this.byId.get(root);
    let u = this.byId.get(unit);
    if (r === undefined || u === undefined) return false;
    // Trees are a few levels deep; the walk up is bounded by the size for safety.
    for (let steps = 0; u >= 0 && steps <= this.units.length; steps++) {
      if (u === r) return true;
      u = this.parent[u]!;
    }
    return false;
  }

  /**
   * Marks the units of a subtree.
   *
   * @param root - The unit at its top.
   * @returns One flag per unit (in tree order): 1 for `root` and every unit below it.
   */
  subtreeMask(root: string): Uint8Array {
    const mask = new Uint8Array(this.units.length);
    const r = this.byId.get(root);
    if (r === undefined) return mask;
    // 0 unknown, 1 inside, 2 outside; each unit is settled once.
    const state = new Uint8Array(this.units.length);
    state[r] = 1;
    const walk: number[] = [];
    for (let i = 0; i < this.units.length; i++) {
      let u = i;
      walk.length = 0;
      while (u >= 0 && state[u] === 0) {
        walk.push(u);
        u = this.parent[u]!;
      }
      const verdict = u >= 0 && state[u] === 1 ? 1 : 2;
      for (const w of walk) state[w] = verdict;
    }
    for (let i = 0; i < mask.length; i++) mask[i] = state[i] === 1 ? 1 : 0;
    return mask;
  }

  /** The ids of the roots (units without a parent). */
  roots(): string[] {
    const out: string[] = [];
    this.units.forEach((u, i) => {
      if (this.parent[i] === -1) out.push(u.id);
    });
    return out;
  }
}
