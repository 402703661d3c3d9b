import type { ReadonlyPlan } from '@rollout/core';
import {
  addCalendarDays,
  cleanText,
  createIssue,
  DELIVERABLE_KIND_LABELS,
  type Deliverable,
  formatDateRule,
  formatDuration,
  isValidIsoDate,
  METHOD_LABELS,
  type Plan,
  PlanValidationError,
  planShapeIssues,
  type ScheduleNode,
  type ScheduleResult,
  type Session,
  schedule,
  sessionsOfDeliverable,
  toEpochDay,
  type Unit,
  type WorkingCalendar,
} from '@rollout/core';
// The named class, not the default export: ical-generator's CommonJS build sets
// `exports.default` without `__esModule`, so a default import compiled to CommonJS
// (our `dist/index.cjs`) gets the module object, not the function.
import { ICalAlarmType, ICalCalendar } from 'ical-generator';
import { plainDate, plainDateTime } from './temporal-stubs.js';

/**
 * The IANA name of Vietnam's time zone (UTC+7 all year, no daylight saving).
 *
 * @example
 * ```ts
 * VIETNAM_TIME_ZONE; // => 'Asia/Ho_Chi_Minh'
 * ```
 * @category Rendering
 */
export const VIETNAM_TIME_ZONE = 'Asia/Ho_Chi_Minh';

/** Vietnam's time zone as a VTIMEZONE: +07:00 since 1975, no daylight saving. */
const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${VIETNAM_TIME_ZONE}`,
  `X-LIC-LOCATION:${VIETNAM_TIME_ZONE}`,
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0700',
  'TZOFFSETTO:+0700',
  'TZNAME:+07',
  'DTSTART:19750613T000000',
  'END:STANDARD',
  'END:VTIMEZONE',
].join('\r\n');

/**
 * A reminder (VALARM) before an event starts.
 *
 * @remarks The offsets add up: `{ days: 1, hours: 2 }` is 26 hours before.
 * For an all-day event the start is midnight (Vietnam time) of its first day.
 * @category Rendering
 */
export interface IcsAlarm {
  /** Days before the start. */
  readonly days?: number;
  /** Hours before the start. */
  readonly hours?: number;
  /** Minutes before the start. */
  readonly minutes?: number;
}

/**
 * One half-day (*buổi*): its start and end as `HH:MM`, Vietnam time.
 *
 * @category Rendering
 */
export interface HalfDayTime {
  /** The start, e.g. `07:30`. */
  readonly start: string;
  /** The end, e.g. `11:30`. */
  readonly end: string;
}

/**
 * The clock times of the morning and afternoon half-days (*buổi sáng*,
 * *buổi chiều*), as `HH:MM` in Vietnam time.
 *
 * @example
 * ```ts
 * const times: HalfDayTimes = {
 *   morning: { start: '07:30', end: '11:30' },
 *   afternoon: { start: '13:30', end: '17:00' },
 * };
 * ```
 * @category Rendering
 */
export interface HalfDayTimes {
  /** The morning half-day, e.g. `{ start: '07:30', end: '11:30' }`. */
  readonly morning: HalfDayTime;
  /** The afternoon half-day, e.g. `{ start: '13:30', end: '17:00' }`. */
  readonly afternoon: HalfDayTime;
}

/**
 * The options of {@link renderIcs}.
 *
 * @category Rendering
 */
export interface RenderIcsOptions {
  /** Only this tier's sessions and deadlines (a tier id). */
  readonly tier?: string;
  /** Only this unit's sessions and deadlines (a unit id of `units`); its dates come from its own schedule nodes. */
  readonly unit?: string;
  /** The unit tree, needed for `unit`. */
  readonly units?: readonly Unit[];
  /**
   * A schedule from {@link schedule}: sessions and deadlines are then put on
   * each node's `latest` date (the last day that keeps every deadline below
   * it), else its `deadline`. Without it, on the rule's own deadline.
   */
  readonly schedule?: ScheduleResult;
  /**
   * Put sessions without a time of their own on these half-day times; without
   * it (the default) they are all-day events.
   */
  readonly halfDayTimes?: HalfDayTimes;
  /** Reminders before each event (default: one day before); `[]` for none. */
  readonly alarms?: readonly IcsAlarm[];
  /** `vi` (default) or `en` for summaries and descriptions. */
  readonly lang?: 'vi' | 'en';
  /**
   * When the plan was last changed: an ISO date (midnight UTC) or date-time
   * (default: the plan's date, else its first resolution's date). It is the
   * DTSTAMP and LAST-MODIFIED of every event, and makes its SEQUENCE (the
   * whole minutes since 2000-01-01T00:00Z), so a later revision gives every
   * event a higher SEQUENCE and a calendar that imported an earlier feed takes
   * the new dates. Never the clock, so that two renders of one revision are
   * byte-identical.
   */
  readonly revision?: string;
  /** The same as {@link RenderIcsOptions.revision} (its former name). */
  readonly stamp?: string;
  /** Which days are working days for the cascade (default Vietnam's). */
  readonly calendar?: WorkingCalendar;
  /** What a deadline on a day off means (see core's `ScheduleOptions.dayOffDeadline`). */
  readonly dayOffDeadline?: 'keep' | 'next-working-day';
}

const t = (lang: 'vi' | 'en', vi: string, en: string): string => (lang === 'en' ? en : vi);
/** A text of the plan on one line, cleaned (no controls, bidi controls, non-characters). */
const line = (text: string): string => cleanText(text, { newlines: 'space' });
/** A text of the plan with its line breaks, cleaned. */
const lines = (text: string): string => cleanText(text, { newlines: 'keep' });

/** `HH:MM` → minutes after midnight, or undefined. */
function minutesOf(time: string): number | undefined {
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(time);
  return m ? Number(m[1]) * 60 + Number(m[2]) : undefined;
}

/** A date-time stub (Vietnam wall time) `minutes` after midnight of `date`; may roll into the next days. */
function at(date: string, minutes: number) {
  const day = Math.floor(minutes / 1440);
  const rest = minutes - day * 1440;
  const d = addCalendarDays(date, day) ?? date;
  return plainDateTime(
    Number(d.slice(0, 4)),
    Number(d.slice(5, 7)),
    Number(d.slice(8, 10)),
    Math.floor(rest / 60),
    rest % 60,
  );
}

const dateOnly = (date: string) =>
  plainDate(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10)));
/** The day after a date (an all-day event's exclusive end); the date itself at 9999-12-31. */
const nextDay = (date: string): string => addCalendarDays(date, 1) ?? date;

/** A UID part: letters, digits and `-._~` kept, everything else percent-encoded. */
const uidPart = (s: string): string =>
  encodeURIComponent(s).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );

/** FNV-1a, 64 bits, over the text's UTF-16 code units, as 13 base-36 digits: a short stable fingerprint. */
function fingerprint(text: string): string {
  let h = 0xcbf29ce484222325n;
  const prime = 0x100000001b3n;
  const mask = 0xffffffffffffffffn;
  for (let i = 0; i < text.length; i++) h = ((h ^ BigInt(text.charCodeAt(i))) * prime) & mask;
  return h.toString(36).padStart(13, '0');
}

/**
 * What identifies a plan across issuers: its issuer, parent body, number and
 * symbol and date (two provinces' "01-KH/TU" differ by issuer).
 */
function planKeyOf(plan: Plan): string {
  const h = plan.header;
  return fingerprint(
    [plan.id ?? '', h.issuer.name, h.issuer.parent ?? '', h.reference, h.date ?? ''].join('\u0000'),
  );
}

/** The schedule node of an activity for the feed's scope. */
function pickNode(
  nodes: readonly ScheduleNode[],
  activity: string,
  tier: string,
  unit: string | undefined,
): ScheduleNode | undefined {
  let best: ScheduleNode | undefined;
  for (const n of nodes) {
    if (n.activity !== activity || n.tier !== tier) continue;
    if (unit !== undefined) {
      if (n.unit === unit) return n;
      continue;
    }
    if (n.unit === undefined) return n;
    // A tier feed over per-unit nodes: the earliest last day binds the tier.
    const date = n.latest ?? n.deadline;
    const bestDate = best ? (best.latest ?? best.deadline) : null;
    if (!best || (date !== null && (bestDate === null || date < bestDate))) best = n;
  }
  return best;
}

/** The days a session occupies: ceil(halfDays / 2), at least one. */
const daysOf = (s: Session): number => Math.max(1, Math.ceil(s.duration.halfDays / 2));

/**
 * The days a session is held, when the plan fixes them: a `held` rule, or a
 * `span` as long as the session itself. Otherwise the plan gives only a
 * deadline, and the feed shows the deadline, not a session.
 */
function heldDays(s: Session): { first: string; last: string } | null {
  const rule = s.deadline;
  if (rule.kind === 'held' && isValidIsoDate(rule.date)) {
    const last = addCalendarDays(rule.date, daysOf(s) - 1);
    return last === null ? null : { first: rule.date, last };
  }
  if (rule.kind === 'span' && isValidIsoDate(rule.from) && isValidIsoDate(rule.to)) {
    const length = toEpochDay(rule.to) - toEpochDay(rule.from) + 1;
    if (length === daysOf(s)) return { first: rule.from, last: rule.to };
  }
  return null;
}

/** Minutes from 2000-01-01T00:00Z to an instant: the events' SEQUENCE. */
const EPOCH_2000 = Date.UTC(2000, 0, 1);

/**
 * Renders a plan's sessions and deadlines as an iCalendar feed (RFC 5545).
 *
 * @remarks Three kinds of VEVENT, told apart by their SUMMARY, CATEGORIES
 * and UID:
 * - **a session** whose days the plan fixes (a `held` rule, or a `span` as
 *   long as the session) is an event on those days;
 * - **a session's deadline** (*hạn tổ chức*), for a session the plan gives
 *   only a deadline (`by`, `within`, `after`, a longer `span`): an all-day
 *   event on the last day it may end — with `schedule`, the node's latest
 *   start plus its length (the last day that keeps every deadline below it),
 *   else the rule's own deadline;
 * - **a deliverable's deadline** (action plans, reports, inspections,
 *   reflections that have one): an all-day event, one per tier (or unit).
 *
 * **Times.** A held session with `time` is a timed event in
 * `Asia/Ho_Chi_Minh` (with its VTIMEZONE; `end`, else one half-day of four
 * hours). Without a time it is an all-day event (`DTSTART;VALUE=DATE`, so no
 * viewer's time zone moves it to another day), or, with `halfDayTimes`,
 * placed on the morning and afternoon half-days it lasts, from its first day.
 *
 * **Updates.** UIDs are `<kind>-<activity>-<scope>-<plan>@rollout`, the scope
 * being the unit, else the tier, and the plan a fingerprint of its issuer,
 * parent body, number and symbol and date, so two issuers' plans numbered
 * alike never collide, and re-importing an updated feed updates its events
 * instead of duplicating them. DTSTAMP and LAST-MODIFIED are the plan's
 * revision (`revision`, default its date), SEQUENCE the minutes from 2000 to
 * it: pass the time of each revision and calendars follow moved dates. Never
 * the clock: two renders of one revision are byte-identical. Calendar
 * properties (NAME, X-WR-CALNAME, X-WR-TIMEZONE) come before the components.
 *
 * **Text.** Every text passes core's `cleanText` (control, bidi and
 * non-characters removed; names and summaries on one line), then
 * ical-generator's escaping (commas, semicolons, backslashes, newlines):
 * nothing in a plan can add a property or an event. Works in browsers: no
 * Node built-ins.
 * @param plan - A valid plan.
 * @param options - Scope (tier, unit), dates (schedule, calendar), times, alarms, language, revision.
 * @returns The `.ics` text, lines ending in CRLF.
 * @throws `PlanValidationError` (of `@rollout/core`, with the schema errors)
 * when `plan` is so far from a plan (no header, no sessions …) that no feed
 * can be written; read unknown input with `parsePlan` first.
 * @example
 * ```ts
 * import { plan985KhHndt } from '@rollout/core';
 * const ics = renderIcs(plan985KhHndt, { tier: 'district' });
 * ics.includes('DTSTART;VALUE=DATE:20200915'); // => true (the district's deadline)
 * ics.includes('CATEGORIES:Hạn tổ chức'); // => true
 * ```
 * @see {@link schedule}
 * @category Rendering
 */
export function renderIcs(plan: ReadonlyPlan, options: RenderIcsOptions = {}): string {
  try {
    // Read only: renderIcs never changes what it is given (the fuzz tests check it).
    return renderIcsOf(plan as Plan, options);
  } catch (error) {
    // A value that is not a plan (a caller without types): where its shape is wrong, as a
    // typed error (a cheap check: parsePlan would put the plan schemas in the bundle). A
    // plan-shaped value that still fails is our bug: rethrown as it is.
    const errors = planShapeIssues(plan);
    if (errors.length > 0) throw new PlanValidationError(errors);
    const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    throw new PlanValidationError([
      createIssue('schema/unreadable', [], {
        reason: `not a valid plan or options (parsePlan gives the place): ${reason.slice(0, 160)}`,
      }),
    ]);
  }
}

function renderIcsOf(plan: Plan, options: RenderIcsOptions): string {
  const lang = options.lang ?? 'vi';
  const planKey = planKeyOf(plan);
  const unitInfo =
    options.unit !== undefined ? options.units?.find((u) => u.id === options.unit) : undefined;
  const unitTier =
    unitInfo === undefined
      ? undefined
      : ((unitInfo.tier !== undefined && plan.tiers.some((x) => x.id === unitInfo.tier)
          ? unitInfo.tier
          : undefined) ?? plan.tiers.find((x) => x.level === unitInfo.level)?.id);
  const tierFilter = options.unit !== undefined ? (unitTier ?? '\u0000none') : options.tier;

  let nodes: readonly ScheduleNode[] = options.schedule?.nodes ?? [];
  const fromSchedule = options.schedule !== undefined;
  if (!fromSchedule) {
    try {
      nodes = schedule(plan, {
        ...(options.units !== undefined && options.unit !== undefined
          ? { units: options.units }
          : {}),
        ...(options.calendar ? { calendar: options.calendar } : {}),
        ...(options.dayOffDeadline ? { dayOffDeadline: options.dayOffDeadline } : {}),
      }).nodes;
    } catch {
      nodes = [];
    }
  }
  /** The last day an activity may end in the feed's scope, or null. */
  const lastDayOf = (activity: string, tier: string, days: number): string | null => {
    const node = pickNode(nodes, activity, tier, options.unit);
    if (!node) return null;
    const d =
      fromSchedule && node.latest !== null ? addCalendarDays(node.latest, days - 1) : node.deadline;
    return d !== null && isValidIsoDate(d) ? d : null;
  };

  const revisionText =
    options.revision ??
    options.stamp ??
    plan.header.date ??
    plan.resolutions.map((r) => r.issuedOn).find((d) => isValidIsoDate(d)) ??
    '2000-01-01';
  const revised = /^\d{4}-\d{2}-\d{2}$/.test(revisionText)
    ? new Date(`${revisionText}T00:00:00Z`)
    : new Date(revisionText);
  const stamp = Number.isNaN(revised.getTime()) ? new Date(EPOCH_2000) : revised;
  const sequence = Math.max(0, Math.floor((stamp.getTime() - EPOCH_2000) / 60_000));

  const alarms = (options.alarms ?? [{ days: 1 }]).map((a) => ({
    type: ICalAlarmType.display,
    trigger: ((a.days ?? 0) * 1440 + (a.hours ?? 0) * 60 + (a.minutes ?? 0)) * 60,
  }));

  const calendar = new ICalCalendar({
    prodId: { company: 'Rollout', product: 'rollout-ical', language: lang === 'en' ? 'EN' : 'VI' },
    name: line(`${plan.header.reference} — ${plan.header.title}`),
  });

  const tierName = (id: string) => line(plan.tiers.find((x) => x.id === id)?.name ?? id);
  const scopeOf = (tier: string) => options.unit ?? tier;
  const uid = (kind: string, activity: string, tier: string) =>
    `${kind}-${uidPart(activity)}-${uidPart(scopeOf(tier))}-${planKey}@rollout`;
  const headerLine = line(`${plan.header.reference} — ${plan.header.title}`);
  const resolutionRefs = (ids: readonly string[] | undefined) =>
    (ids ?? plan.resolutions.map((r) => r.id))
      .map((id) => plan.resolutions.find((r) => r.id === id)?.reference)
      .filter((x): x is string => x !== undefined)
      .join(', ');
  const common = { stamp, lastModified: stamp, sequence, alarms };
  const DEADLINE = t(lang, 'Hạn tổ chức', 'Session deadline');
  const DUE = t(lang, 'Hạn nộp', 'Deliverable deadline');
  const SESSION = t(lang, 'Hội nghị', 'Session');

  for (const session of plan.sessions) {
    if (tierFilter !== undefined && session.tier !== tierFilter) continue;
    const rule = session.deadline;
    const refs = resolutionRefs(session.resolutions);
    const title = line(
      session.title ??
        `${t(lang, 'Học tập, quán triệt', 'Study session')}${refs ? ` ${refs}` : ''} — ${tierName(session.tier)}`,
    );
    const audiences = session.audiences
      .map((id) => plan.audiences.find((a) => a.id === id)?.name ?? id)
      .join('; ');
    const description = lines(
      [
        headerLine,
        `${t(lang, 'Cấp', 'Tier')}: ${tierName(session.tier)}`,
        audiences ? `${t(lang, 'Thành phần', 'Audience')}: ${audiences}` : '',
        `${t(lang, 'Hình thức', 'Method')}: ${METHOD_LABELS[session.method][lang]}`,
        `${t(lang, 'Thời lượng', 'Duration')}: ${formatDuration(session.duration, lang)}`,
        `${t(lang, 'Thời hạn', 'Deadline')}: ${formatDateRule(rule, { lang })}`,
        session.host ? `${t(lang, 'Chủ trì', 'Host')}: ${session.host}` : '',
        session.exemption?.note ?? '',
        session.note ?? '',
      ]
        .filter((x) => x !== '')
        .join('\n'),
    );
    const held = heldDays(session);
    if (held === null) {
      // Only a deadline is known: show the deadline, not a session on that day.
      const last = lastDayOf(session.id, session.tier, daysOf(session));
      if (last === null) continue;
      calendar.createEvent({
        ...common,
        id: uid('deadline', session.id, session.tier),
        allDay: true,
        start: dateOnly(last),
        end: dateOnly(nextDay(last)),
        summary: `${DEADLINE}: ${title}`,
        description,
        categories: [{ name: DEADLINE }],
      });
      continue;
    }
    const { first, last } = held;
    const base = {
      ...common,
      id: uid('session', session.id, session.tier),
      summary: title,
      description,
      categories: [{ name: SESSION }],
      ...(session.location ? { location: line(session.location) } : {}),
    };
    const start = session.time ? minutesOf(session.time.start) : undefined;
    if (session.time && start !== undefined) {
      const endTime = session.time.end !== undefined ? minutesOf(session.time.end) : undefined;
      const spanDays = toEpochDay(last) - toEpochDay(first);
      const end =
        endTime !== undefined && endTime > start
          ? spanDays * 1440 + endTime
          : spanDays * 1440 + start + 240;
      calendar.createEvent({
        ...base,
        timezone: VIETNAM_TIME_ZONE,
        start: at(first, start),
        end: at(first, end),
      });
    } else if (options.halfDayTimes) {
      const slots = [options.halfDayTimes.morning, options.halfDayTimes.afternoon];
      const halves = Math.max(1, session.duration.halfDays);
      const startMin = minutesOf(slots[0]!.start);
      const endMin = minutesOf(slots[(halves - 1) % 2]!.end);
      if (startMin === undefined || endMin === undefined) {
        calendar.createEvent({
          ...base,
          allDay: true,
          start: dateOnly(first),
          end: dateOnly(nextDay(last)),
        });
      } else {
        calendar.createEvent({
          ...base,
          timezone: VIETNAM_TIME_ZONE,
          start: at(first, startMin),
          end: at(first, Math.floor((halves - 1) / 2) * 1440 + endMin),
        });
      }
    } else {
      calendar.createEvent({
        ...base,
        allDay: true,
        start: dateOnly(first),
        end: dateOnly(nextDay(last)),
      });
    }
  }

  for (const d of plan.deliverables) {
    const kind = DELIVERABLE_KIND_LABELS[d.kind][lang];
    const description = lines(
      [
        headerLine,
        d.due ? `${t(lang, 'Thời hạn', 'Deadline')}: ${formatDateRule(d.due, { lang })}` : '',
        d.submitTo ? `${t(lang, 'Gửi về', 'Send to')}: ${d.submitTo}` : '',
        d.description ?? '',
      ]
        .filter((x) => x !== '')
        .join('\n'),
    );
    // One deadline per tier the deliverable concerns: each tier may have its own.
    for (const tier of tiersOf(plan, d)) {
      if (tierFilter !== undefined && tier !== tierFilter) continue;
      const date = lastDayOf(d.id, tier, 1);
      if (date === null) continue;
      calendar.createEvent({
        ...common,
        id: uid('due', d.id, tier),
        allDay: true,
        start: dateOnly(date),
        end: dateOnly(nextDay(date)),
        summary: line(`${DUE}: ${d.title ?? kind} — ${tierName(tier)}`),
        description,
        categories: [{ name: DUE }],
      });
    }
  }

  // Calendar properties first, then the time zone, then the events.
  const text = calendar.toString();
  const props = `X-WR-TIMEZONE:${VIETNAM_TIME_ZONE}\r\n${text.includes(`TZID=${VIETNAM_TIME_ZONE}`) ? `${VTIMEZONE}\r\n` : ''}`;
  // The first line that begins a component (text inside a property never starts a line:
  // ical-generator escapes line breaks and folds with a leading space).
  const i = text.indexOf('\r\nBEGIN:VEVENT\r\n');
  const j = (i >= 0 ? i : text.lastIndexOf('\r\nEND:VCALENDAR')) + 2;
  return `${text.slice(0, j)}${props}${text.slice(j)}`;
}

/** The tiers a deliverable concerns, in plan order. */
function tiersOf(plan: Plan, d: Deliverable): string[] {
  if (d.tier !== undefined) return [d.tier];
  const tiers = new Set(sessionsOfDeliverable(plan, d).map((s) => s.tier));
  return plan.tiers.map((x) => x.id).filter((id) => tiers.has(id));
}
