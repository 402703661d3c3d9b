import {
  type Issue,
  type Method,
  type Plan,
  type ProgressEvent,
  parseProgressEvent,
  type RollupResult,
  rollup,
  type Unit,
} from '@rollout/core';

/** What a clerk records for one unit and one session. */
export interface UnitRecord {
  readonly unit: string;
  readonly session: string;
  readonly method: Method;
  readonly held?: string | undefined;
  readonly present?: number | undefined;
  readonly expected?: number | undefined;
  readonly reflections?: number | undefined;
  readonly reflectionsExpected?: number | undefined;
  readonly actionPlanReference?: string | undefined;
  readonly actionPlanDate?: string | undefined;
}

/** The events of one record's kinds carry stable ids, so that saving again replaces them. */
export const eventId = (kind: string, unit: string, session: string): string =>
  `${kind}:${unit}:${session}`;

/** The record of a unit and a session, read back from the events. */
export function recordOf(
  events: readonly ProgressEvent[],
  unit: string,
  session: string,
  method: Method,
): UnitRecord {
  let rec: UnitRecord = { unit, session, method };
  for (const e of events) {
    if (e.kind === 'session-held' && e.unit === unit && e.session === session)
      rec = {
        ...rec,
        method: e.method,
        held: e.date,
        present: e.attendees?.present,
        expected: e.attendees?.expected,
      };
    if (e.kind === 'reflections-submitted' && e.unit === unit && (e.session ?? session) === session)
      rec = { ...rec, reflections: e.submitted, reflectionsExpected: e.expected };
    if (
      e.kind === 'action-plan-issued' &&
      e.unit === unit &&
      e.id === eventId('action-plan', unit, session)
    )
      rec = { ...rec, actionPlanReference: e.reference, actionPlanDate: e.date };
  }
  return rec;
}

/**
 * The events of a record, checked with the core's own event schema
 * (`parseProgressEvent`): a record that does not make valid events gives
 * their issues and no events.
 */
export function eventsOfRecord(
  rec: UnitRecord,
  recordedBy: string,
  recordedAt: string,
): { events: ProgressEvent[]; issues: Issue[] } {
  const base = { recordedBy, recordedAt, unit: rec.unit };
  const raw: unknown[] = [];
  if (rec.held !== undefined)
    raw.push({
      kind: 'session-held',
      id: eventId('held', rec.unit, rec.session),
      ...base,
      session: rec.session,
      date: rec.held,
      method: rec.method,
      attendees: {
        present: rec.present,
        ...(rec.expected !== undefined ? { expected: rec.expected } : {}),
      },
    });
  if (rec.reflections !== undefined)
    raw.push({
      kind: 'reflections-submitted',
      id: eventId('reflections', rec.unit, rec.session),
      ...base,
      session: rec.session,
      submitted: rec.reflections,
      ...(rec.reflectionsExpected !== undefined ? { expected: rec.reflectionsExpected } : {}),
    });
  if (rec.actionPlanReference !== undefined || rec.actionPlanDate !== undefined)
    raw.push({
      kind: 'action-plan-issued',
      id: eventId('action-plan', rec.unit, rec.session),
      ...base,
      reference: rec.actionPlanReference,
      date: rec.actionPlanDate,
    });
  const events: ProgressEvent[] = [];
  const issues: Issue[] = [];
  raw.forEach((r, i) => {
    const read = parseProgressEvent(r, ['record', i]);
    if (read.success) events.push(read.data);
    else issues.push(...read.issues);
  });
  return issues.length ? { events: [], issues } : { events, issues };
}

/** The events with one record's events put in place of its earlier ones. */
export function replaceRecord(
  events: readonly ProgressEvent[],
  rec: UnitRecord,
  next: readonly ProgressEvent[],
): ProgressEvent[] {
  const ids = new Set([
    eventId('held', rec.unit, rec.session),
    eventId('reflections', rec.unit, rec.session),
    eventId('action-plan', rec.unit, rec.session),
  ]);
  return [...events.filter((e) => e.id === undefined || !ids.has(e.id)), ...next];
}

/** The roll-up of a plan's records, as plain data (what the report renderers take). */
export function rollupOf(
  plan: Plan,
  events: readonly ProgressEvent[],
  units: readonly Unit[] | null,
  today: string,
): RollupResult {
  return rollup(plan, events, { ...(units ? { units } : {}), today }).toJSON();
}

/** Events as NDJSON, one a line, as `rollout progress --events` reads them. */
export function eventsNdjson(events: readonly ProgressEvent[]): string {
  return events.map((e) => JSON.stringify(e)).join('\n') + (events.length ? '\n' : '');
}
