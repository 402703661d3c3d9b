import { randomBytes } from 'node:crypto';
import { type ProgressEvent, parseProgressEvent } from '@rollout/core';
import { parseJson, readEventsNdjson } from '@rollout/json';
import { type AnyIssue, HttpError, serviceIssue } from '../http/issues.js';
import { eventKey } from './event-key.js';
import type { PendingEvent, PlanRuntime, WriteOutcome } from './plan-runtime.js';
import { WriteFailedError } from './plan-runtime.js';
import type { TokenRecord } from './tokens.js';

/** One line of a batch that was not simply stored and counted. */
export type LineResult =
  | {
      /** The line number, from 1. */
      readonly line: number;
      /** Not stored: bad JSON, not an event, not the token's unit, an id used for another event. */
      readonly status: 'rejected';
      /** Why. */
      readonly issues: readonly AnyIssue[];
    }
  | {
      readonly line: number;
      /** Stored before (a retry): not stored again, counted once. */
      readonly status: 'duplicate';
      /** The event id, when it has one. */
      readonly id?: string;
      /** The seq of the stored event. */
      readonly seq: number;
    }
  | {
      readonly line: number;
      /** Stored, but the roll-up did not count it, or counted it with a warning. */
      readonly status: 'stored';
      readonly id?: string;
      readonly seq: number;
      /** Whether the roll-up counted it. */
      readonly counted: boolean;
      /** What the roll-up said. */
      readonly issues: readonly AnyIssue[];
    };

/** The answer to an NDJSON batch. */
export interface BatchResult {
  /** The batch id, kept with each stored event as its source. */
  readonly batch: string;
  /** Lines read, blank ones included. */
  readonly lines: number;
  /** Events stored by this batch. */
  readonly stored: number;
  /** Lines already stored before (retries). */
  readonly duplicates: number;
  /** Lines not stored. */
  readonly rejected: number;
  /** Stored lines the roll-up did not count. */
  readonly notCounted: number;
  /**
   * Every line that was not simply stored and counted, by line number; a
   * line not listed was stored (now) and counted.
   */
  readonly results: LineResult[];
}

/** The answer to a single event. */
export type SingleResult =
  | {
      readonly status: 'stored';
      readonly id?: string;
      readonly seq: number;
      readonly counted: boolean;
      readonly issues: readonly AnyIssue[];
    }
  | { readonly status: 'duplicate'; readonly id?: string; readonly seq: number };

/**
 * Checks one event for a token: the SDK's reading first, then that its unit
 * is in the plan's tree and in the token's subtree, and that it holds no NUL
 * character (PostgreSQL text cannot).
 *
 * @returns The pending event, or the issues that reject it (and whether the
 *   reason is access, for a 403 on a single event).
 */
function checkEvent(
  runtime: PlanRuntime,
  token: TokenRecord,
  value: unknown,
  line: number | null,
  alreadyRead = false,
): { ok: true; pending: PendingEvent } | { ok: false; access: boolean; issues: AnyIssue[] } {
  let event: ProgressEvent;
  if (alreadyRead) event = value as ProgressEvent;
  else {
    const read = parseProgressEvent(value);
    if (!read.success) return { ok: false, access: false, issues: read.issues };
    event = read.data;
  }
  const body = JSON.stringify(event);
  if (body.includes('\\u0000'))
    return {
      ok: false,
      access: false,
      issues: [
        serviceIssue('request/invalid-body', {
          detail: 'a text holds a NUL character (\\u0000)',
          detailVi: 'có chữ chứa ký tự NUL (\\u0000)',
        }),
      ],
    };
  // A unit token learns nothing of units outside its subtree: unknown or not, it may not report there.
  if (token.role !== 'admin' && !runtime.tree.within(token.unit!, event.unit))
    return {
      ok: false,
      access: true,
      issues: [
        serviceIssue('access/outside-subtree', { scope: token.unit!, unit: event.unit }, ['unit']),
      ],
    };
  if (!runtime.tree.byId.has(event.unit))
    return {
      ok: false,
      access: false,
      issues: [serviceIssue('report/unknown-unit', { unit: event.unit }, ['unit'])],
    };
  return { ok: true, pending: { event, key: eventKey(event), line, body } };
}

/**
 * The roll-up's issues about one event, with paths relative to the event (the
 * roll-up says `['events', n, …]`, `n` counting the plan's stored events).
 */
function ownPaths(issues: readonly AnyIssue[]): AnyIssue[] {
  return issues.map((i) =>
    i.path[0] === 'events' && typeof i.path[1] === 'number' ? { ...i, path: i.path.slice(2) } : i,
  );
}

/** Turns a failed write into the 503 the client retries on. */
async function submit(
  runtime: PlanRuntime,
  items: PendingEvent[],
  token: TokenRecord,
  batch: string | null,
): Promise<WriteOutcome[]> {
  try {
    return await runtime.submit(items, { token: token.id, batch });
  } catch (error) {
    if (error instanceof WriteFailedError)
      throw new HttpError(
        503,
        'database-unavailable',
        [serviceIssue('server/database-unavailable')],
        {
          'retry-after': '1',
        },
      );
    throw error;
  }
}

/**
 * Stores one event sent as JSON.
 *
 * @param runtime - The plan.
 * @param token - Who sends it.
 * @param text - The request body.
 * @returns `stored` (201) or `duplicate` (200).
 * @throws HttpError 400 (not JSON), 403 (not the token's unit), 409 (id used for another event), 422 (not an event).
 */
export async function ingestOne(
  runtime: PlanRuntime,
  token: TokenRecord,
  text: string,
): Promise<SingleResult> {
  const json = parseJson(text, { maxDepth: 64 });
  if (!json.success)
    throw new HttpError(
      400,
      'invalid-json',
      json.issues.length > 0
        ? json.issues
        : [serviceIssue('request/invalid-json', { detail: 'empty' })],
    );
  const checked = checkEvent(runtime, token, json.value, null);
  if (!checked.ok)
    throw checked.access
      ? new HttpError(403, 'forbidden', checked.issues)
      : new HttpError(422, 'invalid-event', checked.issues);
  const [outcome] = await submit(runtime, [checked.pending], token, null);
  const id = checked.pending.event.id;
  const withId = id === undefined ? {} : { id };
  if (outcome!.status === 'conflict')
    throw new HttpError(409, 'id-conflict', [
      serviceIssue('report/id-conflict', { id: id ?? '' }, ['id']),
    ]);
  if (outcome!.status === 'duplicate') return { status: 'duplicate', ...withId, seq: outcome!.seq };
  return {
    status: 'stored',
    ...withId,
    seq: outcome!.seq,
    counted: outcome!.counted,
    issues: ownPaths(outcome!.issues),
  };
}

/**
 * Stores an NDJSON batch: every good line, whatever the bad ones; each bad
 * line comes back with its number and issues.
 *
 * @param runtime - The plan.
 * @param token - Who sends it.
 * @param body - The request body.
 * @param maxLines - The most lines a batch may hold.
 * @returns What became of the lines.
 * @throws HttpError 413 when the batch has too many lines (nothing stored).
 */
export async function ingestBatch(
  runtime: PlanRuntime,
  token: TokenRecord,
  body: Uint8Array,
  maxLines: number,
): Promise<BatchResult> {
  const batch = `b_${randomBytes(9).toString('base64url')}`;
  const reader = readEventsNdjson([body], { maxDepth: 64 });
  const results: LineResult[] = [];
  const pending: PendingEvent[] = [];
  let lines = 0;
  for await (const entry of reader) {
    lines = entry.line;
    if (lines > maxLines)
      throw new HttpError(413, 'too-many-lines', [
        serviceIssue('request/too-many-lines', { limit: maxLines }),
      ]);
    if (!entry.ok) {
      results.push({ line: entry.line, status: 'rejected', issues: entry.issues });
      continue;
    }
    // The NDJSON reader checked each line with the SDK's parseProgressEvent already.
    const checked = checkEvent(runtime, token, entry.value, entry.line, true);
    if (checked.ok) pending.push(checked.pending);
    else results.push({ line: entry.line, status: 'rejected', issues: checked.issues });
  }
  lines = reader.counts.lines;
  const outcomes = await submit(runtime, pending, token, batch);
  let stored = 0;
  let duplicates = 0;
  let notCounted = 0;
  let rejected = results.length;
  outcomes.forEach((o, k) => {
    const item = pending[k]!;
    const line = item.line!;
    const id = item.event.id;
    const withId = id === undefined ? {} : { id };
    if (o.status === 'stored') {
      stored++;
      if (!o.counted) notCounted++;
      if (!o.counted || o.issues.length > 0)
        results.push({
          line,
          status: 'stored',
          ...withId,
          seq: o.seq,
          counted: o.counted,
          issues: ownPaths(o.issues),
        });
    } else if (o.status === 'duplicate') {
      duplicates++;
      results.push({ line, status: 'duplicate', ...withId, seq: o.seq });
    } else {
      rejected++;
      results.push({
        line,
        status: 'rejected',
        issues: [serviceIssue('report/id-conflict', { id: id ?? '' }, ['id'])],
      });
    }
  });
  results.sort((a, b) => a.line - b.line);
  return { batch, lines, stored, duplicates, rejected, notCounted, results };
}
