import { checkDocxLimits, type DocxLimits } from './docx-limits.js';
import { type ImportPlansOptions, type ImportResult, importPlans } from './import-plans.js';
import { createImportIssue, type ImportIssue } from './issues.js';

interface MammothLike {
  extractRawText(input: {
    buffer?: unknown;
    arrayBuffer?: ArrayBuffer;
  }): Promise<{ value: string; messages: unknown[] }>;
}

/**
 * The plain text of a DOCX file, one paragraph a line, through `mammoth`.
 *
 * @remarks Passes both `buffer` (what mammoth reads in Node) and
 * `arrayBuffer` (what its browser build reads), so the same call works in
 * Node and, through a bundler that honours mammoth's `browser` field, in
 * browsers. mammoth is loaded on first use, so text-only users never load it.
 * Table cells come out as their own paragraphs, so the two-column recipients
 * and signature of a plan read as two runs of lines.
 * @param bytes - The DOCX file.
 * @returns The text.
 * @throws When the bytes are not a DOCX file (a zip with `word/document.xml`).
 * @example
 * ```ts
 * declare const file: File; // picked in an <input type="file">
 * const text = await docxToText(new Uint8Array(await file.arrayBuffer()));
 * ```
 * @see {@link importDocx}
 * @category Import
 */
export async function docxToText(bytes: Uint8Array): Promise<string> {
  const mod = (await import('mammoth')) as unknown as MammothLike & { default?: MammothLike };
  const mammoth: MammothLike =
    typeof mod.extractRawText === 'function' ? mod : (mod.default as MammothLike);
  const copy = bytes.slice();
  const arrayBuffer = copy.buffer.slice(copy.byteOffset, copy.byteOffset + copy.byteLength);
  const result = await mammoth.extractRawText({ buffer: copy, arrayBuffer });
  return result.value;
}

/**
 * The result of {@link importDocx}: an {@link ImportResult} and the text
 * read out of the file (the offsets of `sources` and `unread` point into it).
 *
 * @category Import
 */
export interface ImportDocxResult extends ImportResult {
  /** The text extracted from the DOCX file. */
  readonly text: string;
}

/**
 * Options of {@link importDocx}: those of {@link importPlans}, and the limits
 * on what the file may unpack to.
 *
 * @category Import
 */
export interface ImportDocxOptions extends ImportPlansOptions {
  /** What the file may unpack to; default {@link DOCX_LIMITS}. */
  readonly limits?: DocxLimits;
}

/**
 * Reads plans out of a DOCX file: its text through `mammoth`
 * (`extractRawText`), then {@link importPlans}.
 *
 * @remarks Offsets in `sources` and `unread` point into the extracted text
 * (`text` in the result), not into the zip's bytes. Never throws: bytes that
 * are not a DOCX give an `import/docx-unreadable` issue and no plans; a file
 * that would unpack past {@link DOCX_LIMITS} (a zip bomb) gives an
 * `import/docx-too-large` issue before anything is inflated into memory.
 * In browsers, bundle with a tool that honours the `browser` field of
 * `mammoth`'s package.json (Vite, webpack, esbuild with `platform: 'browser'`).
 * @param bytes - The DOCX file.
 * @param options - See {@link ImportDocxOptions}.
 * @returns The result of {@link importPlans} plus the extracted `text`.
 * @example
 * ```ts
 * import { readFile } from 'node:fs/promises';
 * const result = await importDocx(new Uint8Array(await readFile('985-KH-HNDT.docx')));
 * result.plans[0]?.header.reference; // => '985-KH/HNDT'
 * ```
 * @see {@link importPlans}
 * @category Import
 */
export async function importDocx(
  bytes: Uint8Array,
  options: ImportDocxOptions = {},
): Promise<ImportDocxResult> {
  let text: string;
  const refuse = (issue: ImportIssue): ImportDocxResult => ({
    plans: [],
    sources: [],
    issues: [issue],
    unread: [],
    text: '',
  });
  try {
    if (!(bytes instanceof Uint8Array)) throw new TypeError('expected a Uint8Array');
    const tooLarge = await checkDocxLimits(bytes, options.limits);
    if (tooLarge) return refuse(tooLarge);
    text = await docxToText(bytes);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      plans: [],
      sources: [],
      issues: [createImportIssue('import/docx-unreadable', [], { reason })],
      unread: [],
      text: '',
    };
  }
  return { ...importPlans(text, options), text };
}
