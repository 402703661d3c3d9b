/**
 * `@rollout/import`: reads Vietnamese rollout plans (*Kế hoạch nghiên cứu, học
 * tập, quán triệt và triển khai thực hiện Nghị quyết*) out of plain text and
 * DOCX files into draft plans of the core model, with the source span of each
 * fact and the list of what could not be read.
 *
 * @packageDocumentation
 */

export type { DocxLimits } from './docx-limits.js';
export { DOCX_LIMITS } from './docx-limits.js';
export type { ImportDocxOptions, ImportDocxResult } from './import-docx.js';
export { docxToText, importDocx } from './import-docx.js';
export type {
  ImportPlansOptions,
  ImportResult,
  PlanSources,
  SourceSpan,
  UnreadSpan,
} from './import-plans.js';
export { importPlans } from './import-plans.js';
export type {
  AnyImportIssue,
  ImportIssue,
  ImportIssueArgs,
  ImportIssueCode,
  ImportIssueCodeInfo,
  ImportIssueParamsByCode,
} from './issues.js';
export { createImportIssue, IMPORT_ISSUE_CODES } from './issues.js';
