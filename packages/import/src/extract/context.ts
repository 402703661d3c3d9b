/**
 * What every reader of one plan shares: the text, the plan's lines, the
 * sources and issues collected so far, and the few facts one stage tells the
 * next (which paragraphs a tier block took, whether *cấp thành phố* is a
 * district-level tier here).
 */
import type { Deliverable, Duration, Method, Plan, TierLevel } from '@rollout/core';
import {
  createImportIssue,
  type ImportIssue,
  type ImportIssueArgs,
  type ImportIssueCode,
} from '../issues.js';
import type { DeadlineFound } from '../recognise/deadlines.js';
import type { Found } from '../recognise/found.js';
import type { YearContext } from '../resolve/years.js';
import type { ArticleMeta } from '../segment/article.js';
import type { Line, Span } from '../segment/lines.js';
import type { Reader } from '../segment/reader.js';
import type { EventDraft } from './events.js';

/** The text placed in a required field that could not be read. */
export const PLACEHOLDER = '(chưa rõ)';
/** The date placed in a required date that could not be read. */
export const PLACEHOLDER_DATE = '0000-01-01';

/** What reading one plan gives. */
export interface ExtractedPlan {
  readonly plan: Plan;
  /** JSON-pointer-like path → span in the NFC text. */
  readonly sources: Record<string, Span>;
  /** Issues with paths relative to the plan. */
  readonly issues: ImportIssue[];
  /** Sessions an article reports of other bodies, by owner: plans of their own. */
  readonly foreign?: Map<string, EventDraft[]> | undefined;
  /** The article's address, date line and headline. */
  readonly meta?: ArticleMeta | undefined;
  /** The context it was read in (for the plans of `foreign`). */
  readonly context?: PlanContext;
  /** Lines after the plan's tail (another text follows the signature): read as a segment of their own. */
  readonly rest?: readonly Line[];
}

/** The state of reading one plan. */
export interface PlanContext {
  readonly r: Reader;
  readonly lines: readonly Line[];
  readonly sources: Record<string, Span>;
  readonly issues: ImportIssue[];
  readonly defaultYear: number | undefined;
  /** Whether the plan has a document title (then its opening prose is the intro). */
  hasTitle: boolean;
  /** Starts of the paragraphs that belong to a tier's block (heading included). */
  readonly groupParas: Set<number>;
  /** Whether *cấp thành phố* is a district-level tier here (a city under a province). */
  cityIsDistrict: boolean;
  /** Whether the text is an article (news), not a document with its own header and title. */
  article: boolean;
  /** What an article offers to imply years from (its date line, address, resolution, term). */
  years: YearContext | undefined;
  /** The level of the plan's own issuer, when known (for *các đảng bộ, chi bộ trực thuộc*). */
  ownLevel: TierLevel | undefined;
  /** An article's address, date line and headline. */
  meta: ArticleMeta | undefined;
}

/** A new context for the lines of one plan. */
export function createContext(
  r: Reader,
  lines: readonly Line[],
  defaultYear: number | undefined,
): PlanContext {
  return {
    r,
    lines,
    sources: {},
    issues: [],
    defaultYear,
    hasTitle: false,
    groupParas: new Set(),
    cityIsDistrict: false,
    article: false,
    years: undefined,
    ownLevel: undefined,
    meta: undefined,
  };
}

/** Records where a fact was read (the first span wins) and marks it read. */
export function src(ctx: PlanContext, path: string, span: Span | undefined): void {
  if (!span || span.end <= span.start) return;
  if (!Object.hasOwn(ctx.sources, path)) ctx.sources[path] = span;
  ctx.r.mark(span);
}

/** Adds an import issue (its path relative to the plan). */
export function issue<C extends ImportIssueCode>(
  ctx: PlanContext,
  code: C,
  path: (string | number)[],
  ...params: ImportIssueArgs<C>
): void {
  ctx.issues.push(createImportIssue(code, path, ...params) as ImportIssue);
}

export interface SessionDraft {
  level: TierLevel;
  tierName: string;
  tierNameSpan: Span | undefined;
  unitKind: string | undefined;
  audience: string | undefined;
  audienceSpan: Span | undefined;
  duration: Found<Duration> | undefined;
  discussion: Found<Duration> | undefined;
  deadline: Found<DeadlineFound> | undefined;
  /** *trong vòng 10 ngày làm việc sau hội nghị cấp huyện*: days after the upper tier. */
  after?: Found<{ days: number; calendar: 'working' | 'calendar' }>;
  methods: Found<Method>[];
  host: string | undefined;
  /** Where the host was read, when it was. */
  hostSpan?: Span;
  coHosts: string[] | undefined;
  title?: string;
  location?: string;
  bridgePoints?: string;
  /** How many bridge points a report counts (*hơn 600 điểm cầu*). */
  bridgeCount?: Found<number>;
  /** How many attended (*với hơn 20.000 đại biểu*). */
  attendees?: Found<number>;
  span: Span;
  order: number;
}

export interface DeliverableDraft {
  d: Deliverable;
  span: Span;
  dueSpan: Span | undefined;
  /** *trong vòng 15 ngày làm việc sau hội nghị*: days after the session. */
  after?: Found<{ days: number; calendar: 'working' | 'calendar' }>;
}

/** A session draft at a level with nothing read yet (its span is where it was found). */
export function emptyDraft(level: TierLevel, span: Span): SessionDraft {
  return {
    level,
    tierName: '',
    tierNameSpan: undefined,
    unitKind: undefined,
    audience: undefined,
    audienceSpan: undefined,
    duration: undefined,
    discussion: undefined,
    deadline: undefined,
    methods: [],
    host: undefined,
    coHosts: undefined,
    span,
    order: span.start,
  };
}
