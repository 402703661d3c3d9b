import type { IssueBase, IssuePath, LocalizedMessage } from '@rollout/core';

/**
 * The codes of the CLI's own issues: what makes an input unusable before any
 * library reads it (exit 2).
 *
 * @remarks
 * - `cli/file-unreadable`: the file does not exist or cannot be read (`path`, `reason`).
 * - `cli/not-utf8`: the file is not UTF-8 text (`path`).
 * - `cli/too-large`: the file is larger than the CLI reads (`path`, `limit` in bytes); it was not read, or reading stopped at the limit.
 * - `cli/not-docx`: the file is not a DOCX file the importer can open (`path`, `reason`).
 * - `cli/usage`: the command line cannot be used (`detail`, in the language of `--lang`).
 * - `cli/internal`: a fault of the CLI itself (`detail`); please report it.
 * @example
 * ```ts
 * CLI_ISSUE_CODES.includes('cli/too-large'); // => true
 * ```
 * @category CLI
 */
export const CLI_ISSUE_CODES = [
  'cli/file-unreadable',
  'cli/not-utf8',
  'cli/too-large',
  'cli/not-docx',
  'cli/usage',
  'cli/internal',
] as const;

/**
 * A code of the CLI's own issues; see {@link CLI_ISSUE_CODES}.
 *
 * @example
 * ```ts
 * const code: CliIssueCode = 'cli/not-utf8';
 * ```
 * @category CLI
 */
export type CliIssueCode = (typeof CLI_ISSUE_CODES)[number];

/**
 * The params of each CLI issue code.
 *
 * @example
 * ```ts
 * const params: CliIssueParamsByCode['cli/too-large'] = { path: '/dev/zero', limit: 268435456 };
 * ```
 * @category CLI
 */
export interface CliIssueParamsByCode {
  /** The file, and why it cannot be read: the system's error code (`ENOENT`, `EACCES`, `EISDIR` …) or, without one, its words. */
  'cli/file-unreadable': { readonly path: string; readonly reason: string };
  /** The file. */
  'cli/not-utf8': { readonly path: string };
  /** The file and the limit, in bytes. */
  'cli/too-large': { readonly path: string; readonly limit: number };
  /** The file, and why the importer cannot open it (the zip reader's own words, in English). */
  'cli/not-docx': { readonly path: string; readonly reason: string };
  /** What is wrong with the command line, in the language of `--lang`. */
  'cli/usage': { readonly detail: string };
  /** The fault. */
  'cli/internal': { readonly detail: string };
}

/**
 * An issue of the CLI itself: the usual issue shape, severity `error`.
 *
 * @example
 * ```ts
 * const isCli = (i: { code: string }): boolean => i.code.startsWith('cli/');
 * isCli({ code: 'cli/usage' }); // => true
 * ```
 * @category CLI
 */
export interface CliIssue<C extends CliIssueCode = CliIssueCode> extends IssueBase {
  /** The stable code. */
  readonly code: C;
  /** Always `error`: these issues make the input unusable. */
  readonly severity: 'error';
  /** The values the message is made from. */
  readonly params: CliIssueParamsByCode[C];
}

/** Sizes as people read them: `1 GiB`, `256 MiB`, `65 MiB`, `1000 B`. */
const size = (bytes: number): string =>
  bytes % 2 ** 30 === 0
    ? `${bytes / 2 ** 30} GiB`
    : bytes % 2 ** 20 === 0
      ? `${bytes / 2 ** 20} MiB`
      : `${bytes} B`;

/** The system's error codes people meet, in both languages (others are shown as the system gives them). */
const REASONS: Readonly<Record<string, LocalizedMessage>> = {
  ENOENT: { vi: 'không có tệp này', en: 'no such file' },
  EACCES: { vi: 'không có quyền đọc', en: 'permission denied' },
  EPERM: { vi: 'không có quyền đọc', en: 'permission denied' },
  EISDIR: { vi: 'đây là một thư mục', en: 'it is a directory' },
  ENOTDIR: {
    vi: 'một phần của đường dẫn không phải thư mục',
    en: 'a part of the path is not a directory',
  },
  ELOOP: { vi: 'liên kết vòng', en: 'too many symbolic links' },
  EMFILE: { vi: 'đang mở quá nhiều tệp', en: 'too many open files' },
};

const MESSAGES: { [C in CliIssueCode]: (p: CliIssueParamsByCode[C]) => LocalizedMessage } = {
  'cli/file-unreadable': (p) => {
    const known = Object.hasOwn(REASONS, p.reason) ? REASONS[p.reason] : undefined;
    return {
      vi: `Không đọc được tệp ${p.path}: ${known?.vi ?? p.reason}.`,
      en: `Cannot read ${p.path}: ${known?.en ?? p.reason}.`,
    };
  },
  'cli/not-utf8': (p) => ({
    vi: `Tệp ${p.path} không phải văn bản UTF-8.`,
    en: `${p.path} is not UTF-8 text.`,
  }),
  'cli/too-large': (p) => ({
    vi: `Tệp ${p.path} lớn hơn ${size(p.limit)}, giới hạn rollout đọc.`,
    en: `${p.path} is larger than ${size(p.limit)}, the most rollout reads.`,
  }),
  // The importer's reason (the zip reader's English) stays in `params.reason`, out of the message.
  'cli/not-docx': (p) => ({
    vi: `Tệp ${p.path} không phải tệp DOCX đọc được.`,
    en: `${p.path} is not a readable DOCX file.`,
  }),
  'cli/usage': (p) => ({ vi: p.detail, en: p.detail }),
  'cli/internal': (p) => ({
    vi: `Lỗi nội bộ của rollout: ${p.detail}`,
    en: `rollout internal error: ${p.detail}`,
  }),
};

/**
 * Makes a CLI issue with its messages (internal: the CLI prints these issues;
 * code reads them in `UsageError.issues`).
 *
 * @param code - One of {@link CLI_ISSUE_CODES}.
 * @param params - The params of that code.
 * @returns The issue, severity `error`, path `[]`.
 */
export function createCliIssue<C extends CliIssueCode>(
  code: C,
  params: CliIssueParamsByCode[C],
  path: IssuePath = [],
): CliIssue<C> {
  const p = { ...params };
  return {
    code,
    severity: 'error',
    path: [...path],
    params: p,
    message: (MESSAGES[code] as (x: CliIssueParamsByCode[C]) => LocalizedMessage)(p),
  };
}
