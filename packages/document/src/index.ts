/**
 * `@rollout/document`: a Rollout plan as an official Vietnamese document in
 * Markdown, HTML (print-ready A4) and plain text, under versioned layout rule
 * sets (Party 2018 and 2026, state 2020, mass organisations).
 *
 * @packageDocumentation
 */

// --- Checks --------------------------------------------------------------------
export { checkLayout } from './check-layout.js';
// --- Renderers ---------------------------------------------------------------
export type { RenderDiffOptions } from './diff.js';
export { renderDiffHtml, renderDiffMarkdown } from './diff.js';
export { renderHtml } from './html.js';
export type {
  NoBreakPiece,
  PlanBlock,
  PlanLayout,
  RenderPlanOptions,
  TableBlock,
  TextRun,
} from './layout.js';
// --- Layout ------------------------------------------------------------------
export { layoutPlan, splitNoBreak } from './layout.js';
export type { LayoutRuleSetName, LayoutRules, TextStyle } from './layout-rules.js';
export {
  defaultLayoutRules,
  isLayoutRuleSetName,
  LAYOUT_RULES,
  lineHeightPt,
} from './layout-rules.js';
export { listLetter } from './list-letter.js';
export { renderMarkdown } from './markdown.js';
export type { ProgressReportOptions } from './progress.js';
// --- Progress reports ----------------------------------------------------------
export {
  layoutProgressReport,
  renderProgressHtml,
  renderProgressMarkdown,
  renderProgressText,
} from './progress.js';
export { renderText } from './text.js';
