import * as z from 'zod/mini';
import { IdSchema, IsoDateSchema } from './common.js';

/**
 * `{ kind: 'by', date }`: done by a date, inclusive.
 *
 * @remarks *hoàn thành trước ngày 15/9/2020* is read as "done by 15/9/2020":
 * the date itself is still allowed. This is how the genre uses it.
 * @example
 * ```ts
 * ByRuleSchema.parse({ kind: 'by', date: '2020-09-15' }).date; // => '2020-09-15'
 * ```
 * @category Model
 */
export const ByRuleSchema = z.strictObject({
  /** Always `by`. */
  kind: z.literal('by'),
  /** The last allowed day, inclusive. */
  date: IsoDateSchema,
});

/**
 * `{ kind: 'within', month | quarter | year }`: some time within a period.
 *
 * @remarks *trong tháng 12/2020* → `{ month: '2020-12' }`; *trong quý I/2021*
 * → `{ quarter: '2021-Q1' }`; *trong năm 2021* → `{ year: '2021' }`.
 * *cuối tháng 12* is read as within that month.
 * @example
 * ```ts
 * WithinRuleSchema.parse({ kind: 'within', month: '2020-12' }); // => { kind: 'within', month: '2020-12' }
 * ```
 * @category Model
 */
export const WithinRuleSchema = z.union([
  z.strictObject({
    /** Always `within`. */
    kind: z.literal('within'),
    /** The month, `YYYY-MM`. */
    month: z
      .string()
      .check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'Expected a month as YYYY-MM' })),
  }),
  z.strictObject({
    /** Always `within`. */
    kind: z.literal('within'),
    /** The quarter, `YYYY-Qn`. */
    quarter: z
      .string()
      .check(z.regex(/^\d{4}-Q[1-4]$/, { error: 'Expected a quarter as YYYY-Qn' })),
  }),
  z.strictObject({
    /** Always `within`. */
    kind: z.literal('within'),
    /** The year, `YYYY`. */
    year: z.string().check(z.regex(/^\d{4}$/, { error: 'Expected a year as YYYY' })),
  }),
]);

/**
 * `{ kind: 'span', from, to }`: held over an explicit span of dates, both inclusive.
 *
 * @remarks *từ ngày 16 – 17/3/2021* → `{ from: '2021-03-16', to: '2021-03-17' }`.
 * @example
 * ```ts
 * SpanRuleSchema.parse({ kind: 'span', from: '2021-03-16', to: '2021-03-17' }).to; // => '2021-03-17'
 * ```
 * @category Model
 */
export const SpanRuleSchema = z.strictObject({
  /** Always `span`. */
  kind: z.literal('span'),
  /** The first day. */
  from: IsoDateSchema,
  /** The last day, inclusive. */
  to: IsoDateSchema,
});

/**
 * `{ kind: 'after', ref, days, calendar }`: due at most N days after another activity ends.
 *
 * @remarks `ref` is the id of a session or a deliverable (usually the upper
 * tier's session, or the unit's own session). `calendar: 'working'` counts
 * working days (no weekends, no public holidays, no announced days off);
 * `'calendar'` counts every day. Semantics, as offices read *trong vòng N
 * ngày (làm việc) sau hội nghị*: the activity happens after `ref` has ended
 * and is due no later than N days after the day `ref` **actually** ends — its
 * actual date when one is known (a `held` rule, an actual, a held event),
 * otherwise the latest day the plan lets `ref` end (`ref`'s own deadline). It
 * never moves `ref`'s own window. It is not a minimum gap; for "at least N
 * working days after the district" use the cascade's `ScheduleOptions.minGap`
 * / `minGapByTier` (see {@link schedule}). To name "the unit's own session"
 * once for every tier, use {@link AfterAnchorRuleSchema} instead.
 * @example Ten working days after the district session
 * ```ts
 * AfterRuleSchema.parse({ kind: 'after', ref: 's-district', days: 10, calendar: 'working' }).days; // => 10
 * ```
 * @category Model
 */
export const AfterRuleSchema = z.strictObject({
  /** Always `after`. */
  kind: z.literal('after'),
  /** The id of the session or deliverable it follows. */
  ref: IdSchema,
  /** How many days after it. */
  days: z.int().check(z.minimum(0), z.maximum(36_600)),
  /** `working` counts working days; `calendar` counts every day. */
  calendar: z.enum(['working', 'calendar']),
});

/**
 * What an anchored `after` rule counts from, named by its relation to the
 * activity rather than by an id.
 *
 * @remarks `own-session`: for a deliverable, the session(s) it follows at its
 * own tier and unit (*sau hội nghị của đơn vị*) — so one action plan "within
 * 15 days after the unit's own session" serves every tier and every unit.
 * `upper-session`: the upper tier's session that the activity's session
 * learns from (*sau hội nghị cấp trên*); for a session, its own parent
 * session.
 * @example
 * ```ts
 * AfterAnchorSchema.options; // => ['own-session', 'upper-session']
 * ```
 * @category Model
 */
export const AfterAnchorSchema = z.enum(['own-session', 'upper-session']);

/** What an anchored `after` rule counts from. @category Model */
export type AfterAnchor = z.infer<typeof AfterAnchorSchema>;

/**
 * `{ kind: 'after', anchor, days, calendar }`: due at most N days after the
 * unit's own session (or the upper tier's session) ends.
 *
 * @remarks The same semantics as {@link AfterRuleSchema}, with the reference
 * named by its relation ({@link AfterAnchorSchema}) instead of an id, so the
 * rule holds at every tier and every unit of a tree. `own-session` is for
 * deliverables; `upper-session` for sessions and deliverables.
 * @example An action plan within 15 days after each unit's own session
 * ```ts
 * AfterAnchorRuleSchema.parse({ kind: 'after', anchor: 'own-session', days: 15, calendar: 'calendar' }).anchor;
 * // => 'own-session'
 * ```
 * @category Model
 */
export const AfterAnchorRuleSchema = z.strictObject({
  /** Always `after`. */
  kind: z.literal('after'),
  /** What it counts from. */
  anchor: AfterAnchorSchema,
  /** How many days after it. */
  days: z.int().check(z.minimum(0), z.maximum(36_600)),
  /** `working` counts working days; `calendar` counts every day. */
  calendar: z.enum(['working', 'calendar']),
});

/**
 * `{ kind: 'held', date }`: already held on a date (a fact, not a rule).
 *
 * @example
 * ```ts
 * HeldRuleSchema.parse({ kind: 'held', date: '2020-08-31' }).kind; // => 'held'
 * ```
 * @category Model
 */
export const HeldRuleSchema = z.strictObject({
  /** Always `held`. */
  kind: z.literal('held'),
  /** The day it was held. */
  date: IsoDateSchema,
});

/**
 * A date rule: when a session or a deliverable is due.
 *
 * @remarks The JSON forms are part of the stable file format:
 * `by`, `within` (month, quarter or year), `span`, `after` (with a `ref`, or
 * with an `anchor`) and `held`.
 * @example
 * ```ts
 * DateRuleSchema.parse({ kind: 'within', quarter: '2021-Q1' }).kind; // => 'within'
 * ```
 * @category Model
 */
export const DateRuleSchema = z.union([
  ByRuleSchema,
  ...WithinRuleSchema.def.options,
  SpanRuleSchema,
  AfterRuleSchema,
  AfterAnchorRuleSchema,
  HeldRuleSchema,
]);

/** Done by a date, inclusive. @category Model */
export type ByRule = z.infer<typeof ByRuleSchema>;
/** Within a month, a quarter or a year. @category Model */
export type WithinRule = z.infer<typeof WithinRuleSchema>;
/** Over an explicit span of dates. @category Model */
export type SpanRule = z.infer<typeof SpanRuleSchema>;
/** N days after another activity, named by its id. @category Model */
export type AfterRefRule = z.infer<typeof AfterRuleSchema>;
/** N days after the unit's own (or the upper tier's) session. @category Model */
export type AfterAnchorRule = z.infer<typeof AfterAnchorRuleSchema>;
/** N days after another activity: by id (`ref`) or by relation (`anchor`). @category Model */
export type AfterRule = AfterRefRule | AfterAnchorRule;
/** Already held on a date. @category Model */
export type HeldRule = z.infer<typeof HeldRuleSchema>;
/** A date rule. @category Model */
export type DateRule = z.infer<typeof DateRuleSchema>;

/**
 * A duration in half-days (*buổi*).
 *
 * @remarks *½ ngày* = one *buổi* = `{ halfDays: 1 }`; *1 ngày* = 2;
 * *1,5 ngày* = 3.
 * @example
 * ```ts
 * DurationSchema.parse({ halfDays: 3 }).halfDays; // => 3 (1,5 ngày)
 * ```
 * @category Model
 */
export const DurationSchema = z.strictObject({
  /** The number of half-days (*buổi*). */
  halfDays: z.int().check(z.minimum(0), z.maximum(10_000)),
});

/** A duration in half-days. @category Model */
export type Duration = z.infer<typeof DurationSchema>;
