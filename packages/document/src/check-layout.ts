import type { DeepReadonly, Issue, Plan } from '@rollout/core';
import { createIssue } from '@rollout/core';
import { layingOutPlan } from './internal/unreadable.js';
import type { RenderPlanOptions } from './layout.js';
import { mottoLines, mottoOf, resolveRules } from './layout.js';

/**
 * Checks the choice of a layout rule set for a plan before it is rendered:
 * what a clerk should fix or confirm before the document is signed.
 *
 * @remarks Returns `layout/motto-mismatch` (a warning) when the motto the
 * document would print is not the one the rule set prints: a state motto
 * under a Party rule set (`party-2018`, `party-2026` print *ĐẢNG CỘNG SẢN
 * VIỆT NAM*), the Party's under `state-2020` or `mass-organisation` (which
 * print *CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM*). The motto is the one the
 * renderers pick: `options.motto`, else `plan.header.motto`, else the
 * Party's for a Party issuer, else the rule set's. The renderers print the
 * document anyway (a user may mean it); the issue's path is
 * `['header', 'motto']`. Never throws on a plan; returns a new array.
 * @param plan - The plan to render.
 * @param options - The rule set, motto and language the renderers will get.
 * @returns The issues, empty when the choice fits.
 * @throws `RangeError` when `options.rules` names no shipped rule set, and
 * `PlanValidationError` when `plan` has no header to read (as the renderers do).
 * @example
 * ```ts
 * import { plan985KhHndt } from '@rollout/core';
 * checkLayout(plan985KhHndt); // => []
 * checkLayout(plan985KhHndt, { rules: 'party-2018' })[0]?.code; // => 'layout/motto-mismatch'
 * ```
 * @see {@link layoutPlan}, {@link LAYOUT_RULES}
 * @category Rendering
 */
export function checkLayout(
  plan: DeepReadonly<Pick<Plan, 'header'>>,
  options: RenderPlanOptions = {},
): Issue[] {
  // Read only: checkLayout never changes what it is given (the fuzz tests check it).
  const p = plan as Pick<Plan, 'header'>;
  return layingOutPlan(p, () => checkLayoutOf(p, options));
}

function checkLayoutOf(plan: Pick<Plan, 'header'>, options: RenderPlanOptions): Issue[] {
  const rules = resolveRules(plan, options.rules);
  const motto = mottoOf(plan, options, rules);
  if (motto === rules.defaultMotto) return [];
  const lang = options.lang === 'en' ? 'en' : 'vi';
  return [
    createIssue('layout/motto-mismatch', ['header', 'motto'], {
      motto: mottoLines(motto, lang)[0] ?? motto,
      expected: mottoLines(rules.defaultMotto, lang)[0] ?? rules.defaultMotto,
      rules: rules.name,
    }),
  ];
}
