import type { WorkingCalendar } from '@rollout/core';
import { type AnyIssue, type ParsePlanJsonResult, parseJson, parsePlanJson } from '@rollout/json';
import type { CliFileInfo, CliIo } from './io.js';
import { createCliIssue } from './issues.js';
import type { Lang } from './lang.js';
import { t } from './lang.js';
import { CLI_LIMITS } from './limits.js';
import { UsageError } from './usage-error.js';

/** What the system says when a file cannot be read: its error code (`ENOENT` …), or its words. */
function reasonOf(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) return code;
  const message = error instanceof Error ? error.message : String(error);
  return /^(E[A-Z]+)\b/.exec(message)?.[1] ?? message;
}

function unreadable(path: string, error: unknown, lang: Lang): UsageError {
  const issue = createCliIssue('cli/file-unreadable', { path, reason: reasonOf(error) });
  return new UsageError(issue.message[lang], { issues: [issue] });
}

function tooLarge(path: string, limit: number, lang: Lang): UsageError {
  const issue = createCliIssue('cli/too-large', { path, limit });
  return new UsageError(issue.message[lang], { issues: [issue] });
}

/** The chunks of a file, stopping with `cli/too-large` as soon as more than `limit` bytes came. */
async function* boundedChunks(
  chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  path: string,
  limit: number,
  lang: Lang,
): AsyncGenerator<Uint8Array> {
  let total = 0;
  try {
    for await (const chunk of chunks) {
      total += chunk.length;
      // Leaving the loop closes the source (a file stream is destroyed): nothing more is read.
      if (total > limit) throw tooLarge(path, limit, lang);
      yield chunk;
    }
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw unreadable(path, error, lang);
  }
}

/**
 * Opens a file for reading with a limit — the one way the CLI reads a file.
 *
 * @remarks Stats the file first: one that cannot be opened is
 * `cli/file-unreadable`, a regular file over `limit` is `cli/too-large`
 * without a byte read. The chunks returned stop with `cli/too-large` as soon
 * as more than `limit` bytes came (a pipe, `/dev/zero`, a file that grew).
 * Every failure is a {@link UsageError} (exit 2) in `lang`.
 */
export async function openBounded(
  io: CliIo,
  path: string,
  limit: number,
  lang: Lang,
): Promise<AsyncIterable<Uint8Array>> {
  if (io.stat) {
    let info: CliFileInfo;
    try {
      info = await io.stat(path);
    } catch (error) {
      throw unreadable(path, error, lang);
    }
    if (info.regular && info.size > limit) throw tooLarge(path, limit, lang);
  }
  if (io.readChunks) return boundedChunks(io.readChunks(path), path, limit, lang);
  // An io without chunks (a caller's own): read whole, then held against the limit.
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(path);
  } catch (error) {
    throw unreadable(path, error, lang);
  }
  return boundedChunks([bytes], path, limit, lang);
}

/** Reads a whole file, at most `limit` bytes (see {@link openBounded}). */
export async function readBytes(
  io: CliIo,
  path: string,
  limit: number,
  lang: Lang,
): Promise<Uint8Array> {
  // The chunks are kept as they came (a source may hand the same buffer again) and joined at the end.
  const parts: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of await openBounded(io, path, limit, lang)) {
    parts.push(chunk);
    total += chunk.length;
  }
  if (parts.length === 1 && parts[0]) return parts[0];
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const part of parts) {
    bytes.set(part, at);
    at += part.length;
  }
  return bytes;
}

/** Decodes UTF-8 bytes; bytes that are not UTF-8 are `cli/not-utf8` (exit 2). */
export function decodeUtf8(bytes: Uint8Array, path: string, lang: Lang): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const issue = createCliIssue('cli/not-utf8', { path });
    throw new UsageError(issue.message[lang], { issues: [issue] });
  }
}

/**
 * Reads a file as UTF-8 text, at most `limit` bytes (default
 * `CLI_LIMITS.json`); a missing, unreadable, too large or non-UTF-8 file is a
 * usage error (exit 2) with its `cli/…` issue.
 */
export async function readText(
  io: CliIo,
  path: string,
  lang: Lang,
  limit: number = CLI_LIMITS.json,
): Promise<string> {
  return decodeUtf8(await readBytes(io, path, limit, lang), path, lang);
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
      { issues: result.issues },
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
