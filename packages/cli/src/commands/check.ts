import { type CheckAgainstUpperResult, checkAgainstUpper, type Issue } from '@rollout/core';
import { issuesToText, issueToJson } from '../format-issues.js';
import type { CliIo } from '../io.js';
import { type Lang, t } from '../lang.js';
import { printJson, printText } from '../output.js';
import { readPlan } from '../read-input.js';
import { UsageError } from '../usage-error.js';
import {
  type LowerPlan,
  parseRelationArgs,
  readLowerPlan,
  stringOption,
} from './relations-input.js';

const USAGE =
  'usage: rollout check <lower.json|.txt|.docx> --against <upper.json> [--tier <id>] [--plan <n>] [--format text|json] [--lang vi|en]';

/**
 * `rollout check <lower.json|.txt|.docx> --against <upper.json> [--tier <id>] [--plan <n>]
 * [--format text|json] [--lang vi|en]`.
 *
 * Checks a lower tier's plan against the upper plan (`checkAgainstUpper`): a
 * plan file, or a submitted plan's text or Word file read through
 * `@rollout/import` (`--plan n` picks the n-th plan of a text holding several;
 * copied text is then located in that text). A JSON lower plan that does not
 * validate is still checked; its validation errors are listed too. JSON
 * output: `{ fits, lower: { file, read, plan }, issues: [{ code, severity,
 * path, message }], copies: [{ path, upperPath, start, end, inSource, text,
 * upperText, sentences, similarity, share }] }`. Exit 0 when it fits, 1 when
 * it does not, 2 when the input cannot be used.
 */
export async function checkCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { positionals, values, format, lang } = parseRelationArgs(
    args,
    { against: { type: 'string' }, tier: { type: 'string' }, plan: { type: 'string' } },
    ['text', 'json'] as const,
    USAGE,
  );
  const [file, ...rest] = positionals;
  const against = stringOption(values, 'against');
  if (!file || rest.length > 0 || against === undefined) throw new UsageError(USAGE);
  const tier = stringOption(values, 'tier');
  const planOption = stringOption(values, 'plan') ?? '1';
  const index = Number(planOption);
  if (!Number.isInteger(index) || index < 1)
    throw new UsageError(
      t(
        lang,
        `--plan cần một số từ 1, không phải ${planOption}.`,
        `--plan takes a number from 1, not ${planOption}.`,
      ),
    );

  const { result: upper } = await readPlan(io, against, lang);
  if (!upper.success) {
    throw new UsageError(
      t(
        lang,
        `${against}: kế hoạch cấp trên không hợp lệ.`,
        `${against}: the upper plan is invalid.`,
      ),
      { issues: upper.issues, list: true },
    );
  }
  const lower = await readLowerPlan(io, file, lang, index);
  const result = checkAgainstUpper(lower.plan, upper.data, {
    ...(tier === undefined ? {} : { tier }),
    ...(lower.source === undefined ? {} : { source: lower.source }),
  });
  const invalid = lower.issues.filter((i) => i.severity === 'error') as Issue<string>[];
  const issues = [...invalid, ...result.issues];
  const fits = result.fits && invalid.length === 0;
  if (format === 'json') {
    const json = {
      fits,
      lower: { file, read: lower.read, plan: index },
      issues: issues.map((i) => issueToJson(i, lang)),
      copies: result.copies,
    };
    printJson(io, json);
  } else {
    printText(io, report(file, against, lower, issues, result, fits, lang));
  }
  return fits ? 0 : 1;
}

function report(
  file: string,
  against: string,
  lower: LowerPlan,
  issues: readonly Issue<string>[],
  result: CheckAgainstUpperResult,
  fits: boolean,
  lang: Lang,
): string {
  const out = [issuesToText(issues, lang)];
  if (result.copies.length > 0) {
    out.push(t(lang, 'Đoạn sao chép kế hoạch cấp trên:\n', 'Text copied from the upper plan:\n'));
    for (const c of result.copies) {
      const where = c.inSource
        ? `[${c.start}–${c.end}]`
        : `${c.path.join('.')}[${c.start}–${c.end}]`;
      const text = c.text.replace(/\s+/g, ' ');
      out.push(`  ${where} ${text.length > 100 ? `${text.slice(0, 99)}…` : text}\n`);
    }
  }
  const errors = issues.filter((i) => i.severity === 'error').length;
  const read =
    lower.read === 'json'
      ? ''
      : t(
          lang,
          ` (đọc từ ${lower.read === 'docx' ? 'DOCX' : 'văn bản'})`,
          ` (read from ${lower.read === 'docx' ? 'DOCX' : 'text'})`,
        );
  out.push(
    fits
      ? t(
          lang,
          `${file}${read}: phù hợp với kế hoạch cấp trên ${against}.\n`,
          `${file}${read}: fits the upper plan ${against}.\n`,
        )
      : t(
          lang,
          `${file}${read}: chưa phù hợp với kế hoạch cấp trên ${against}: ${errors} lỗi.\n`,
          `${file}${read}: does not fit the upper plan ${against}: ${errors} errors.\n`,
        ),
  );
  return out.join('');
}
