import { ISSUE_CODES, type IssueCode, type Severity } from './codes.js';
import { messagesEn } from './messages/en.js';
import { messagesVi } from './messages/vi.js';

/**
 * Where an issue is: the keys and indices from the root of the input.
 *
 * @example
 * ```ts
 * const path: IssuePath = ['sessions', 1, 'deadline', 'date'];
 * ```
 * @category Validation
 */
export type IssuePath = readonly (string | number)[];

/**
 * The values an issue's message is made from.
 *
 * @category Validation
 */
export type IssueParams = Readonly<Record<string, string | number | boolean | null>>;

/**
 * An issue's message, in Vietnamese and in English.
 *
 * @category Validation
 */
export interface LocalizedMessage {
  /** The Vietnamese message. */
  readonly vi: string;
  /** The English message. */
  readonly en: string;
}

/**
 * A problem found in the input: a plain object with a stable code.
 *
 * @remarks `code` is stable (see {@link ISSUE_CODES}); `path` points into the
 * input; `params` are the values the messages are made from. Adapter packages
 * use the same shape with codes of their own (`json/…`, `import/…`).
 * @example
 * ```ts
 * const issue: Issue = createIssue('session/no-audience', ['sessions', 0, 'audiences'], { session: 's-1' });
 * issue.severity; // => 'error'
 * issue.message.en; // => 'Session "s-1" has no audience.'
 * ```
 * @category Validation
 */
export interface Issue<Code extends string = IssueCode> {
  /** The stable code, `area/kebab-name`. */
  readonly code: Code;
  /** `error` makes the input invalid; `warning` and `info` do not. */
  readonly severity: Severity;
  /** Where the issue is in the input. */
  readonly path: IssuePath;
  /** The values the message is made from. */
  readonly params: IssueParams;
  /** The message in Vietnamese and English. */
  readonly message: LocalizedMessage;
}

/**
 * Makes an issue with the default severity and the messages of its code.
 *
 * @param code - A stable issue code.
 * @param path - Where the issue is in the input.
 * @param params - The values the message is made from.
 * @param severity - Overrides the code's default severity.
 * @returns A new plain issue object.
 * @example
 * ```ts
 * createIssue('signature/missing', ['signature']).message.vi; // => 'Kế hoạch thiếu phần chữ ký.'
 * ```
 * @category Validation
 */
export function createIssue(
  code: IssueCode,
  path: IssuePath,
  params: IssueParams = {},
  severity?: Severity,
): Issue {
  return {
    code,
    severity: severity ?? ISSUE_CODES[code].severity,
    path: [...path],
    params: { ...params },
    message: { vi: messagesVi[code](params), en: messagesEn[code](params) },
  };
}

/**
 * Writes an issue path the way people read it: `sessions[1].deadline.date`.
 *
 * @param path - An issue path.
 * @returns The path as text; `(root)` for the empty path.
 * @example
 * ```ts
 * formatIssuePath(['sessions', 1, 'deadline', 'date']); // => 'sessions[1].deadline.date'
 * ```
 * @category Validation
 */
export function formatIssuePath(path: IssuePath): string {
  if (path.length === 0) return '(root)';
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(key)) out += out === '' ? key : `.${key}`;
    else out += `[${JSON.stringify(key)}]`;
  }
  return out;
}

/**
 * Tells whether a list of issues holds at least one error.
 *
 * @param issues - Issues of any code.
 * @returns `true` when some issue has severity `error`.
 * @example
 * ```ts
 * hasErrors([createIssue('text/not-nfc', ['intro'])]); // => false
 * ```
 * @category Validation
 */
export function hasErrors(issues: readonly Issue<string>[]): boolean {
  return issues.some((i) => i.severity === 'error');
}
