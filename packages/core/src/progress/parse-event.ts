import { isValidIsoDate } from '../calendar/iso-date.js';
import { issuesFromZod } from '../validate/from-zod.js';
import { createIssue, type Issue, type IssuePath } from '../validate/issue.js';
import { PROGRESS_EVENT_KINDS, type ProgressEvent, ProgressEventSchema } from './events.js';

/**
 * A progress event that was read.
 *
 * @category Progress
 */
export interface ParsedProgressEvent {
  /** `true`: the input is an event. */
  readonly success: true;
  /** The event. */
  readonly data: ProgressEvent;
  /** Always empty. */
  readonly issues: Issue[];
}

/**
 * Input that is not a progress event.
 *
 * @category Progress
 */
export interface UnreadProgressEvent {
  /** `false`: the input is not an event. */
  readonly success: false;
  /** Why, each with a path under the one given. */
  readonly issues: Issue[];
}

/**
 * The result of {@link parseProgressEvent}.
 *
 * @category Progress
 */
export type ParseProgressEventResult = ParsedProgressEvent | UnreadProgressEvent;

/**
 * Reads input of unknown shape as a progress event.
 *
 * @remarks Checks the shape with {@link ProgressEventSchema} and that every
 * date exists on the calendar (`date/nonexistent` for 31/2). Never throws.
 * Issues carry `path` under the `path` you give (e.g. `['events', 12]`, or
 * `['line', 13]` for a line of an NDJSON file).
 * @param input - Anything, typically one parsed line of an NDJSON file.
 * @param path - Where the event sits in the input, prefixed to every issue path.
 * @returns `{ success: true, data, issues: [] }` or `{ success: false, issues }`.
 * @example
 * ```ts
 * parseProgressEvent({ kind: 'report-sent' }, ['events', 0]).success; // => false
 * ```
 * @see {@link ProgressEventSchema}
 * @category Progress
 */
export function parseProgressEvent(input: unknown, path: IssuePath = []): ParseProgressEventResult {
  let parsed: ReturnType<typeof ProgressEventSchema.safeParse>;
  try {
    const kindIssue = checkKind(input, path);
    if (kindIssue) return { success: false, issues: [kindIssue] };
    parsed = ProgressEventSchema.safeParse(input);
  } catch (error) {
    const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return {
      success: false,
      issues: [createIssue('schema/unreadable', path, { reason: reason.slice(0, 200) })],
    };
  }
  if (!parsed.success) {
    let issues: Issue[];
    try {
      issues = issuesFromZod(parsed.error.issues, input).map((i) => ({
        ...i,
        path: [...path, ...i.path],
      }));
    } catch {
      issues = [];
    }
    if (issues.length === 0)
      issues.push(createIssue('schema/invalid', path, { detail: 'invalid progress event' }));
    return { success: false, issues };
  }
  const event = parsed.data;
  if (!isValidIsoDate(event.date ?? '2000-01-01')) {
    return {
      success: false,
      issues: [createIssue('date/nonexistent', [...path, 'date'], { date: String(event.date) })],
    };
  }
  return { success: true, data: event, issues: [] };
}

/** The `kind` first: without a known kind, nothing else can be checked. */
function checkKind(input: unknown, path: IssuePath): Issue | undefined {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    const received = input === null ? 'null' : Array.isArray(input) ? 'array' : typeof input;
    return createIssue('schema/invalid-type', path, { expected: 'object', received });
  }
  if (!Object.hasOwn(input, 'kind'))
    return createIssue('schema/required', [...path, 'kind'], { key: 'kind' });
  const kind: unknown = (input as { kind: unknown }).kind;
  if (typeof kind === 'string' && (PROGRESS_EVENT_KINDS as readonly string[]).includes(kind))
    return undefined;
  return createIssue('schema/invalid-value', [...path, 'kind'], {
    allowed: PROGRESS_EVENT_KINDS.join(' | '),
    received: typeof kind === 'string' ? kind.slice(0, 60) : typeof kind,
  });
}
