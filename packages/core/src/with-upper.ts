// Relations between a plan and the plan above it (packages/core/src/derive/),
// re-exported here for the root barrel. The root barrel's exports are sorted by
// path, and bundlers order modules by that import order: coming last, these
// modules leave the order of every other module unchanged, so a bundle that
// only validates and schedules is byte for byte what it was without them.
export type {
  CheckAgainstUpperOptions,
  CheckAgainstUpperResult,
} from './derive/check-against-upper.js';
export { checkAgainstUpper } from './derive/check-against-upper.js';
export type { RelationIssue, RelationIssueCode } from './derive/codes.js';
export { RELATION_ISSUE_CODES } from './derive/codes.js';
export type { CopiedText } from './derive/copies.js';
export type {
  DerivedSource,
  DerivedValue,
  DerivePlanOptions,
  DerivePlanResult,
  DraftBlank,
} from './derive/derive-plan.js';
export { derivePlan } from './derive/derive-plan.js';
export type {
  JsonValue,
  PlanAddition,
  PlanChange,
  PlanChangeBase,
  PlanDeadlineMove,
  PlanDiff,
  PlanFieldChange,
  PlanPart,
  PlanRemoval,
  PlanSummary,
} from './derive/diff-plans.js';
export { diffPlans } from './derive/diff-plans.js';
