import type { Issue, IssueBase, IssueParams, IssuePath, Severity } from '@rollout/core';

/**
 * Every issue code of `@rollout/json`, with its default severity and what it means.
 *
 * @remarks These codes are stable and live beside core's (see `ISSUE_CODES` of
 * `@rollout/core`); issues use the same plain shape `{ code, severity, path,
 * params, message: { vi, en } }`. Codes found while scanning the text carry
 * `line` and `column` (both from 1, columns in UTF-16 code units) in `params`.
 * @example
 * ```ts
 * JSON_ISSUE_CODES['json/duplicate-key'].severity; // => 'warning'
 * ```
 * @category Validation
 */
export const JSON_ISSUE_CODES = {
  /** The text is not JSON: an unexpected character or the end came too soon. */
  'json/syntax': { severity: 'error', summary: 'The text is not valid JSON.' },
  /** An object has the same key twice; the last value wins, as in `JSON.parse`. */
  'json/duplicate-key': {
    severity: 'warning',
    summary: 'An object has the same key twice (the last one wins).',
  },
  /** A number cannot be held exactly: an integer beyond ±(2^53 − 1), or beyond the range of doubles. */
  'json/unsafe-number': {
    severity: 'error',
    summary: 'A number cannot be represented exactly.',
  },
  /** A string holds half of a UTF-16 surrogate pair: it cannot be written as UTF-8. */
  'json/lone-surrogate': { severity: 'error', summary: 'A string holds a lone surrogate.' },
  /**
   * The bytes are not valid UTF-8 (a stray byte, a sequence cut short, an
   * overlong form, a surrogate): the text (or one NDJSON line) is refused,
   * never read with U+FFFD in place of the bad bytes.
   */
  'json/invalid-utf8': { severity: 'error', summary: 'The bytes are not valid UTF-8.' },
  /** Arrays and objects are nested deeper than the limit. */
  'json/too-deep': { severity: 'error', summary: 'The JSON is nested too deeply.' },
  /** The text (or one NDJSON line) is longer than the limit. */
  'json/too-large': { severity: 'error', summary: 'The text is too large.' },
  /** The document names a `format` other than `rollout/plan`. */
  'json/unknown-format': { severity: 'error', summary: 'The document has an unknown format.' },
  /** The envelope's version is newer than this reader, or has no migration path. */
  'json/unsupported-version': {
    severity: 'error',
    summary: 'The format version is not supported.',
  },
  /** The envelope is malformed: no `plan`, a version that is not an integer, an unknown key. */
  'json/invalid-envelope': { severity: 'error', summary: 'The envelope is malformed.' },
  /** A migration step failed on this document. */
  'json/migration-failed': { severity: 'error', summary: 'A migration step failed.' },
  /** An NDJSON line is empty (blank lines are skipped and counted, not errors). */
  'json/blank-line': { severity: 'info', summary: 'An NDJSON line is blank.' },
} as const satisfies Record<string, { severity: Severity; summary: string }>;

/**
 * A code of {@link JSON_ISSUE_CODES}.
 *
 * @category Validation
 */
export type JsonIssueCode = keyof typeof JSON_ISSUE_CODES;

/**
 * Where in the text an issue is: line and column, both from 1 (columns in
 * UTF-16 code units).
 *
 * @example
 * ```ts
 * const at: TextPosition = { line: 4, column: 3 };
 * at.line; // => 4
 * ```
 * @category Validation
 */
export type TextPosition = {
  /** The line, from 1. */
  readonly line: number;
  /** The column, from 1, in UTF-16 code units. */
  readonly column: number;
};

/**
 * The `params` of each `json/…` code, typed per code, so that a switch on
 * `issue.code` narrows them.
 *
 * @example
 * ```ts
 * const p: JsonIssueParamsByCode['json/duplicate-key'] = { key: 'title', line: 3, column: 5 };
 * p.line; // => 3
 * ```
 * @category Validation
 */
export interface JsonIssueParamsByCode {
  /** What was expected, in English and Vietnamese, and where. */
  'json/syntax': TextPosition & { readonly detail: string; readonly detailVi: string };
  'json/duplicate-key': TextPosition & { readonly key: string };
  'json/unsafe-number': TextPosition & { readonly number: string };
  'json/lone-surrogate': TextPosition;
  /**
   * `line`: the line (from 1) holding the first bad byte; `offset`: that
   * byte's offset from the start of the input, in bytes, from 0.
   */
  'json/invalid-utf8': { readonly line: number; readonly offset: number };
  'json/too-deep': TextPosition & { readonly maxDepth: number };
  /** `length` is `">N"` when a line was too long to keep. */
  'json/too-large': {
    readonly length: number | string;
    readonly maxLength: number;
    readonly line?: number;
  };
  'json/unknown-format': { readonly format: string; readonly expected: string };
  'json/unsupported-version': { readonly version: number | string; readonly current: number };
  'json/invalid-envelope': { readonly detail: string; readonly detailVi: string };
  'json/migration-failed': { readonly from: number; readonly to: number; readonly reason: string };
  'json/blank-line': { readonly line: number };
}

/**
 * An issue of `@rollout/json`: core's issue shape with a `json/…` code and
 * its params typed per code.
 *
 * @category Validation
 */
export type JsonIssue = {
  [K in JsonIssueCode]: IssueBase & {
    /** The `json/…` code. */
    readonly code: K;
    /** The params of that code's message ({@link JsonIssueParamsByCode}). */
    readonly params: JsonIssueParamsByCode[K];
  };
}[JsonIssueCode];

/**
 * Any issue this package returns: a `json/…` issue or one of core's.
 *
 * @category Validation
 */
export type AnyIssue = Issue | JsonIssue;

const s = (p: IssueParams, k: string): string => String(p[k] ?? '');
const at = (p: IssueParams): string =>
  p.line !== undefined ? ` (${s(p, 'line')}:${s(p, 'column')})` : '';
const atVi = (p: IssueParams): string =>
  p.line !== undefined ? ` (dòng ${s(p, 'line')}, cột ${s(p, 'column')})` : '';

const MESSAGES: {
  readonly [C in JsonIssueCode]: {
    readonly vi: (p: IssueParams) => string;
    readonly en: (p: IssueParams) => string;
  };
} = {
  'json/syntax': {
    vi: (p) => `Lỗi cú pháp JSON${atVi(p)}: ${s(p, 'detailVi') || s(p, 'detail')}.`,
    en: (p) => `JSON syntax error${at(p)}: ${s(p, 'detail')}.`,
  },
  'json/duplicate-key': {
    vi: (p) => `Khóa "${s(p, 'key')}" xuất hiện hai lần${atVi(p)}; giá trị sau được dùng.`,
    en: (p) => `The key "${s(p, 'key')}" appears twice${at(p)}; the last value is used.`,
  },
  'json/unsafe-number': {
    vi: (p) => `Số ${s(p, 'number')} không biểu diễn chính xác được${atVi(p)}.`,
    en: (p) => `The number ${s(p, 'number')} cannot be represented exactly${at(p)}.`,
  },
  'json/lone-surrogate': {
    vi: (p) => `Chuỗi chứa nửa cặp thay thế UTF-16 đơn lẻ${atVi(p)}.`,
    en: (p) => `A string holds a lone UTF-16 surrogate${at(p)}.`,
  },
  'json/invalid-utf8': {
    vi: (p) =>
      `Dòng ${s(p, 'line')} không phải văn bản UTF-8 hợp lệ (byte sai đầu tiên ở vị trí ${s(p, 'offset')}, đếm từ 0).`,
    en: (p) =>
      `Line ${s(p, 'line')} is not valid UTF-8 text (first bad byte at offset ${s(p, 'offset')}, from 0).`,
  },
  'json/too-deep': {
    vi: (p) => `JSON lồng nhau quá sâu (giới hạn ${s(p, 'maxDepth')} cấp)${atVi(p)}.`,
    en: (p) => `The JSON is nested too deeply (limit ${s(p, 'maxDepth')} levels)${at(p)}.`,
  },
  'json/too-large': {
    vi: (p) => `Dữ liệu quá lớn: ${s(p, 'length')} ký tự, giới hạn ${s(p, 'maxLength')}.`,
    en: (p) => `The input is too large: ${s(p, 'length')} characters, limit ${s(p, 'maxLength')}.`,
  },
  'json/unknown-format': {
    vi: (p) => `Định dạng "${s(p, 'format')}" không được hỗ trợ (cần "${s(p, 'expected')}").`,
    en: (p) => `The format "${s(p, 'format')}" is not supported (expected "${s(p, 'expected')}").`,
  },
  'json/unsupported-version': {
    vi: (p) =>
      `Phiên bản ${s(p, 'version')} không được hỗ trợ (phiên bản hiện hành: ${s(p, 'current')}).`,
    en: (p) => `Version ${s(p, 'version')} is not supported (current version: ${s(p, 'current')}).`,
  },
  'json/invalid-envelope': {
    vi: (p) => `Phong bì tệp không hợp lệ: ${s(p, 'detailVi') || s(p, 'detail')}.`,
    en: (p) => `The envelope is malformed: ${s(p, 'detail')}.`,
  },
  'json/migration-failed': {
    vi: (p) =>
      `Chuyển đổi từ phiên bản ${s(p, 'from')} lên ${s(p, 'to')} thất bại: ${s(p, 'reason')}.`,
    en: (p) => `Migrating from version ${s(p, 'from')} to ${s(p, 'to')} failed: ${s(p, 'reason')}.`,
  },
  'json/blank-line': {
    vi: (p) => `Dòng ${s(p, 'line')} trống.`,
    en: (p) => `Line ${s(p, 'line')} is blank.`,
  },
};

/**
 * Makes a `json/…` issue with its default severity and its messages.
 *
 * @remarks The `json/…` counterpart of core's `createIssue`, which accepts
 * core codes only. The result is a new plain object.
 * @param code - A code of {@link JSON_ISSUE_CODES}.
 * @param path - Where the issue is.
 * @param params - The values the messages are made from.
 * @param severity - Overrides the code's default severity.
 * @returns A new issue.
 * @example
 * ```ts
 * createJsonIssue('json/duplicate-key', ['header'], { key: 'title', line: 3, column: 5 }).message.en;
 * // => 'The key "title" appears twice (3:5); the last value is used.'
 * ```
 * @category Validation
 */
export function createJsonIssue<C extends JsonIssueCode>(
  code: C,
  path: IssuePath,
  params: JsonIssueParamsByCode[C],
  severity?: Severity,
): JsonIssue & {
  /** The code asked for. */
  readonly code: C;
} {
  const m = MESSAGES[code];
  const p = params as unknown as IssueParams;
  return {
    code,
    severity: severity ?? JSON_ISSUE_CODES[code].severity,
    path: [...path],
    params: { ...params },
    message: { vi: m.vi(p), en: m.en(p) },
  } as unknown as JsonIssue & { readonly code: C };
}
