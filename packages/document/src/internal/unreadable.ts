// What a renderer does with input that is not a plan (or a roll-up report): a
// PlanValidationError saying why, never a bare TypeError from deep inside a layout: where
// the shape is wrong (a cheap check), else `schema/unreadable` with what failed. The
// renderers do not run parsePlan here: it would put the plan schemas in every renderer's
// bundle (20 kB gzip in renderHtml's). The fuzz suite renders valid plans, where any
// throw fails it.
import type { Issue } from '@rollout/core';
import { createIssue, PlanValidationError, planShapeIssues } from '@rollout/core';

/**
 * Where a value is not shaped as a plan (none when it is). A cheap check, not
 * `parsePlan`: the error path must not put the plan schemas in every renderer's
 * bundle (they cost 20 kB gzip in renderHtml's).
 */
function planErrors(plan: unknown): Issue[] {
  return planShapeIssues(plan);
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Whether counts have the groups the report layout reads. */
const isCounts = (c: unknown): boolean =>
  isObject(c) &&
  ['sessions', 'attendance', 'reflections', 'actionPlans'].every((k) => isObject(c[k]));

/** Whether a value has the fields of a `RollupResult` the report layout reads. */
function isReportShaped(report: unknown): boolean {
  if (!isObject(report)) return false;
  const { totals, tiers, overdue, issues, units, events } = report;
  return (
    isCounts(totals) &&
    Array.isArray(tiers) &&
    tiers.every((t) => isObject(t) && isCounts(t.counts)) &&
    Array.isArray(overdue) &&
    overdue.every(isObject) &&
    Array.isArray(issues) &&
    (units === null ||
      units === undefined ||
      (Array.isArray(units) &&
        units.every((u) => isObject(u) && isCounts(u.own) && isCounts(u.subtree)))) &&
    isObject(events)
  );
}

const unreadable = (error: unknown, what: string): PlanValidationError => {
  const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return new PlanValidationError([
    createIssue('schema/unreadable', [], { reason: `${what}: ${reason.slice(0, 160)}` }),
  ]);
};

/**
 * Runs a plan layout; when it throws on a plan that does not read (`parsePlan` finds
 * errors), throws a {@link PlanValidationError} with those errors instead. The documented
 * `RangeError` of an unknown rule set passes through.
 */
export function layingOutPlan<T>(plan: unknown, run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof RangeError && error.message.startsWith('Unknown layout rule set'))
      throw error;
    const errors = planErrors(plan);
    if (errors.length > 0) throw new PlanValidationError(errors);
    // Plan-shaped, but some value deeper in it is not what the schema allows: the
    // error says what failed; `parsePlan` tells exactly where.
    throw unreadable(error, 'not a valid plan (parsePlan gives the place)');
  }
}

/**
 * Runs a report layout; when it throws on a report without the fields of a
 * `RollupResult`, or with an `options.plan` that does not read, throws a
 * {@link PlanValidationError} saying so.
 */
export function layingOutReport<T>(report: unknown, plan: unknown, run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof RangeError && error.message.startsWith('Unknown layout rule set'))
      throw error;
    if (error instanceof PlanValidationError) throw error;
    if (!isReportShaped(report))
      throw unreadable(error, 'not a roll-up report (rollup(…).toJSON())');
    if (plan !== undefined) {
      const errors = planErrors(plan);
      if (errors.length > 0) throw new PlanValidationError(errors);
    }
    throw unreadable(error, 'a report or plan that is not valid (parsePlan gives the place)');
  }
}
