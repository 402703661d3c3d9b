import { type Issue, type Plan, parsePlan } from '@rollout/core';
import type { ExtractedPlan } from './extract/context.js';
import { createContext } from './extract/context.js';
import { extractEventPlan } from './extract/event-plan.js';
import { extractPlan } from './extract/plan.js';
import { createImportIssue, type ImportIssue } from './issues.js';
import { createSourceText } from './normalise/source-text.js';
import { findTimes } from './recognise/dates.js';
import type { Line, Span } from './segment/lines.js';
import { Reader } from './segment/reader.js';

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
  readonly issues: Issue<string>[];
  /** Every non-blank stretch of the input that no fact came from. */
  readonly unread: UnreadSpan[];
}

/**
 * Reads Vietnamese rollout plans (*Kế hoạch nghiên cứu, học tập, quán triệt
 * và triển khai thực hiện Nghị quyết*) out of plain text into draft plans.
 *
 * @remarks
 * One text may hold several plans: a text with several document headers, or
 * a news article reporting several provinces' plans, is split by its headers
 * or by the issuing bodies it names. Each plan is a draft in the core model:
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
  const issues: Issue<string>[] = [];
  const add = (extracted: ExtractedPlan) => {
    if (!looksLikePlan(extracted.plan)) return;
    const index = plans.length;
    plans.push(extracted.plan);
    const map: PlanSources = {};
    for (const [path, span] of Object.entries(extracted.sources)) {
      map[path] = { start: src.toOriginal(span.start), end: src.toOriginal(span.end) };
    }
    sources.push(map);
    for (const issue of extracted.issues) issues.push(prefix(issue, index));
    if (options.validate !== false) {
      const result = parsePlan(extracted.plan);
      for (const issue of result.issues) issues.push(prefix(issue, index));
    }
  };
  for (const seg of segments) {
    const extracted = extractPlan(createContext(reader, seg, options.defaultYear));
    add(extracted);
    // Sessions the article reports of other bodies: a plan for each body.
    const others = [...(extracted.foreign?.values() ?? [])].sort(
      (a, b) => a[0]!.span.start - b[0]!.span.start,
    );
    for (const events of others) add(extractEventPlan(reader, seg, events, extracted.context!));
  }
  const cut = truncatedDate(reader);
  if (cut) issues.push(cut);
  if (plans.length === 0) issues.push(createImportIssue('import/no-plan', []));
  return { plans, sources, issues, unread: unreadSpans(reader) };
}

function prefix<I extends Issue<string> | ImportIssue>(issue: I, index: number): I {
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

const MOTTO = /cong hoa xa hoi chu nghia viet nam|^dang cong san viet nam$/;

/**
 * Splits the lines into one run per plan: at each document header (a motto
 * line or an upper-case *KẾ HOẠCH* title that follows text), or, in an
 * article, at each paragraph naming another issuing body's plan.
 */
function splitPlans(reader: Reader): Line[][] {
  const lines = reader.lines;
  const starts: number[] = [];
  let lastTitle = -100;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const cells = line.cells.map((c) => reader.fold(c).trim());
    if (cells.some((c) => MOTTO.test(c))) {
      // The header block starts at this line (the issuer sits on it, or just above).
      const s =
        i > 0 &&
        lines[i - 1]!.cells.length === 1 &&
        isUpperLine(reader, lines[i - 1]!) &&
        !starts.includes(i - 1)
          ? i - 1
          : i;
      if (starts.length === 0 || s - starts[starts.length - 1]! > 3) starts.push(s);
      continue;
    }
    if (/^ke hoach$/.test(cells[0] ?? '') && isUpperLine(reader, line)) {
      const near = starts.length > 0 && i - starts[starts.length - 1]! <= 12;
      if (!near && i - lastTitle > 3) starts.push(i);
      lastTitle = i;
    }
  }
  if (starts.length > 0) {
    if (starts[0] !== 0) starts[0] = 0;
    return starts.map((s, k) => lines.slice(s, starts[k + 1] ?? lines.length));
  }
  // An article: a new plan where a paragraph names another place's issuing body.
  const out: Line[][] = [];
  let current: Line[] = [];
  let place: string | undefined;
  const ISSUER =
    /\b(?:tinh uy|thanh uy|huyen uy|hoi nong dan tinh|ubnd tinh|uy ban nhan dan tinh|tinh doan)\s+/g;
  for (const line of lines) {
    const f = reader.fold(line);
    let named: string | undefined;
    if (/\bke hoach\b|\bhoan thanh truoc\b|\bban hanh\b/.test(f)) {
      ISSUER.lastIndex = 0;
      for (let m = ISSUER.exec(f); m !== null; m = ISSUER.exec(f)) {
        const s = line.start + m.index + m[0].length;
        const w = /^\p{Lu}[\p{Ll}\p{M}]*(?:\s+\p{Lu}[\p{Ll}\p{M}]*){0,3}/u.exec(
          reader.nfc.slice(s, s + 60),
        );
        if (w) {
          named = reader.fold({ start: s, end: s + w[0].length });
          break;
        }
      }
    }
    if (named !== undefined && place !== undefined && named !== place && current.length > 0) {
      out.push(current);
      current = [];
    }
    if (named !== undefined) place = named;
    current.push(line);
  }
  if (current.length > 0) out.push(current);
  return out;
}

function isUpperLine(reader: Reader, line: Line): boolean {
  const t = reader.text(line).replace(/[^\p{L}]/gu, '');
  return t.length >= 4 && t === t.toUpperCase();
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
function truncatedDate(reader: Reader): Issue<string> | undefined {
  const from = Math.max(0, reader.folded.length - 60);
  const tail = findTimes(reader.folded.slice(from)).at(-1);
  if (tail?.value.kind !== 'cut') return undefined;
  const text = reader.nfc.slice(from + tail.dateStart, from + tail.end).trim();
  return createImportIssue('import/truncated-date', [], { text });
}
