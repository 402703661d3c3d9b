import * as z from 'zod/mini';
import { IdSchema, TextSchema } from './common.js';
import { DateRuleSchema, DurationSchema } from './date-rule.js';

/**
 * How a session is held (*phương thức*).
 *
 * @remarks `online` = *trực tuyến* (with bridge points, *điểm cầu*);
 * `in-person` = *tập trung*; `broadcast` = *qua sóng phát thanh, truyền hình*;
 * `self-study` = *tự nghiên cứu*.
 * @example
 * ```ts
 * MethodSchema.parse('online'); // => 'online'
 * ```
 * @category Model
 */
export const MethodSchema = z.enum(['online', 'in-person', 'broadcast', 'self-study']);

/** How a session is held. @category Model */
export type Method = z.infer<typeof MethodSchema>;

/**
 * The bridge points (*điểm cầu*) of an online session.
 *
 * @remarks `count` is the number of remote sites when known (*hơn 600 điểm
 * cầu*); `description` says where they are, in the plan's words.
 * @example
 * ```ts
 * BridgePointsSchema.parse({ count: 600 }).count; // => 600
 * ```
 * @category Model
 */
export const BridgePointsSchema = z.strictObject({
  count: z.optional(z.int().check(z.minimum(0))),
  description: z.optional(TextSchema),
});

/** The bridge points of an online session. @category Model */
export type BridgePoints = z.infer<typeof BridgePointsSchema>;

/**
 * An exemption: units whose audience attended another (upper-tier, online)
 * session need not hold this one.
 *
 * @remarks *Đối với các đối tượng đã tham gia dự họp trực tuyến do Ban Thường vụ
 * Tỉnh ủy tổ chức thì có thể không mở hội nghị riêng.* `session` is the id of
 * the online session whose attendance exempts.
 * @example
 * ```ts
 * ExemptionSchema.parse({ session: 's-province' }).session; // => 's-province'
 * ```
 * @category Model
 */
export const ExemptionSchema = z.strictObject({
  session: IdSchema,
  note: z.optional(TextSchema),
});

/** An exemption from holding a session. @category Model */
export type Exemption = z.infer<typeof ExemptionSchema>;

/**
 * A time of day as `HH:MM` (24-hour clock, Vietnam time).
 *
 * @example
 * ```ts
 * TimeOfDaySchema.parse('07:30'); // => '07:30'
 * ```
 * @category Model
 */
export const TimeOfDaySchema = z
  .string()
  .check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'Expected a time as HH:MM' }));

/**
 * A study session (*hội nghị học tập, quán triệt*) at one tier.
 *
 * @remarks `tier` and `audiences` hold ids. `duration` is in half-days
 * (*buổi*); `discussion` the share of it given to discussing the action plan.
 * `learnsFrom` names the upper-tier session it follows; by default it follows
 * the first session of the nearest tier above. `alternativeMethods` lists the
 * methods allowed where the main one is not possible (*học tập trung đối với
 * cấp cơ sở chưa học tập trực tuyến*). `time` gives a start (and end) time
 * when the plan gives one.
 * @example The district session of plan 985-KH/HNDT
 * ```ts
 * const s: Session = SessionSchema.parse({
 *   id: 's-district',
 *   tier: 'district',
 *   audiences: ['aud-district'],
 *   method: 'online',
 *   duration: { halfDays: 1 },
 *   deadline: { kind: 'by', date: '2020-09-15' },
 * });
 * s.deadline; // => { kind: 'by', date: '2020-09-15' }
 * ```
 * @category Model
 */
export const SessionSchema = z.strictObject({
  id: IdSchema,
  tier: IdSchema,
  audiences: z.array(IdSchema),
  method: MethodSchema,
  alternativeMethods: z.optional(z.array(MethodSchema)),
  duration: DurationSchema,
  discussion: z.optional(DurationSchema),
  deadline: DateRuleSchema,
  title: z.optional(TextSchema),
  host: z.optional(TextSchema),
  coHosts: z.optional(z.array(TextSchema)),
  bridgePoints: z.optional(BridgePointsSchema),
  expectedAttendees: z.optional(z.int().check(z.minimum(0))),
  exemption: z.optional(ExemptionSchema),
  learnsFrom: z.optional(IdSchema),
  resolutions: z.optional(z.array(IdSchema)),
  materials: z.optional(z.array(IdSchema)),
  time: z.optional(z.strictObject({ start: TimeOfDaySchema, end: z.optional(TimeOfDaySchema) })),
  location: z.optional(TextSchema),
  note: z.optional(TextSchema),
});

/** A study session at one tier. @category Model */
export type Session = z.infer<typeof SessionSchema>;
