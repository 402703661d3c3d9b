import type { ProgressCounts } from './types.js';

/** Counter slots per unit (a stride in the typed arrays). @internal */
export const F = {
  sExpected: 0,
  sDue: 1,
  sHeld: 2,
  sExempted: 3,
  sHeldLate: 4,
  sOverdue: 5,
  sDaysLate: 6,
  aPresent: 7,
  aExpected: 8,
  aPresentCounted: 9,
  bridge: 10,
  rSubmitted: 11,
  rExpected: 12,
  rSubmittedCounted: 13,
  apExpected: 14,
  apIssued: 15,
  apOverdue: 16,
  reports: 17,
  inspections: 18,
  events: 19,
} as const;

/** The number of counter slots. @internal */
export const STRIDE = 20;

const rate = (num: number, den: number): number | null => (den > 0 ? num / den : null);

/** Reads one block of counters as plain {@link ProgressCounts}. @internal */
export function toCounts(a: Float64Array, at: number): ProgressCounts {
  const g = (f: number): number => a[at + f] ?? 0;
  return {
    sessions: {
      expected: g(F.sExpected),
      due: g(F.sDue),
      held: g(F.sHeld),
      exempted: g(F.sExempted),
      done: g(F.sHeld) + g(F.sExempted),
      heldLate: g(F.sHeldLate),
      overdue: g(F.sOverdue),
      late: g(F.sHeldLate) + g(F.sOverdue),
      daysLate: g(F.sDaysLate),
    },
    attendance: {
      present: g(F.aPresent),
      expected: g(F.aExpected),
      rate: rate(g(F.aPresentCounted), g(F.aExpected)),
    },
    bridgePoints: g(F.bridge),
    reflections: {
      submitted: g(F.rSubmitted),
      expected: g(F.rExpected),
      rate: rate(g(F.rSubmittedCounted), g(F.rExpected)),
    },
    actionPlans: {
      expected: g(F.apExpected),
      issued: g(F.apIssued),
      overdue: g(F.apOverdue),
    },
    reports: g(F.reports),
    inspections: g(F.inspections),
    events: g(F.events),
  };
}
