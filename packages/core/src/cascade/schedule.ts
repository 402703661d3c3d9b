import { fromEpochDay, isValidIsoDate, toEpochDay } from '../calendar/iso-date.js';
import { type WorkingCalendar, workingCalendar } from '../calendar/working-calendar.js';
import type { Plan } from '../model/plan.js';
import { indexUnitTree } from '../units/unit-tree.js';
import { createIssue, type Issue } from '../validate/issue.js';
import { buildGraph, type Graph, NEG, POS, RULE_AFTER, RULE_HELD } from './graph.js';
import { topologicalOrder } from './order.js';
import type { ScheduleNode, ScheduleOptions, ScheduleResult } from './types.js';

const NONE = NEG;
let defaultCalendar: WorkingCalendar | undefined;

interface Passes {
  readonly es: Int32Array;
  readonly ls: Int32Array;
  readonly dl: Int32Array;
}

/** Forward pass (earliest starts, deadlines of `after` rules) and backward pass (latest starts). */
function runPasses(
  g: Graph,
  order: Int32Array,
  count: number,
  actual: Int32Array | null,
  today: number,
  cal: WorkingCalendar,
): Passes {
  const n = g.n;
  const acts = g.activities;
  const es = new Int32Array(n).fill(NEG);
  const ls = new Int32Array(n).fill(POS);
  const dl = new Int32Array(n).fill(POS);
  const { poff, pred, pkind, gaps, act } = g;
  // Per activity, as typed arrays (monomorphic loads in the hot loops).
  const A = acts.length;
  const aLo = new Int32Array(A);
  const aHi = new Int32Array(A);
  const aOcc = new Int32Array(A);
  const aAfter = new Int32Array(A).fill(-1);
  const aWorking = new Uint8Array(A);
  const aHeld = new Int32Array(A).fill(NONE);
  // Last working-day deadline computed per activity: most units share their reference's day.
  const memoIn = new Int32Array(A).fill(NEG);
  const memoOut = new Int32Array(A);
  for (let a = 0; a < A; a++) {
    const info = acts[a]!;
    aLo[a] = info.lo;
    aHi[a] = info.hi;
    aOcc[a] = info.occ;
    if (info.ruleKind === RULE_AFTER) aAfter[a] = info.afterDays;
    aWorking[a] = info.afterWorking ? 1 : 0;
    if (info.ruleKind === RULE_HELD) aHeld[a] = info.lo;
  }
  // The held date of a node: its actual, else its `held` rule, else NONE.
  const fixedOf = (v: number): number => {
    const f = actual === null ? NONE : actual[v]!;
    return f !== NONE ? f : aHeld[act[v]!]!;
  };
  // Gap arithmetic, memoised per gap kind: most edges of a kind see the same day.
  const G = gaps.length;
  const fIn = new Int32Array(G + 1).fill(NEG);
  const fOut = new Int32Array(G + 1);
  const bIn = new Int32Array(G + 1).fill(NEG);
  const bOut = new Int32Array(G + 1);
  const fwd = (ef: number, k: number): number => {
    if (fIn[k] === ef) return fOut[k]!;
    const gap = gaps[k - 1]!;
    const r =
      gap.calendar === 'calendar'
        ? ef + Math.max(1, gap.days)
        : Math.max(ef + 1, cal.addWorkingEpochDays(ef, gap.days));
    fIn[k] = ef;
    fOut[k] = r;
    return r;
  };
  const bwd = (lsw: number, k: number): number => {
    if (bIn[k] === lsw) return bOut[k]!;
    const gap = gaps[k - 1]!;
    const r =
      gap.calendar === 'calendar'
        ? lsw - Math.max(1, gap.days)
        : Math.min(lsw - 1, cal.latestBeforeWorkingEpochDays(lsw, gap.days));
    bIn[k] = lsw;
    bOut[k] = r;
    return r;
  };
  // Forward, pulling from the predecessors (all placed before v in `order`).
  // ef[p]: p's last day, or NEG when p has no start.
  const ef = new Int32Array(n).fill(NEG);
  for (let k = 0; k < count; k++) {
    const v = order[k]!;
    const a = act[v]!;
    let s = NEG;
    let re = NEG;
    for (let i = poff[v]!, end = poff[v + 1]!; i < end; i++) {
      const e = ef[pred[i]!]!;
      if (e <= NEG) continue;
      const kk = pkind[i]!;
      if (kk & 0x100 && e > re) re = e;
      const gk = kk & 0xff;
      const c = gk === 0 ? e + 1 : fwd(e, gk);
      if (c > s) s = c;
    }
    const f = fixedOf(v);
    if (f !== NONE) s = f;
    else {
      if (aLo[a]! > s) s = aLo[a]!;
      if (today > s) s = today;
    }
    es[v] = s;
    let d = aHi[a]!;
    const after = aAfter[a]!;
    if (after >= 0) {
      if (re <= NEG) d = POS;
      else if (!aWorking[a]) d = re + after;
      else if (memoIn[a] === re) d = memoOut[a]!;
      else {
        d = cal.addWorkingEpochDays(re, after);
        memoIn[a] = re;
        memoOut[a] = d;
      }
    }
    dl[v] = d;
    if (s > NEG) ef[v] = s + aOcc[a]! - 1;
  }
  // Backward, pushing each node's latest start to its predecessors.
  // lim[v]: the latest day v may end for the sake of its successors.
  const lim = ef.fill(POS);
  for (let k = count - 1; k >= 0; k--) {
    const v = order[k]!;
    const occ = aOcc[act[v]!]!;
    const f = fixedOf(v);
    if (f !== NONE) {
      // A held date is a fact: its latest is itself, or its own deadline when
      // held late; and it sets no deadline for what comes before it.
      const own = dl[v]! >= POS ? POS : dl[v]! - occ + 1;
      ls[v] = Math.min(f, own);
      continue;
    }
    const lf = Math.min(dl[v]!, lim[v]!);
    if (lf >= POS) continue; // ls[v] stays POS
    const l = lf - occ + 1;
    ls[v] = l;
    for (let i = poff[v]!, end = poff[v + 1]!; i < end; i++) {
      const p = pred[i]!;
      const gk = pkind[i]! & 0xff;
      const c = gk === 0 ? l - 1 : bwd(l, gk);
      if (c < lim[p]!) lim[p] = c;
    }
  }
  return { es, ls, dl };
}

/**
 * Computes the deadline cascade of a plan: for every session and deliverable,
 * at every tier or every unit, its earliest date, latest date, deadline, slack
 * and feasibility.
 *
 * @remarks
 * **Graph.** One node per (activity × unit) when `units` is given — an
 * activity of tier T gets a node for each unit mapped to T (by `unit.tier`,
 * else the first tier with the unit's `level`); tiers without units, and
 * every tier when no units are given, get one tier-level node. Edges:
 * - a session follows its parent session ({@link parentSessionOf}); over
 *   units, a unit's session follows its own nearest ancestor unit's node of
 *   that parent session;
 * - a deliverable follows its sessions ({@link sessionsOfDeliverable}) at
 *   the same tier and unit (a unit's action plan follows its own session);
 * - an `after` rule follows its reference (at the same unit or tier when the
 *   reference has a node there, else at the nearest ancestor, else at each of
 *   the unit's own descendants at the reference's tier).
 *
 * **Dates.** `earliest` and `latest` are the first and last days the activity
 * can *start*; `deadline` is the last day it may *end* (a session of `h`
 * half-days occupies `ceil(h / 2)` calendar days, so 1,5 days from 16/3 ends
 * on 17/3 and its latest start is the deadline minus one). A successor starts
 * at the earliest the day after its predecessor's last day (never the same
 * day, even after a morning-only session), or later with
 * {@link ScheduleOptions.minGap}. `by` is inclusive; `within` spans its
 * month, quarter or year; `span` bounds both ends; `held` fixes the date.
 * `after { ref, days }` means: after `ref` ends, and due at most `days`
 * (calendar or working) days after the day `ref` ends — counted from `ref`'s
 * earliest end (or its actual date): this max-lag does not push `ref` later
 * nor earlier in the backward pass.
 *
 * **Passes.** The nodes are ordered topologically — their own numbering
 * (tier by tier) when every edge goes down, else Kahn's algorithm (a cycle gives a
 * `cascade/cycle` issue naming it; its nodes and those after it get `null`
 * dates); a forward pass gives earliest dates, a backward pass the latest
 * dates allowed by the node's own deadline and every deadline below it. All
 * linear, on typed arrays; working-day arithmetic is O(1) per edge.
 *
 * **Actuals and today.** A held date (a `held` rule or an actual) is a fact: it
 * ignores its predecessors and successors (its latest date is itself, or its
 * own deadline when it was held late) and sets no deadline for its
 * predecessors. An actual fixes the start date of its node (or of
 * every node of the activity when it names no unit). With actuals or `today`,
 * unheld activities cannot start before `today`; an activity held after its
 * deadline, or not held when `today` is past it, gives `cascade/late` (with
 * days late); a node that was feasible by plan but no longer is gives
 * `cascade/became-infeasible`; one infeasible by plan gives
 * `cascade/infeasible`. A `by` deadline on a day off stays where it is and
 * gives `cascade/deadline-on-day-off`.
 *
 * Never throws on a parsed plan; the result is plain JSON-safe data.
 * @param plan - A plan (see {@link parsePlan}).
 * @param options - Units, calendar, actuals, today, gaps, exemptions.
 * @returns The nodes in a stable order (tiers top-down, then sessions and
 * deliverables in plan order, then units in input order) and the issues.
 * @example The 985-KH/HNDT plan by tier
 * ```ts
 * const { nodes } = schedule(plan985KhHndt);
 * nodes.find((n) => n.activity === 's-district');
 * // => { activity: 's-district', tier: 'district', earliest: '2020-09-01', latest: '2020-09-15',
 * //      deadline: '2020-09-15', slack: 14, feasible: true }
 * ```
 * @see {@link workingCalendar}
 * @category Cascade
 */
export function schedule(plan: Plan, options: ScheduleOptions = {}): ScheduleResult {
  const issues: Issue[] = [];
  if (!options.calendar && !defaultCalendar) defaultCalendar = workingCalendar();
  const cal = options.calendar ?? (defaultCalendar as WorkingCalendar);
  const units = options.units ?? [];
  const tree = units.length > 0 ? indexUnitTree(units, ['units'], issues) : undefined;
  const g = buildGraph(
    plan,
    {
      units,
      tree,
      exempt: new Set(options.exempt ?? []),
      minGap: options.minGap,
      minGapByTier: options.minGapByTier,
    },
    issues,
  );
  const n = g.n;
  const acts = g.activities;

  // Deadlines on days off (once per activity).
  for (const info of acts) {
    const rule = info.isSession
      ? plan.sessions[info.index]?.deadline
      : plan.deliverables[info.index]?.due;
    if (rule?.kind !== 'by' || !isValidIsoDate(rule.date)) continue;
    const off = cal.dayOff(rule.date);
    if (off)
      issues.push(
        createIssue('cascade/deadline-on-day-off', [...info.path, 'date'], {
          activity: info.id,
          date: rule.date,
          holiday: off.name,
          holidayEn: off.nameEn,
        }),
      );
  }

  const { order, count } = topologicalOrder(n, g.poff, g.pred);
  let inOrder: Uint8Array | null = null;
  if (count < n) {
    inOrder = new Uint8Array(n);
    for (let k = 0; k < count; k++) inOrder[order[k]!] = 1;
    reportCycles(g, inOrder, issues);
  }

  const base = runPasses(g, order, count, null, NEG, cal);

  // Actuals and today.
  const actuals = options.actuals ?? [];
  const todayE =
    options.today !== undefined && isValidIsoDate(options.today) ? toEpochDay(options.today) : NEG;
  if (options.today !== undefined && todayE === NEG)
    issues.push(createIssue('date/nonexistent', ['today'], { date: String(options.today) }));
  let cur = base;
  const live = actuals.length > 0 || todayE !== NEG;
  // Actual start dates per node (NONE where not held); only when there are actuals.
  const fixed = new Int32Array(live ? n : 0).fill(NONE);
  const isActual = new Uint8Array(live ? n : 0);
  if (live) {
    applyActuals(g, units, actuals, fixed, isActual, issues);
    for (let v = 0; v < n; v++) {
      const info = acts[g.act[v]!]!;
      if (fixed[v] === NONE && info.ruleKind === RULE_HELD) fixed[v] = info.lo;
    }
    cur = runPasses(g, order, count, fixed, todayE, cal);
  }

  // Output.
  // ISO strings, made once per distinct day, in a table as long as the days
  // the schedule spans (a few hundred, usually; at most 65,536 are cached).
  const { es, ls, dl } = cur;
  let isoBase = POS;
  let isoTop = NEG;
  for (const xs of [es, ls, dl]) {
    for (let v = 0; v < n; v++) {
      const e = xs[v]!;
      if (e <= NEG || e >= POS) continue;
      if (e < isoBase) isoBase = e;
      if (e > isoTop) isoTop = e;
    }
  }
  const isoCache = new Array<string | undefined>(
    Math.max(0, Math.min(65_536, isoTop - isoBase + 1)),
  );
  const isoOf = (e: number): string | null => {
    if (e <= NEG || e >= POS) return null;
    const k = e - isoBase;
    if (k < 0 || k >= isoCache.length) return fromEpochDay(e);
    let s = isoCache[k];
    if (s === undefined) {
      s = fromEpochDay(e);
      isoCache[k] = s;
    }
    return s;
  };
  const tierIds = plan.tiers.map((t) => t.id);
  // Pushed, not preallocated: `new Array(n)` of 100,000 or more is a slow dictionary array in V8.
  const nodes: ScheduleNode[] = [];
  const { act, unit, tier: tierOf } = g;
  for (let v = 0; v < n; v++) {
    const info = acts[act[v]!]!;
    const u = unit[v]!;
    const tier = tierIds[tierOf[v]!]!;
    const inCycle = inOrder !== null && inOrder[v] === 0;
    const e = inCycle ? NEG : es[v]!;
    const l = inCycle ? POS : ls[v]!;
    const d = inCycle ? (info.ruleKind === RULE_AFTER ? POS : info.hi) : dl[v]!;
    const open = e <= NEG || l >= POS;
    const feasible = !inCycle && (open || e <= l);
    const earliest = isoOf(e);
    const latest = isoOf(l);
    const deadline = isoOf(d);
    const slack = open ? null : l - e;
    nodes.push(
      u >= 0
        ? {
            activity: info.id,
            tier,
            unit: units[u]!.id,
            earliest,
            latest,
            deadline,
            slack,
            feasible,
          }
        : { activity: info.id, tier, earliest, latest, deadline, slack, feasible },
    );
    if (feasible || inCycle) continue;
    const who = u >= 0 ? units[u]!.name : (plan.tiers[tierOf[v]!]?.name ?? tier);
    if (live && d < POS) {
      const f = fixed[v]!;
      const end = isActual[v] ? f + info.occ - 1 : todayE;
      if (end !== NEG && end > d && (isActual[v] || f === NONE)) {
        issues.push(
          createIssue('cascade/late', info.path, {
            activity: info.id,
            unit: who,
            deadline: isoOf(d),
            daysLate: end - d,
          }),
        );
        continue;
      }
    }
    const params = {
      activity: info.id,
      ...(u >= 0 ? { unit: units[u]!.id } : {}),
      earliest: earliest ?? '',
      latest: latest ?? '',
    };
    const wasFeasible = base.es[v]! <= NEG || base.ls[v]! >= POS || base.es[v]! <= base.ls[v]!;
    issues.push(
      createIssue(
        live && wasFeasible ? 'cascade/became-infeasible' : 'cascade/infeasible',
        info.path,
        params,
      ),
    );
  }
  return { nodes, issues };
}

function applyActuals(
  g: Graph,
  units: ScheduleOptions['units'] & {},
  actuals: NonNullable<ScheduleOptions['actuals']>,
  fixed: Int32Array,
  isActual: Uint8Array,
  issues: Issue[],
): void {
  const actIndex = new Map<string, number>();
  g.activities.forEach((a, i) => {
    if (!actIndex.has(a.id)) actIndex.set(a.id, i);
  });
  const unitIndex = new Map<string, number>();
  units.forEach((u, i) => {
    if (!unitIndex.has(u.id)) unitIndex.set(u.id, i);
  });
  // activity → (unit index or -1) → [date, actual index]
  const wanted = new Map<number, Map<number, [number, number]>>();
  actuals.forEach((a, k) => {
    const ai = actIndex.get(a.activity);
    if (ai === undefined) {
      issues.push(
        createIssue('cascade/unknown-actual', ['actuals', k, 'activity'], { id: a.activity }),
      );
      return;
    }
    const ui = a.unit === undefined ? -1 : unitIndex.get(a.unit);
    if (ui === undefined) {
      issues.push(
        createIssue('cascade/unknown-actual', ['actuals', k, 'unit'], { id: String(a.unit) }),
      );
      return;
    }
    if (!isValidIsoDate(a.date)) {
      issues.push(
        createIssue('date/nonexistent', ['actuals', k, 'date'], { date: String(a.date) }),
      );
      return;
    }
    let m = wanted.get(ai);
    if (!m) {
      m = new Map();
      wanted.set(ai, m);
    }
    m.set(ui, [toEpochDay(a.date), k]);
  });
  if (wanted.size === 0) return;
  const used = new Uint8Array(actuals.length);
  for (let v = 0; v < g.n; v++) {
    const m = wanted.get(g.act[v]!);
    if (!m) continue;
    const hit = m.get(g.unit[v]!) ?? m.get(-1);
    if (!hit) continue;
    fixed[v] = hit[0];
    isActual[v] = 1;
    used[hit[1]] = 1;
  }
  actuals.forEach((a, k) => {
    if (used[k] || !actIndex.has(a.activity)) return;
    if (a.unit !== undefined && !unitIndex.has(a.unit)) return;
    if (!isValidIsoDate(a.date)) return;
    issues.push(
      createIssue('cascade/unknown-actual', ['actuals', k], {
        id: a.unit === undefined ? a.activity : `${a.activity}@${a.unit}`,
      }),
    );
  });
}

/** Names the cycles among the nodes the topological order left out (at most 10, one per activity set). */
function reportCycles(g: Graph, inOrder: Uint8Array, issues: Issue[]): void {
  const n = g.n;
  // The first predecessor of v that is also left over, or -1.
  const firstPred = (v: number): number => {
    for (let i = g.poff[v]!, end = g.poff[v + 1]!; i < end; i++)
      if (!inOrder[g.pred[i]!]) return g.pred[i]!;
    return -1;
  };
  const seen = new Set<string>();
  const visited = new Uint8Array(n);
  for (let start = 0; start < n && seen.size < 10; start++) {
    if (inOrder[start] || visited[start]) continue;
    // Walk predecessors until a node of this walk repeats; every node is walked once overall.
    const pos = new Map<number, number>();
    const walk: number[] = [];
    let v = start;
    while (!pos.has(v)) {
      if (visited[v]) {
        v = -1;
        break;
      }
      visited[v] = 1;
      pos.set(v, walk.length);
      walk.push(v);
      v = firstPred(v);
      if (v < 0) break;
    }
    if (v < 0) continue;
    const cycle = walk.slice(pos.get(v)!).reverse();
    const names = cycle.map((c) => g.activities[g.act[c]!]!.id);
    const key = [...new Set(names)].sort().join('\u0000');
    if (seen.has(key)) continue;
    seen.add(key);
    const first = g.activities[g.act[cycle[0]!]!]!;
    issues.push(
      createIssue('cascade/cycle', first.path, { cycle: [...names, names[0]].join(' → ') }),
    );
  }
}
