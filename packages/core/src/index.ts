/**
 * `@rollout/core`: the model, validation, calendars, deadline cascade and
 * progress roll-up of Vietnamese resolution rollout plans (*Kế hoạch nghiên
 * cứu, học tập, quán triệt và triển khai thực hiện Nghị quyết*).
 *
 * @packageDocumentation
 */

// --- Model ----------------------------------------------------------------
export { IdSchema, IsoDateSchema, TextSchema } from './model/common.js';
export type { Id } from './model/common.js';
export { ResolutionKindSchema, ResolutionSchema } from './model/resolution.js';
export type { Resolution, ResolutionKind } from './model/resolution.js';
export { TIER_LEVELS, TierLevelSchema, TierSchema, tierLevelRank } from './model/tier.js';
export type { Tier, TierLevel } from './model/tier.js';
export { UnitSchema, UnitTreeSchema } from './model/unit.js';
export type { Unit, UnitTree } from './model/unit.js';
export { AudienceSchema } from './model/audience.js';
export type { Audience } from './model/audience.js';
export { MaterialKindSchema, MaterialSchema } from './model/material.js';
export type { Material, MaterialKind } from './model/material.js';
export {
  AfterRuleSchema,
  ByRuleSchema,
  DateRuleSchema,
  DurationSchema,
  HeldRuleSchema,
  SpanRuleSchema,
  WithinRuleSchema,
} from './model/date-rule.js';
export type {
  AfterRule,
  ByRule,
  DateRule,
  Duration,
  HeldRule,
  SpanRule,
  WithinRule,
} from './model/date-rule.js';
export {
  BridgePointsSchema,
  ExemptionSchema,
  MethodSchema,
  SessionSchema,
  TimeOfDaySchema,
} from './model/session.js';
export type { BridgePoints, Exemption, Method, Session } from './model/session.js';
export { DeliverableKindSchema, DeliverableSchema, RecurrenceSchema } from './model/deliverable.js';
export type { Deliverable, DeliverableKind, Recurrence } from './model/deliverable.js';
export { RecipientPurposeSchema, RecipientSchema } from './model/recipient.js';
export type { Recipient, RecipientPurpose } from './model/recipient.js';
export { SignatureModeSchema, SignatureSchema } from './model/signature.js';
export type { Signature, SignatureMode } from './model/signature.js';
export { IssuerKindSchema, IssuerSchema, MottoSchema, PlanHeaderSchema } from './model/header.js';
export type { Issuer, IssuerKind, Motto, PlanHeader } from './model/header.js';
export { formatDocumentReference, parseDocumentReference } from './model/reference.js';
export type { DocumentReference } from './model/reference.js';
export { ImplementationItemSchema, PlanSchema } from './model/plan.js';
export type { ImplementationItem, Plan, PlanInput } from './model/plan.js';
export { parentSessionOf, sessionsOfDeliverable } from './model/relations.js';

// --- Validation -----------------------------------------------------------
export { ISSUE_CODES } from './validate/codes.js';
export type { IssueCode, Severity } from './validate/codes.js';
export { createIssue, formatIssuePath, hasErrors } from './validate/issue.js';
export type { Issue, IssueParams, IssuePath, LocalizedMessage } from './validate/issue.js';
export { messagesEn } from './validate/messages/en.js';
export { messagesVi } from './validate/messages/vi.js';
export { validatePlan } from './validate/validate-plan.js';
export { parsePlan } from './validate/parse-plan.js';
export type { ParsePlanResult } from './validate/parse-plan.js';
export { assertPlan } from './validate/assert-plan.js';

// --- Errors ---------------------------------------------------------------
export { PlanValidationError } from './errors.js';

// --- Calendar -------------------------------------------------------------
export {
  addCalendarDays,
  compareIsoDates,
  dayOfWeek,
  daysBetween,
  daysInMonth,
  fromEpochDay,
  isValidIsoDate,
  isWeekend,
  toEpochDay,
} from './calendar/iso-date.js';
export type { IsoDate } from './calendar/iso-date.js';
export { dateRuleWindow, withinRange } from './calendar/date-rule-window.js';
export type { DateWindow } from './calendar/date-rule-window.js';

// --- Cascade --------------------------------------------------------------

// --- Progress -------------------------------------------------------------

// --- Formatting (Vietnamese text of rules and durations) ------------------

// --- Presets --------------------------------------------------------------
export {
  MASS_ORGANISATION_TIERS,
  PARTY_TIERS,
  TWO_LEVEL_SINCE,
  TWO_LEVEL_TIERS,
  tierPreset,
} from './presets/tiers.js';
export type { TierPresetName } from './presets/tiers.js';
export { plan985KhHndt } from './examples/plan-985-kh-hndt.js';
export { planNq58Province } from './examples/plan-nq58-province.js';
