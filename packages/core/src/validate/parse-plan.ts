import { type Plan, PlanSchema } from '../model/plan.js';
import { issuesFromZod } from './from-zod.js';
import { createIssue, hasErrors, type Issue } from './issue.js';
import { type ValidatePlanOptions, validatePlan } from './validate-plan.js';

/**
 * The result of {@link parsePlan}: the plan and its warnings, or the issues.
 *
 * @category Validation
 */
export type ParsePlanResult =
  | {
      /** No issue is an error. */
      readonly success: true;
      /** The plan: a new object, never the input. */
      readonly data: Plan;
      /** The warnings and notes (no errors). */
      readonly issues: Issue[];
    }
  | {
      /** At least one issue is an error. */
      readonly success: false;
      /** Every issue found; at least one is an error. */
      readonly issues: Issue[];
      /**
       * The plan when its shape is right and only its meaning has errors
       * (a deadline before the upper tier's, an unknown id …), so that a
       * scheduler or an editor can still show it; absent when the shape is
       * wrong.
       */
      readonly draft?: Plan;
    };

/**
 * Reads input of unknown shape as a plan, checking its shape and its meaning.
 *
 * @remarks Never throws, whatever the input (wrong types, cycles, huge
 * strings, `__proto__` keys, getters that throw). `success` is `true` when no
 * issue is an error; `issues` then holds the warnings. The data is a new
 * object: the input is not mutated. Unknown keys are errors
 * (`schema/unknown-key`), so that nothing the user gave is silently lost.
 * @param input - Anything, typically the result of `JSON.parse`.
 * @param options - The calendar to read deadlines on (see {@link ValidatePlanOptions}).
 * @returns `{ success: true, data, issues }` or `{ success: false, issues,
 * draft? }` (`draft`: the plan, when only its meaning has errors).
 * @example
 * ```ts
 * const text = JSON.stringify(plan985KhHndt); // a plan file's text
 * const result = parsePlan(JSON.parse(text));
 * if (!result.success) {
 *   for (const issue of result.issues) console.error(issue.code, issue.path, issue.message.en);
 * }
 * parsePlan(42).success; // => false
 * ```
 * @see {@link validatePlan}, {@link assertPlan}
 * @category Validation
 */
export function parsePlan(input: unknown, options: ValidatePlanOptions = {}): ParsePlanResult {
  let parsed: ReturnType<typeof PlanSchema.safeParse>;
  try {
    parsed = PlanSchema.safeParse(input);
  } catch (error) {
    return { success: false, issues: [unreadable(error)] };
  }
  if (!parsed.success) {
    let issues: Issue[];
    try {
      issues = issuesFromZod(parsed.error.issues, input);
    } catch (error) {
      issues = [unreadable(error)];
    }
    if (issues.length === 0)
      issues.push(createIssue('schema/invalid', [], { detail: 'invalid plan' }));
    return { success: false, issues };
  }
  const issues = validatePlan(parsed.data, options);
  if (hasErrors(issues)) return { success: false, issues, draft: parsed.data };
  return { success: true, data: parsed.data, issues };
}

function unreadable(error: unknown): Issue {
  const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return createIssue('schema/unreadable', [], { reason: reason.slice(0, 200) });
}
