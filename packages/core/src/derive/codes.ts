import { formatShortDate } from '../format/vi-date.js';
import type { Severity } from '../validate/codes.js';
import type { Issue, IssueParams, IssuePath } from '../validate/issue.js';

const param = (p: IssueParams, k: string): string => String(p[k] ?? '');
const ISO_PARAM = /^(\d{4})-(\d{2})-(\d{2})$/;
/** A date param as people read it: `15/9/2020` (vi), `15 September 2020` (en); none: no last day. */
const dayParam = (p: IssueParams, k: string, lang: 'vi' | 'en'): string => {
  const value = p[k];
  if (value === null || value === undefined)
    return lang === 'vi' ? 'không có hạn cuối' : 'no last day';
  const text = String(value);
  return ISO_PARAM.test(text) ? formatShortDate(text, lang) : text;
};

/**
 * The codes of the issues that {@link derivePlan} and {@link checkAgainstUpper}
 * report, with their default severity and a one-line summary.
 *
 * @remarks Kept apart from {@link ISSUE_CODES} so that an app that only
 * validates and schedules plans does not carry these messages in its bundle.
 * Codes are stable, `area/kebab-name`:
 *
 * - `derive/no-target`: neither a unit nor a tier was named.
 * - `derive/unknown-unit`: the unit is not in the unit tree.
 * - `derive/unknown-tier`: the upper plan has no tier with that id.
 * - `derive/no-tier-for-unit`: the upper plan has no tier at the unit's level.
 * - `derive/not-below`: the unit or tier is not below the upper plan's own tier.
 * - `derive/unknown-activity`: an option names a session or deliverable the
 *   draft does not carry.
 * - `derive/deadline-clamped`: a deadline asked for is later than the upper
 *   plan allows; the upper plan's rule is used instead.
 * - `derive/several-sessions`: the upper plan has several sessions at the
 *   unit's tier; all were carried, the clerk keeps the ones that concern it.
 * - `derive/issued-before-upper`: the draft is dated before the upper plan.
 * - `check/not-lower`: the lower plan has no tier below the upper plan's own.
 * - `check/missing-resolution`: a resolution of the upper plan is not rolled out.
 * - `check/missing-tier`: a tier the upper plan schedules at or below the
 *   lower plan's own level is missing.
 * - `check/missing-audience`: an audience the upper plan names for a tier is missing.
 * - `check/deadline-later`: a deadline is later than the upper plan allows
 *   for that tier (or sets no last day where the upper plan sets one).
 * - `check/missing-material`: a study material the lower plan must list (the
 *   resolution, the upper plan, the upper body's action plan) is missing.
 * - `check/missing-follow-up`: a follow-up the upper plan asks of these tiers
 *   (action plan, reflections, report, inspection) is missing.
 * - `check/report-not-to-upper`: the lower plan's reports are not addressed
 *   to the upper body.
 * - `check/upper-not-in-recipients`: the upper body is not among the
 *   recipients *B/c* (to report to).
 * - `check/copied-text`: text of the lower plan repeats the upper plan's
 *   (see {@link checkAgainstUpper} for the threshold).
 * @example
 * ```ts
 * RELATION_ISSUE_CODES['check/deadline-later'].severity; // => 'error'
 * ```
 * @category Relations
 */
export const RELATION_ISSUE_CODES = {
  'derive/no-target': { severity: 'error', summary: 'Neither a unit nor a tier was named.' },
  'derive/unknown-unit': { severity: 'error', summary: 'The unit is not in the unit tree.' },
  'derive/unknown-tier': { severity: 'error', summary: 'The upper plan has no such tier.' },
  'derive/no-tier-for-unit': {
    severity: 'error',
    summary: "The upper plan has no tier at the unit's level.",
  },
  'derive/not-below': {
    severity: 'error',
    summary: "The unit or tier is not below the upper plan's own tier.",
  },
  'derive/unknown-activity': {
    severity: 'error',
    summary: 'An option names an activity the draft does not carry.',
  },
  'derive/deadline-clamped': {
    severity: 'warning',
    summary: 'A deadline asked for is later than the upper plan allows.',
  },
  'derive/several-sessions': {
    severity: 'info',
    summary: "The upper plan has several sessions at the unit's tier.",
  },
  'derive/issued-before-upper': {
    severity: 'warning',
    summary: 'The draft is dated before the upper plan.',
  },
  'check/not-lower': {
    severity: 'error',
    summary: "The lower plan has no tier below the upper plan's own.",
  },
  'check/missing-resolution': {
    severity: 'error',
    summary: 'A resolution of the upper plan is not rolled out.',
  },
  'check/missing-tier': {
    severity: 'error',
    summary: 'A tier the upper plan requires is missing.',
  },
  'check/missing-audience': {
    severity: 'error',
    summary: 'An audience the upper plan requires is missing.',
  },
  'check/deadline-later': {
    severity: 'error',
    summary: 'A deadline is later than the upper plan allows.',
  },
  'check/missing-material': {
    severity: 'error',
    summary: 'A required study material is missing.',
  },
  'check/missing-follow-up': {
    severity: 'error',
    summary: 'A follow-up the upper plan requires is missing.',
  },
  'check/report-not-to-upper': {
    severity: 'error',
    summary: 'The reports are not addressed to the upper body.',
  },
  'check/upper-not-in-recipients': {
    severity: 'warning',
    summary: 'The upper body is not among the recipients B/c.',
  },
  'check/copied-text': {
    severity: 'error',
    summary: "Text of the lower plan repeats the upper plan's.",
  },
} as const satisfies Record<string, { severity: Severity; summary: string }>;

/**
 * A code of {@link RELATION_ISSUE_CODES}.
 *
 * @category Relations
 */
export type RelationIssueCode = keyof typeof RELATION_ISSUE_CODES;

type Messages = { readonly [C in RelationIssueCode]: (p: IssueParams) => string };

const VI: Messages = {
  'derive/no-target': () => 'Cần chỉ ra đơn vị (unit) hoặc cấp (tier) để lập kế hoạch.',
  'derive/unknown-unit': (p) =>
    `Không có đơn vị nào mang mã "${param(p, 'unit')}" trong cây đơn vị.`,
  'derive/unknown-tier': (p) => `Kế hoạch cấp trên không có cấp nào mang mã "${param(p, 'tier')}".`,
  'derive/no-tier-for-unit': (p) =>
    `Kế hoạch cấp trên không có cấp nào ở cấp độ ${param(p, 'level')} của đơn vị "${param(p, 'unit')}".`,
  'derive/not-below': (p) =>
    `Cấp "${param(p, 'tier')}" không thấp hơn cấp ban hành kế hoạch cấp trên ("${param(p, 'top')}").`,
  'derive/unknown-activity': (p) =>
    `Bản dự thảo không có hội nghị hay sản phẩm nào mang mã "${param(p, 'id')}".`,
  'derive/deadline-clamped': (p) =>
    `Thời hạn yêu cầu cho "${param(p, 'id')}" (${dayParam(p, 'asked', 'vi')}) muộn hơn kế hoạch cấp trên cho phép (${dayParam(p, 'allowed', 'vi')}); giữ thời hạn của cấp trên.`,
  'derive/several-sessions': (p) =>
    `Kế hoạch cấp trên có ${param(p, 'count')} hội nghị ở cấp "${param(p, 'tier')}"; đã chép cả, cần giữ lại hội nghị áp dụng cho đơn vị.`,
  'derive/issued-before-upper': (p) =>
    `Bản dự thảo ghi ngày ${dayParam(p, 'date', 'vi')}, trước ngày ban hành kế hoạch cấp trên (${dayParam(p, 'upperDate', 'vi')}).`,
  'check/not-lower': (p) =>
    `Kế hoạch không có cấp nào thấp hơn cấp ban hành kế hoạch cấp trên (${param(p, 'top')}).`,
  'check/missing-resolution': (p) =>
    `Kế hoạch không triển khai văn bản ${param(p, 'reference')} mà kế hoạch cấp trên triển khai.`,
  'check/missing-tier': (p) =>
    `Thiếu cấp ${param(p, 'level')} ("${param(p, 'tier')}") mà kế hoạch cấp trên yêu cầu tổ chức học tập.`,
  'check/missing-audience': (p) =>
    `Cấp "${param(p, 'tier')}" thiếu thành phần "${param(p, 'member')}" mà kế hoạch cấp trên yêu cầu.`,
  'check/deadline-later': (p) =>
    `Thời hạn "${param(p, 'label')}" ở cấp "${param(p, 'tier')}" là ${dayParam(p, 'lowerDeadline', 'vi')}, muộn hơn kế hoạch cấp trên cho phép (${dayParam(p, 'upperDeadline', 'vi')}).`,
  'check/missing-material': (p) => `Thiếu tài liệu học tập: ${param(p, 'material')}.`,
  'check/missing-follow-up': (p) =>
    `Thiếu yêu cầu "${param(p, 'label')}" mà kế hoạch cấp trên giao cho cấp "${param(p, 'tier')}".`,
  'check/report-not-to-upper': (p) =>
    `Báo cáo kết quả không gửi về cấp trên (${param(p, 'upper')})${p.submitTo ? `; đang gửi về: ${param(p, 'submitTo')}` : ''}.`,
  'check/upper-not-in-recipients': (p) =>
    `Nơi nhận chưa có cấp trên (${param(p, 'upper')}) để báo cáo (B/c).`,
  'check/copied-text': (p) =>
    `${param(p, 'sentences')} câu tại ${param(p, 'field')} lặp lại kế hoạch cấp trên (${param(p, 'upperField')}; giống ${param(p, 'percent')}%): cần cụ thể hóa, không sao chép.`,
};

const EN: Messages = {
  'derive/no-target': () => 'Name the unit (unit) or the tier (tier) to draft a plan for.',
  'derive/unknown-unit': (p) => `No unit has the id "${param(p, 'unit')}" in the unit tree.`,
  'derive/unknown-tier': (p) => `The upper plan has no tier with the id "${param(p, 'tier')}".`,
  'derive/no-tier-for-unit': (p) =>
    `The upper plan has no tier at the level ${param(p, 'level')} of unit "${param(p, 'unit')}".`,
  'derive/not-below': (p) =>
    `Tier "${param(p, 'tier')}" is not below the upper plan's own tier ("${param(p, 'top')}").`,
  'derive/unknown-activity': (p) => `The draft has no session or deliverable "${param(p, 'id')}".`,
  'derive/deadline-clamped': (p) =>
    `The deadline asked for "${param(p, 'id')}" (${dayParam(p, 'asked', 'en')}) is later than the upper plan allows (${dayParam(p, 'allowed', 'en')}); the upper plan's deadline is kept.`,
  'derive/several-sessions': (p) =>
    `The upper plan has ${param(p, 'count')} sessions at tier "${param(p, 'tier')}"; all were carried, keep those that concern the unit.`,
  'derive/issued-before-upper': (p) =>
    `The draft is dated ${param(p, 'date')}, before the upper plan (${param(p, 'upperDate')}).`,
  'check/not-lower': (p) =>
    `The plan has no tier below the upper plan's own tier (${param(p, 'top')}).`,
  'check/missing-resolution': (p) =>
    `The plan does not roll out ${param(p, 'reference')}, which the upper plan rolls out.`,
  'check/missing-tier': (p) =>
    `The tier at level ${param(p, 'level')} ("${param(p, 'tier')}") that the upper plan schedules is missing.`,
  'check/missing-audience': (p) =>
    `Tier "${param(p, 'tier')}" lacks the audience "${param(p, 'member')}" that the upper plan requires.`,
  'check/deadline-later': (p) =>
    `The deadline of "${param(p, 'labelEn')}" at tier "${param(p, 'tier')}" is ${dayParam(p, 'lowerDeadline', 'en')}, later than the upper plan allows (${dayParam(p, 'upperDeadline', 'en')}).`,
  'check/missing-material': (p) => `A study material is missing: ${param(p, 'material')}.`,
  'check/missing-follow-up': (p) =>
    `The follow-up "${param(p, 'labelEn')}" that the upper plan asks of tier "${param(p, 'tier')}" is missing.`,
  'check/report-not-to-upper': (p) =>
    `Reports are not addressed to the upper body (${param(p, 'upper')})${p.submitTo ? `; they go to: ${param(p, 'submitTo')}` : ''}.`,
  'check/upper-not-in-recipients': (p) =>
    `The recipients do not include the upper body (${param(p, 'upper')}) for report (B/c).`,
  'check/copied-text': (p) =>
    `${param(p, 'sentences')} sentence(s) at ${param(p, 'field')} repeat the upper plan (${param(p, 'upperField')}; ${param(p, 'percent')}% alike): make them specific, do not copy.`,
};

/** An issue of {@link derivePlan} or {@link checkAgainstUpper}. @category Relations */
export type RelationIssue = Issue<RelationIssueCode>;

/** Makes an issue of a relation code (internal). */
export function createRelationIssue(
  code: RelationIssueCode,
  path: IssuePath,
  params: IssueParams = {},
  severity?: Severity,
): RelationIssue {
  return {
    code,
    severity: severity ?? RELATION_ISSUE_CODES[code].severity,
    path: [...path],
    params: { ...params },
    message: { vi: VI[code](params), en: EN[code](params) },
  };
}
