import type { Issue, IssueParams, IssuePath, Severity } from '@rollout/core';

const CODES: Record<ImportIssueCode, ImportIssueCodeInfo> = {
  'import/empty-input': { severity: 'error', summary: 'The input holds no text.' },
  'import/no-plan': { severity: 'error', summary: 'No plan could be read from the text.' },
  'import/missing-field': {
    severity: 'warning',
    summary: 'A required field could not be read; a placeholder stands in for it.',
  },
  'import/inferred-symbol': {
    severity: 'info',
    summary: "A resolution's symbol was inferred from the context.",
  },
  'import/inferred-year': {
    severity: 'info',
    summary: "A date's year was taken from the context.",
  },
  'import/assumed-method': {
    severity: 'info',
    summary: 'No method was given for a session; in person was assumed.',
  },
  'import/invalid-date': { severity: 'warning', summary: 'A date does not exist.' },
  'import/no-tier': {
    severity: 'warning',
    summary: 'A deadline was read that no tier could be tied to.',
  },
  'import/docx-unreadable': { severity: 'error', summary: 'The DOCX file could not be read.' },
  'import/docx-too-large': {
    severity: 'error',
    summary: 'The DOCX file unpacks past the size or entry limit; it was not read.',
  },
  'import/no-year': {
    severity: 'warning',
    summary:
      'A date gives no year and nothing in the text gives one; its session was not recorded.',
  },
  'import/truncated-date': {
    severity: 'warning',
    summary: 'A date is cut off where the text ends; it was not completed.',
  },
};

/**
 * What {@link IMPORT_ISSUE_CODES} says of each code.
 *
 * @category Import
 */
export interface ImportIssueCodeInfo {
  /** The severity an issue of this code has. */
  readonly severity: Severity;
  /** One line saying what the code means. */
  readonly summary: string;
}

/**
 * A code of an import issue; see {@link IMPORT_ISSUE_CODES}.
 *
 * @category Import
 */
export type ImportIssueCode =
  | 'import/empty-input'
  | 'import/no-plan'
  | 'import/missing-field'
  | 'import/inferred-symbol'
  | 'import/inferred-year'
  | 'import/assumed-method'
  | 'import/invalid-date'
  | 'import/no-tier'
  | 'import/docx-unreadable'
  | 'import/docx-too-large'
  | 'import/no-year'
  | 'import/truncated-date';

/**
 * The codes of the issues that {@link importPlans} reports, with their
 * default severity and a one-line summary.
 *
 * @remarks
 * - `import/empty-input`: the input holds no text.
 * - `import/no-plan`: no plan could be read from the text.
 * - `import/missing-field`: a field the model requires could not be read; a
 *   clearly marked placeholder (`(chưa rõ)`, or a rule/duration named in the
 *   message) stands in for it.
 * - `import/inferred-symbol`: a resolution was cited by number only (*Nghị
 *   quyết số 27*); its symbol was inferred from the context.
 * - `import/inferred-year`: a date gave no year (*trong tháng 11*); the year
 *   was taken from the context.
 * - `import/assumed-method`: no method was given for a session; in person
 *   was assumed.
 * - `import/invalid-date`: a date that does not exist on the calendar (31/2).
 * - `import/no-tier`: a deadline was read that no tier could be tied to.
 * - `import/docx-unreadable`: the bytes are not a readable DOCX file.
 * - `import/docx-too-large`: the DOCX file unpacks past {@link DOCX_LIMITS}
 *   (a zip bomb, or a file no plan needs); nothing was inflated.
 * - `import/no-year`: a news report's date gives no year (*Sáng 30/3*) and
 *   neither the page's date line, its address, the resolution nor the text
 *   gives one; the session is not recorded rather than given a guessed year.
 * - `import/truncated-date`: a date is cut off where the stored text ends
 *   (*Từ nay đến hết 30/4/202*); it is reported, never completed.
 * @example
 * ```ts
 * IMPORT_ISSUE_CODES['import/inferred-symbol'].severity; // => 'info'
 * ```
 * @category Import
 */
export const IMPORT_ISSUE_CODES: Readonly<Record<ImportIssueCode, ImportIssueCodeInfo>> = CODES;

/**
 * An issue reported by the importer: the same shape as core's `Issue`, with
 * an `import/…` code.
 *
 * @category Import
 */
export type ImportIssue = Issue<ImportIssueCode>;

type Params = IssueParams;

const s = (p: Params, k: string): string => String(p[k] ?? '');

const MESSAGES: Record<ImportIssueCode, (p: Params) => { vi: string; en: string }> = {
  'import/empty-input': () => ({
    vi: 'Đầu vào không có nội dung.',
    en: 'The input holds no text.',
  }),
  'import/no-plan': () => ({
    vi: 'Không đọc được kế hoạch nào từ văn bản.',
    en: 'No plan could be read from the text.',
  }),
  'import/missing-field': (p) => ({
    vi: `Không đọc được ${s(p, 'field')}; đã điền giá trị tạm "${s(p, 'placeholder')}", cần bổ sung.`,
    en: `Could not read ${s(p, 'field')}; the placeholder "${s(p, 'placeholder')}" stands in for it and must be completed.`,
  }),
  'import/inferred-symbol': (p) => ({
    vi: `Văn bản chỉ ghi "${s(p, 'text')}"; ký hiệu ${s(p, 'reference')} được suy ra từ ngữ cảnh (${s(p, 'context')}).`,
    en: `The text only says "${s(p, 'text')}"; the symbol ${s(p, 'reference')} was inferred from the context (${s(p, 'context')}).`,
  }),
  'import/inferred-year': (p) => ({
    vi: `"${s(p, 'text')}" không ghi năm; đã lấy năm ${s(p, 'year')} từ ${p.reasonVi ? s(p, 'reasonVi') : 'ngữ cảnh'}.`,
    en: `"${s(p, 'text')}" gives no year; ${s(p, 'year')} was taken from ${p.reasonEn ? s(p, 'reasonEn') : 'the context'}.`,
  }),
  'import/assumed-method': () => ({
    vi: 'Không rõ phương thức của hội nghị; tạm coi là học tập trung (trực tiếp).',
    en: 'No method was given for the session; in person was assumed.',
  }),
  'import/invalid-date': (p) => ({
    vi: `Ngày "${s(p, 'text')}" không tồn tại.`,
    en: `The date "${s(p, 'text')}" does not exist.`,
  }),
  'import/no-tier': (p) => ({
    vi: `Đọc được thời hạn "${s(p, 'text')}" nhưng không xác định được cấp nào thực hiện.`,
    en: `Read the deadline "${s(p, 'text')}" but could not tell which tier it binds.`,
  }),
  'import/docx-unreadable': (p) => ({
    vi: `Không đọc được tệp DOCX: ${s(p, 'reason')}`,
    en: `Could not read the DOCX file: ${s(p, 'reason')}`,
  }),
  'import/docx-too-large': (p) => ({
    vi: `Tệp DOCX quá lớn khi giải nén (${s(p, 'what')}: ${s(p, 'size')}, giới hạn ${s(p, 'limit')}); không đọc.`,
    en: `The DOCX file unpacks too large (${s(p, 'what')}: ${s(p, 'size')}, limit ${s(p, 'limit')}); not read.`,
  }),
  'import/no-year': (p) => ({
    vi: `Ngày "${s(p, 'text')}" không ghi năm và văn bản không cho biết năm; chưa ghi nhận hội nghị này.`,
    en: `The date "${s(p, 'text')}" gives no year and the text gives none; its session was not recorded.`,
  }),
  'import/truncated-date': (p) => ({
    vi: `Ngày "${s(p, 'text')}" bị cắt ở cuối văn bản; không tự điền phần còn thiếu.`,
    en: `The date "${s(p, 'text')}" is cut off where the text ends; it was not completed.`,
  }),
};

/**
 * Makes an import issue with its messages in Vietnamese and English.
 *
 * @param code - An `import/…` code.
 * @param path - Where the issue is: a path into the plan (its index first) or `[]`.
 * @param params - The values the message is made from.
 * @returns The issue.
 * @example
 * ```ts
 * createImportIssue('import/empty-input', []).message.en; // => 'The input holds no text.'
 * ```
 * @category Import
 */
export function createImportIssue(
  code: ImportIssueCode,
  path: IssuePath,
  params: IssueParams = {},
): ImportIssue {
  return {
    code,
    severity: IMPORT_ISSUE_CODES[code].severity,
    path: [...path],
    params: { ...params },
    message: MESSAGES[code](params),
  };
}
