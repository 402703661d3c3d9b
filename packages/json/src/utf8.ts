import { fatalUtf8Decoder, invalidUtf8At, lineOfByte } from './internal/utf8.js';
import { createJsonIssue, type JsonIssue } from './issues.js';

/**
 * The result of {@link decodeUtf8}.
 *
 * @category Validation
 */
export type DecodeUtf8Result =
  | {
      /** `true`: the bytes are valid UTF-8. */
      readonly success: true;
      /** The text (a byte order mark, if any, is kept: the JSON readers skip it). */
      readonly text: string;
      /** Always empty. */
      readonly issues: readonly JsonIssue[];
    }
  | {
      /** `false`: the bytes are not valid UTF-8. */
      readonly success: false;
      /** One `json/invalid-utf8` issue naming the line and the byte offset of the first bad byte. */
      readonly issues: readonly JsonIssue[];
    };

/**
 * Decodes bytes as UTF-8, refusing any that are not (never U+FFFD in place of
 * bad bytes): the step before {@link parseJson} or {@link parsePlanJson} for
 * a file or a request body read as bytes.
 *
 * @remarks Uses the runtime's `TextDecoder` with `fatal: true`; on failure,
 * the issue `json/invalid-utf8` gives `line` (from 1) and `offset` (the first
 * bad byte, in bytes from 0), with Vietnamese and English messages. A byte
 * order mark is kept in the text; the JSON readers skip it. The NDJSON
 * readers apply the same check to each line of a byte source.
 * @param bytes - The bytes, e.g. a file's contents or a request body.
 * @returns `{ success: true, text }` or `{ success: false, issues }`.
 * @example
 * ```ts
 * decodeUtf8(new Uint8Array([0x7b, 0x7d])); // => { success: true, text: '{}', issues: [] }
 * const bad = decodeUtf8(new Uint8Array([0x7b, 0x0a, 0x22, 0xff, 0x22]));
 * bad.success; // => false
 * bad.issues[0]?.params; // => { line: 2, offset: 3 }
 * ```
 * @see {@link readNdjson}
 * @category Validation
 */
export function decodeUtf8(bytes: Uint8Array): DecodeUtf8Result {
  try {
    return { success: true, text: fatalUtf8Decoder().decode(bytes), issues: [] };
  } catch {
    // Where: the decoder does not say, the check below does.
  }
  const found = invalidUtf8At(bytes);
  // The runtime refused what the check accepts: never expected; name the start.
  const offset = Math.max(0, found);
  return {
    success: false,
    issues: [createJsonIssue('json/invalid-utf8', [], { line: lineOfByte(bytes, offset), offset })],
  };
}
