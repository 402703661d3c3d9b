import { diffPlans } from '@rollout/core';
import { renderDiffHtml, renderDiffMarkdown } from '@rollout/document';
import { errorDocument, issuesToText } from '../format-issues.js';
import type { CliIo } from '../io.js';
import { t } from '../lang.js';
import { printJson, printText } from '../output.js';
import { UsageError } from '../usage-error.js';
import { parseRelationArgs, readPlanLeniently } from './relations-input.js';

const USAGE = 'usage: rollout diff <a.json> <b.json> [--format text|json|md|html] [--lang vi|en]';

/**
 * `rollout diff <a.json> <b.json> [--format text|json|md|html] [--lang vi|en]`.
 *
 * Lists the changes from the first version of a plan to the second
 * (`diffPlans`), one line each (`text`), as a Markdown or HTML table side by
 * side (`md`, `html`: `renderDiffMarkdown`, `renderDiffHtml`), or as one JSON
 * document `{ a, b, changes }` whose `changes` are `diffPlans`'s, with each
 * message in the chosen language. Plans that do not validate are still
 * compared. Exit 0 whether or not they differ (the changes say), 2 when a
 * file is not a plan.
 */
export async function diffCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { positionals, format, lang } = parseRelationArgs(
    args,
    {},
    ['text', 'json', 'md', 'html'] as const,
    USAGE,
  );
  const [fileA, fileB, ...rest] = positionals;
  if (!fileA || !fileB || rest.length > 0) throw new UsageError(USAGE);
  const a = await readPlanLeniently(io, fileA, lang);
  const b = await readPlanLeniently(io, fileB, lang);
  const diff = diffPlans(a.plan, b.plan);
  if (diff.issues.length > 0) {
    if (format === 'json') printJson(io, errorDocument(diff.issues, lang));
    io.stderr(issuesToText(diff.issues, lang));
    return 2;
  }
  if (format === 'json') {
    const changes = diff.changes.map((c) => ({
      ...c,
      label: c.label[lang],
      before: c.before?.[lang] ?? null,
      after: c.after?.[lang] ?? null,
      message: c.message[lang],
      ...('fieldLabel' in c ? { fieldLabel: c.fieldLabel[lang] } : {}),
    }));
    printJson(io, { a: diff.a, b: diff.b, changes });
  } else if (format === 'md') io.stdout(renderDiffMarkdown(diff, { lang }));
  else if (format === 'html') io.stdout(renderDiffHtml(diff, { lang, standalone: true }));
  else {
    const lines = diff.changes.map((c, i) => `${i + 1}. ${c.message[lang]}`);
    lines.push(
      diff.changes.length === 0
        ? t(lang, `${fileA} và ${fileB}: không khác nhau.`, `${fileA} and ${fileB}: no difference.`)
        : t(
            lang,
            `${fileA} → ${fileB}: ${diff.changes.length} thay đổi.`,
            `${fileA} → ${fileB}: ${diff.changes.length} changes.`,
          ),
    );
    printText(io, `${lines.join('\n')}\n`);
  }
  // The lenient reads keep plans that do not validate; say so, after the diff.
  for (const [file, read] of [
    [fileA, a],
    [fileB, b],
  ] as const) {
    const errors = read.issues.filter((i) => i.severity === 'error');
    if (errors.length > 0 && format !== 'json')
      io.stderr(
        t(
          lang,
          `Lưu ý: ${file} chưa hợp lệ (${errors.length} lỗi; xem rollout validate).\n`,
          `Note: ${file} is not valid (${errors.length} errors; see rollout validate).\n`,
        ),
      );
  }
  return 0;
}
