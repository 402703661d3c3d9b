import { hasErrors, workingCalendar } from '@rollout/core';
import { parseCommandArgs } from '../args.js';
import { issuesToText, issueToJson } from '../format-issues.js';
import type { CliIo } from '../io.js';
import { t } from '../lang.js';
import { readCalendarOptions } from '../read-calendar.js';
import { readPlan } from '../read-input.js';
import { UsageError } from '../usage-error.js';

/**
 * `rollout validate <plan.json> [--calendar calendar.json] [--format text|json] [--lang vi|en]`.
 *
 * Reads an envelope of any known version or a bare plan (`parsePlanJson`).
 * Exit 0 when the plan is valid, 1 when it is invalid, 2 when the input
 * cannot be used (no file, not UTF-8, bad arguments; not JSON, too deep or
 * too large, not a `rollout/plan` file or a newer version — these are still
 * printed as issues, with line and column).
 */
export async function validateCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { positionals, values, common } = parseCommandArgs(args, { calendar: { type: 'string' } });
  const [file, ...rest] = positionals;
  if (!file || rest.length > 0)
    throw new UsageError(
      'usage: rollout validate <plan.json> [--calendar calendar.json] [--format text|json]',
    );
  // Deadlines on days off are reported on Vietnam's calendar, or the user's (--calendar).
  const { calendar } = await readCalendarOptions(io, values, common.lang);
  const { result, unusable } = await readPlan(io, file, common.lang, {
    calendar: calendar ?? workingCalendar(),
  });
  const valid = !hasErrors(result.issues);
  if (common.format === 'json') {
    io.stdout(
      `${JSON.stringify({ valid, issues: result.issues.map((i) => issueToJson(i, common.lang)) }, null, 2)}\n`,
    );
  } else {
    io.stdout(issuesToText(result.issues, common.lang));
    const errors = result.issues.filter((i) => i.severity === 'error').length;
    const warnings = result.issues.length - errors;
    io.stdout(
      valid
        ? t(
            common.lang,
            `${file}: hợp lệ (${warnings} cảnh báo/ghi chú).\n`,
            `${file}: valid (${warnings} warnings/notes).\n`,
          )
        : t(
            common.lang,
            `${file}: không hợp lệ, ${errors} lỗi.\n`,
            `${file}: invalid, ${errors} errors.\n`,
          ),
    );
  }
  return valid ? 0 : unusable ? 2 : 1;
}
