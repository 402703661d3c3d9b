import * as z from 'zod/mini';
import { IsoDateSchema, TextSchema } from '../model/common.js';
import { issuesFromZod } from '../validate/from-zod.js';
import { createIssue, type Issue } from '../validate/issue.js';
import { epochDayOfValid, isValidIsoDate } from './iso-date.js';
import { type WorkingCalendar, workingCalendar } from './working-calendar.js';

/**
 * One day of a calendar file: an ISO date, or a date with a name and a source.
 *
 * @example
 * ```ts
 * const day = CalendarDaySchema.parse({ date: '2027-02-11', name: 'Tết Nguyên Đán' });
 * typeof day === 'string' ? day : day.name; // => 'Tết Nguyên Đán'
 * ```
 * @category Calendar
 */
export const CalendarDaySchema = /* @__PURE__ */ z.union([
  IsoDateSchema,
  z.strictObject({
    /** The day. */
    date: IsoDateSchema,
    /** Its name (the holiday, or what a worked day makes up for). */
    name: z.optional(TextSchema),
    /** Where it comes from: the notice's number and date. */
    source: z.optional(TextSchema),
  }),
]);

/** One day of a calendar file. @category Calendar */
export type CalendarDay = z.infer<typeof CalendarDaySchema>;

/**
 * The user's calendar overrides: a later year's announcement, a local
 * holiday, a Saturday worked — the JSON shape of a `--calendar` file.
 *
 * @remarks As a file it is `{ "format": "rollout/calendar", "version": 1,
 * "daysOff": [...], "workdays": [...] }` (or the bare object), read by
 * `parseCalendarJson` in `@rollout/json`, whose JSON Schema is
 * `@rollout/json/schema/calendar.json`. `daysOff` are days off besides the
 * built-in ones; `workdays` are days worked although they would be off (a
 * make-up Saturday, or a weekday the statutory rule puts off that the
 * government kept as a working day). `weekend` replaces Saturday and Sunday.
 * @example
 * ```ts
 * CalendarOverridesSchema.parse({
 *   daysOff: [{ date: '2027-02-11', name: 'Tết Nguyên Đán (nghỉ thêm)' }],
 *   workdays: ['2027-02-20'],
 * }).workdays; // => ['2027-02-20']
 * ```
 * @category Calendar
 */
export const CalendarOverridesSchema = /* @__PURE__ */ z.strictObject({
  /** Days off besides the built-in ones. */
  daysOff: z.optional(z.array(CalendarDaySchema)),
  /** Days worked although they would be off. */
  workdays: z.optional(z.array(CalendarDaySchema)),
  /** The days of the week off, 0 = Sunday … 6 = Saturday (default Saturday and Sunday). */
  weekend: z.optional(z.array(z.int().check(z.minimum(0), z.maximum(6)))),
});

/** The user's calendar overrides. @category Calendar */
export type CalendarOverrides = z.infer<typeof CalendarOverridesSchema>;

/**
 * The result of {@link parseCalendarOverrides}.
 *
 * @category Calendar
 */
export type ParseCalendarOverridesResult =
  | {
      /** `true`: no issue is an error. */
      readonly success: true;
      /** The overrides. */
      readonly data: CalendarOverrides;
      /** Warnings (none today). */
      readonly issues: Issue[];
    }
  | {
      /** `false`. */
      readonly success: false;
      /** Why, with paths into the input. */
      readonly issues: Issue[];
    };

const dateOf = (d: CalendarDay): string => (typeof d === 'string' ? d : d.date);

/**
 * Reads calendar overrides of unknown shape: the shape, dates that exist, and
 * no day both off and worked.
 *
 * @remarks Never throws. Issues: `schema/*` for the shape (paths into the
 * input), `date/nonexistent` for a day that is not on the calendar (31/2),
 * `calendar/conflicting-day` for a day listed both in `daysOff` and in
 * `workdays`.
 * @param input - A value as read from JSON (the object, not the file envelope).
 * @returns `{ success, data?, issues }`.
 * @example
 * ```ts
 * parseCalendarOverrides({ daysOff: ['2027-02-30'] }).issues.map((i) => i.code); // => ['date/nonexistent']
 * ```
 * @category Calendar
 */
export function parseCalendarOverrides(input: unknown): ParseCalendarOverridesResult {
  let parsed: ReturnType<typeof CalendarOverridesSchema.safeParse>;
  try {
    parsed = CalendarOverridesSchema.safeParse(input);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      success: false,
      issues: [createIssue('schema/unreadable', [], { reason: reason.slice(0, 200) })],
    };
  }
  if (!parsed.success) return { success: false, issues: issuesFromZod(parsed.error.issues, input) };
  const data = parsed.data;
  const issues: Issue[] = [];
  const off = new Map<number, number>();
  (data.daysOff ?? []).forEach((d, i) => {
    const date = dateOf(d);
    const path = ['daysOff', i, ...(typeof d === 'string' ? [] : ['date'])];
    if (!isValidIsoDate(date)) issues.push(createIssue('date/nonexistent', path, { date }));
    else off.set(epochDayOfValid(date), i);
  });
  (data.workdays ?? []).forEach((d, i) => {
    const date = dateOf(d);
    const path = ['workdays', i, ...(typeof d === 'string' ? [] : ['date'])];
    if (!isValidIsoDate(date)) issues.push(createIssue('date/nonexistent', path, { date }));
    else if (off.has(epochDayOfValid(date)))
      issues.push(
        createIssue('calendar/conflicting-day', path, {
          date,
          daysOffIndex: off.get(epochDayOfValid(date))!,
        }),
      );
  });
  return issues.length > 0 ? { success: false, issues } : { success: true, data, issues };
}

/**
 * Makes a working calendar from the user's overrides on top of Vietnam's
 * built-in days off (or the given base `holidays`).
 *
 * @param overrides - Parsed overrides (see {@link parseCalendarOverrides}).
 * @returns A {@link WorkingCalendar}.
 * @example A later year's Saturday worked
 * ```ts
 * calendarFromOverrides({ workdays: ['2027-02-20'] }).isWorkingDay('2027-02-20'); // => true
 * ```
 * @see {@link workingCalendar}
 * @category Calendar
 */
export function calendarFromOverrides(overrides: CalendarOverrides): WorkingCalendar {
  const named = (d: CalendarDay) =>
    typeof d === 'string'
      ? d
      : {
          date: d.date,
          ...(d.name ? { name: d.name } : {}),
          ...(d.source ? { source: d.source } : {}),
        };
  return workingCalendar({
    extraDaysOff: (overrides.daysOff ?? []).map(named),
    extraWorkdays: (overrides.workdays ?? []).map(named),
    ...(overrides.weekend ? { weekend: overrides.weekend } : {}),
  });
}
