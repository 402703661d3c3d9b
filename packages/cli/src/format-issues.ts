import { formatIssue, type IssueBase } from '@rollout/core';
import type { Lang } from './lang.js';

/**
 * The stable JSON form of an issue: `{ code, severity, path, params, message }`,
 * `params` typed per code as core, json and import document them.
 */
export function issueToJson(issue: IssueBase, lang: Lang) {
  return {
    code: issue.code,
    severity: issue.severity,
    path: issue.path,
    params: issue.params,
    message: issue.message[lang],
  };
}

/** One line per issue, for people: severity, code, place and message. */
export function issuesToText(issues: readonly IssueBase[], lang: Lang): string {
  return issues
    .map((i) => `${formatIssue(i, { lang, withSeverity: true, withCode: true, withPath: true })}\n`)
    .join('');
}

/**
 * The one JSON document of an exit 2 under `--format json`, for every command:
 * `{ "error": { "code", "message" }, "issues": [...] }`, `error` being the
 * first error among the issues (or the first issue).
 */
export function errorDocument(issues: readonly IssueBase[], lang: Lang) {
  const first = issues.find((i) => i.severity === 'error') ?? issues[0];
  return {
    error: {
      code: first?.code ?? 'cli/internal',
      message: first?.message[lang] ?? '',
    },
    issues: issues.map((i) => issueToJson(i, lang)),
  };
}
