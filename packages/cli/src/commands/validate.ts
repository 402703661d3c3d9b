import { hasErrors, workingCalendar } from '@rollout/core';
import { parseCommandArgs } from '../args.js';
import { errorDocument, issuesToText, issueToJson } from '../format-issues.js';
import type { CliIo } from '../io.js';
import { t } from '../lang.js';
import { printJson, printText } from '../output.js';
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
  const code = valid ? 0 : unusable ? 2 : 1;
  if (common.format === 'json') {
    // Exit 2: the document says why; standard error too, for people.
    if (code === 2)
      io.stderr(`rollout validate: ${errorDocument(result.issues, common.lang).error.message}\n`);
    printJson(
      io,
      code === 2
        ? errorDocument(result.issues, common.lang)
        : { valid, issues: result.issues.map((i) => issueToJson(i, common.lang)) },
    );
  } else {
    printText(io, issuesToText(result.issues, common.lang));
    const errors = result.issues.filter((i) => i.severity === 'error').length;
    const warnings = result.issues.length - errors;
    printText(
      io,
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
  return code;
}
