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
  /** The number of remote sites, when known. */
  count: z.optional(z.int().check(z.minimum(0))),
  /** Where they are, in the plan's words. */
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
  /** The id of the online session whose attendance exempts. */
  session: IdSchema,
  /** The exemption as the plan words it. */
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
 * cấp cơ sở chưa học tập trực tuyến*); `methodFor` and `alternativeMethodsFor`
 * say, in the plan's words, where or for whom each holds, so that a renderer
 * never widens who may study how. `time` gives a start (and end) time when
 * the plan gives one.
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
  /** The session's id; shares one id space with the deliverables. */
  id: IdSchema,
  /** The id of its tier. */
  tier: IdSchema,
  /** The ids of its audiences. */
  audiences: z.array(IdSchema),
  /** How it is held. */
  method: MethodSchema,
  /**
   * Where or for whom the main method holds, in the plan's words, when the
   * plan limits it (*ở những nơi có đủ điều kiện và đã học tập trực tuyến*).
   */
  methodFor: z.optional(TextSchema),
  /** Methods allowed where the main one is not possible. */
  alternativeMethods: z.optional(z.array(MethodSchema)),
  /**
   * Which units may use the alternative methods, in the plan's words (*đối với
   * cấp cơ sở chưa học tập trực tuyến*); absent, the plan does not say.
   */
  alternativeMethodsFor: z.optional(TextSchema),
  /** How long it lasts, in half-days (*buổi*). */
  duration: DurationSchema,
  /** The share of it given to discussing the action plan. */
  discussion: z.optional(DurationSchema),
  /** When it is due: its date rule. */
  deadline: DateRuleSchema,
  /** A title, when the plan gives one. */
  title: z.optional(TextSchema),
  /** Who hosts it (*chủ trì*). */
  host: z.optional(TextSchema),
  /** Who co-hosts it (*phối hợp*). */
  coHosts: z.optional(z.array(TextSchema)),
  /** The bridge points of an online session. */
  bridgePoints: z.optional(BridgePointsSchema),
  /** The expected number of attendees. */
  expectedAttendees: z.optional(z.int().check(z.minimum(0))),
  /** Who need not hold it: those who attended an upper online session. */
  exemption: z.optional(ExemptionSchema),
  /** The upper-tier session it follows; absent, the first session of the nearest tier above. */
  learnsFrom: z.optional(IdSchema),
  /** The ids of the resolutions it covers. */
  resolutions: z.optional(z.array(IdSchema)),
  /** The ids of the materials studied. */
  materials: z.optional(z.array(IdSchema)),
  /** Its start (and end) time of day, when the plan gives one. */
  time: z.optional(
    z.strictObject({
      /** When it starts, `HH:MM`. */
      start: TimeOfDaySchema,
      /** When it ends, `HH:MM`, when the plan says. */
      end: z.optional(TimeOfDaySchema),
    }),
  ),
  /** Where it is held. */
  location: z.optional(TextSchema),
  /** Anything else the plan says about it. */
  note: z.optional(TextSchema),
});

/** A study session at one tier. @category Model */
export type Session = z.infer<typeof SessionSchema>;
