import type { Issue, IssueBase, IssuePath, LocalizedMessage, Severity } from '@rollout/core';

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
 * The params of each import issue code: what its message is made from.
 *
 * @example
 * ```ts
 * const p: ImportIssueParamsByCode['import/invalid-date'] = { text: '31/2/2021' };
 * p.text; // => '31/2/2021'
 * ```
 * @category Import
 */
export interface ImportIssueParamsByCode {
  'import/empty-input': Record<string, never>;
  'import/no-plan': Record<string, never>;
  /** `field` as a path (`header.title`), `placeholder` the value put in its place. */
  'import/missing-field': { readonly field: string; readonly placeholder: string };
  /** `text` as written (*Nghị quyết số 27*), `reference` the symbol inferred, `context` why. */
  'import/inferred-symbol': {
    readonly text: string;
    readonly reference: string;
    readonly context: string;
  };
  /** `reason` is a stable key; `reasonVi`/`reasonEn` say it in words. */
  'import/inferred-year': {
    readonly text: string;
    readonly year: number;
    readonly reason?: string;
    readonly reasonVi?: string;
    readonly reasonEn?: string;
  };
  'import/assumed-method': Record<string, never>;
  'import/invalid-date': { readonly text: string };
  'import/no-tier': { readonly text: string };
  'import/docx-unreadable': { readonly reason: string };
  /** `what` was measured (`entries`, `word/document.xml`, …), `size` against `limit`. */
  'import/docx-too-large': { readonly what: string; readonly size: string; readonly limit: string };
  'import/no-year': { readonly text: string };
  'import/truncated-date': { readonly text: string };
}

/**
 * An issue reported by the importer: core's issue shape with an `import/…`
 * code, its params typed per code, so `case 'import/inferred-year':`
 * narrows `issue.params` to `{ text, year, … }`.
 *
 * @example
 * ```ts
 * const issue: ImportIssue = createImportIssue('import/no-year', [], { text: 'Sáng 30/3' });
 * if (issue.code === 'import/no-year') issue.params.text; // => 'Sáng 30/3'
 * ```
 * @category Import
 */
export type ImportIssue<C extends ImportIssueCode = ImportIssueCode> = {
  [K in C]: IssueBase & {
    /** The `import/…` code. */
    readonly code: K;
    /** The params of that code's message ({@link ImportIssueParamsByCode}). */
    readonly params: ImportIssueParamsByCode[K];
  };
}[C];

/**
 * Any issue {@link importPlans} returns: an import issue or one of core's
 * validation issues, each discriminated on `code`.
 *
 * @example
 * ```ts
 * const { issues } = importPlans('');
 * issues.map((i) => i.code); // => ['import/empty-input']
 * ```
 * @category Import
 */
export type AnyImportIssue = ImportIssue | Issue;

/**
 * The params argument of {@link createImportIssue}: optional when a code has none.
 *
 * @category Import
 */
export type ImportIssueArgs<C extends ImportIssueCode> =
  Record<string, never> extends ImportIssueParamsByCode[C]
    ? [params?: ImportIssueParamsByCode[C]]
    : [params: ImportIssueParamsByCode[C]];

const MESSAGES: {
  readonly [C in ImportIssueCode]: (p: ImportIssueParamsByCode[C]) => LocalizedMessage;
} = {
  'import/empty-input': () => ({
    vi: 'Đầu vào không có nội dung.',
    en: 'The input holds no text.',
  }),
  'import/no-plan': () => ({
    vi: 'Không đọc được kế hoạch nào từ văn bản.',
    en: 'No plan could be read from the text.',
  }),
  'import/missing-field': (p) => ({
    vi: `Không đọc được ${p.field}; đã điền giá trị tạm "${p.placeholder}", cần bổ sung.`,
    en: `Could not read ${p.field}; the placeholder "${p.placeholder}" stands in for it and must be completed.`,
  }),
  'import/inferred-symbol': (p) => ({
    vi: `Văn bản chỉ ghi "${p.text}"; ký hiệu ${p.reference} được suy ra từ ngữ cảnh (${p.context}).`,
    en: `The text only says "${p.text}"; the symbol ${p.reference} was inferred from the context (${p.context}).`,
  }),
  'import/inferred-year': (p) => ({
    vi: `"${p.text}" không ghi năm; đã lấy năm ${p.year} từ ${p.reasonVi ?? 'ngữ cảnh'}.`,
    en: `"${p.text}" gives no year; ${p.year} was taken from ${p.reasonEn ?? 'the context'}.`,
  }),
  'import/assumed-method': () => ({
    vi: 'Không rõ phương thức của hội nghị; tạm coi là học tập trung (trực tiếp).',
    en: 'No method was given for the session; in person was assumed.',
  }),
  'import/invalid-date': (p) => ({
    vi: `Ngày "${p.text}" không tồn tại.`,
    en: `The date "${p.text}" does not exist.`,
  }),
  'import/no-tier': (p) => ({
    vi: `Đọc được thời hạn "${p.text}" nhưng không xác định được cấp nào thực hiện.`,
    en: `Read the deadline "${p.text}" but could not tell which tier it binds.`,
  }),
  'import/docx-unreadable': (p) => ({
    vi: `Không đọc được tệp DOCX: ${p.reason}`,
    en: `Could not read the DOCX file: ${p.reason}`,
  }),
  'import/docx-too-large': (p) => ({
    vi: `Tệp DOCX quá lớn khi giải nén (${p.what}: ${p.size}, giới hạn ${p.limit}); không đọc.`,
    en: `The DOCX file unpacks too large (${p.what}: ${p.size}, limit ${p.limit}); not read.`,
  }),
  'import/no-year': (p) => ({
    vi: `Ngày "${p.text}" không ghi năm và văn bản không cho biết năm; chưa ghi nhận hội nghị này.`,
    en: `The date "${p.text}" gives no year and the text gives none; its session was not recorded.`,
  }),
  'import/truncated-date': (p) => ({
    vi: `Ngày "${p.text}" bị cắt ở cuối văn bản; không tự điền phần còn thiếu.`,
    en: `The date "${p.text}" is cut off where the text ends; it was not completed.`,
  }),
};

/**
 * Makes an import issue with its messages in Vietnamese and English.
 *
 * @param code - An `import/…` code.
 * @param path - Where the issue is: a path into the plan (its index first) or `[]`.
 * @param rest - The values the message is made from, typed for the code
 *   (optional when the code has none), then a severity that overrides the
 *   code's default.
 * @returns The issue.
 * @example
 * ```ts
 * createImportIssue('import/empty-input', []).message.en; // => 'The input holds no text.'
 * ```
 * @category Import
 */
export function createImportIssue<C extends ImportIssueCode>(
  code: C,
  path: IssuePath,
  ...rest: ImportIssueArgs<C>
): ImportIssue<C> {
  const params = { ...(rest[0] ?? {}) } as ImportIssueParamsByCode[C];
  return {
    code,
    severity: IMPORT_ISSUE_CODES[code].severity,
    path: [...path],
    params,
    message: (MESSAGES[code] as (p: ImportIssueParamsByCode[C]) => LocalizedMessage)(params),
  } as ImportIssue<C>;
}
