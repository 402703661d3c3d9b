/**
 * Options of {@link cleanText}.
 *
 * @category Text
 */
export interface CleanTextOptions {
  /**
   * What becomes of line breaks.
   *
   * - `'keep'` (default): every line break (CR LF, CR, LF, VT, FF, NEL,
   *   U+2028, U+2029) becomes one `\n`; tabs stay; nothing is trimmed.
   * - `'space'`: the text becomes one line: every run of white space, line
   *   breaks and tabs included, becomes one space, and the ends are trimmed.
   */
  readonly newlines?: 'keep' | 'space';
}

/** Line breaks of every kind (Unicode's mandatory breaks), read before anything is removed. */
const LINE_BREAKS = /\r\n?|[\n\v\f\u0085\u2028\u2029]/g;

/** The 34 non-characters U+1FFFE, U+1FFFF … U+10FFFE, U+10FFFF, as regular-expression text. */
const SUPPLEMENTARY_NONCHARACTERS = Array.from(
  { length: 16 },
  (_, i) => `\\u{${(i + 1).toString(16)}fffe}\\u{${(i + 1).toString(16)}ffff}`,
).join('');

/**
 * What {@link cleanText} removes, one code point at a time (the `u` flag makes a lone
 * surrogate a code point of its own and keeps a well-formed pair whole):
 * C0 controls but tab and LF, DEL and the C1 controls; the bidirectional controls;
 * the 66 non-characters; lone surrogates.
 */
const REMOVED = new RegExp(
  `[\\u0000-\\u0008\\u000B-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069\\uFDD0-\\uFDEF\\uFFFE\\uFFFF${SUPPLEMENTARY_NONCHARACTERS}\\uD800-\\uDFFF]`,
  'gu',
);

/** Whether a text holds anything that cleaning changes (other than its normal form). */
const DIRTY = new RegExp(`${REMOVED.source}|[\\r\\v\\f\\u0085\\u2028\\u2029]`, 'u');

/**
 * Cleans a text for output: Unicode NFC, and every character removed that a
 * document, a calendar feed or a terminal must never receive.
 *
 * @remarks The one text-cleaning step of Rollout: the renderers of
 * `@rollout/document` and `@rollout/docx` run every piece of plan text
 * through it before escaping it for their format. It removes:
 *
 * - **C0 and C1 control characters** (U+0000–U+001F but tab and the line
 *   breaks, U+007F–U+009F): an escape sequence (ESC, BEL) would drive the
 *   terminal that prints it, and XML 1.0 allows none of the C0 ones, so a
 *   DOCX holding one will not open;
 * - **bidirectional controls** (U+202A–U+202E, U+2066–U+2069, U+200E,
 *   U+200F, U+061C): they reorder what a reader sees (a U+202E turns
 *   *58-NQ/TW* around on screen while the bytes stay the same);
 * - **non-characters** (U+FFFE, U+FFFF, U+FDD0–U+FDEF and the two last code
 *   points of each of the 16 supplementary planes, 66 in all): XML forbids
 *   U+FFFE and U+FFFF, so Word refuses the file;
 * - **lone surrogates** (a UTF-16 half without its other half): no encoding
 *   can write them.
 *
 * Removed characters leave nothing behind (a control inside a word does not
 * split it). Line breaks of every kind are read first: kept as `\n` or folded
 * into spaces, as `options.newlines` says. The result is then put in NFC, so
 * that *hòa* typed as *o* + combining grave + *a* prints as one letter.
 * Everything else is kept: letters of every script, emoji, zero-width
 * joiners (emoji sequences need them), no-break spaces. Escaping for a
 * format (`&lt;` in HTML, `\*` in Markdown) is the renderer's own step,
 * after this one. The input is a string and is never changed.
 * @param text - Any text (from a plan file, an import, a user).
 * @param options - Whether line breaks are kept (`'keep'`, the default) or folded into spaces (`'space'`).
 * @returns The clean text.
 * @example
 * ```ts
 * cleanText('Thanh\u202EHóa\u0007'); // => 'ThanhHóa'
 * cleanText('Kế hoạch\r\nsố 985', { newlines: 'space' }); // => 'Kế hoạch số 985'
 * cleanText('a\r\nb\u2028c'); // => 'a\nb\nc'
 * cleanText('\uFFFEx\uD800'); // => 'x'
 * ```
 * @category Text
 */
export function cleanText(text: string, options: CleanTextOptions = {}): string {
  let t = text;
  if (DIRTY.test(t)) t = t.replace(LINE_BREAKS, '\n').replace(REMOVED, '');
  t = t.normalize('NFC');
  return options.newlines === 'space' ? t.replace(/\s+/g, ' ').trim() : t;
}
