/**
 * `@rollout/core`: the model, validation, calendars, deadline cascade and
 * progress roll-up of Vietnamese resolution rollout plans (*Kế hoạch nghiên
 * cứu, học tập, quán triệt và triển khai thực hiện Nghị quyết*).
 *
 * @packageDocumentation
 */

export type { DateWindow } from './calendar/date-rule-window.js';
export { dateRuleWindow, withinRange } from './calendar/date-rule-window.js';
// --- Calendar -------------------------------------------------------------
export type {
  CalendarSource,
  CalendarYear,
  Holiday,
  MakeUpWorkday,
} from './calendar/holidays.js';
export {
  ANNOUNCED_CALENDAR_YEARS,
  vietnamCalendarYear,
  vietnamHolidays,
  vietnamStatutoryHolidays,
} from './calendar/holidays.js';
export type { IsoDate } from './calendar/iso-date.js';
export {
  addCalendarDays,
  compareIsoDates,
  dayOfWeek,
  daysBetween,
  daysInMonth,
  fromEpochDay,
  isValidIsoDate,
  isWeekend,
  MAX_ISO_DATE,
  MIN_ISO_DATE,
  toEpochDay,
} from './calendar/iso-date.js';
export { lunarToSolar } from './calendar/lunar.js';
export type {
  CalendarDay,
  CalendarOverrides,
  ParseCalendarOverridesResult,
} from './calendar/overrides.js';
export {
  CalendarDaySchema,
  CalendarOverridesSchema,
  calendarFromOverrides,
  parseCalendarOverrides,
} from './calendar/overrides.js';
export type {
  DayOff,
  DayOffReason,
  ExtraWorkday,
  HolidayYear,
  WorkdayReason,
  WorkingCalendarOptions,
} from './calendar/working-calendar.js';
export { WorkingCalendar, workingCalendar } from './calendar/working-calendar.js';
// --- Cascade --------------------------------------------------------------
export { schedule } from './cascade/schedule.js';
export type {
  Actual,
  ScheduleGap,
  ScheduleNode,
  ScheduleOptions,
  ScheduleResult,
} from './cascade/types.js';
// --- Errors ---------------------------------------------------------------
export { PlanValidationError } from './errors.js';
export { plan985KhHndt } from './examples/plan-985-kh-hndt.js';
export { planNq58Province } from './examples/plan-nq58-province.js';
export { planTwoLevelProvince } from './examples/plan-two-level-province.js';
// --- Formatting (Vietnamese text of rules and durations) ------------------
export type { FormatDateRuleOptions, SessionTimeInput } from './format/date-rule.js';
export { formatDateRule, formatSessionTime } from './format/date-rule.js';
export { formatDuration } from './format/duration.js';
export type { FormatLang, LocalizedLabel } from './format/labels.js';
export {
  DELIVERABLE_KIND_LABELS,
  METHOD_LABELS,
  RECIPIENT_PURPOSE_LABELS,
  SIGNATURE_MODE_LABELS,
  TIER_LEVEL_LABELS,
} from './format/labels.js';
export type { FormatViDateOptions } from './format/vi-date.js';
export { formatShortDate, formatViDate } from './format/vi-date.js';
export type { Audience } from './model/audience.js';
export { AudienceSchema } from './model/audience.js';
export type { Id } from './model/common.js';
// --- Model ----------------------------------------------------------------
export { IdSchema, IsoDateSchema, TextSchema } from './model/common.js';
export type {
  AfterAnchor,
  AfterAnchorRule,
  AfterRefRule,
  AfterRule,
  ByRule,
  DateRule,
  Duration,
  HeldRule,
  SpanRule,
  WithinRule,
} from './model/date-rule.js';
export {
  AfterAnchorRuleSchema,
  AfterAnchorSchema,
  AfterRuleSchema,
  ByRuleSchema,
  DateRuleSchema,
  DurationSchema,
  HeldRuleSchema,
  SpanRuleSchema,
  WithinRuleSchema,
} from './model/date-rule.js';
export type { DeepMutable, DeepReadonly } from './model/deep-readonly.js';
export { clonePlan, deepFreeze } from './model/deep-readonly.js';
export type { Deliverable, DeliverableKind, Recurrence } from './model/deliverable.js';
export { DeliverableKindSchema, DeliverableSchema, RecurrenceSchema } from './model/deliverable.js';
export type { Issuer, IssuerKind, Motto, PlanHeader } from './model/header.js';
export { IssuerKindSchema, IssuerSchema, MottoSchema, PlanHeaderSchema } from './model/header.js';
export type { Material, MaterialKind } from './model/material.js';
export { MaterialKindSchema, MaterialSchema } from './model/material.js';
export type { ImplementationItem, Plan, PlanInput, ReadonlyPlan } from './model/plan.js';
export { ImplementationItemSchema, PlanSchema } from './model/plan.js';
export type { Recipient, RecipientPurpose } from './model/recipient.js';
export { RecipientPurposeSchema, RecipientSchema } from './model/recipient.js';
export type { DocumentReference } from './model/reference.js';
export { formatDocumentReference, parseDocumentReference } from './model/reference.js';
export { parentSessionOf, parentSessions, sessionsOfDeliverable } from './model/relations.js';
export type { Resolution, ResolutionKind } from './model/resolution.js';
export { ResolutionKindSchema, ResolutionSchema } from './model/resolution.js';
export type { BridgePoints, Exemption, Method, Session } from './model/session.js';
export {
  BridgePointsSchema,
  ExemptionSchema,
  MethodSchema,
  SessionSchema,
  TimeOfDaySchema,
} from './model/session.js';
export type { Signature, SignatureMode } from './model/signature.js';
export { SignatureModeSchema, SignatureSchema } from './model/signature.js';
export type { Tier, TierLevel } from './model/tier.js';
export { TIER_LEVELS, TierLevelSchema, TierSchema, tierLevelRank } from './model/tier.js';
export type { Unit, UnitTree } from './model/unit.js';
export { UnitSchema, UnitTreeSchema } from './model/unit.js';
export type { TierPresetName } from './presets/tiers.js';
// --- Presets --------------------------------------------------------------
export {
  MASS_ORGANISATION_TIERS,
  PARTY_TIERS,
  TWO_LEVEL_SINCE,
  TWO_LEVEL_TIERS,
  tierPreset,
} from './presets/tiers.js';
// --- Progress -------------------------------------------------------------
export type {
  ActionPlanIssuedEvent,
  Attendance,
  AudienceAttendance,
  InspectionDoneEvent,
  ProgressEvent,
  ProgressEventKind,
  ReflectionsSubmittedEvent,
  ReportSentEvent,
  SessionHeldEvent,
  SessionSkippedEvent,
} from './progress/events.js';
export {
  ActionPlanIssuedEventSchema,
  AttendanceSchema,
  AudienceAttendanceSchema,
  InspectionDoneEventSchema,
  PROGRESS_EVENT_KINDS,
  ProgressEventSchema,
  RecordedAtSchema,
  ReflectionsSubmittedEventSchema,
  ReportSentEventSchema,
  SessionHeldEventSchema,
  SessionSkippedEventSchema,
} from './progress/events.js';
export type {
  ParsedProgressEvent,
  ParseProgressEventResult,
  UnreadProgressEvent,
} from './progress/parse-event.js';
export { parseProgressEvent } from './progress/parse-event.js';
export { applyEvent, createRollup, rollup } from './progress/rollup.js';
export type {
  OverdueItem,
  ProgressCounts,
  ProgressRollup,
  RollupEventStats,
  RollupJsonOptions,
  RollupOptions,
  RollupResult,
  TierProgress,
  UnitProgress,
} from './progress/types.js';
// --- Text ---------------------------------------------------------------
export type { CleanTextOptions } from './text/clean-text.js';
export { cleanText } from './text/clean-text.js';
export type { ParseUnitTreeResult } from './units/unit-tree.js';
export { parseUnitTree, validateUnitTree } from './units/unit-tree.js';
export { assertPlan } from './validate/assert-plan.js';
export type {
  ActivityNames,
  IssueCode,
  IssueParamsByCode,
  Severity,
  UnitNames,
} from './validate/codes.js';
// --- Validation -----------------------------------------------------------
export { ISSUE_CODES } from './validate/codes.js';
export type { FormatIssueOptions } from './validate/format-issue.js';
export { formatIssue } from './validate/format-issue.js';
export { issuesFromZod } from './validate/from-zod.js';
export type {
  Issue,
  IssueBase,
  IssueOf,
  IssueParam,
  IssueParams,
  IssuePath,
  LocalizedMessage,
} from './validate/issue.js';
export { createIssue, formatIssuePath, hasErrors } from './validate/issue.js';
export { messagesEn } from './validate/messages/en.js';
export { messagesVi } from './validate/messages/vi.js';
export type { IssueArgs } from './validate/names.js';
export type { ParsePlanResult } from './validate/parse-plan.js';
export { parsePlan } from './validate/parse-plan.js';
export { planShapeIssues } from './validate/plan-shape.js';
export type { ValidatePlanOptions } from './validate/validate-plan.js';
export { validatePlan } from './validate/validate-plan.js';
// --- Relations: a plan and the plan above it (see with-upper.ts) ----------
export type {
  CheckAgainstUpperOptions,
  CheckAgainstUpperResult,
  CopiedText,
  DerivedSource,
  DerivedValue,
  DerivePlanOptions,
  DerivePlanResult,
  DraftBlank,
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
  RelationIssue,
  RelationIssueCode,
} from './with-upper.js';
export { checkAgainstUpper, derivePlan, diffPlans, RELATION_ISSUE_CODES } from './with-upper.js';
