import type { IssueCode, IssueParamsByCode, Severity } from './codes.js';
import { messagesEn } from './messages/en.js';
import { messagesVi } from './messages/vi.js';
import type { IssueArgs } from './names.js';
import { SEVERITIES } from './severities.js';

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

/** One value of an issue's params: text, a number, a flag or null. @category Validation */
export type IssueParam = string | number | boolean | null;

/**
 * The values an issue's message is made from, as a plain record (the shape
 * every issue's `params` has; each core code has its own precise type, see
 * {@link IssueParamsByCode}).
 *
 * @category Validation
 */
export type IssueParams = Readonly<Record<string, IssueParam | undefined>>;

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
 * The shape every issue has, whatever package made it: a plain object with a
 * stable code, a severity, a path into the input, params and messages.
 *
 * @remarks Core's issues are {@link Issue}, whose `params` are typed per
 * code; adapters have their own (`JsonIssue`, `ImportIssue` …) of the same
 * shape. Use `IssueBase` for a list that mixes them.
 * @example
 * ```ts
 * const all: IssueBase[] = [createIssue('signature/missing', ['signature'])];
 * all[0].code; // => 'signature/missing'
 * ```
 * @category Validation
 */
export interface IssueBase {
  /** The stable code, `area/kebab-name`. */
  readonly code: string;
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
 * One issue of one code, its `params` typed for that code.
 *
 * @category Validation
 */
export interface IssueOf<C extends IssueCode> extends IssueBase {
  /** The stable code. */
  readonly code: C;
  /** The values the message is made from, typed for this code. */
  readonly params: IssueParamsByCode[C];
}

/**
 * A problem found in the input: a plain object with a stable code — a union
 * discriminated on `code`, so that `switch (issue.code)` narrows `params`.
 *
 * @remarks `code` is stable (see {@link ISSUE_CODES}); `path` points into the
 * input; `params` are the values the messages are made from, typed per code
 * ({@link IssueParamsByCode}). `Issue<'cascade/late'>` is one code's issue;
 * `Issue<string>` is {@link IssueBase}, the shape of any package's issue
 * (adapters have codes of their own, `json/…`, `import/…`, each with its
 * own params).
 * @example Narrowing on the code
 * ```ts
 * const issue: Issue = createIssue('session/no-audience', ['sessions', 0, 'audiences'], {
 *   session: 's-1',
 *   sessionName: 'Hội nghị (Cấp tỉnh)',
 * });
 * if (issue.code === 'session/no-audience') issue.params.sessionName; // => 'Hội nghị (Cấp tỉnh)'
 * issue.severity; // => 'error'
 * ```
 * @category Validation
 */
export type Issue<C extends string = IssueCode> = string extends C
  ? IssueBase
  : {
      [K in C]: K extends IssueCode
        ? IssueOf<K>
        : IssueBase & {
            /** A code of another package (`json/…`, `import/…`), as given. */
            readonly code: K;
          };
    }[C];

/**
 * Makes an issue with the default severity and the messages of its code.
 *
 * @param code - A stable issue code.
 * @param path - Where the issue is in the input.
 * @param rest - The values the message is made from, typed for the code
 *   (optional when the code has none), then a severity that overrides the
 *   code's default ({@link IssueArgs}).
 * @returns A new plain issue object.
 * @example
 * ```ts
 * createIssue('signature/missing', ['signature']).message.vi; // => 'Kế hoạch thiếu phần chữ ký.'
 * ```
 * @category Validation
 */
export function createIssue<C extends IssueCode>(
  code: C,
  path: IssuePath,
  ...rest: IssueArgs<C>
): Issue<C> {
  const params = (rest[0] ?? {}) as IssueParamsByCode[C];
  const severity = rest[1];
  const message = (messages: { readonly [K in IssueCode]: (p: IssueParamsByCode[K]) => string }) =>
    (messages[code] as (p: IssueParamsByCode[C]) => string)(params);
  return {
    code,
    severity: severity ?? SEVERITIES[code],
    path: [...path],
    params: { ...params },
    message: { vi: message(messagesVi), en: message(messagesEn) },
  } as IssueOf<C> as Issue<C>;
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
export function hasErrors(issues: readonly IssueBase[]): boolean {
  return issues.some((i) => i.severity === 'error');
}
