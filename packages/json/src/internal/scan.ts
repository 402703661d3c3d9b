import type { IssuePath } from '@rollout/core';
import { createJsonIssue, type JsonIssue } from '../issues.js';

/** Options of {@link scanJson}. */
export interface ScanOptions {
  /** The deepest nesting of arrays and objects allowed. */
  readonly maxDepth: number;
  /** The most non-fatal issues reported (duplicate keys …); later ones are counted only. */
  readonly maxIssues: number;
}

/** The outcome of {@link scanJson}. */
export interface ScanResult {
  /** Issues found, in text order. */
  readonly issues: JsonIssue[];
  /** `true` when the text cannot be given to `JSON.parse` (syntax, depth). */
  readonly fatal: boolean;
  /** Non-fatal issues found beyond `maxIssues` and not listed. */
  readonly suppressed: number;
}

/** 1 for the characters a string scan must stop at: controls, quote, backslash, surrogates. */
const SPECIAL = new Uint8Array(0x10000);
SPECIAL.fill(1, 0, 0x20);
SPECIAL[34] = 1;
SPECIAL[92] = 1;
SPECIAL.fill(1, 0xd800, 0xe000);

/** Objects with more keys than this check duplicates with a Set instead of by comparing. */
const SMALL_KEYS = 24;

// The container stack, reused between scans (the scan is synchronous and
// never re-entered). For each depth: whether it is an array, its current
// index (arrays) or the start of its current key (objects), where its keys
// begin on the key stack, and its Set of keys once it has many.
const isArray: boolean[] = [];
const position: number[] = [];
const keyBase: number[] = [];
const keySets: (Set<string> | null)[] = [];
// The key stack: for every key of the open objects, its start (the quote) and
// its end (after the closing quote), negated when it holds an escape.
const keyStart: number[] = [];
const keyEnd: number[] = [];

/** Collects issues for one scan; made only when there is something to report. */
class Report {
  readonly issues: JsonIssue[] = [];
  suppressed = 0;
  #lcPos = 0;
  #lcLine = 1;
  #lcLineStart = 0;
  constructor(
    readonly text: string,
    readonly maxIssues: number,
  ) {}

  /** Line and column of a position (issues come in text order: incremental). */
  lineCol(pos: number): { line: number; column: number } {
    const text = this.text;
    let line = this.#lcLine;
    let start = this.#lcLineStart;
    let k = this.#lcPos;
    if (pos < k) {
      k = 0;
      line = 1;
      start = 0;
    }
    const end = Math.min(pos, text.length);
    for (; k < end; k++) {
      if (text.charCodeAt(k) === 10) {
        line++;
        start = k + 1;
      }
    }
    this.#lcPos = end;
    this.#lcLine = line;
    this.#lcLineStart = start;
    return { line, column: pos - start + 1 };
  }

  soft(make: () => JsonIssue): void {
    if (this.issues.length < this.maxIssues) this.issues.push(make());
    else this.suppressed++;
  }
}

/** The path of the value being read at `depth`, keys decoded from the text. */
function pathAt(text: string, depth: number): IssuePath {
  const path: (string | number)[] = [];
  for (let d = 0; d < depth; d++) {
    const p = position[d] as number;
    path.push(isArray[d] ? p : p < 0 ? '' : keyText(text, p));
  }
  return path;
}

/** The key whose quote is at `start`. */
function keyText(text: string, start: number): string {
  let j = start + 1;
  let escaped = false;
  for (;;) {
    const c = text.charCodeAt(j);
    if (c === 34 || Number.isNaN(c)) break;
    if (c === 92) {
      escaped = true;
      j += 2;
    } else j++;
  }
  if (!escaped) return text.slice(start + 1, j);
  try {
    return JSON.parse(text.slice(start, j + 1)) as string;
  } catch {
    return text.slice(start + 1, j);
  }
}

function describe(text: string, pos: number): [string, string] {
  return pos >= text.length
    ? ['unexpected end of input', 'văn bản kết thúc quá sớm']
    : [
        `unexpected character ${JSON.stringify(text[pos])}`,
        `ký tự không mong đợi ${JSON.stringify(text[pos])}`,
      ];
}

function fail(
  text: string,
  depth: number,
  pos: number,
  detail: string,
  detailVi: string,
): ScanResult {
  const r = reportOf(text);
  const lc = r.lineCol(pos);
  r.issues.push(createJsonIssue('json/syntax', pathAt(text, depth), { ...lc, detail, detailVi }));
  current = null;
  return { issues: r.issues, fatal: true, suppressed: r.suppressed };
}

function failAt(text: string, depth: number, pos: number, expected: [string, string]): ScanResult {
  const [en, vi] = describe(text, pos);
  return fail(text, depth, pos, `${en}, ${expected[0]}`, `${vi}, ${expected[1]}`);
}

// Set by `slowString`: the end of the string, or -1 with the error here.
let stringError: [number, string, string] = [0, '', ''];
let stringEscaped = false;

/**
 * Scans the rest of a string from `from` (a special character) to after its
 * closing quote: escapes, surrogates, errors. Returns the end, or -1 with
 * the error in `stringError`.
 */
function slowString(text: string, from: number, depth: number): number {
  let i = from;
  for (;;) {
    let c = text.charCodeAt(i);
    while (SPECIAL[c] === 0) c = text.charCodeAt(++i);
    if (c === 34) return i + 1;
    if (Number.isNaN(c)) {
      stringError = [i, 'unterminated string', 'chuỗi chưa đóng'];
      return -1;
    }
    if (c === 92) {
      stringEscaped = true;
      const e = text.charCodeAt(i + 1);
      if (e === 117) {
        const cu = hex4(text, i + 2);
        if (cu < 0) {
          stringError = [i, 'invalid \\u escape', 'mã thoát \\u không hợp lệ'];
          return -1;
        }
        if (cu >= 0xd800 && cu <= 0xdbff) {
          const low =
            text.charCodeAt(i + 6) === 92 && text.charCodeAt(i + 7) === 117
              ? hex4(text, i + 8)
              : -1;
          if (low >= 0xdc00 && low <= 0xdfff) {
            i += 12;
            continue;
          }
          lone(text, depth, i);
        } else if (cu >= 0xdc00 && cu <= 0xdfff) {
          lone(text, depth, i);
        }
        i += 6;
        continue;
      }
      if (
        e === 34 ||
        e === 92 ||
        e === 47 ||
        e === 98 ||
        e === 102 ||
        e === 110 ||
        e === 114 ||
        e === 116
      ) {
        i += 2;
        continue;
      }
      stringError = [i, 'invalid escape in string', 'mã thoát không hợp lệ trong chuỗi'];
      return -1;
    }
    if (c < 0x20) {
      stringError = [i, 'control character in string', 'ký tự điều khiển trong chuỗi'];
      return -1;
    }
    // A raw surrogate: a high one followed by a low one is a pair.
    if (c <= 0xdbff) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        i += 2;
        continue;
      }
    }
    lone(text, depth, i);
    i += 1;
  }
}

// The report of the scan under way: made only when there is something to report.
let current: Report | null = null;
let currentMaxIssues = 0;
function reportOf(text: string): Report {
  current ??= new Report(text, currentMaxIssues);
  return current;
}

function lone(text: string, depth: number, pos: number): void {
  const r = reportOf(text);
  r.soft(() => createJsonIssue('json/lone-surrogate', pathAt(text, depth), r.lineCol(pos)));
}

function duplicate(text: string, depth: number, at: number): void {
  const r = reportOf(text);
  r.soft(() =>
    createJsonIssue('json/duplicate-key', pathAt(text, depth), {
      key: keyText(text, at),
      ...r.lineCol(at),
    }),
  );
}

function unsafeNumber(text: string, depth: number, start: number, token: string): void {
  const r = reportOf(text);
  r.soft(() =>
    createJsonIssue('json/unsafe-number', pathAt(text, depth), {
      number: token.length > 40 ? `${token.slice(0, 37)}…` : token,
      ...r.lineCol(start),
    }),
  );
}

/** Whether the key at [s, e) equals the earlier key at [s2, e2) (either may hold escapes). */
function sameKey(text: string, s: number, e: number, s2: number, e2: number): boolean {
  const esc = e < 0 || e2 < 0;
  const a = Math.abs(e);
  const b = Math.abs(e2);
  if (!esc) {
    if (a - s !== b - s2) return false;
    for (let k = 1; k < a - s - 1; k++)
      if (text.charCodeAt(s + k) !== text.charCodeAt(s2 + k)) return false;
    return true;
  }
  return keyText(text, s) === keyText(text, s2);
}

/**
 * One pass over JSON text, without recursion: checks the syntax, the depth,
 * duplicate keys, lone surrogates and unsafe numbers, and reports each with
 * its line, column and path. Values are not built (`JSON.parse` does that).
 *
 * @internal
 */
export function scanJson(text: string, from: number, options: ScanOptions): ScanResult {
  current = null;
  currentMaxIssues = options.maxIssues;
  const n = text.length;
  const maxDepth = options.maxDepth;
  let depth = 0;
  let keyTop = 0;
  let i = from;
  let c = text.charCodeAt(i);
  let expectKey = false;
  while (c === 32 || c === 10 || c === 13 || c === 9) c = text.charCodeAt(++i);

  for (;;) {
    // --- a key of an object: `"key" :` ---------------------------------------
    if (expectKey) {
      expectKey = false;
      if (c !== 34) {
        return failAt(text, depth, i, [
          'expected a key in double quotes',
          'cần một khóa trong dấu nháy kép',
        ]);
      }
      const at = i;
      // The key's own path first: an issue inside the key (a lone surrogate) is the key's.
      position[depth - 1] = at;
      let j = i + 1;
      let d = text.charCodeAt(j);
      while (SPECIAL[d] === 0) d = text.charCodeAt(++j);
      let end: number;
      let escaped = false;
      if (d === 34) end = j + 1;
      else {
        stringEscaped = false;
        end = slowString(text, j, depth);
        if (end < 0) return fail(text, depth, stringError[0], stringError[1], stringError[2]);
        escaped = stringEscaped;
      }
      const top = depth - 1;
      position[top] = at;
      // Duplicate keys: compare with the object's earlier keys, or look in its Set.
      const base = keyBase[top] as number;
      const set = keySets[top];
      const signedEnd = escaped ? -end : end;
      if (set) {
        const key = escaped ? keyText(text, at) : text.slice(at + 1, end - 1);
        if (set.has(key)) duplicate(text, depth, at);
        else set.add(key);
      } else {
        for (let k = base; k < keyTop; k++) {
          if (sameKey(text, at, signedEnd, keyStart[k] as number, keyEnd[k] as number)) {
            duplicate(text, depth, at);
            break;
          }
        }
        if (keyTop - base >= SMALL_KEYS) {
          const all = new Set<string>();
          for (let k = base; k < keyTop; k++) all.add(keyText(text, keyStart[k] as number));
          all.add(keyText(text, at));
          keySets[top] = all;
        } else {
          keyStart[keyTop] = at;
          keyEnd[keyTop] = signedEnd;
          keyTop++;
        }
      }
      i = end;
      c = text.charCodeAt(i);
      while (c === 32 || c === 10 || c === 13 || c === 9) c = text.charCodeAt(++i);
      if (c !== 58) return failAt(text, depth, i, ['expected ":"', 'cần ":"']);
      c = text.charCodeAt(++i);
      while (c === 32 || c === 10 || c === 13 || c === 9) c = text.charCodeAt(++i);
    }

    // --- a value starts at i (c is its first character) ------------------------
    if (c === 34) {
      let j = i + 1;
      let d = text.charCodeAt(j);
      while (SPECIAL[d] === 0) d = text.charCodeAt(++j);
      if (d === 34) i = j + 1;
      else {
        const end = slowString(text, j, depth);
        if (end < 0) return fail(text, depth, stringError[0], stringError[1], stringError[2]);
        i = end;
      }
    } else if (c === 123 || c === 91) {
      if (depth >= maxDepth) {
        const r = reportOf(text);
        r.issues.push(
          createJsonIssue('json/too-deep', pathAt(text, depth), { ...r.lineCol(i), maxDepth }),
        );
        current = null;
        return { issues: r.issues, fatal: true, suppressed: r.suppressed };
      }
      const obj = c === 123;
      isArray[depth] = !obj;
      position[depth] = obj ? -1 : 0;
      keyBase[depth] = keyTop;
      keySets[depth] = null;
      depth++;
      c = text.charCodeAt(++i);
      while (c === 32 || c === 10 || c === 13 || c === 9) c = text.charCodeAt(++i);
      if (c === (obj ? 125 : 93)) {
        depth--;
        i++;
      } else {
        expectKey = obj;
        continue;
      }
    } else if (c === 45 || (c >= 48 && c <= 57)) {
      const start = i;
      if (c === 45) c = text.charCodeAt(++i);
      if (c === 48) c = text.charCodeAt(++i);
      else if (c >= 49 && c <= 57) {
        do c = text.charCodeAt(++i);
        while (c >= 48 && c <= 57);
      } else return failAt(text, depth, i, ['expected a digit', 'cần một chữ số']);
      let integer = true;
      if (c === 46) {
        integer = false;
        c = text.charCodeAt(++i);
        if (!(c >= 48 && c <= 57))
          return failAt(text, depth, i, ['expected a digit', 'cần một chữ số']);
        do c = text.charCodeAt(++i);
        while (c >= 48 && c <= 57);
      }
      let exponent = false;
      if (c === 101 || c === 69) {
        exponent = true;
        integer = false;
        c = text.charCodeAt(++i);
        if (c === 43 || c === 45) c = text.charCodeAt(++i);
        if (!(c >= 48 && c <= 57))
          return failAt(text, depth, i, ['expected a digit', 'cần một chữ số']);
        do c = text.charCodeAt(++i);
        while (c >= 48 && c <= 57);
      }
      // A safe integer has at most 16 digits; only long or exponent forms need a look.
      if (exponent || i - start > 15) {
        const token = text.slice(start, i);
        const value = Number(token);
        // Not finite, an integer past 2^53, or a non-zero number that reads as 0 (1e-400).
        const underflow = value === 0 && /[1-9]/.test(token.split(/[eE]/)[0] ?? '');
        if (!Number.isFinite(value) || (integer && !Number.isSafeInteger(value)) || underflow) {
          unsafeNumber(text, depth, start, token);
        }
      }
    } else if (c === 116 && text.startsWith('true', i)) {
      i += 4;
    } else if (c === 102 && text.startsWith('false', i)) {
      i += 5;
    } else if (c === 110 && text.startsWith('null', i)) {
      i += 4;
    } else {
      return failAt(text, depth, i, ['expected a value', 'cần một giá trị']);
    }

    // --- after a value: close containers or move to the next element -----------
    for (;;) {
      c = text.charCodeAt(i);
      while (c === 32 || c === 10 || c === 13 || c === 9) c = text.charCodeAt(++i);
      if (depth === 0) {
        if (i < n) {
          return failAt(text, depth, i, [
            'after the end of the JSON value',
            'sau khi giá trị JSON đã kết thúc',
          ]);
        }
        const r = current as Report | null;
        current = null;
        return r === null
          ? { issues: [], fatal: false, suppressed: 0 }
          : { issues: r.issues, fatal: false, suppressed: r.suppressed };
      }
      const top = depth - 1;
      const arr = isArray[top];
      if (c === 44) {
        c = text.charCodeAt(++i);
        while (c === 32 || c === 10 || c === 13 || c === 9) c = text.charCodeAt(++i);
        if (arr) position[top] = (position[top] as number) + 1;
        else expectKey = true;
        break;
      }
      if (c === (arr ? 93 : 125)) {
        keyTop = keyBase[top] as number;
        depth--;
        i++;
        continue;
      }
      return failAt(
        text,
        depth,
        i,
        arr
          ? ['expected "," or "]"', 'cần "," hoặc "]"']
          : ['expected "," or "}"', 'cần "," hoặc "}"'],
      );
    }
  }
}

function hex4(text: string, at: number): number {
  let v = 0;
  for (let k = 0; k < 4; k++) {
    const c = text.charCodeAt(at + k);
    let d: number;
    if (c >= 48 && c <= 57) d = c - 48;
    else if (c >= 97 && c <= 102) d = c - 87;
    else if (c >= 65 && c <= 70) d = c - 55;
    else return -1;
    v = v * 16 + d;
  }
  return v;
}
