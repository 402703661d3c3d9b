import type { Issue } from './validate/issue.js';
import { formatIssuePath } from './validate/issue.js';

/**
 * Thrown by {@link assertPlan}: the plan is invalid; `issues` says why.
 *
 * @remarks The same issues {@link parsePlan} returns, wrapped in one error
 * class. `message` lists the first errors in English.
 * @example
 * ```ts
 * const { signature, ...unsigned } = plan985KhHndt;
 * try {
 *   assertPlan(unsigned);
 * } catch (error) {
 *   if (error instanceof PlanValidationError) error.issues[0]?.code; // => 'signature/missing'
 * }
 * ```
 * @category Errors
 */
export class PlanValidationError extends Error {
  /** Always `'PlanValidationError'`. */
  override readonly name = 'PlanValidationError';
  /** Every issue found, errors first. */
  readonly issues: readonly Issue[];

  /**
   * @param issues - The issues; at least one is an error.
   */
  constructor(issues: readonly Issue[]) {
    const errors = issues.filter((i) => i.severity === 'error');
    const head = errors
      .slice(0, 3)
      .map((i) => `${i.code} at ${formatIssuePath(i.path)}: ${i.message.en}`)
      .join('; ');
    const more = errors.length > 3 ? ` (and ${errors.length - 3} more)` : '';
    super(`Invalid plan: ${head}${more}`);
    this.issues = [...errors, ...issues.filter((i) => i.severity !== 'error')];
  }
}
