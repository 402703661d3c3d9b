import type { WorkingCalendar } from '@rollout/core';
import { type AnyIssue, type ParsePlanJsonResult, parseJson, parsePlanJson } from '@rollout/json';
import type { CliIo } from './io.js';
import type { Lang } from './lang.js';
import { t } from './lang.js';
import { UsageError } from './usage-error.js';

/** Reads a file as UTF-8 text; a missing or unreadable file is a usage error (exit 2). */
export async function readText(io: CliIo, path: string, lang: Lang): Promise<string> {
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(path);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new UsageError(
      t(lang, `Không đọc được tệp ${path}: ${reason}`, `Cannot read ${path}: ${reason}`),
    );
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new UsageError(
      t(lang, `Tệp ${path} không phải văn bản UTF-8.`, `${path} is not UTF-8 text.`),
    );
  }
}

/**
 * Reads a file as JSON with `@rollout/json`'s safe reader (BOM skipped, no
 * prototype pollution, depth and size limits); a file that is not JSON is a
 * usage error (exit 2) whose message gives the line and column.
 */
export async function readJson(io: CliIo, path: string, lang: Lang): Promise<unknown> {
  const text = await readText(io, path, lang);
  const result = parseJson(text);
  const fatal = result.issues.find((i) => i.severity === 'error');
  if (fatal && result.value === undefined) {
    throw new UsageError(
      t(
        lang,
        `Tệp ${path} không phải JSON hợp lệ: ${fatal.message.vi}`,
        `${path} is not valid JSON: ${fatal.message.en}`,
      ),
    );
  }
  return result.value;
}

/** Codes that mean the file cannot be read as a plan at all (exit 2). */
const UNUSABLE = new Set<string>([
  'json/syntax',
  'json/too-deep',
  'json/too-large',
  'json/unknown-format',
  'json/unsupported-version',
]);

/** A plan file read with `parsePlanJson`, and whether it is unusable (exit 2) or just invalid (exit 1). */
export interface ReadPlan {
  readonly result: ParsePlanJsonResult;
  readonly unusable: boolean;
}

/**
 * Reads a plan file (an envelope of any known version, or a bare plan) with
 * `parsePlanJson`: JSON syntax errors become issues with line and column.
 * With a calendar, deadlines on its days off are reported too.
 * A missing or non-UTF-8 file is a usage error (exit 2).
 */
export async function readPlan(
  io: CliIo,
  path: string,
  lang: Lang,
  options: { readonly calendar?: WorkingCalendar } = {},
): Promise<ReadPlan> {
  const text = await readText(io, path, lang);
  const result = parsePlanJson(text, options.calendar ? { calendar: options.calendar } : {});
  const unusable = result.issues.some((i: AnyIssue) => UNUSABLE.has(i.code));
  // A plan as text (the document itself) rather than JSON: say what reads it.
  if (!result.success && result.issues.some((i) => i.code === 'json/syntax')) {
    const first = text.replace(/^\uFEFF?\s*/, '').charAt(0);
    if (first !== '' && first !== '{' && first !== '[')
      io.stderr(
        `${t(
          lang,
          `Gợi ý: ${path} không phải tệp JSON. Văn bản kế hoạch (.txt, .docx) được đọc bằng: rollout import ${path}`,
          `Hint: ${path} is not a JSON file. A plan's text (.txt, .docx) is read by: rollout import ${path}`,
        )}\n`,
      );
  }
  return { result, unusable };
}
