import type {
  Issue,
  ProgressCounts,
  RollupEventStats,
  RollupResult,
  TierProgress,
  UnitProgress,
} from '@rollout/core';
import type { TrackedRollup } from './tracked-rollup.js';
import type { TreeIndex } from './tree-index.js';

/** Options of {@link subtreeResult}. */
export interface SubtreeOptions {
  /** List every unit of the subtree (default `true`). */
  readonly units?: boolean;
}

/** The counters of {@link ProgressCounts} with the numerators of the two rates. */
interface Sums {
  sExpected: number;
  sDue: number;
  sHeld: number;
  sExempted: number;
  sHeldLate: number;
  sOverdue: number;
  sDaysLate: number;
  aPresent: number;
  aExpected: number;
  aCounted: number;
  bridge: number;
  rSubmitted: number;
  rExpected: number;
  rCounted: number;
  apExpected: number;
  apIssued: number;
  apOverdue: number;
  reports: number;
  inspections: number;
  events: number;
}

const zero = (): Sums => ({
  sExpected: 0,
  sDue: 0,
  sHeld: 0,
  sExempted: 0,
  sHeldLate: 0,
  sOverdue: 0,
  sDaysLate: 0,
  aPresent: 0,
  aExpected: 0,
  aCounted: 0,
  bridge: 0,
  rSubmitted: 0,
  rExpected: 0,
  rCounted: 0,
  apExpected: 0,
  apIssued: 0,
  apOverdue: 0,
  reports: 0,
  inspections: 0,
  events: 0,
});

/**
 * The numerator of a rate the SDK gives only as `rate`: `rate × expected`,
 * which is a whole number (present or submitted, over the reports that give
 * an expected figure), so rounding gives it back exactly.
 */
const numerator = (rate: number | null, expected: number): number =>
  rate === null ? 0 : Math.round(rate * expected);

function add(s: Sums, c: ProgressCounts): void {
  s.sExpected += c.sessions.expected;
  s.sDue += c.sessions.due;
  s.sHeld += c.sessions.held;
  s.sExempted += c.sessions.exempted;
  s.sHeldLate += c.sessions.heldLate;
  s.sOverdue += c.sessions.overdue;
  s.sDaysLate += c.sessions.daysLate;
  s.aPresent += c.attendance.present;
  s.aExpected += c.attendance.expected;
  s.aCounted += numerator(c.attendance.rate, c.attendance.expected);
  s.bridge += c.bridgePoints;
  s.rSubmitted += c.reflections.submitted;
  s.rExpected += c.reflections.expected;
  s.rCounted += numerator(c.reflections.rate, c.reflections.expected);
  s.apExpected += c.actionPlans.expected;
  s.apIssued += c.actionPlans.issued;
  s.apOverdue += c.actionPlans.overdue;
  s.reports += c.reports;
  s.inspections += c.inspections;
  s.events += c.events;
}

function toCounts(s: Sums): ProgressCounts {
  return {
    sessions: {
      expected: s.sExpected,
      due: s.sDue,
      held: s.sHeld,
      exempted: s.sExempted,
      done: s.sHeld + s.sExempted,
      heldLate: s.sHeldLate,
      overdue: s.sOverdue,
      late: s.sHeldLate + s.sOverdue,
      daysLate: s.sDaysLate,
    },
    attendance: {
      present: s.aPresent,
      expected: s.aExpected,
      rate: s.aExpected > 0 ? s.aCounted / s.aExpected : null,
    },
    bridgePoints: s.bridge,
    reflections: {
      submitted: s.rSubmitted,
      expected: s.rExpected,
      rate: s.rExpected > 0 ? s.rCounted / s.rExpected : null,
    },
    actionPlans: { expected: s.apExpected, issued: s.apIssued, overdue: s.apOverdue },
    reports: s.reports,
    inspections: s.inspections,
    events: s.events,
  };
}

/**
 * The roll-up of one subtree, in the SDK's `rollout/progress` shape, as if
 * the subtree were the whole tree: totals are the root's subtree figures,
 * each tier sums the own figures of the subtree's units at that tier, the
 * overdue list and the issues keep only the subtree's units, and the event
 * statistics count the events its units stored.
 *
 * @remarks The SDK rolls up a whole tree and answers per unit; a result for a
 * part of it is put together here from those per-unit figures (the SDK has
 * no `toJSON({ root })` yet). Without `root`, the SDK's own `toJSON()`.
 * @param tracked - The roll-up of the whole tree.
 * @param tree - The tree.
 * @param root - The unit at the top of the subtree, or `null` for the whole tree.
 * @param options - Whether to list the units.
 * @returns A plain `RollupResult`.
 */
export function subtreeResult(
  tracked: TrackedRollup,
  tree: TreeIndex,
  root: string | null,
  options: SubtreeOptions = {},
): RollupResult {
  const roll = tracked.roll;
  const withUnits = options.units !== false;
  if (root === null) return roll.toJSON({ units: withUnits });
  const mask = tree.subtreeMask(root);
  const rootProgress = roll.unit(root);
  if (!rootProgress) throw new RangeError(`no unit ${root} in tree ${tree.id}`);
  const byTier = new Map<string, { units: number; sums: Sums }>();
  const units: UnitProgress[] = [];
  let stored = 0;
  for (let i = 0; i < mask.length; i++) {
    if (mask[i] !== 1) continue;
    stored += tracked.storedPerUnit[i]!;
    const p = roll.unit(tree.units[i]!.id)!;
    if (withUnits) units.push(p);
    if (p.tier === null) continue;
    let entry = byTier.get(p.tier);
    if (!entry) {
      entry = { units: 0, sums: zero() };
      byTier.set(p.tier, entry);
    }
    entry.units++;
    add(entry.sums, p.own);
  }
  const tiers: TierProgress[] = roll.tiers.map((t) => {
    const entry = byTier.get(t.tier);
    return { ...t, units: entry?.units ?? 0, counts: toCounts(entry?.sums ?? zero()) };
  });
  const overdue = roll.overdue().filter((o) => mask[tree.byId.get(o.unit) ?? -1] === 1);
  const issues: Issue[] = [];
  const duplicateEvents = new Set<number>();
  for (const issue of roll.issues) {
    const [head, ordinal] = issue.path;
    if (head !== 'events' || typeof ordinal !== 'number') continue;
    const u = tracked.issueUnit.get(ordinal);
    if (u === undefined || mask[u] !== 1) continue;
    issues.push(issue);
    if (issue.code === 'progress/duplicate-event') duplicateEvents.add(ordinal);
  }
  const accepted = rootProgress.subtree.events;
  const events: RollupEventStats = {
    read: stored,
    accepted,
    duplicates: duplicateEvents.size,
    rejected: stored - accepted - duplicateEvents.size,
  };
  return {
    format: 'rollout/progress',
    version: 1,
    today: roll.today,
    totals: rootProgress.subtree,
    tiers,
    units: withUnits ? units : null,
    overdue,
    overdueTotal: overdue.length,
    events,
    issues,
  };
}
