import { withinRange } from '../calendar/date-rule-window.js';
import { isValidIsoDate, toEpochDay } from '../calendar/iso-date.js';
import type { DateRule } from '../model/date-rule.js';
import type { Plan } from '../model/plan.js';
import { parentSessionOf, sessionsOfDeliverable } from '../model/relations.js';
import type { Unit } from '../model/unit.js';
import { createIssue, type Issue, type IssuePath } from '../validate/issue.js';
import type { ScheduleGap } from './types.js';

/** "No bound": earlier than any date. @internal */
export const NEG = -1_000_000_000;
/** "No bound": later than any date. @internal */
export const POS = 1_000_000_000;

/** Rule kinds, as small integers. @internal */
export const RULE_OPEN = 0;
/** @internal */
export const RULE_AFTER = 1;
/** @internal */
export const RULE_HELD = 2;
/** @internal */
export const RULE_WINDOW = 3;

/** One activity (a session or a deliverable) of the plan, with its rule as numbers. @internal */
export interface ActivityInfo {
  readonly id: string;
  readonly isSession: boolean;
  /** Index in `plan.sessions` or `plan.deliverables`. */
  readonly index: number;
  readonly path: IssuePath;
  /** Days the activity occupies: ceil(halfDays / 2), at least 1; 1 for deliverables. */
  readonly occ: number;
  readonly ruleKind: number;
  /** Window start (epoch day) or NEG. */
  readonly lo: number;
  /** Window end / deadline (epoch day) or POS. */
  readonly hi: number;
  /** For `after` rules: the referenced activity, its day count and whether they are working days. */
  readonly afterRef: number;
  readonly afterDays: number;
  readonly afterWorking: boolean;
}

/**
 * The scheduling graph: nodes (activity × unit, or activity × tier) and edges
 * in compressed sparse rows, all integers. @internal
 */
export interface Graph {
  readonly n: number;
  readonly activities: readonly ActivityInfo[];
  /** Per node: activity index, unit index (-1 for a tier-level node), tier index. */
  readonly act: Int32Array;
  readonly unit: Int32Array;
  readonly tier: Int32Array;
  /** Successors of node v: succ[off[v] .. off[v+1]). */
  readonly off: Int32Array;
  readonly succ: Int32Array;
  /** Per edge: gap kind (0 = next day, k = gaps[k - 1]) | 0x100 when the edge is an `after` reference. */
  readonly kind: Int32Array;
  readonly gaps: readonly ScheduleGap[];
  /** Per node: how many predecessors. */
  readonly indeg: Int32Array;
}

/** What {@link buildGraph} needs besides the plan. @internal */
export interface GraphInput {
  readonly units: readonly Unit[];
  readonly exempt: ReadonlySet<string>;
  readonly minGap: ScheduleGap | undefined;
  readonly minGapByTier: Readonly<Record<string, ScheduleGap>> | undefined;
}

const epoch = (d: string): number | null => (isValidIsoDate(d) ? toEpochDay(d) : null);

function ruleInfo(
  rule: DateRule | undefined,
  occ: number,
  ids: Map<string, number>,
): Pick<ActivityInfo, 'ruleKind' | 'lo' | 'hi' | 'afterRef' | 'afterDays' | 'afterWorking'> {
  const open = {
    ruleKind: RULE_OPEN,
    lo: NEG,
    hi: POS,
    afterRef: -1,
    afterDays: 0,
    afterWorking: false,
  };
  if (!rule) return open;
  switch (rule.kind) {
    case 'by': {
      const e = epoch(rule.date);
      return e === null ? open : { ...open, ruleKind: RULE_WINDOW, hi: e };
    }
    case 'within': {
      const w = withinRange(rule);
      return { ...open, ruleKind: RULE_WINDOW, lo: toEpochDay(w.start), hi: toEpochDay(w.end) };
    }
    case 'span': {
      const a = epoch(rule.from);
      const b = epoch(rule.to);
      return a === null || b === null ? open : { ...open, ruleKind: RULE_WINDOW, lo: a, hi: b };
    }
    case 'held': {
      const e = epoch(rule.date);
      return e === null ? open : { ...open, ruleKind: RULE_HELD, lo: e, hi: e + occ - 1 };
    }
    case 'after': {
      const ref = ids.get(rule.ref);
      if (ref === undefined) return open;
      return {
        ...open,
        ruleKind: RULE_AFTER,
        afterRef: ref,
        afterDays: rule.days,
        afterWorking: rule.calendar === 'working',
      };
    }
  }
}

class GrowInt32 {
  a: Int32Array;
  n = 0;
  constructor(cap: number) {
    this.a = new Int32Array(Math.max(16, cap));
  }
  push(x: number): void {
    if (this.n === this.a.length) {
      const b = new Int32Array(this.a.length * 2);
      b.set(this.a);
      this.a = b;
    }
    this.a[this.n++] = x;
  }
}

/**
 * Builds the graph of (activity × unit), or (activity × tier) for tiers with
 * no units, with integer ids throughout. Linear in nodes + edges. @internal
 */
export function buildGraph(plan: Plan, input: GraphInput, issues: Issue[]): Graph {
  const T = plan.tiers.length;
  const tierIndex = new Map<string, number>();
  plan.tiers.forEach((t, i) => {
    if (!tierIndex.has(t.id)) tierIndex.set(t.id, i);
  });

  // --- activities ---------------------------------------------------------
  const ids = new Map<string, number>();
  const S = plan.sessions.length;
  plan.sessions.forEach((s, i) => {
    if (!ids.has(s.id)) ids.set(s.id, i);
  });
  plan.deliverables.forEach((d, i) => {
    if (!ids.has(d.id)) ids.set(d.id, S + i);
  });
  const activities: ActivityInfo[] = [];
  plan.sessions.forEach((s, i) => {
    const occ = Math.max(1, Math.ceil(s.duration.halfDays / 2));
    const path = ['sessions', i, 'deadline'];
    if (s.deadline.kind === 'after' && !ids.has(s.deadline.ref))
      issues.push(createIssue('ref/unknown-activity', [...path, 'ref'], { id: s.deadline.ref }));
    activities.push({
      id: s.id,
      isSession: true,
      index: i,
      path,
      occ,
      ...ruleInfo(s.deadline, occ, ids),
    });
  });
  plan.deliverables.forEach((d, i) => {
    const path = ['deliverables', i, 'due'];
    if (d.due?.kind === 'after' && !ids.has(d.due.ref))
      issues.push(createIssue('ref/unknown-activity', [...path, 'ref'], { id: d.due.ref }));
    activities.push({
      id: d.id,
      isSession: false,
      index: i,
      path,
      occ: 1,
      ...ruleInfo(d.due, 1, ids),
    });
  });
  const A = activities.length;

  // Tiers of each activity; sessions of each deliverable per tier; parent session.
  const actTiers: number[][] = activities.map(() => []);
  const parentOf = new Int32Array(S).fill(-1);
  const exemptTo = new Int32Array(S).fill(-1);
  const delivSessions: Map<number, number[]>[] = activities.map(() => new Map());
  plan.sessions.forEach((s, i) => {
    const t = tierIndex.get(s.tier);
    if (t !== undefined) actTiers[i]!.push(t);
    const p = parentSessionOf(plan, s);
    if (p) parentOf[i] = ids.get(p.id) ?? -1;
    if (s.exemption) exemptTo[i] = ids.get(s.exemption.session) ?? -1;
  });
  plan.deliverables.forEach((d, j) => {
    const a = S + j;
    const map = delivSessions[a]!;
    for (const s of sessionsOfDeliverable(plan, d)) {
      const si = ids.get(s.id);
      const t = tierIndex.get(s.tier);
      if (si === undefined || si >= S || t === undefined) continue;
      const list = map.get(t);
      if (list) list.push(si);
      else map.set(t, [si]);
    }
    if (map.size === 0 && d.tier !== undefined) {
      const t = tierIndex.get(d.tier);
      if (t !== undefined) map.set(t, []);
    }
    actTiers[a] = [...map.keys()].sort((x, y) => x - y);
  });
  const actsAt: number[][] = plan.tiers.map(() => []);
  for (let a = 0; a < A; a++) for (const t of actTiers[a]!) actsAt[t]!.push(a);

  // --- units --------------------------------------------------------------
  const units = input.units;
  const U = units.length;
  const unitIndex = new Map<string, number>();
  for (let i = 0; i < U; i++) if (!unitIndex.has(units[i]!.id)) unitIndex.set(units[i]!.id, i);
  const unitTier = new Int32Array(U).fill(-1);
  const firstTierAt = new Map<string, number>();
  plan.tiers.forEach((t, i) => {
    if (!firstTierAt.has(t.level)) firstTierAt.set(t.level, i);
  });
  const unitsAt: number[][] = plan.tiers.map(() => []);
  for (let i = 0; i < U; i++) {
    const u = units[i]!;
    if (unitIndex.get(u.id) !== i) continue;
    const t = u.tier !== undefined ? tierIndex.get(u.tier) : firstTierAt.get(u.level);
    if (t === undefined) {
      issues.push(
        createIssue(
          'cascade/unit-without-tier',
          ['units', i, u.tier !== undefined ? 'tier' : 'level'],
          {
            unit: u.id,
            level: u.tier ?? u.level,
          },
        ),
      );
      continue;
    }
    unitTier[i] = t;
    unitsAt[t]!.push(i);
  }
  // Parent links, with cycles cut, and a parent-first order.
  const parent = new Int32Array(U).fill(-1);
  for (let i = 0; i < U; i++) {
    const p = units[i]!.parent;
    if (p !== undefined && unitIndex.get(units[i]!.id) === i) parent[i] = unitIndex.get(p) ?? -1;
  }
  const state = new Uint8Array(U);
  const order = new Int32Array(U);
  let on = 0;
  const stack: number[] = [];
  for (let i = 0; i < U; i++) {
    if (state[i] !== 0) continue;
    stack.length = 0;
    let v = i;
    while (v >= 0 && state[v] === 0) {
      state[v] = 1;
      stack.push(v);
      v = parent[v]!;
    }
    if (v >= 0 && state[v] === 1) parent[v] = -1; // cut the cycle (validateUnitTree reports it)
    for (let k = stack.length - 1; k >= 0; k--) {
      state[stack[k]!] = 2;
      order[on++] = stack[k]!;
    }
  }
  // anc[u * T + t]: the nearest proper ancestor of u at tier t, or -1.
  const anc = new Int32Array(U * T).fill(-1);
  for (let k = 0; k < U; k++) {
    const u = order[k]!;
    const p = parent[u]!;
    if (p < 0) continue;
    const pt = unitTier[p]!;
    for (let t = 0; t < T; t++) anc[u * T + t] = t === pt ? p : anc[p * T + t]!;
  }

  // --- nodes, in output order ----------------------------------------------
  let cap = 0;
  for (let t = 0; t < T; t++) cap += actsAt[t]!.length * Math.max(1, unitsAt[t]!.length);
  const act = new Int32Array(cap);
  const unit = new Int32Array(cap);
  const tier = new Int32Array(cap);
  const nodeOf: (Int32Array | undefined)[] = activities.map(() => undefined);
  const tierNode = new Int32Array(A * T).fill(-1);
  let n = 0;

  /** The node(s) of activity a at tier P seen from unit u (or from a tier-level node, u = -1). */
  const resolveAt = (a: number, P: number, u: number, out: number[]): void => {
    const at = unitsAt[P]!;
    if (at.length === 0) {
      const v = tierNode[a * T + P]!;
      if (v >= 0) out.push(v);
      return;
    }
    const map = nodeOf[a];
    if (!map) return;
    if (u < 0) {
      for (const w of at) if (map[w]! >= 0) out.push(map[w]!);
      return;
    }
    const w = unitTier[u] === P ? u : anc[u * T + P]!;
    if (w >= 0 && map[w]! >= 0) out.push(map[w]!);
  };

  const one: number[] = [];
  for (let t = 0; t < T; t++) {
    const at = unitsAt[t]!;
    const tierId = plan.tiers[t]!.id;
    for (const a of actsAt[t]!) {
      const e = a < S ? exemptTo[a]! : -1;
      const eTier = e >= 0 ? (actTiers[e]![0] ?? -1) : -1;
      const exemptable = e >= 0 && eTier >= 0 && eTier < t;
      if (at.length === 0) {
        if (exemptable && input.exempt.has(tierId)) {
          one.length = 0;
          resolveAt(e, eTier, -1, one);
          if (one.length === 1) {
            tierNode[a * T + t] = one[0]!;
            continue;
          }
        }
        act[n] = a;
        unit[n] = -1;
        tier[n] = t;
        tierNode[a * T + t] = n++;
        continue;
      }
      let map = nodeOf[a];
      if (!map) {
        map = new Int32Array(U).fill(-1);
        nodeOf[a] = map;
      }
      for (const u of at) {
        if (exemptable && input.exempt.has(units[u]!.id)) {
          one.length = 0;
          resolveAt(e, eTier, u, one);
          if (one.length === 1) {
            map[u] = one[0]!;
            continue;
          }
        }
        act[n] = a;
        unit[n] = u;
        tier[n] = t;
        map[u] = n++;
      }
    }
  }

  // --- edges ---------------------------------------------------------------
  const gaps: ScheduleGap[] = [];
  const gapKindOfTier = new Int32Array(T);
  for (let t = 0; t < T; t++) {
    const g = input.minGapByTier?.[plan.tiers[t]!.id] ?? input.minGap;
    if (!g) continue;
    let k = gaps.indexOf(g);
    if (k < 0) k = gaps.push(g) - 1;
    gapKindOfTier[t] = k + 1;
  }
  const from = new GrowInt32(n * 2);
  const to = new GrowInt32(n * 2);
  const kinds = new GrowInt32(n * 2);
  const srcs: number[] = [];
  const addEdges = (v: number, kind: number): void => {
    let last = -1;
    for (const s of srcs) {
      if (s === last || s === v) continue;
      last = s;
      from.push(s);
      to.push(v);
      kinds.push(kind);
    }
    srcs.length = 0;
  };
  for (let v = 0; v < n; v++) {
    const a = act[v]!;
    const u = unit[v]!;
    const t = tier[v]!;
    const info = activities[a]!;
    if (info.isSession) {
      const p = parentOf[a]!;
      const pt = p >= 0 ? (actTiers[p]![0] ?? -1) : -1;
      if (pt >= 0) {
        resolveAt(p, pt, u, srcs);
        addEdges(v, gapKindOfTier[t]!);
      }
    } else {
      for (const s of delivSessions[a]!.get(t) ?? []) resolveAt(s, t, u, srcs);
      addEdges(v, 0);
    }
    if (info.ruleKind === RULE_AFTER) {
      const r = info.afterRef;
      const rt = actTiers[r]!;
      if (rt.includes(t)) resolveAt(r, t, u, srcs);
      else for (const P of rt) resolveAt(r, P, u, srcs);
      addEdges(v, 0x100);
    }
  }

  // --- compressed sparse rows ---------------------------------------------
  const m = from.n;
  const off = new Int32Array(n + 1);
  const indeg = new Int32Array(n);
  for (let i = 0; i < m; i++) {
    off[from.a[i]! + 1]!++;
    indeg[to.a[i]!]!++;
  }
  for (let v = 0; v < n; v++) off[v + 1]! += off[v]!;
  const fill = off.slice(0, n);
  const succ = new Int32Array(m);
  const kind = new Int32Array(m);
  for (let i = 0; i < m; i++) {
    const k = fill[from.a[i]!]!++;
    succ[k] = to.a[i]!;
    kind[k] = kinds.a[i]!;
  }
  return {
    n,
    activities,
    act: act.subarray(0, n),
    unit: unit.subarray(0, n),
    tier: tier.subarray(0, n),
    off,
    succ,
    kind,
    gaps,
    indeg,
  };
}
