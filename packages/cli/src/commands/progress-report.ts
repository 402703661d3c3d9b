// `rollout progress … --to md|html|txt|docx [-o <file>]`: writes the progress report
// (Báo cáo kết quả học tập, quán triệt) of the roll-up instead of the summary table.
import type { Plan, ProgressRollup } from '@rollout/core';
import {
  isLayoutRuleSetName,
  LAYOUT_RULES,
  type ProgressReportOptions,
  renderProgressHtml,
  renderProgressMarkdown,
  renderProgressText,
} from '@rollout/document';
import { renderProgressDocx } from '@rollout/docx';
import type { CommonOptions } from '../args.js';
import type { CliIo } from '../io.js';
import { t } from '../lang.js';
import { UsageError } from '../usage-error.js';

/** The options `rollout progress` takes for the report, beside its own. */
export const PROGRESS_REPORT_OPTIONS = {
  to: { type: 'string' },
  out: { type: 'string', short: 'o' },
  rules: { type: 'string' },
  reference: { type: 'string' },
} as const;

const FORMATS = ['md', 'html', 'txt', 'docx'] as const;
type Format = (typeof FORMATS)[number];

/**
 * Checks the report options before anything is read, so that a bad `--to` or `--rules`
 * is a usage error (exit 2) and `--to docx` without `-o` never writes bytes to a terminal.
 * Returns `undefined` when no report is asked for.
 */
export function reportFormat(
  values: Record<string, string | boolean | string[] | undefined>,
  common: CommonOptions,
): Format | undefined {
  const lang = common.lang;
  const to = values.to;
  for (const name of ['out', 'rules', 'reference'] as const)
    if (values[name] !== undefined && to === undefined)
      throw new UsageError(
        t(lang, `--${name} chỉ dùng cùng --to.`, `--${name} only goes with --to.`),
      );
  if (to === undefined) return undefined;
  if (typeof to !== 'string' || !(FORMATS as readonly string[]).includes(to))
    throw new UsageError(
      t(
        lang,
        `--to phải là một trong ${FORMATS.join(', ')}, không phải ${String(to)}.`,
        `--to must be one of ${FORMATS.join(', ')}, not ${String(to)}.`,
      ),
    );
  if (common.format === 'json')
    throw new UsageError(
      t(lang, '--to không dùng cùng --format json.', '--to does not go with --format json.'),
    );
  const rules = values.rules;
  if (rules !== undefined && (typeof rules !== 'string' || !isLayoutRuleSetName(rules)))
    throw new UsageError(
      t(
        lang,
        `--rules phải là một trong ${Object.keys(LAYOUT_RULES).join(', ')}, không phải ${String(rules)}.`,
        `--rules must be one of ${Object.keys(LAYOUT_RULES).join(', ')}, not ${String(rules)}.`,
      ),
    );
  if (to === 'docx' && typeof values.out !== 'string')
    throw new UsageError(
      t(
        lang,
        'DOCX là tệp nhị phân: hãy chỉ ra tệp ghi bằng -o <tệp.docx>.',
        'DOCX is binary: name the file to write with -o <file.docx>.',
      ),
    );
  return to as Format;
}

/**
 * Writes the progress report of a roll-up in the format asked for, to `-o <file>` or (text
 * formats) to standard output. A file that cannot be written is a usage error (exit 2).
 */
export async function writeProgressReport(
  format: Format,
  plan: Plan,
  roll: ProgressRollup,
  values: Record<string, string | boolean | string[] | undefined>,
  common: CommonOptions,
  io: CliIo,
): Promise<void> {
  const rules =
    typeof values.rules === 'string' && isLayoutRuleSetName(values.rules)
      ? values.rules
      : undefined;
  const options: ProgressReportOptions = {
    plan,
    lang: common.lang,
    ...(rules === undefined ? {} : { rules }),
    ...(typeof values.reference === 'string' ? { reference: values.reference } : {}),
  };
  const report = roll.toJSON();
  const data =
    format === 'docx'
      ? await renderProgressDocx(report, options)
      : format === 'html'
        ? renderProgressHtml(report, options)
        : format === 'md'
          ? renderProgressMarkdown(report, options)
          : renderProgressText(report, options);
  const out = typeof values.out === 'string' ? values.out : undefined;
  if (out === undefined) {
    if (typeof data === 'string') io.stdout(data);
    return;
  }
  try {
    await io.writeFile(out, data);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new UsageError(
      t(common.lang, `Không ghi được tệp ${out}: ${reason}`, `Cannot write ${out}: ${reason}`),
    );
  }
}
