import { parseCommandArgs } from '../args.js';
import type { CliIo } from '../io.js';
import { t } from '../lang.js';
import { CALENDAR_OPTIONS } from '../read-calendar.js';
import { UsageError } from '../usage-error.js';
import { RENDERERS } from './render/registry.js';

/**
 * `rollout render <plan.json> --to md|html|txt|docx|ics|json [-o <file>] [--rules <name>] [--unit <id>]`.
 *
 * Writes the rendered plan to `-o <file>`, or to standard output for text
 * formats. Exit 1 when the plan is invalid, 2 when the input cannot be used.
 */
export async function renderCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { positionals, values, common } = parseCommandArgs(args, {
    to: { type: 'string' },
    out: { type: 'string', short: 'o' },
    rules: { type: 'string' },
    unit: { type: 'string' },
    tier: { type: 'string' },
    units: { type: 'string' },
    ...CALENDAR_OPTIONS,
  });
  // Every exit under --format json prints one JSON document; render writes documents, so it has no --format.
  if (common.format === 'json')
    throw new UsageError(
      t(
        common.lang,
        'render không có --format json: --to json ghi chính kế hoạch dưới dạng JSON.',
        'render has no --format json: --to json writes the plan itself as JSON.',
      ),
    );
  const [file, ...rest] = positionals;
  const to = values.to;
  if (!file || rest.length > 0 || typeof to !== 'string') {
    throw new UsageError(
      `usage: rollout render <plan.json> --to ${Object.keys(RENDERERS).join('|')} [-o <file>]`,
    );
  }
  const renderer = Object.hasOwn(RENDERERS, to) ? RENDERERS[to] : undefined;
  if (!renderer)
    throw new UsageError(`--to must be one of ${Object.keys(RENDERERS).join(', ')}, not ${to}`);
  return renderer({ file, values, common, io });
}
