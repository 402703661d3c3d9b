import { DOCX_LIMITS } from '@rollout/import';

/**
 * The most bytes the CLI reads from each kind of file; a larger file is
 * refused with `cli/too-large` (exit 2) before it is read, and a pipe or a
 * device is read only up to the limit.
 *
 * @remarks
 * - `json` (plans, unit trees, calendars, actuals): 256 MiB, `@rollout/json`'s
 *   own limit (`parseJson`'s `maxLength`, 2^28 characters, past which it
 *   reports `json/too-large`); a UTF-8 file never decodes to more characters
 *   than it has bytes, so every file within this limit is read to the end.
 * - `document` (a plan's text or DOCX file: `import`, `check`): 65 MiB, what
 *   a DOCX may unpack to (`DOCX_LIMITS.maxTotalBytes` of `@rollout/import`,
 *   64 MiB) plus 1 MiB for the zip's own headers; no DOCX the importer
 *   accepts is larger, and no plan's text is either.
 * - `events` (`progress --events`): 1 GiB, read as a stream by
 *   `@rollout/json`'s NDJSON reader (memory stays one chunk and one line; each
 *   line at most 1,048,576 characters, the reader's `maxLineLength`).
 * @example
 * ```ts
 * CLI_LIMITS.json; // => 268435456
 * ```
 * @category CLI
 */
export const CLI_LIMITS: Readonly<{ json: number; document: number; events: number }> =
  Object.freeze({
    json: 2 ** 28,
    document: DOCX_LIMITS.maxTotalBytes + 2 ** 20,
    events: 2 ** 30,
  });
