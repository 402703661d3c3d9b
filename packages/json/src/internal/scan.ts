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

const OBJ = 0;
const ARR = 1;
const SMALL_KEYS = 16;

/**
 * One pass over JSON text, without recursion: checks the syntax, the depth,
 * duplicate keys, lone surrogates and unsafe numbers, and reports each with
 * its line, column and path. Values are not built (`JSON.parse` does that).
 *
 * @internal
 */
// Scanner state: module-level so that scanning a short NDJSON line allocates
// no closures. The scan is synchronous and never re-entered.
let text = '';
let n = 0;
let maxIssues = 0;
let issues: JsonIssue[] = [];
let suppressed = 0;
const kinds: number[] = [];
const seen: (string[] | Set<string> | null)[] = [];
const pathEls: (string | number)[] = [];
let depth = 0;
let lcPos = 0;
let lcLine = 1;
let lcLineStart = 0;
let strError: [number, string, string] = [0, '', ''];
let strEscaped = false;

function lineCol(pos: number): { line: number; column: number } {
  if (pos < lcPos) {
    lcPos = 0;
    lcLine = 1;
    lcLineStart = 0;
  }
  for (let k = lcPos; k < pos; k++) {
    if (text.charCodeAt(k) === 10) {
      lcLine++;
      lcLineStart = k + 1;
    }
  }
  lcPos = pos;
  return { line: lcLine, column: pos - lcLineStart + 1 };
}

const pathNow = (): IssuePath => pathEls.slice(0, depth);

function soft(make: () => JsonIssue): void {
  if (issues.length < maxIssues) issues.push(make());
  else suppressed++;
}

function done(fatal: boolean): ScanResult {
  const result = { issues, fatal, suppressed };
  text = '';
  issues = [];
  seen.length = 0;
  return result;
}

function syntaxIssue(pos: number, detail: string, detailVi: string): void {
  const lc = lineCol(Math.min(pos, n));
  issues.push(createJsonIssue('json/syntax', pathNow(), { ...lc, detail, detailVi }));
}

function syntax(pos: number, detail: string, detailVi: string): ScanResult {
  syntaxIssue(pos, detail, detailVi);
  return done(true);
}

function describe(pos: number): [string, string] {
  return pos >= n
    ? ['unexpected end of input', 'văn bản kết thúc quá sớm']
    : [
        `unexpected character ${JSON.stringify(text[pos])}`,
        `ký tự không mong đợi ${JSON.stringify(text[pos])}`,
      ];
}

function loneSurrogate(pos: number): void {
  soft(() => createJsonIssue('json/lone-surrogate', pathNow(), lineCol(pos)));
}

/** Scans a string starting at the quote; returns the index after the closing quote, or -1. */
function scanString(start: number): number {
  let i = start + 1;
  strEscaped = false;
  for (;;) {
    let c = text.charCodeAt(i);
    // Ordinary characters: not quote, backslash, control or surrogate (past the end: NaN → undefined).
    while (SPECIAL[c] === 0) c = text.charCodeAt(++i);
    if (i >= n) {
      strError = [i, 'unterminated string', 'chuỗi chưa đóng'];
      return -1;
    }
    if (c === 34) return i + 1;
    if (c === 92) {
      strEscaped = true;
      const e = text.charCodeAt(i + 1);
      if (e === 117) {
        const cu = hex4(text, i + 2);
        if (cu < 0) {
          strError = [i, 'invalid \\u escape', 'mã thoát \\u không hợp lệ'];
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
          loneSurrogate(i);
        } else if (cu >= 0xdc00 && cu <= 0xdfff) {
          loneSurrogate(i);
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
      strError = [i, 'invalid escape in string', 'mã thoát không hợp lệ trong chuỗi'];
      return -1;
    }
    if (c < 0x20) {
      strError = [i, 'control character in string', 'ký tự điều khiển trong chuỗi'];
      return -1;
    }
    // A raw surrogate.
    if (c <= 0xdbff) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        i += 2;
        continue;
      }
    }
    loneSurrogate(i);
    i += 1;
  }
}

/** Reads `"key" :` and the space after it; returns the index of the value, or -1 after a syntax issue. */
function readKey(at: number): number {
  if (text.charCodeAt(at) !== 34) {
    const [en, vi] = describe(at);
    syntaxIssue(
      at,
      `${en}, expected a key in double quotes`,
      `${vi}, cần một khóa trong dấu nháy kép`,
    );
    return -1;
  }
  const end = scanString(at);
  if (end < 0) {
    const [pos, en, vi] = strError;
    syntaxIssue(pos, en, vi);
    return -1;
  }
  const key = strEscaped
    ? (JSON.parse(text.slice(at, end)) as string)
    : text.slice(at + 1, end - 1);
  const top = depth - 1;
  pathEls[top] = key;
  const keys = seen[top];
  if (keys === null || keys === undefined) {
    seen[top] = [key];
  } else if (Array.isArray(keys)) {
    if (keys.includes(key)) duplicate(key, at);
    else if (keys.length < SMALL_KEYS) keys.push(key);
    else {
      const set = new Set(keys);
      set.add(key);
      seen[top] = set;
    }
  } else if (keys.has(key)) duplicate(key, at);
  else keys.add(key);
  const colon = skipWs(text, end);
  if (text.charCodeAt(colon) !== 58) {
    const [en, vi] = describe(colon);
    syntaxIssue(colon, `${en}, expected ":"`, `${vi}, cần ":"`);
    return -1;
  }
  return skipWs(text, colon + 1);
}

function duplicate(key: string, pos: number): void {
  soft(() => createJsonIssue('json/duplicate-key', pathNow(), { key, ...lineCol(pos) }));
}

/** Scans a number; returns the index after it, or `-(pos + 1)` of the bad character. */
function scanNumber(start: number): number {
  let j = start;
  if (text.charCodeAt(j) === 45) j++;
  let c = text.charCodeAt(j);
  if (c === 48) {
    j++;
  } else if (c >= 49 && c <= 57) {
    j++;
    j = digits(j);
  } else return -(j + 1);
  let integer = true;
  if (text.charCodeAt(j) === 46) {
    integer = false;
    j++;
    c = text.charCodeAt(j);
    if (!(c >= 48 && c <= 57)) return -(j + 1);
    j = digits(j);
  }
  c = text.charCodeAt(j);
  let exponent = false;
  if (c === 101 || c === 69) {
    exponent = true;
    integer = false;
    j++;
    c = text.charCodeAt(j);
    if (c === 43 || c === 45) j++;
    c = text.charCodeAt(j);
    if (!(c >= 48 && c <= 57)) return -(j + 1);
    j = digits(j);
  }
  // A safe integer has at most 16 digits; only long or exponent forms need a look.
  if (exponent || j - start > 15) {
    const token = text.slice(start, j);
    const value = Number(token);
    if (!Number.isFinite(value) || (integer && !Number.isSafeInteger(value))) {
      soft(() =>
        createJsonIssue('json/unsafe-number', pathNow(), {
          number: token.length > 40 ? `${token.slice(0, 37)}…` : token,
          ...lineCol(start),
        }),
      );
    }
  }
  return j;
}

/**
 * One pass over JSON text, without recursion: checks the syntax, the depth,
 * duplicate keys, lone surrogates and unsafe numbers, and reports each with
 * its line, column and path. Values are not built (`JSON.parse` does that).
 *
 * @internal
 */
export function scanJson(source: string, from: number, options: ScanOptions): ScanResult {
  text = source;
  n = source.length;
  maxIssues = options.maxIssues;
  const maxDepth = options.maxDepth;
  issues = [];
  suppressed = 0;
  depth = 0;
  lcPos = 0;
  lcLine = 1;
  lcLineStart = 0;

  let i = skipWs(text, from);
  // The main loop: parse a value at i, then what follows it.
  value: for (;;) {
    const c = text.charCodeAt(i);
    if (c === 123 /* { */ || c === 91 /* [ */) {
      if (depth >= maxDepth) {
        issues.push(createJsonIssue('json/too-deep', pathNow(), { ...lineCol(i), maxDepth }));
        return done(true);
      }
      kinds[depth] = c === 123 ? OBJ : ARR;
      seen[depth] = null;
      pathEls[depth] = 0;
      depth++;
      i = skipWs(text, i + 1);
      const d = text.charCodeAt(i);
      if (c === 123) {
        if (d === 125) {
          depth--;
          i++;
        } else {
          i = readKey(i);
          if (i < 0) return done(true);
          continue;
        }
      } else if (d === 93) {
        depth--;
        i++;
      } else {
        continue;
      }
    } else if (c === 34 /* " */) {
      const end = scanString(i);
      if (end < 0) {
        const [pos, en, vi] = strError;
        return syntax(pos, en, vi);
      }
      i = end;
    } else if (c === 45 || (c >= 48 && c <= 57)) {
      const end = scanNumber(i);
      if (end < 0) {
        const [en, vi] = describe(-end - 1);
        return syntax(-end - 1, `invalid number: ${en}`, `số không hợp lệ: ${vi}`);
      }
      i = end;
    } else if (c === 116 && text.startsWith('true', i)) {
      i += 4;
    } else if (c === 102 && text.startsWith('false', i)) {
      i += 5;
    } else if (c === 110 && text.startsWith('null', i)) {
      i += 4;
    } else {
      const [en, vi] = describe(i);
      return syntax(i, `${en}, expected a value`, `${vi}, cần một giá trị`);
    }

    // After a value: close containers or move to the next element.
    for (;;) {
      i = skipWs(text, i);
      if (depth === 0) {
        if (i < n) {
          const [en, vi] = describe(i);
          return syntax(
            i,
            `${en} after the end of the JSON value`,
            `${vi} sau khi giá trị JSON đã kết thúc`,
          );
        }
        break value;
      }
      const d = text.charCodeAt(i);
      const top = depth - 1;
      if (kinds[top] === OBJ) {
        if (d === 44 /* , */) {
          i = readKey(skipWs(text, i + 1));
          if (i < 0) return done(true);
          continue value;
        }
        if (d === 125 /* } */) {
          depth--;
          i++;
          continue;
        }
        const [en, vi] = describe(i);
        return syntax(i, `${en}, expected "," or "}"`, `${vi}, cần "," hoặc "}"`);
      }
      if (d === 44) {
        pathEls[top] = (pathEls[top] as number) + 1;
        i = skipWs(text, i + 1);
        continue value;
      }
      if (d === 93 /* ] */) {
        depth--;
        i++;
        continue;
      }
      const [en, vi] = describe(i);
      return syntax(i, `${en}, expected "," or "]"`, `${vi}, cần "," hoặc "]"`);
    }
  }
  return done(false);
}

/** The index after a run of ASCII digits. */
function digits(from: number): number {
  let j = from;
  for (;;) {
    const c = text.charCodeAt(j);
    if (c >= 48 && c <= 57) j++;
    else return j;
  }
}

function skipWs(text: string, from: number): number {
  let i = from;
  for (;;) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 10 || c === 13 || c === 9) i++;
    else return i;
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
