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
 * `{ kind: 'after', ref, days, calendar }`: N days after another activity.
 *
 * @remarks `ref` is the id of a session or a deliverable (usually the upper
 * tier's session, or the unit's own session). `calendar: 'working'` counts
 * working days (no weekends, no public holidays); `'calendar'` counts every day.
 * Semantics: the activity happens *after* `ref` (not before `ref` has ended —
 * `ref`'s duration counts) and is due no later than `days` days after the day
 * `ref` ends: its deadline is relative to `ref`. It is not a minimum gap; for
 * "at least N working days after the district" use the cascade's
 * `ScheduleOptions.minGap` / `minGapByTier` (see {@link schedule}).
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
 * `by`, `within` (month, quarter or year), `span`, `after` and `held`.
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
  HeldRuleSchema,
]);

/** Done by a date, inclusive. @category Model */
export type ByRule = z.infer<typeof ByRuleSchema>;
/** Within a month, a quarter or a year. @category Model */
export type WithinRule = z.infer<typeof WithinRuleSchema>;
/** Over an explicit span of dates. @category Model */
export type SpanRule = z.infer<typeof SpanRuleSchema>;
/** N days after another activity. @category Model */
export type AfterRule = z.infer<typeof AfterRuleSchema>;
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
