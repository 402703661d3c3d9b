import { calendarFromOverrides, type WorkingCalendar } from '@rollout/core';
import { parseCalendarJson } from '@rollout/json';
import { issuesToText } from './format-issues.js';
import type { CliIo } from './io.js';
import { type Lang, t } from './lang.js';
import { readText } from './read-input.js';
import { UsageError } from './usage-error.js';

/** The options of the calendar, shared by `schedule`, `progress` and `render --to ics`. */
export const CALENDAR_OPTIONS = {
  calendar: { type: 'string' },
  'day-off-deadline': { type: 'string' },
} as const;

/** What the calendar options give the engines. */
export interface CalendarChoice {
  readonly calendar?: WorkingCalendar;
  readonly dayOffDeadline?: 'keep' | 'next-working-day';
}

/**
 * Reads `--calendar <file.json>` (a `rollout/calendar` file: the user's days
 * off and make-up working days on top of the built-in ones) and
 * `--day-off-deadline keep|next-working-day`. A file that cannot be used — not
 * found, not JSON, or with issues — is a usage error (exit 2) that lists them.
 */
export async function readCalendarOptions(
  io: CliIo,
  values: Record<string, unknown>,
  lang: Lang,
): Promise<CalendarChoice> {
  const mode = values['day-off-deadline'];
  if (mode !== undefined && mode !== 'keep' && mode !== 'next-working-day')
    throw new UsageError(
      t(
        lang,
        `--day-off-deadline cần keep hoặc next-working-day, không phải ${String(mode)}`,
        `--day-off-deadline must be keep or next-working-day, not ${String(mode)}`,
      ),
    );
  const path = values.calendar;
  let calendar: WorkingCalendar | undefined;
  if (typeof path === 'string') {
    const r = parseCalendarJson(await readText(io, path, lang));
    if (!r.success)
      throw new UsageError(
        `${t(lang, `Tệp lịch ${path} không dùng được:`, `The calendar file ${path} cannot be used:`)}\n${issuesToText(r.issues, lang).trimEnd()}`,
        { issues: r.issues },
      );
    calendar = calendarFromOverrides(r.data);
  }
  return {
    ...(calendar ? { calendar } : {}),
    ...(mode === 'keep' || mode === 'next-working-day' ? { dayOffDeadline: mode } : {}),
  };
}
