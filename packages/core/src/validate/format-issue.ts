import type { IssueBase } from './issue.js';
import { formatIssuePath } from './issue.js';

/**
 * The options of {@link formatIssue}.
 *
 * @category Validation
 */
export interface FormatIssueOptions {
  /** `vi` (default) or `en`. */
  readonly lang?: 'vi' | 'en';
  /** Also say where the issue is (`tại sessions[1].deadline`); default `false`. */
  readonly withPath?: boolean;
  /** Also give the code (`cascade/late`); default `false`. */
  readonly withCode?: boolean;
  /** Begin with the severity (`LỖI`, `CẢNH BÁO`, `GHI CHÚ`); default `false`. */
  readonly withSeverity?: boolean;
}

const SEVERITY_WORDS = {
  vi: { error: 'LỖI', warning: 'CẢNH BÁO', info: 'GHI CHÚ' },
  en: { error: 'ERROR', warning: 'WARNING', info: 'NOTE' },
} as const;

/**
 * An issue as one line for people, in one language.
 *
 * @remarks The message of the chosen language only (issues carry both),
 * optionally with the severity, the code and where the issue is. Works on
 * the issues of every package (core, `@rollout/json`, `@rollout/import` …):
 * they share one shape ({@link IssueBase}).
 * @param issue - An issue of any package.
 * @param options - The language, and what to add to the message.
 * @returns The line, without a line break.
 * @example
 * ```ts
 * const issue = createIssue('signature/missing', ['signature']);
 * formatIssue(issue); // => 'Kế hoạch thiếu phần chữ ký.'
 * formatIssue(issue, { lang: 'en', withSeverity: true, withPath: true });
 * // => 'ERROR at signature: The plan has no signature block.'
 * ```
 * @category Validation
 */
export function formatIssue(issue: IssueBase, options: FormatIssueOptions = {}): string {
  const lang = options.lang === 'en' ? 'en' : 'vi';
  const head: string[] = [];
  if (options.withSeverity) head.push(SEVERITY_WORDS[lang][issue.severity] ?? issue.severity);
  if (options.withCode) head.push(issue.code);
  if (options.withPath) head.push(`${lang === 'en' ? 'at' : 'tại'} ${formatIssuePath(issue.path)}`);
  const message = issue.message?.[lang] ?? '';
  return head.length > 0 ? `${head.join(' ')}: ${message}` : message;
}
