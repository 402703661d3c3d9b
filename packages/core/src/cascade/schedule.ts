import { defaultCalendar } from '../calendar/default-calendar.js';
import { epochDayOfValid, fromEpochDay, isValidIsoDate } from '../calendar/iso-date.js';
import type { WorkingCalendar } from '../calendar/working-calendar.js';
import type { Plan, ReadonlyPlan } from '../model/plan.js';
import { indexUnitTree } from '../units/unit-tree.js';
import { createIssue, type Issue } from '../validate/issue.js';
import { deliverableNames, sessionNames } from '../validate/names.js';
import { buildGraph, EDGE_PARENT, type Graph, NEG, POS, RULE_AFTER, RULE_HELD } from './graph.js';
import { topologicalOrder } from './order.js';
import { NONE, type Passes, runPasses } from './passes.js';
import type { ScheduleNode, ScheduleOptions, ScheduleResult } from './types.js';

/**
 * Computes the deadline cascade of a plan: for every session and deliverable,
 * at every tier or every unit, its earliest date, latest date, deadline, slack
 * (in calendar and working days) and feasibility.
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
 *   the unit's own descendants at the reference's tier); an anchored rule
 *   follows the unit's own session (`own-session`) or the upper tier's
 *   session its session learns from (`upper-session`).
 *
 * **Dates.** `earliest` and `latest` are the first and last days the activity
 * can *start*; `deadline` is the last day it may *end* (a session of `h`
 * half-days occupies `ceil(h / 2)` calendar days, so 1,5 days from 16/3 ends
 * on 17/3 and its latest start is the deadline minus one). A session's
 * earliest and latest days are working days (a held date is a fact and stays
 * as it is). A successor starts at the earliest the day after its
 * predecessor's last day (never the same day, even after a morning-only
 * session), or later with {@link ScheduleOptions.minGap}. `by` is inclusive;
 * `within` spans its month, quarter or year; `span` bounds both ends; `held`
 * fixes the date. `after { ref, days }` (*trong vòng N ngày sau …*) means:
 * after `ref` ends, and due at most `days` (calendar or working) days after
 * the day `ref` actually ends — its actual date when known (a `held` rule or
 * an actual), else the latest day the plan lets it end (its own deadline). It
 * never moves `ref`'s own window: toward `ref` the backward pass carries only
 * the deadlines below the activity, not the activity's own.
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
 * `cascade/infeasible`. An actual held before the upper session it learns
 * from gives `cascade/held-before-parent`, on the last day of a longer-than-a-
 * morning upper session `cascade/held-same-day-as-parent`, before its own
 * window `cascade/held-outside-window`.
 *
 * **Issues about the plan's dates.** A deadline whose last day is a day off
 * gives `date/deadline-on-day-off` (once per activity, naming the holiday),
 * and stays where it is unless `dayOffDeadline: 'next-working-day'`; a date
 * that does not exist gives `date/nonexistent`; an unknown tier
 * `ref/unknown-tier` (the activity then has no node); an unknown reference
 * `ref/unknown-activity`; a rule that names its own activity
 * `ref/self-reference`; a date pushed past 9999-12-31 `date/out-of-range`
 * (its node's dates are then `null`).
 *
 * Never throws on a parsed plan; the result is plain JSON-safe data.
 * @param plan - A plan (see {@link parsePlan}).
 * @param options - Units, calendar, actuals, today, gaps, exemptions, day-off deadlines.
 * @returns The nodes in a stable order (tiers top-down, then sessions and
 * deliverables in plan order, then units in input order) and the issues.
 * @example The 985-KH/HNDT plan by tier
 * ```ts
 * const { nodes } = schedule(plan985KhHndt);
 * nodes.find((n) => n.activity === 's-district');
 * // => { activity: 's-district', tier: 'district', earliest: '2020-09-01', latest: '2020-09-15',
 * //      deadline: '2020-09-15', slack: 14, slackWorkingDays: 10, feasible: true }
 * ```
 * @see {@link workingCalendar}
 * @category Cascade
 */
export function schedule(plan: ReadonlyPlan, options: ScheduleOptions = {}): ScheduleResult {
  // Read only: schedule never changes what it is given (the fuzz tests check it).
  return scheduleOf(plan as Plan, options);
}

function scheduleOf(plan: Plan, options: ScheduleOptions = {}): ScheduleResult {
  try {
    return scheduleChecked(plan, options);
  } catch (error) {
    // Input that is not a parsed plan (a caller without types): an issue, never a throw.
    const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return {
      nodes: [],
      issues: [
        createIssue('schema/unreadable', [], {
          reason: `${reason.slice(0, 160)} (read unknown input with parsePlan)`,
        }),
      ],
    };
  }
}

function scheduleChecked(plan: Plan, options: ScheduleOptions): ScheduleResult {
  const issues: Issue[] = [];
  const cal = options.calendar ?? defaultCalendar();
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
  const nextWorkingDeadline = options.dayOffDeadline === 'next-working-day';

  const { order, count } = topologicalOrder(n, g.poff, g.pred);
  let inOrder: Uint8Array | null = null;
  if (count < n) {
    inOrder = new Uint8Array(n);
    for (let k = 0; k < count; k++) inOrder[order[k]!] = 1;
    reportCycles(g, inOrder, issues);
  }

  const base = runPasses(g, order, count, { actual: null, today: NEG, cal, nextWorkingDeadline });
  reportDaysOff(plan, g, base, cal, issues);

  // Actuals and today.
  const actuals = options.actuals ?? [];
  const todayE =
    options.today !== undefined && isValidIsoDate(options.today)
      ? epochDayOfValid(options.today)
      : NEG;
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
    cur = runPasses(g, order, count, { actual: fixed, today: todayE, cal, nextWorkingDeadline });
    if (actuals.length > 0) checkActuals(plan, g, units, fixed, isActual, issues);
  }
  const outOfRange = new Uint8Array(acts.length);
  for (let a = 0; a < acts.length; a++) outOfRange[a] = base.outOfRange[a]! | cur.outOfRange[a]!;

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
  const isoCache = new Array<string | null | undefined>(
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
  // Working-day slack, memoised per activity on its last (earliest, latest) pair.
  const A = acts.length;
  const wIn = new Int32Array(2 * A).fill(NEG);
  const wOut = new Int32Array(A);
  const workingSlack = (a: number, e: number, l: number): number | null => {
    if (wIn[2 * a] === e && wIn[2 * a + 1] === l) return wOut[a]!;
    const c = cal.countWorkingEpochDays(e, l);
    if (Number.isNaN(c)) return null;
    wIn[2 * a] = e;
    wIn[2 * a + 1] = l;
    wOut[a] = c;
    return c;
  };
  const tierIds = plan.tiers.map((t) => t.id);
  const namesOf = (a: number) => activityNamesOf(plan, acts[a]!);
  // Pushed, not preallocated: `new Array(n)` of 100,000 or more is a slow dictionary array in V8.
  const nodes: ScheduleNode[] = [];
  const { act, unit, tier: tierOf } = g;
  for (let v = 0; v < n; v++) {
    const a = act[v]!;
    const info = acts[a]!;
    const u = unit[v]!;
    const tier = tierIds[tierOf[v]!]!;
    const inCycle = inOrder !== null && inOrder[v] === 0;
    const e = inCycle ? NEG : es[v]!;
    const l = inCycle ? POS : ls[v]!;
    const d = inCycle ? (info.ruleKind === RULE_AFTER ? POS : info.hi) : dl[v]!;
    const earliest = isoOf(e);
    const latest = isoOf(l);
    const deadline = isoOf(d);
    const open = earliest === null || latest === null;
    const feasible = !inCycle && (open || e <= l);
    const slack = open ? null : l - e;
    const slackWorkingDays = open ? null : workingSlack(a, e, l);
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
            slackWorkingDays,
            feasible,
          }
        : {
            activity: info.id,
            tier,
            earliest,
            latest,
            deadline,
            slack,
            slackWorkingDays,
            feasible,
          },
    );
    if (feasible || inCycle) continue;
    // A unit's issue names the unit and points at it (`units[i]`); a tier's, at the rule.
    const unitParams =
      u >= 0
        ? { tierName: plan.tiers[tierOf[v]!]!.name, unitId: units[u]!.id, unitName: units[u]!.name }
        : { tierName: plan.tiers[tierOf[v]!]!.name };
    const where = u >= 0 ? ['units', u] : info.path;
    if (live && d < POS) {
      const f = fixed[v]!;
      const end = isActual[v] ? f + info.occ - 1 : todayE;
      if (end !== NEG && end > d && (isActual[v] || f === NONE)) {
        issues.push(
          createIssue('cascade/late', where, {
            ...namesOf(a),
            tier,
            ...unitParams,
            deadline: isoOf(d) ?? '',
            daysLate: end - d,
          }),
        );
        continue;
      }
    }
    const params = {
      ...namesOf(a),
      tier,
      ...unitParams,
      earliest: earliest ?? '',
      latest: latest ?? '',
    };
    const wasFeasible = base.es[v]! <= NEG || base.ls[v]! >= POS || base.es[v]! <= base.ls[v]!;
    issues.push(
      live && wasFeasible
        ? createIssue('cascade/became-infeasible', where, params)
        : createIssue('cascade/infeasible', where, params),
    );
  }
  for (let a = 0; a < A; a++) {
    if (outOfRange[a]) issues.push(createIssue('date/out-of-range', acts[a]!.path, namesOf(a)));
  }
  return { nodes, issues };
}

/**
 * `date/deadline-on-day-off`, once per activity: the last day its rule allows
 * (a `by` date, the end of a `within` period or a `span`, or the day an
 * `after` rule comes to) is a weekend day, a holiday or another day off.
 */
function reportDaysOff(
  plan: Plan,
  g: Graph,
  base: Passes,
  cal: WorkingCalendar,
  issues: Issue[],
): void {
  const seen = new Uint8Array(g.activities.length);
  for (let v = 0; v < g.n; v++) {
    const a = g.act[v]!;
    if (seen[a]) continue;
    seen[a] = 1;
    const info = g.activities[a]!;
    if (info.ruleKind === RULE_HELD) continue;
    const rule = info.isSession
      ? plan.sessions[info.index]?.deadline
      : plan.deliverables[info.index]?.due;
    if (!rule) continue;
    // The plan's own last day: its rule's end (not the moved one), or the after rule's day.
    const last = info.ruleKind === RULE_AFTER ? base.dl[v]! : info.hi;
    if (last <= NEG || last >= POS) continue;
    const date = fromEpochDay(last);
    if (date === null) continue;
    const off = cal.dayOff(date);
    if (!off) continue;
    const key = rule.kind === 'by' ? ['date'] : rule.kind === 'span' ? ['to'] : [];
    issues.push(
      createIssue(
        'date/deadline-on-day-off',
        [...info.path, ...key],
        {
          ...activityNamesOf(plan, info),
          date,
          holiday: off.name,
          holidayEn: off.nameEn,
          dayOffKind: off.kind,
        },
        // A month or quarter that ends on a weekend is only a note; on a holiday, a warning.
        rule.kind === 'within' && off.kind === 'weekend' ? 'info' : undefined,
      ),
    );
  }
}

/**
 * Warnings on actual dates: held before the upper session it learns from, on
 * the last day of an upper session longer than a morning, or before its own
 * window opens.
 */
function checkActuals(
  plan: Plan,
  g: Graph,
  units: ScheduleOptions['units'] & {},
  fixed: Int32Array,
  isActual: Uint8Array,
  issues: Issue[],
): void {
  for (let v = 0; v < g.n; v++) {
    if (!isActual[v]) continue;
    const info = g.activities[g.act[v]!]!;
    const f = fixed[v]!;
    const u = g.unit[v]!;
    const who = u >= 0 ? { unitId: units[u]!.id, unitName: units[u]!.name } : {};
    const where = u >= 0 ? ['units', u] : info.path;
    const date = fromEpochDay(f) ?? '';
    if (info.lo > NEG && f < info.lo) {
      issues.push(
        createIssue('cascade/held-outside-window', where, {
          ...activityNamesOf(plan, info),
          ...who,
          date,
          from: fromEpochDay(info.lo) ?? '',
          to: info.hi < POS ? (fromEpochDay(info.hi) ?? '') : '',
        }),
      );
    }
    if (!info.isSession) continue;
    for (let i = g.poff[v]!, end = g.poff[v + 1]!; i < end; i++) {
      if (!(g.pkind[i]! & EDGE_PARENT)) continue;
      const p = g.pred[i]!;
      const pf = fixed[p]!;
      if (pf === NONE) continue;
      const pInfo = g.activities[g.act[p]!]!;
      const pEnd = pf + pInfo.occ - 1;
      const halfDays = plan.sessions[pInfo.index]?.duration.halfDays ?? 1;
      const params = {
        ...activityNamesOf(plan, info),
        ...who,
        date,
        parent: pInfo.id,
        parentName: activityNamesOf(plan, pInfo).activityName,
        parentDate: fromEpochDay(pf) ?? '',
      };
      if (f < pEnd) {
        issues.push(createIssue('cascade/held-before-parent', where, params));
      } else if (f === pEnd && halfDays > 1) {
        issues.push(createIssue('cascade/held-same-day-as-parent', where, params));
      }
    }
  }
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
    m.set(ui, [epochDayOfValid(a.date), k]);
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

/** The names of an activity of the graph, for issues. */
function activityNamesOf(
  plan: Plan,
  info: { readonly isSession: boolean; readonly index: number; readonly id: string },
): { activity: string; activityName: string; activityNameEn: string } {
  const item = info.isSession ? plan.sessions[info.index] : plan.deliverables[info.index];
  if (!item) return { activity: info.id, activityName: info.id, activityNameEn: info.id };
  const n = info.isSession
    ? sessionNames(plan, item as Plan['sessions'][number])
    : deliverableNames(plan, item as Plan['deliverables'][number]);
  return { activity: info.id, activityName: n.vi, activityNameEn: n.en };
}
