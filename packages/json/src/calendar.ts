import {
  type CalendarOverrides,
  CalendarOverridesSchema,
  parseCalendarOverrides,
} from '@rollout/core';
import * as z from 'zod/mini';
import { type AnyIssue, createJsonIssue } from './issues.js';
import { type ParseJsonOptions, parseJson } from './parse.js';

/** The `format` of a calendar file. @category Model */
export const CALENDAR_FORMAT = 'rollout/calendar';
/** The version of the calendar file format this package reads and writes. @category Model */
export const CALENDAR_FORMAT_VERSION = 1;

/**
 * A calendar file: the user's overrides of Vietnam's built-in days off, with
 * the file's `format` and `version` beside them.
 *
 * @remarks `{ "format": "rollout/calendar", "version": 1, "daysOff": [...],
 * "workdays": [...], "weekend": [0, 6] }`; `format` and `version` may be left
 * out (a bare overrides object). Each day is an ISO date or `{ "date",
 * "name"?, "source"? }`. Shipped as JSON Schema in
 * `@rollout/json/schema/calendar.json`.
 * @example
 * ```ts
 * CalendarFileSchema.safeParse({ format: 'rollout/calendar', version: 1, workdays: ['2027-02-20'] }).success;
 * // => true
 * ```
 * @category Model
 */
export const CalendarFileSchema = /* @__PURE__ */ z.strictObject({
  /** Always `rollout/calendar` when given. */
  format: z.optional(z.literal(CALENDAR_FORMAT)),
  /** Always `1` when given. */
  version: z.optional(z.literal(CALENDAR_FORMAT_VERSION)),
  ...CalendarOverridesSchema.def.shape,
});

/**
 * The result of {@link parseCalendarJson}.
 *
 * @category Validation
 */
export type ParseCalendarJsonResult =
  | {
      /** `true`: no issue is an error. */
      readonly success: true;
      /** The overrides (without `format` and `version`). */
      readonly data: CalendarOverrides;
      /** Warnings (duplicate keys …). */
      readonly issues: AnyIssue[];
    }
  | {
      /** `false`. */
      readonly success: false;
      /** Why, with paths (and for JSON errors, line and column). */
      readonly issues: AnyIssue[];
    };

/**
 * Reads a calendar file (`--calendar <file.json>`): JSON text → the user's
 * calendar overrides, checked.
 *
 * @remarks Never throws. JSON problems are `json/*` issues with line and
 * column; a wrong `format` or a `version` other than 1 is
 * `json/unknown-format` / `json/unsupported-version`; the shape, dates
 * that do not exist and a day both off and worked are reported by core's
 * `parseCalendarOverrides`. Make the calendar with core's
 * `calendarFromOverrides(result.data)`.
 * @param text - The file's text.
 * @param options - Limits of the JSON reader.
 * @returns `{ success, data?, issues }`.
 * @example
 * ```ts
 * const r = parseCalendarJson('{ "format": "rollout/calendar", "version": 1, "daysOff": ["2027-11-24"] }');
 * r.success && r.data; // => { daysOff: ['2027-11-24'] }
 * ```
 * @category Validation
 */
export function parseCalendarJson(
  text: string,
  options: ParseJsonOptions = {},
): ParseCalendarJsonResult {
  const json = parseJson(text, options);
  if (!json.success) return { success: false, issues: json.issues };
  const issues: AnyIssue[] = [...json.issues];
  const value = json.value;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    const r = parseCalendarOverrides(value);
    return { success: false, issues: [...issues, ...r.issues] };
  }
  const { format, version, ...rest } = value as Record<string, unknown>;
  if (format !== undefined && format !== CALENDAR_FORMAT) {
    issues.push(
      createJsonIssue('json/unknown-format', ['format'], {
        format: typeof format === 'string' ? format.slice(0, 100) : (JSON.stringify(format) ?? ''),
        expected: CALENDAR_FORMAT,
      }),
    );
    return { success: false, issues };
  }
  if (version !== undefined && version !== CALENDAR_FORMAT_VERSION) {
    issues.push(
      createJsonIssue('json/unsupported-version', ['version'], {
        version: typeof version === 'number' ? version : String(version).slice(0, 100),
        current: CALENDAR_FORMAT_VERSION,
      }),
    );
    return { success: false, issues };
  }
  const r = parseCalendarOverrides(rest);
  if (!r.success) return { success: false, issues: [...issues, ...r.issues] };
  return { success: true, data: r.data, issues: [...issues, ...r.issues] };
}
