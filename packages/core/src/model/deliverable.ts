import * as z from 'zod/mini';
import { IdSchema, TextSchema } from './common.js';
import { DateRuleSchema } from './date-rule.js';

/**
 * The kinds of follow-up a plan asks for.
 *
 * @remarks `reflection` = *viết thu hoạch cá nhân* (each attendee; counts in the
 * year-end evaluation); `action-plan` = *kế hoạch / chương trình hành động*
 * (each unit discusses and issues one); `report` = *báo cáo kết quả* (to the
 * upper tier, once or periodically); `inspection` = *kiểm tra, đôn đốc*.
 * @example
 * ```ts
 * DeliverableKindSchema.parse('reflection'); // => 'reflection'
 * ```
 * @category Model
 */
export const DeliverableKindSchema = z.enum(['reflection', 'action-plan', 'report', 'inspection']);

/** The kind of a follow-up. @category Model */
export type DeliverableKind = z.infer<typeof DeliverableKindSchema>;

/**
 * How often a report is sent: once, or periodically.
 *
 * @example
 * ```ts
 * RecurrenceSchema.parse('quarterly'); // => 'quarterly'
 * ```
 * @category Model
 */
export const RecurrenceSchema = z.enum([
  'once',
  'monthly',
  'quarterly',
  'half-yearly',
  'yearly',
  'periodic',
]);

/** How often a report is sent. @category Model */
export type Recurrence = z.infer<typeof RecurrenceSchema>;

/**
 * A follow-up (*sản phẩm sau học tập*): a reflection, an action plan, a report
 * or an inspection.
 *
 * @remarks `tier` limits it to one tier (absent: every tier with a session).
 * `session` names the session it follows (absent: the tier's own session).
 * `per` says who hands it in: each `attendee` (reflections) or each `unit`
 * (action plans, reports); `responsible` says it in the plan's words when the
 * plan narrows it (only *các đối tượng thuộc diện viết thu hoạch*). `due` is its date rule; absent, only the implicit
 * rules bound it (it comes after its session). `submitTo` names who receives
 * it (*báo cáo kết quả về Tỉnh Hội qua Ban Tuyên giáo*).
 * @example Action plans of party committees by 30/9/2020
 * ```ts
 * const d: Deliverable = DeliverableSchema.parse({
 *   id: 'd-action-plan',
 *   kind: 'action-plan',
 *   tier: 'district',
 *   per: 'unit',
 *   due: { kind: 'by', date: '2020-09-30' },
 * });
 * d.kind; // => 'action-plan'
 * ```
 * @category Model
 */
export const DeliverableSchema = z.strictObject({
  /** The deliverable's id; shares one id space with the sessions. */
  id: IdSchema,
  /** Reflection, action plan, report or inspection. */
  kind: DeliverableKindSchema,
  /** The one tier it applies to; absent, every tier with a session. */
  tier: z.optional(IdSchema),
  /** The session it follows; absent, the tier's own session. */
  session: z.optional(IdSchema),
  /** Who hands it in: each `attendee` or each `unit`. */
  per: z.optional(z.enum(['attendee', 'unit'])),
  /**
   * Who must hand it in, in the plan's words, when the plan narrows it (*các
   * đối tượng thuộc diện viết thu hoạch*); renderers print it instead of the
   * wording of `per` (*mỗi người dự học*).
   */
  responsible: z.optional(TextSchema),
  /** Its date rule; absent, only the implicit rules bound it. */
  due: z.optional(DateRuleSchema),
  /** A short title, when the plan gives one. */
  title: z.optional(TextSchema),
  /** What the plan asks, in its words. */
  description: z.optional(TextSchema),
  /** Whether it counts in the year-end emulation and evaluation. */
  countsInEvaluation: z.optional(z.boolean()),
  /** Who receives it (*Tỉnh Hội qua Ban Tuyên giáo*). */
  submitTo: z.optional(TextSchema),
  /** How often a report is sent. */
  recurrence: z.optional(RecurrenceSchema),
});

/** A follow-up of a plan. @category Model */
export type Deliverable = z.infer<typeof DeliverableSchema>;
