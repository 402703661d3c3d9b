import { PlanValidationError } from '../errors.js';
import type { Plan } from '../model/plan.js';
import { parsePlan } from './parse-plan.js';

/**
 * Reads input as a plan and throws when it is invalid.
 *
 * @remarks The throwing variant of {@link parsePlan}: same checks, same issues.
 * @param input - Anything, typically the result of `JSON.parse`.
 * @returns The plan, a new object.
 * @throws {@link PlanValidationError} holding the issues when any is an error.
 * @example
 * ```ts
 * const text = JSON.stringify(plan985KhHndt); // a plan file's text
 * const plan = assertPlan(JSON.parse(text)); // throws PlanValidationError if invalid
 * plan.header.reference; // => '985-KH/HNDT'
 * ```
 * @see {@link parsePlan}
 * @category Validation
 */
export function assertPlan(input: unknown): Plan {
  const result = parsePlan(input);
  if (!result.success) throw new PlanValidationError(result.issues);
  return result.data;
}
