import { match } from 'ts-pattern';
import { withinRange } from '../calendar/date-rule-window.js';
import { epochDayOfValid, isValidIsoDate } from '../calendar/iso-date.js';
import type { DateRule } from '../model/date-rule.js';
import type { Plan } from '../model/plan.js';
import { parentSessionOf, sessionsOfDeliverable } from '../model/relations.js';
import type { Unit } from '../model/unit.js';
import type { IndexedUnitTree } from '../units/unit-tree.js';
import { createIssue, type Issue, type IssuePath } from '../validate/issue.js';
import type { ScheduleGap } from './types.js';

/** "No bound": earlier than any date. @internal */
export const NEG = -1_000_000_000;
/** "No bound": later than any date. @internal */
export const POS = 1_000_000_000;

/** Edge flag: the edge runs from the activity's `after` reference (it bounds the deadline). @internal */
export const EDGE_REF = 0x100;
/** Edge flag: the edge runs from the session's parent session (the one it learns from). @internal */
export const EDGE_PARENT = 0x200;
/** Anchors of `after` rules, as small integers. @internal */
export const ANCHOR_NONE = 0;
/** @internal */
export const ANCHOR_OWN = 1;
/** @internal */
export const ANCHOR_UPPER = 2;

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
  /** For `after` rules: the referenced activity (-1 for an anchored rule), its day count and whether they are working days. */
  readonly afterRef: number;
  /** For anchored `after` rules: ANCHOR_OWN or ANCHOR_UPPER; else ANCHOR_NONE. */
  readonly afterAnchor: number;
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
  /**
   * Predecessors of node v: pred[poff[v] .. poff[v+1]), built directly in node
   * order (every edge is found from its target), so no transposition is needed.
   */
  readonly poff: Int32Array;
  readonly pred: Int32Array;
  /** Per edge: gap kind (0 = next day, k = gaps[k - 1]) | EDGE_REF | EDGE_PARENT. */
  readonly pkind: Int32Array;
  readonly gaps: readonly ScheduleGap[];
}

/** What {@link buildGraph} needs besides the plan. @internal */
export interface GraphInput {
  readonly units: readonly Unit[];
  /** The indexed tree (see indexUnitTree); required when `units` is not empty. */
  readonly tree: IndexedUnitTree | undefined;
  readonly exempt: ReadonlySet<string>;
  readonly minGap: ScheduleGap | undefined;
  readonly minGapByTier: Readonly<Record<string, ScheduleGap>> | undefined;
}

type RuleInfo = Pick<
  ActivityInfo,
  'ruleKind' | 'lo' | 'hi' | 'afterRef' | 'afterAnchor' | 'afterDays' | 'afterWorking'
>;

const OPEN: RuleInfo = {
  ruleKind: RULE_OPEN,
  lo: NEG,
  hi: POS,
  afterRef: -1,
  afterAnchor: ANCHOR_NONE,
  afterDays: 0,
  afterWorking: false,
};

/**
 * A rule as numbers. A date that does not exist, an unknown reference and a
 * reference to the activity itself leave the rule open and give an issue.
 */
function ruleInfo(
  rule: DateRule | undefined,
  self: number,
  isSession: boolean,
  occ: number,
  ids: Map<string, number>,
  path: IssuePath,
  issues: Issue[],
): RuleInfo {
  if (!rule) return OPEN;
  const epoch = (d: string, key: string): number | null => {
    if (isValidIsoDate(d)) return epochDayOfValid(d);
    issues.push(createIssue('date/nonexistent', [...path, key], { date: String(d) }));
    return null;
  };
  // Once per activity of the plan, not per unit: ts-pattern's exhaustive match
  // (a new kind of rule does not compile until it has numbers).
  return match<DateRule, RuleInfo>(rule)
    .with({ kind: 'by' }, (rule) => {
      const e = epoch(rule.date, 'date');
      return e === null ? OPEN : { ...OPEN, ruleKind: RULE_WINDOW, hi: e };
    })
    .with({ kind: 'within' }, (rule) => {
      const w = withinRange(rule);
      if (!isValidIsoDate(w.start) || !isValidIsoDate(w.end)) {
        issues.push(createIssue('date/nonexistent', path, { date: w.start }));
        return OPEN;
      }
      return {
        ...OPEN,
        ruleKind: RULE_WINDOW,
        lo: epochDayOfValid(w.start),
        hi: epochDayOfValid(w.end),
      };
    })
    .with({ kind: 'span' }, (rule) => {
      const a = epoch(rule.from, 'from');
      const b = epoch(rule.to, 'to');
      return a === null || b === null ? OPEN : { ...OPEN, ruleKind: RULE_WINDOW, lo: a, hi: b };
    })
    .with({ kind: 'held' }, (rule) => {
      const e = epoch(rule.date, 'date');
      return e === null ? OPEN : { ...OPEN, ruleKind: RULE_HELD, lo: e, hi: e + occ - 1 };
    })
    .with({ kind: 'after' }, (rule) => {
      const lag = { afterDays: rule.days, afterWorking: rule.calendar === 'working' };
      if (!('ref' in rule)) {
        if (rule.anchor === 'own-session' && isSession) {
          issues.push(
            createIssue('date/invalid-anchor', [...path, 'anchor'], { anchor: rule.anchor }),
          );
          return OPEN;
        }
        return {
          ...OPEN,
          ...lag,
          ruleKind: RULE_AFTER,
          afterAnchor: rule.anchor === 'own-session' ? ANCHOR_OWN : ANCHOR_UPPER,
        };
      }
      const ref = ids.get(rule.ref);
      if (ref === undefined) {
        issues.push(createIssue('ref/unknown-activity', [...path, 'ref'], { id: rule.ref }));
        return OPEN;
      }
      if (ref === self) {
        issues.push(createIssue('ref/self-reference', [...path, 'ref'], { id: rule.ref }));
        return OPEN;
      }
      return { ...OPEN, ...lag, ruleKind: RULE_AFTER, afterRef: ref };
    })
    .exhaustive();
}

/** One object shape for every activity (monomorphic property loads). */
function activityInfo(
  id: string,
  isSession: boolean,
  index: number,
  path: IssuePath,
  occ: number,
  r: RuleInfo,
): ActivityInfo {
  return {
    id,
    isSession,
    index,
    path,
    occ,
    ruleKind: r.ruleKind,
    lo: r.lo,
    hi: r.hi,
    afterRef: r.afterRef,
    afterAnchor: r.afterAnchor,
    afterDays: r.afterDays,
    afterWorking: r.afterWorking,
  };
}

function grow(a: Int32Array): Int32Array<ArrayBuffer> {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
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
    const r = ruleInfo(s.deadline, i, true, occ, ids, path, issues);
    activities.push(activityInfo(s.id, true, i, path, occ, r));
    if (!tierIndex.has(s.tier))
      issues.push(createIssue('ref/unknown-tier', ['sessions', i, 'tier'], { id: s.tier }));
  });
  plan.deliverables.forEach((d, i) => {
    const path = ['deliverables', i, 'due'];
    activities.push(
      activityInfo(d.id, false, i, path, 1, ruleInfo(d.due, S + i, false, 1, ids, path, issues)),
    );
    if (d.tier !== undefined && !tierIndex.has(d.tier))
      issues.push(createIssue('ref/unknown-tier', ['deliverables', i, 'tier'], { id: d.tier }));
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
  const tree = input.tree;
  const duplicate = tree?.duplicate ?? new Uint8Array(0);
  const parent = tree?.parent ?? new Int32Array(0);
  const order = tree?.order ?? new Int32Array(0);
  const unitTier = new Int32Array(U).fill(-1);
  const firstTierAt = new Map<string, number>();
  plan.tiers.forEach((t, i) => {
    if (!firstTierAt.has(t.level)) firstTierAt.set(t.level, i);
  });
  const unitsAt: number[][] = plan.tiers.map(() => []);
  for (let i = 0; i < U; i++) {
    const u = units[i]!;
    if (duplicate[i]) continue;
    const t = u.tier !== undefined ? tierIndex.get(u.tier) : firstTierAt.get(u.level);
    if (t === undefined) {
      issues.push(
        createIssue(
          'cascade/unit-without-tier',
          ['units', i, u.tier !== undefined ? 'tier' : 'level'],
          { unit: u.id, level: u.tier ?? u.level },
        ),
      );
      continue;
    }
    unitTier[i] = t;
    unitsAt[t]!.push(i);
  }
  // anc[u * T + t]: the nearest proper ancestor of u at tier t, or -1.
  const anc = new Int32Array(U * T).fill(-1);
  for (let k = 0; k < U; k++) {
    const u = order[k]!;
    const p = parent[u]!;
    if (p < 0) continue;
    const pt = unitTier[p]!;
    const ub = u * T;
    const pb = p * T;
    for (let t = 0; t < T; t++) anc[ub + t] = t === pt ? p : anc[pb + t]!;
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

  // Which activities other nodes follow (only those need a unit → node map).
  const isSource = new Uint8Array(A);
  for (let i = 0; i < S; i++) isSource[i] = 1;
  for (let a = 0; a < A; a++) {
    const r = activities[a]!.afterRef;
    if (r >= 0) isSource[r] = 1;
  }
  const one: number[] = [];
  for (let t = 0; t < T; t++) {
    const at = unitsAt[t]!;
    const tierId = plan.tiers[t]!.id;
    for (const a of actsAt[t]!) {
      const e = a < S ? exemptTo[a]! : -1;
      const eTier = e >= 0 ? (actTiers[e]![0] ?? -1) : -1;
      const exemptable = e >= 0 && eTier >= 0 && eTier < t && input.exempt.size > 0;
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
      if (!map && isSource[a]) {
        map = new Int32Array(U).fill(-1);
        nodeOf[a] = map;
      }
      for (let k = 0; k < at.length; k++) {
        const u = at[k]!;
        if (exemptable && map && input.exempt.has(units[u]!.id)) {
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
        if (map) map[u] = n;
        n++;
      }
    }
  }

  // --- edges ---------------------------------------------------------------
  const gaps: ScheduleGap[] = [];
  const gapKindOfTier = new Int32Array(T);
  for (let t = 0; t < T; t++) {
    const tierId = plan.tiers[t]!.id;
    const byTier = input.minGapByTier;
    const raw =
      (byTier && Object.hasOwn(byTier, tierId) ? byTier[tierId] : undefined) ?? input.minGap;
    if (!raw) continue;
    // Sanitised: whole days, 0 or more; anything but 'calendar' counts working days.
    const days = Number.isFinite(raw.days)
      ? Math.min(36_600, Math.max(0, Math.trunc(raw.days)))
      : 0;
    const g: ScheduleGap = { days, calendar: raw.calendar === 'calendar' ? 'calendar' : 'working' };
    let k = gaps.findIndex((x) => x.days === g.days && x.calendar === g.calendar);
    if (k < 0) k = gaps.push(g) - 1;
    gapKindOfTier[t] = k + 1;
  }
  // What each (activity, tier) follows: triples (source activity, source tier, edge kind).
  const specs: number[][] = new Array(A * T);
  for (let a = 0; a < A; a++) {
    const info = activities[a]!;
    for (const t of actTiers[a]!) {
      const spec: number[] = [];
      const anchor = info.ruleKind === RULE_AFTER ? info.afterAnchor : ANCHOR_NONE;
      if (info.isSession) {
        const p = parentOf[a]!;
        const pt = p >= 0 ? (actTiers[p]![0] ?? -1) : -1;
        if (pt >= 0)
          spec.push(
            p,
            pt,
            gapKindOfTier[t]! | EDGE_PARENT | (anchor === ANCHOR_UPPER ? EDGE_REF : 0),
          );
      } else {
        for (const si of delivSessions[a]!.get(t) ?? []) {
          spec.push(si, t, anchor === ANCHOR_OWN ? EDGE_REF : 0);
          if (anchor !== ANCHOR_UPPER) continue;
          const p = parentOf[si]!;
          const pt = p >= 0 ? (actTiers[p]![0] ?? -1) : -1;
          if (pt >= 0) spec.push(p, pt, EDGE_REF);
        }
      }
      if (info.ruleKind === RULE_AFTER && info.afterRef >= 0) {
        const r = info.afterRef;
        const rt = actTiers[r]!;
        if (rt.includes(t)) spec.push(r, t, EDGE_REF);
        else for (const P of rt) spec.push(r, P, EDGE_REF);
      }
      specs[a * T + t] = spec;
    }
  }
  // Units at tier P grouped by their ancestor at tier t (built on first use).
  const descCache = new Map<number, { off: Int32Array; list: Int32Array }>();
  const descendants = (P: number, t: number) => {
    const key = P * T + t;
    let d = descCache.get(key);
    if (!d) {
      const at = unitsAt[P]!;
      const off = new Int32Array(U + 1);
      for (const w of at) {
        const a = anc[w * T + t]!;
        if (a >= 0) off[a + 1]!++;
      }
      for (let i = 0; i < U; i++) off[i + 1]! += off[i]!;
      const fill = off.slice(0, U);
      const list = new Int32Array(off[U]!);
      for (const w of at) {
        const a = anc[w * T + t]!;
        if (a >= 0) list[fill[a]!++] = w;
      }
      d = { off, list };
      descCache.set(key, d);
    }
    return d;
  };
  // Edges are found per target node, in node order: the predecessor lists are
  // written in place, one sequential pass, no scatter.
  let m = 0;
  let pred = new Int32Array(2 * n + 16);
  let pkind = new Int32Array(2 * n + 16);
  const poff = new Int32Array(n + 1);
  const addEdge = (a: number, k: number): void => {
    if (m === pred.length) {
      pred = grow(pred);
      pkind = grow(pkind);
    }
    pred[m] = a;
    pkind[m++] = k;
  };
  const srcs: number[] = [];
  for (let v = 0; v < n; v++) {
    poff[v] = m;
    const u = unit[v]!;
    const spec = specs[act[v]! * T + tier[v]!]!;
    for (let j = 0; j < spec.length; j += 3) {
      const sa = spec[j]!;
      const P = spec[j + 1]!;
      const kind = spec[j + 2]!;
      let src = -1;
      if (u >= 0 && unitsAt[P]!.length > 0) {
        // The common case, inline: the same unit, or its ancestor at tier P.
        const w = unitTier[u] === P ? u : anc[u * T + P]!;
        if (w >= 0) src = nodeOf[sa]?.[w] ?? -1;
        else {
          // No ancestor at P: follow the unit's own descendants at P (an upper
          // unit's report after its communes' sessions).
          const map = nodeOf[sa];
          const d = map ? descendants(P, unitTier[u]!) : undefined;
          if (map && d) {
            for (let i = d.off[u]!, end = d.off[u + 1]!; i < end; i++) {
              const x = map[d.list[i]!]!;
              if (x >= 0 && x !== v) addEdge(x, kind);
            }
          }
          continue;
        }
      } else {
        srcs.length = 0;
        resolveAt(sa, P, u, srcs);
        if (srcs.length === 1) src = srcs[0]!;
        else if (srcs.length > 1) {
          for (const x of srcs) {
            if (x !== v) addEdge(x, kind);
          }
          continue;
        }
      }
      if (src >= 0 && src !== v) addEdge(src, kind);
    }
  }
  poff[n] = m;
  return {
    n,
    activities,
    act: act.subarray(0, n),
    unit: unit.subarray(0, n),
    tier: tier.subarray(0, n),
    poff,
    pred: pred.subarray(0, m),
    pkind: pkind.subarray(0, m),
    gaps,
  };
}
