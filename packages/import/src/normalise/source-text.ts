/**
 * Stage 1 of the pipeline, normalise: the input as the importer sees it: the original string, its NFC form with
 * HTML tags blanked out, a diacritic-free lower-case "folded" form of the same
 * length, and a map from NFC offsets back to offsets in the original.
 *
 * @remarks Every regular expression runs on `folded`, whose code units line up
 * one to one with `nfc`; values are sliced from `nfc`; spans are reported in
 * the original through {@link SourceText.toOriginal}.
 */
export interface SourceText {
  readonly original: string;
  readonly nfc: string;
  readonly folded: string;
  /** Maps an offset in `nfc` (0..nfc.length) to an offset in `original`. */
  toOriginal(offset: number): number;
}

const MARKS = /\P{M}\p{M}+/gu;

/** Builds the NFC text and its offset map in one linear pass. */
function normalizeWithMap(input: string): { nfc: string; map: Uint32Array | undefined } {
  if (input.normalize('NFC') === input) return { nfc: input, map: undefined };
  const parts: string[] = [];
  const starts: number[] = [];
  const lengths: number[] = [];
  let last = 0;
  const push = (segment: string, origStart: number, exact: boolean) => {
    const n = segment.normalize('NFC');
    parts.push(n);
    starts.push(origStart);
    lengths.push(exact && n.length === segment.length ? -1 : segment.length);
  };
  MARKS.lastIndex = 0;
  for (let m = MARKS.exec(input); m !== null; m = MARKS.exec(input)) {
    if (m.index > last) push(input.slice(last, m.index), last, true);
    push(m[0], m.index, false);
    last = m.index + m[0].length;
  }
  if (last < input.length) push(input.slice(last), last, true);
  const nfc = parts.join('');
  const map = new Uint32Array(nfc.length + 1);
  let pos = 0;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    const start = starts[i]!;
    const exact = lengths[i] === -1;
    for (let k = 0; k < part.length; k++) map[pos + k] = exact ? start + k : start;
    pos += part.length;
  }
  map[nfc.length] = input.length;
  return { nfc, map };
}

const TAG = /<\/?[A-Za-z][^<>\n]{0,300}>|&nbsp;/g;

/**
 * Line ends and invisible characters, each replaced by one code unit so that
 * offsets keep lining up: CR LF → space + LF, a lone CR (old Mac files) → LF,
 * U+2028/U+2029 → LF; format characters (zero-width space, joiners, BOM,
 * bidi marks, soft hyphen) and other controls → space; the hyphens and
 * spaces a typeset document keeps words together with (U+2010 hyphen, U+2011
 * non-breaking hyphen; U+00A0, U+202F no-break spaces: *58‑NQ/TW*,
 * *Thanh Hóa* in a DOCX) → the plain hyphen and space.
 */
const INVISIBLE = /\r\n?|[\u2028\u2029\u2010\u2011\u00a0\u202f]|[^\P{Cc}\t\n]|\p{Cf}/gu;

/** Makes line ends LF and invisible characters spaces, keeping the length. */
export function cleanInvisible(text: string): string {
  INVISIBLE.lastIndex = 0;
  if (!INVISIBLE.test(text)) return text;
  return text.replace(INVISIBLE, (m) =>
    m === '\r\n'
      ? ' \n'
      : m === '\r' || m === '\u2028' || m === '\u2029'
        ? '\n'
        : m === '\u2010' || m === '\u2011'
          ? '-'
          : ' '.repeat(m.length),
  );
}

/** Replaces HTML tags and `&nbsp;` by spaces of the same length. */
function blankHtml(text: string): string {
  if (!text.includes('<') && !text.includes('&')) return text;
  return text.replace(TAG, (m) => ' '.repeat(m.length));
}

/** The folded code unit of each BMP code unit, filled on first use (a pure function's table). */
const FOLDED = new Uint16Array(0x10000);

function foldCode(c: number): number {
  const known = FOLDED[c]!;
  if (known !== 0) return known;
  const ch = String.fromCharCode(c);
  let out = ch;
  if (ch === 'đ' || ch === 'Đ') out = 'd';
  else if (ch === '–' || ch === '—' || ch === '‐' || ch === '‑' || ch === '−') out = '-';
  else if (ch === '\t' || ch === '\u00a0' || ch === '\u2002' || ch === '\u2003' || ch === '\u2009')
    out = ' ';
  else {
    const lower = ch.toLowerCase();
    const base = lower.length === 1 ? lower.normalize('NFD')[0]! : ch;
    out = base.length === 1 ? base : ch;
  }
  const code = out.length === 1 ? out.charCodeAt(0) : c;
  FOLDED[c] = code;
  return code;
}

/** Lower-cases and strips diacritics, keeping one code unit per code unit. */
export function fold(text: string): string {
  const n = text.length;
  const out = new Uint16Array(n);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) out[i] = c >= 65 && c <= 90 ? c + 32 : c === 9 ? 32 : c;
    else if (c >= 0xd800 && c <= 0xdfff) out[i] = c;
    else out[i] = foldCode(c);
  }
  let s = '';
  for (let i = 0; i < n; i += 8192)
    s += String.fromCharCode.apply(null, out.subarray(i, i + 8192) as unknown as number[]);
  return s;
}

import { blankMarkdown } from './markdown.js';

/** Format characters (zero-width space, joiners, word joiner, BOM, bidi marks, soft hyphen). */
const FORMAT = /\p{Cf}/u;
const isBlank = (c: string | undefined): boolean =>
  c === undefined || c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\u00a0';

/**
 * Drops the format characters that touch white space (a zero-width space after
 * a space, a BOM at a line start): they are invisible, so the text reads as if
 * they were absent, and turning them into spaces would double the space a
 * pattern expects. Format characters between two letters stay (they become a
 * space later, as a word break). Returns the text and, when it dropped any, a
 * map from its offsets to the given text's.
 */
function dropFormatAtBlanks(text: string): { text: string; map: Uint32Array | undefined } {
  if (!/\p{Cf}/u.test(text)) return { text, map: undefined };
  const keep: number[] = [];
  let dropped = false;
  for (let i = 0; i < text.length; ) {
    if (!FORMAT.test(text[i]!)) {
      keep.push(i++);
      continue;
    }
    // A run of format characters, judged once by its visible neighbours (linear).
    let end = i + 1;
    while (end < text.length && FORMAT.test(text[end]!)) end++;
    if (isBlank(i > 0 ? text[i - 1] : undefined) || isBlank(text[end])) dropped = true;
    else for (let k = i; k < end; k++) keep.push(k);
    i = end;
  }
  if (!dropped) return { text, map: undefined };
  let out = '';
  const map = new Uint32Array(keep.length + 1);
  for (let k = 0; k < keep.length; k++) {
    out += text[keep[k]!];
    map[k] = keep[k]!;
  }
  map[keep.length] = text.length;
  return { text: out, map };
}

/** Prepares an input string for reading. */
export function createSourceText(input: string): SourceText {
  const { nfc: normalized, map: nfcMap } = normalizeWithMap(input);
  const { text: raw, map: dropMap } = dropFormatAtBlanks(normalized);
  const nfc = blankHtml(blankMarkdown(cleanInvisible(raw)));
  const folded = fold(nfc);
  const toNormalized = (offset: number): number => {
    const o = Math.max(0, Math.min(offset, nfc.length));
    return dropMap ? dropMap[o]! : o;
  };
  return {
    original: input,
    nfc,
    folded,
    toOriginal: nfcMap
      ? (offset) => nfcMap[toNormalized(offset)]!
      : (offset) => Math.max(0, Math.min(toNormalized(offset), input.length)),
  };
}
