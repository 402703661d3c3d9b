import {
  isLayoutRuleSetName,
  LAYOUT_RULES,
  type RenderPlanOptions,
  renderHtml,
  renderMarkdown,
  renderText,
} from '@rollout/document';
import { renderDocx } from '@rollout/docx';
import { issuesToText } from '../../format-issues.js';
import { t } from '../../lang.js';
import { readPlan } from '../../read-input.js';
import { UsageError } from '../../usage-error.js';
import { writeRendered } from './output.js';
import type { RenderContext } from './types.js';

const TEXT_FORMATS = {
  md: renderMarkdown,
  html: renderHtml,
  txt: renderText,
} as const;

/**
 * `rollout render <plan.json> --to md|html|txt|docx [-o <file>] [--rules <name>] [--lang vi|en]`.
 *
 * Markdown, HTML and text go to standard output, or to `-o <file>`. DOCX is
 * binary: it needs `-o <file>` (exit 2 without it), so that bytes never reach
 * a terminal. `--rules` picks a layout rule set (`party-2018`, `party-2026`,
 * `state-2020`, `mass-organisation`; default from the issuer and the date);
 * `--lang en` writes the structure in English. An invalid plan prints its
 * issues on standard error and exits 1; nothing is written.
 */
export async function renderDocumentFormats(ctx: RenderContext): Promise<number> {
  const { file, values, common, io } = ctx;
  const to = String(values.to);
  const lang = common.lang;
  for (const option of ['unit', 'tier', 'units'] as const) {
    if (values[option] !== undefined) {
      throw new UsageError(
        t(
          lang,
          `--${option} không dùng được với --to ${to}.`,
          `--${option} does not apply to --to ${to}.`,
        ),
      );
    }
  }
  const rules = values.rules;
  if (rules !== undefined && (typeof rules !== 'string' || !isLayoutRuleSetName(rules))) {
    throw new UsageError(
      t(
        lang,
        `--rules phải là một trong ${Object.keys(LAYOUT_RULES).join(', ')}, không phải ${String(rules)}.`,
        `--rules must be one of ${Object.keys(LAYOUT_RULES).join(', ')}, not ${String(rules)}.`,
      ),
    );
  }
  const out = typeof values.out === 'string' ? values.out : undefined;
  if (to === 'docx' && out === undefined) {
    throw new UsageError(
      t(
        lang,
        'DOCX là tệp nhị phân: hãy chỉ ra tệp ghi bằng -o <tệp.docx>.',
        'DOCX is binary: name the file to write with -o <file.docx>.',
      ),
    );
  }
  const { result: parsed, unusable } = await readPlan(io, file, lang);
  if (!parsed.success) {
    io.stderr(issuesToText(parsed.issues, lang));
    io.stderr(
      t(
        lang,
        `${file}: kế hoạch không hợp lệ, không kết xuất.\n`,
        `${file}: the plan is invalid; nothing was rendered.\n`,
      ),
    );
    return unusable ? 2 : 1;
  }
  const options: RenderPlanOptions = { lang, ...(rules === undefined ? {} : { rules }) };
  if (to === 'docx') return writeRendered(ctx, await renderDocx(parsed.data, options));
  const render = Object.hasOwn(TEXT_FORMATS, to)
    ? TEXT_FORMATS[to as keyof typeof TEXT_FORMATS]
    : undefined;
  if (!render) throw new UsageError(`--to ${to} is not a document format`);
  return writeRendered(ctx, render(parsed.data, options));
}
