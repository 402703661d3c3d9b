import { type Plan, parsePlan } from '@rollout/core';
import type { ExtractedPlan } from './extract/context.js';
import { createContext } from './extract/context.js';
import { extractEventPlan } from './extract/event-plan.js';
import { extractPlan } from './extract/plan.js';
import { type AnyImportIssue, createImportIssue, type ImportIssue } from './issues.js';
import { createSourceText } from './normalise/source-text.js';
import { findTimes } from './recognise/dates.js';
import type { Line, Span } from './segment/lines.js';
import { Reader } from './segment/reader.js';
import { splitPlans } from './segment/split-plans.js';

/**
 * A stretch of the input, as offsets in UTF-16 code units of the input string
 * as given (`end` exclusive).
 *
 * @category Import
 */
export interface SourceSpan {
  /** The first code unit. */
  readonly start: number;
  /** One past the last code unit. */
  readonly end: number;
}

/**
 * A non-blank stretch of the input that no fact came from.
 *
 * @category Import
 */
export interface UnreadSpan extends SourceSpan {
  /** The text of the stretch, exactly as in the input. */
  readonly text: string;
}

/**
 * Where each fact of one imported plan was read: a JSON-pointer-like path of
 * the plan (`/sessions/1/deadline`, `/header/reference`) → its span in the input.
 *
 * @category Import
 */
export type PlanSources = Record<string, SourceSpan>;

/**
 * Options of {@link importPlans}.
 *
 * @category Import
 */
export interface ImportPlansOptions {
  /**
   * The year to use when a date gives none (*dự kiến trong tháng 11*) and the
   * text gives no year either (no plan date, no resolution date).
   */
  readonly defaultYear?: number;
  /**
   * Whether to add core validation issues (`parsePlan`) of each draft to
   * `issues`, with paths prefixed by `['plans', index]`. Default `true`.
   */
  readonly validate?: boolean;
}

/**
 * The result of {@link importPlans} and {@link importDocx}.
 *
 * @category Import
 */
export interface ImportResult {
  /** The draft plans, in the order of the text. */
  readonly plans: Plan[];
  /** Per plan (same index), where each fact was read. */
  readonly sources: PlanSources[];
  /** Import issues (`import/…`) and, unless turned off, validation issues. */
  readonly issues: AnyImportIssue[];
  /** Every non-blank stretch of the input that no fact came from. */
  readonly unread: UnreadSpan[];
}

/**
 * Reads Vietnamese rollout plans (*Kế hoạch nghiên cứu, học tập, quán triệt
 * và triển khai thực hiện Nghị quyết*) out of plain text into draft plans.
 *
 * @remarks
 * One text may hold several plans: a text with several document headers or
 * stored pages (`Nguồn:` lines), a news article reporting several provinces'
 * plans, or sessions held by several bodies, is split by its headers, pages
 * and the bodies it names. A news report's held sessions (*Sáng ngày
 * 22/12/2022, Ban Thường vụ Tỉnh ủy … đã tổ chức Hội nghị trực tuyến … hơn 600
 * điểm cầu*) are read with the tier of the body that held them, the method,
 * bridge points and attendees; a date without a year takes one from the
 * page's date line, its address, the resolution's date or term, or the text,
 * each reported as `import/inferred-year` with its reason. Each plan is a draft in the core model:
 * what could not be read but the schema requires is filled with a clearly
 * marked placeholder (`(chưa rõ)`, `0000-01-01`) and reported as an
 * `import/missing-field` issue. Every fact's source span is in `sources`;
 * every non-blank line (or column cell) that gave no fact and is not
 * recognised boilerplate (page numbers, photo captions, image file names, the
 * motto, `*` rules) is in `unread`.
 *
 * The text may be NFC or NFD, carry typos in its diacritics (*phảt*,
 * *thuạt*), HTML tags, odd spacing, `-`/`–`/`/` in dates and line breaks
 * inside sentences: keywords are matched on a diacritic-free folded form and
 * offsets always point into the input as given. Linear in the input's size:
 * no pattern backtracks catastrophically.
 *
 * *hoàn thành trước ngày D* is read as `{ kind: 'by', date: D }` (done by D,
 * inclusive); *đã học … ngày D* as `held`; *trong tháng 11* without a year
 * takes its year from the text before it, else the plan's date (issue
 * `import/inferred-year`).
 * @param text - The plan text.
 * @param options - See {@link ImportPlansOptions}.
 * @returns `{ plans, sources, issues, unread }`; never throws.
 * @example Reading one tier
 * ```ts
 * const { plans } = importPlans(
 *   'KẾ HOẠCH\nHọc tập Nghị quyết số 58-NQ/TW\n1. Cấp tỉnh\n- Thành phần: Ban Chấp hành Tỉnh hội.\n- Thời gian: ½ ngày, hoàn thành trước ngày 15/9/2020.',
 * );
 * plans[0]?.sessions[0]?.deadline; // => { kind: 'by', date: '2020-09-15' }
 * plans[0]?.sessions[0]?.duration; // => { halfDays: 1 }
 * ```
 * @example Reading a news report
 * ```ts
 * const news = importPlans(
 *   'Nguồn: https://example.vn/tin\n04/01/2024 09:35\nSáng 25/12, Đảng ủy phường Thị Cầu tổ chức Hội nghị học tập, quán triệt Nghị quyết.',
 * );
 * news.plans[0]?.sessions[0]?.deadline; // => { kind: 'held', date: '2023-12-25' }
 * news.plans[0]?.tiers[0]?.level; // => 'commune'
 * news.issues.find((i) => i.code === 'import/inferred-year')?.params.reason; // => 'post-date'
 * ```
 * @see {@link importDocx}
 * @category Import
 */
export function importPlans(text: string, options: ImportPlansOptions = {}): ImportResult {
  const input = typeof text === 'string' ? text : '';
  if (input.trim().length === 0) {
    return {
      plans: [],
      sources: [],
      issues: [createImportIssue('import/empty-input', [])],
      unread: [],
    };
  }
  const src = createSourceText(input);
  const reader = new Reader(src);
  const segments = splitPlans(reader);
  const plans: Plan[] = [];
  const sources: PlanSources[] = [];
  const issues: AnyImportIssue[] = [];
  const add = (extracted: ExtractedPlan) => {
    if (!looksLikePlan(extracted.plan)) {
      // No plan: what the text said that could not be read is still said (path [] = the text).
      for (const issue of extracted.issues) if (issue.path.length === 0) issues.push(issue);
      return;
    }
    const index = plans.length;
    plans.push(extracted.plan);
    const map: PlanSources = {};
    for (const [path, span] of Object.entries(extracted.sources)) {
      map[path] = { start: src.toOriginal(span.start), end: src.toOriginal(span.end) };
    }
    sources.push(map);
    for (const issue of extracted.issues) issues.push(prefix(issue, index));
    if (options.validate !== false) {
      // A placeholder is reported once, by its import/missing-field issue: validation
      // issues at (or under) a placeholder's path say the same and are left out.
      const holes = extracted.issues
        .filter((i) => i.code === 'import/missing-field')
        .map((i) => i.path.join('/'));
      const result = parsePlan(extracted.plan);
      for (const issue of result.issues) {
        const at = issue.path.join('/');
        if (holes.some((h) => at === h || at.startsWith(`${h}/`))) continue;
        issues.push(prefix(issue, index));
      }
    }
  };
  const queue: Line[][] = segments.reverse();
  while (queue.length > 0) {
    const seg = queue.pop()!;
    const extracted = extractPlan(createContext(reader, seg, options.defaultYear));
    add(extracted);
    // Sessions the article reports of other bodies: a plan for each body.
    const others = [...(extracted.foreign?.values() ?? [])].sort(
      (a, b) => a[0]!.span.start - b[0]!.span.start,
    );
    for (const events of others) add(extractEventPlan(reader, seg, events, extracted.context!));
    if (extracted.rest && extracted.rest.length > 0) queue.push([...extracted.rest]);
  }
  const cut = truncatedDate(reader);
  if (cut) issues.push(cut);
  if (plans.length === 0) issues.push(createImportIssue('import/no-plan', []));
  return { plans, sources, issues, unread: unreadSpans(reader) };
}

function prefix<I extends AnyImportIssue>(issue: I, index: number): I {
  return { ...issue, path: ['plans', index, ...issue.path] };
}

function looksLikePlan(plan: Plan): boolean {
  return (
    plan.sessions.length > 0 ||
    plan.resolutions.length > 0 ||
    plan.header.reference !== '(chưa rõ)' ||
    plan.recipients.length > 0 ||
    plan.materials.length > 0
  );
}

/** Every non-blank line or column cell that gave no fact, merged when adjacent. */
function unreadSpans(reader: Reader): UnreadSpan[] {
  const spans: Span[] = [];
  for (const line of reader.lines) {
    for (const cell of line.cells) {
      if (reader.isRead(cell)) continue;
      const prev = spans[spans.length - 1];
      if (prev && reader.nfc.slice(prev.end, cell.start).trim() === '') {
        spans[spans.length - 1] = { start: prev.start, end: cell.end };
      } else spans.push({ start: cell.start, end: cell.end });
    }
  }
  const { src } = reader;
  return spans.map((s) => {
    const start = src.toOriginal(s.start);
    const end = src.toOriginal(s.end);
    return { start, end, text: src.original.slice(start, end) };
  });
}

/** A date the stored text cuts off at its very end (*Từ nay đến hết 30/4/202*): reported, not completed. */
function truncatedDate(reader: Reader): ImportIssue | undefined {
  const from = Math.max(0, reader.folded.length - 60);
  const tail = findTimes(reader.folded.slice(from)).at(-1);
  if (tail?.value.kind !== 'cut') return undefined;
  const text = reader.nfc.slice(from + tail.dateStart, from + tail.end).trim();
  return createImportIssue('import/truncated-date', [], { text });
}
