import { hasErrors, parsePlan } from '@rollout/core';
import { parseCommandArgs } from '../args.js';
import { issuesToText, issueToJson } from '../format-issues.js';
import type { CliIo } from '../io.js';
import { t } from '../lang.js';
import { readJson, unwrapPlan } from '../read-input.js';
import { UsageError } from '../usage-error.js';

/**
 * `rollout validate <plan.json> [--format text|json] [--lang vi|en]`.
 *
 * Exit 0 when the plan is valid, 1 when it is invalid, 2 when the input
 * cannot be used (no file, not JSON, bad arguments).
 */
export async function validateCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { positionals, common } = parseCommandArgs(args, {});
  const [file, ...rest] = positionals;
  if (!file || rest.length > 0)
    throw new UsageError('usage: rollout validate <plan.json> [--format text|json]');
  const input = unwrapPlan(await readJson(io, file, common.lang));
  const result = parsePlan(input);
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
  return valid ? 0 : 1;
}
