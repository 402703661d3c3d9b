import * as z from 'zod/mini';
import { IdSchema, IsoDateSchema, TextSchema } from '../model/common.js';
import { MethodSchema } from '../model/session.js';

const count = () => z.int().check(z.minimum(0), z.maximum(1_000_000_000));

/**
 * When an event was recorded: an ISO 8601 date-time with an offset or `Z`.
 *
 * @remarks Stored as given and shown to people; never compared with the clock
 * and never used to compute anything (lateness is measured from the event's
 * own `date` against the `today` you pass).
 * @example
 * ```ts
 * RecordedAtSchema.parse('2020-09-15T16:30:00+07:00'); // => '2020-09-15T16:30:00+07:00'
 * ```
 * @category Progress
 */
export const RecordedAtSchema = z.iso.datetime({ offset: true });

const base = {
  /** Optional but recommended: events with the same id are counted once. */
  id: z.optional(IdSchema),
  /** Who recorded the event (a person or an office). */
  recordedBy: TextSchema,
  /** When it was recorded (ISO date-time, kept as given). */
  recordedAt: RecordedAtSchema,
};

/**
 * Attendance at a session: how many were present of how many expected.
 *
 * @example
 * ```ts
 * AttendanceSchema.parse({ present: 85, expected: 90 }).present; // => 85
 * ```
 * @category Progress
 */
export const AttendanceSchema = z.strictObject({
  /** People present. */
  present: count(),
  /** People expected (absent when unknown). */
  expected: z.optional(count()),
});

/** Attendance at a session. @category Progress */
export type Attendance = z.infer<typeof AttendanceSchema>;

/**
 * Attendance of one audience (*thành phần*) at a session.
 *
 * @example
 * ```ts
 * AudienceAttendanceSchema.parse({ audience: 'aud-district', present: 40, expected: 42 }).audience;
 * // => 'aud-district'
 * ```
 * @category Progress
 */
export const AudienceAttendanceSchema = z.strictObject({
  /** The audience id (*thành phần*) of the plan. */
  audience: IdSchema,
  /** People present. */
  present: count(),
  /** People expected (absent when unknown). */
  expected: z.optional(count()),
});

/** Attendance of one audience at a session. @category Progress */
export type AudienceAttendance = z.infer<typeof AudienceAttendanceSchema>;

/**
 * `session-held`: a unit held (a part of) its session on a date.
 *
 * @remarks Gives `attendees` (the totals), `byAudience` (per audience), or
 * both; when both are given, `attendees` is the figure counted and the
 * per-audience sum must agree with it. `bridgePoints` is the number of
 * *điểm cầu* (remote sites) the unit ran. Several `session-held` events for the
 * same unit and session on the same date are partial reports (one per bridge
 * point, per audience, or per member) and add up; on a different date they
 * contradict each other.
 * @example
 * ```ts
 * const e = SessionHeldEventSchema.parse({
 *   kind: 'session-held', id: 'ev-1', unit: 'nga-son', session: 's-district', date: '2020-09-12',
 *   method: 'online', bridgePoints: 3, attendees: { present: 85, expected: 90 },
 *   recordedBy: 'Ban Tuyên giáo', recordedAt: '2020-09-12T17:00:00+07:00',
 * });
 * e.kind; // => 'session-held'
 * ```
 * @category Progress
 */
export const SessionHeldEventSchema = z
  .strictObject({
    /** Always `session-held`. */
    kind: z.literal('session-held'),
    ...base,
    /** The unit id (of the unit tree, or a tier id without one). */
    unit: IdSchema,
    /** The session id of the plan. */
    session: IdSchema,
    /** The day it was held. */
    date: IsoDateSchema,
    /** How it was held. */
    method: MethodSchema,
    /** The number of bridge points (*điểm cầu*) run. */
    bridgePoints: z.optional(count()),
    /** The attendance, in total. */
    attendees: z.optional(AttendanceSchema),
    /** The attendance, per audience. */
    byAudience: z.optional(z.array(AudienceAttendanceSchema).check(z.minLength(1))),
  })
  .check(
    z.refine((e) => e.attendees !== undefined || e.byAudience !== undefined, {
      error: 'A session-held event gives attendees, byAudience or both',
      path: ['attendees'],
    }),
  );

/** A unit held its session. @category Progress */
export type SessionHeldEvent = z.infer<typeof SessionHeldEventSchema>;

/**
 * `session-skipped`: a unit did not hold its session, under the session's
 * exemption.
 *
 * @remarks `exemption` names the upper-tier session whose attendance exempts
 * the unit (*đã tham gia dự họp trực tuyến … thì có thể không mở hội nghị
 * riêng*). It must be the session's own `exemption.session`; then the session
 * counts as done, never late.
 * @example
 * ```ts
 * SessionSkippedEventSchema.parse({
 *   kind: 'session-skipped', unit: 'nga-son', session: 's-district', date: '2020-09-10',
 *   exemption: 's-province', recordedBy: 'Ban Tuyên giáo', recordedAt: '2020-09-10T08:00:00Z',
 * }).exemption; // => 's-province'
 * ```
 * @category Progress
 */
export const SessionSkippedEventSchema = z.strictObject({
  /** Always `session-skipped`. */
  kind: z.literal('session-skipped'),
  ...base,
  /** The unit id. */
  unit: IdSchema,
  /** The session it did not hold. */
  session: IdSchema,
  /** The day it was decided or recorded. */
  date: IsoDateSchema,
  /** The upper-tier session whose attendance exempts it. */
  exemption: IdSchema,
});

/** A unit skipped its session under an exemption. @category Progress */
export type SessionSkippedEvent = z.infer<typeof SessionSkippedEventSchema>;

/**
 * `reflections-submitted`: personal reflections (*bài thu hoạch*) handed in.
 *
 * @remarks Counts add up over events (a unit may report in batches, or one
 * event per member). `expected` is how many were due in this batch.
 * @example
 * ```ts
 * ReflectionsSubmittedEventSchema.parse({
 *   kind: 'reflections-submitted', unit: 'nga-son', session: 's-district', submitted: 80, expected: 85,
 *   recordedBy: 'Ban Tuyên giáo', recordedAt: '2020-09-30T08:00:00Z',
 * }).submitted; // => 80
 * ```
 * @category Progress
 */
export const ReflectionsSubmittedEventSchema = z.strictObject({
  /** Always `reflections-submitted`. */
  kind: z.literal('reflections-submitted'),
  ...base,
  /** The unit id. */
  unit: IdSchema,
  /** The session reflected on. */
  session: z.optional(IdSchema),
  /** The day they were handed in. */
  date: z.optional(IsoDateSchema),
  /** Reflections handed in. */
  submitted: count(),
  /** Reflections expected in this batch. */
  expected: z.optional(count()),
});

/** Reflections handed in. @category Progress */
export type ReflectionsSubmittedEvent = z.infer<typeof ReflectionsSubmittedEventSchema>;

/**
 * `action-plan-issued`: a unit issued its action plan (*kế hoạch hành động*).
 *
 * @remarks `reference` is the document's number and symbol (`12-KH/HU`).
 * `deliverable` names the plan's action-plan deliverable when it has several;
 * by default the first action-plan deliverable of the unit's tier.
 * @example
 * ```ts
 * ActionPlanIssuedEventSchema.parse({
 *   kind: 'action-plan-issued', unit: 'nga-son', reference: '45-KH/HND', date: '2020-09-25',
 *   recordedBy: 'Ban Tuyên giáo', recordedAt: '2020-09-25T08:00:00Z',
 * }).reference; // => '45-KH/HND'
 * ```
 * @category Progress
 */
export const ActionPlanIssuedEventSchema = z.strictObject({
  /** Always `action-plan-issued`. */
  kind: z.literal('action-plan-issued'),
  ...base,
  /** The unit id. */
  unit: IdSchema,
  /** The action plan's number and symbol. */
  reference: TextSchema,
  /** The day it was issued. */
  date: IsoDateSchema,
  /** The plan's action-plan deliverable id, when it has several. */
  deliverable: z.optional(IdSchema),
});

/** A unit issued its action plan. @category Progress */
export type ActionPlanIssuedEvent = z.infer<typeof ActionPlanIssuedEventSchema>;

/**
 * `report-sent`: a unit sent its report (*báo cáo kết quả*) to the upper tier.
 *
 * @example
 * ```ts
 * ReportSentEventSchema.parse({
 *   kind: 'report-sent', unit: 'nga-son', date: '2020-10-05', period: '2020-Q3',
 *   recordedBy: 'Ban Tuyên giáo', recordedAt: '2020-10-05T08:00:00Z',
 * }).period; // => '2020-Q3'
 * ```
 * @category Progress
 */
export const ReportSentEventSchema = z.strictObject({
  /** Always `report-sent`. */
  kind: z.literal('report-sent'),
  ...base,
  /** The unit id. */
  unit: IdSchema,
  /** The day it was sent. */
  date: IsoDateSchema,
  /** The period it covers, in the sender's words (`2020-Q3`, `tháng 9/2020`). */
  period: z.optional(TextSchema),
});

/** A unit sent a report upward. @category Progress */
export type ReportSentEvent = z.infer<typeof ReportSentEventSchema>;

/**
 * `inspection-done`: a unit was inspected (*kiểm tra, đôn đốc*).
 *
 * @example
 * ```ts
 * InspectionDoneEventSchema.parse({
 *   kind: 'inspection-done', unit: 'nga-son', date: '2020-11-02', by: 'Ban Tuyên giáo Tỉnh hội',
 *   recordedBy: 'Ban Tuyên giáo', recordedAt: '2020-11-02T08:00:00Z',
 * }).by; // => 'Ban Tuyên giáo Tỉnh hội'
 * ```
 * @category Progress
 */
export const InspectionDoneEventSchema = z.strictObject({
  /** Always `inspection-done`. */
  kind: z.literal('inspection-done'),
  ...base,
  /** The unit id. */
  unit: IdSchema,
  /** The day of the inspection. */
  date: IsoDateSchema,
  /** Who inspected. */
  by: z.optional(TextSchema),
});

/** A unit was inspected. @category Progress */
export type InspectionDoneEvent = z.infer<typeof InspectionDoneEventSchema>;

/**
 * A progress event: one fact reported from a unit, a union on `kind`.
 *
 * @remarks Kinds: `session-held`, `session-skipped`, `reflections-submitted`,
 * `action-plan-issued`, `report-sent`, `inspection-done`. Every event carries
 * `recordedBy` and `recordedAt`, and may carry an `id` (recommended: events
 * with the same id are counted once). Unknown keys are rejected. The JSON
 * Schema of this union is what `@rollout/json` publishes for event files
 * (one event per line, NDJSON).
 * @example
 * ```ts
 * const r = ProgressEventSchema.safeParse({
 *   kind: 'report-sent', unit: 'nga-son', date: '2020-10-05',
 *   recordedBy: 'Ban Tuyên giáo', recordedAt: '2020-10-05T08:00:00Z',
 * });
 * r.success; // => true
 * ```
 * @see {@link parseProgressEvent}, {@link applyEvent}, {@link rollup}
 * @category Progress
 */
export const ProgressEventSchema = z.discriminatedUnion('kind', [
  SessionHeldEventSchema,
  SessionSkippedEventSchema,
  ReflectionsSubmittedEventSchema,
  ActionPlanIssuedEventSchema,
  ReportSentEventSchema,
  InspectionDoneEventSchema,
]);

/** A progress event. @category Progress */
export type ProgressEvent = z.infer<typeof ProgressEventSchema>;

/** The kind of a progress event. @category Progress */
export type ProgressEventKind = ProgressEvent['kind'];

/**
 * The kinds of progress event, in a stable order.
 *
 * @example
 * ```ts
 * PROGRESS_EVENT_KINDS.includes('session-held'); // => true
 * ```
 * @category Progress
 */
export const PROGRESS_EVENT_KINDS: readonly ProgressEventKind[] = [
  'session-held',
  'session-skipped',
  'reflections-submitted',
  'action-plan-issued',
  'report-sent',
  'inspection-done',
];
