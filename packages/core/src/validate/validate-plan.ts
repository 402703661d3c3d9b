import type { WorkingCalendar } from '../calendar/working-calendar.js';
import type { Plan, ReadonlyPlan } from '../model/plan.js';
import { createContext } from './context.js';
import { createIssue, type Issue } from './issue.js';
import { checkCascadeOrder } from './rules/cascade-order.js';
import { checkCycles } from './rules/cycles.js';
import { checkDates } from './rules/dates.js';
import { checkDocument } from './rules/document.js';
import { checkExemptions } from './rules/exemptions.js';
import { checkNfc } from './rules/nfc.js';
import { checkReferences } from './rules/references.js';
import { checkResolutionDates } from './rules/resolution-dates.js';
import { checkSessions } from './rules/sessions.js';
import { checkTiers } from './rules/tiers.js';
import { checkUniqueIds } from './rules/unique-ids.js';

const RULES = [
  checkUniqueIds,
  checkReferences,
  checkDates,
  checkResolutionDates,
  checkCascadeOrder,
  checkCycles,
  checkSessions,
  checkExemptions,
  checkTiers,
  checkDocument,
  checkNfc,
];

/**
 * The options of {@link validatePlan}.
 *
 * @category Validation
 */
export interface ValidatePlanOptions {
  /**
   * The working calendar to read deadlines on. With it, a deadline whose last
   * day is a day off is reported (`date/deadline-on-day-off`) and working-day
   * `after` rules are resolved for the order checks; without it (the
   * default, so that a browser bundle that only validates carries no
   * calendar) neither is done. {@link schedule} always reports days off, on
   * its own calendar. Pass `workingCalendar()` for Vietnam's.
   */
  readonly calendar?: WorkingCalendar;
}

/**
 * Checks the meaning of a plan whose shape is already right.
 *
 * @remarks Runs every semantic rule (ids and references, dates, the implicit
 * order of the cascade, durations, exemptions, tiers, the document parts,
 * Unicode NFC) and returns their issues. Never throws, never mutates the plan.
 * Use {@link parsePlan} for input of unknown shape.
 * @param plan - A plan of the right shape (see {@link PlanSchema}).
 * @param options - The calendar deadlines are read on.
 * @returns The issues found, errors and warnings, in rule order; empty when all is well.
 * @example A plan without a signature
 * ```ts
 * const { signature, ...unsigned } = plan985KhHndt;
 * const issues = validatePlan(unsigned);
 * issues.filter((i) => i.severity === 'error').map((i) => i.code); // => ['signature/missing']
 * issues.length; // => 4 (and three warnings: online sessions without bridge points)
 * ```
 * @see {@link parsePlan}, {@link assertPlan}
 * @category Validation
 */
export function validatePlan(plan: ReadonlyPlan, options: ValidatePlanOptions = {}): Issue[] {
  // Read only: validatePlan never changes what it is given (the fuzz tests check it).
  return validatePlanOf(plan as Plan, options);
}

function validatePlanOf(plan: Plan, options: ValidatePlanOptions = {}): Issue[] {
  const issues: Issue[] = [];
  try {
    const ctx = createContext(plan, issues, options.calendar);
    for (const rule of RULES) rule(ctx);
  } catch (error) {
    // Not a plan of the right shape (a caller without types): one issue, never a throw.
    const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    issues.push(
      createIssue('schema/unreadable', [], {
        reason: `${reason.slice(0, 160)} (read unknown input with parsePlan)`,
      }),
    );
  }
  return issues;
}
