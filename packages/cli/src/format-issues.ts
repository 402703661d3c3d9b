import { formatIssuePath, type Issue } from '@rollout/core';
import type { Lang } from './lang.js';
import { t } from './lang.js';

/** The stable JSON form of an issue: `{ code, severity, path, message }`. */
export function issueToJson(issue: Issue<string>, lang: Lang) {
  return {
    code: issue.code,
    severity: issue.severity,
    path: issue.path,
    message: issue.message[lang],
  };
}

/** One line per issue, for people. */
export function issuesToText(issues: readonly Issue<string>[], lang: Lang): string {
  const label = (s: string) =>
    s === 'error'
      ? t(lang, 'LỖI', 'ERROR')
      : s === 'warning'
        ? t(lang, 'CẢNH BÁO', 'WARNING')
        : t(lang, 'GHI CHÚ', 'NOTE');
  return issues
    .map(
      (i) =>
        `${label(i.severity)} ${i.code} ${t(lang, 'tại', 'at')} ${formatIssuePath(i.path)}: ${i.message[lang]}\n`,
    )
    .join('');
}
