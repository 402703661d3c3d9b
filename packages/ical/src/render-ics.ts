import {
  addCalendarDays,
  DELIVERABLE_KIND_LABELS,
  type Deliverable,
  formatDateRule,
  formatDuration,
  isValidIsoDate,
  METHOD_LABELS,
  type Plan,
  type ScheduleNode,
  type ScheduleResult,
  schedule,
  sessionsOfDeliverable,
  type Unit,
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
   * The DTSTAMP of every event, an ISO date or date-time in UTC (default: the
   * plan's date, else the first resolution's date). Never the clock, so that
   * two renders of one plan are identical.
   */
  readonly stamp?: string;
}

const t = (lang: 'vi' | 'en', vi: string, en: string): string => (lang === 'en' ? en : vi);

/** `HH:MM` → minutes after midnight, or undefined. */
function minutesOf(time: string): number | undefined {
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(time);
  return m ? Number(m[1]) * 60 + Number(m[2]) : undefined;
}

/** A date-time stub (Vietnam wall time) `minutes` after midnight of `date`; may roll into the next days. */
function at(date: string, minutes: number) {
  const day = Math.floor(minutes / 1440);
  const rest = minutes - day * 1440;
  const d = addCalendarDays(date, day);
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

/** A UID part: letters, digits and `-._~` kept, everything else percent-encoded. */
const uidPart = (s: string): string =>
  encodeURIComponent(s).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );

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

/**
 * Renders a plan's sessions and deadlines as an iCalendar feed (RFC 5545).
 *
 * @remarks One VEVENT per session, and one all-day VEVENT per deliverable
 * deadline (action plans, reports, inspections, reflections that have one).
 *
 * **Dates.** A session whose rule is `held` or `span` sits on those days. Any
 * other session, and every deadline, sits on its deadline: with `schedule`,
 * the node's `latest` date (the last day that keeps every deadline below it;
 * its `deadline` when open), else the rule's own deadline (`by` its date,
 * `within` the period's last day, `after` resolved by the cascade engine). A
 * session of several half-days ends on that day. Activities with no date at
 * all are left out.
 *
 * **Times.** A session with `time` is a timed event in `Asia/Ho_Chi_Minh`
 * (with its VTIMEZONE; `end`, else one half-day of four hours). Without a
 * time it is an all-day event (`DTSTART;VALUE=DATE`, so no viewer's time zone
 * moves it to another day), or, with `halfDayTimes`, placed on the morning and
 * afternoon half-days it lasts.
 *
 * **Stable output.** UIDs are `plan/activity/scope@rollout`, the scope being
 * the unit, else the tier: re-importing an updated feed updates its events
 * instead of duplicating them. DTSTAMP is derived from the plan, never the
 * clock, so two renders of one plan are byte-identical. Texts are escaped by
 * ical-generator (commas, semicolons, backslashes, newlines); HTML in titles
 * stays plain text. Works in browsers: no Node built-ins.
 * @param plan - A valid plan.
 * @param options - Scope (tier, unit), dates (schedule), times, alarms, language.
 * @returns The `.ics` text, lines ending in CRLF.
 * @example
 * ```ts
 * import { plan985KhHndt } from '@rollout/core';
 * const ics = renderIcs(plan985KhHndt, { tier: 'district' });
 * ics.includes('DTSTART;VALUE=DATE:20200915'); // => true
 * ```
 * @see {@link schedule}
 * @category Rendering
 */
export function renderIcs(plan: Plan, options: RenderIcsOptions = {}): string {
  const lang = options.lang ?? 'vi';
  const planKey = plan.id ?? plan.header.reference;
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
      nodes = schedule(
        plan,
        options.units !== undefined && options.unit !== undefined ? { units: options.units } : {},
      ).nodes;
    } catch {
      nodes = [];
    }
  }
  const dateOf = (activity: string, tier: string): string | null => {
    const node = pickNode(nodes, activity, tier, options.unit);
    if (!node) return null;
    const d = fromSchedule ? (node.latest ?? node.deadline) : node.deadline;
    return d !== null && isValidIsoDate(d) ? d : null;
  };

  const stampDate =
    options.stamp ??
    plan.header.date ??
    plan.resolutions.map((r) => r.issuedOn).find((d) => isValidIsoDate(d)) ??
    '2000-01-01';
  const stamp = /^\d{4}-\d{2}-\d{2}$/.test(stampDate)
    ? new Date(`${stampDate}T00:00:00Z`)
    : new Date(stampDate);
  const stampValue = Number.isNaN(stamp.getTime()) ? new Date(Date.UTC(2000, 0, 1)) : stamp;

  const alarms = (options.alarms ?? [{ days: 1 }]).map((a) => ({
    type: ICalAlarmType.display,
    trigger: ((a.days ?? 0) * 1440 + (a.hours ?? 0) * 60 + (a.minutes ?? 0)) * 60,
  }));

  const calendar = new ICalCalendar({
    prodId: { company: 'Rollout', product: 'rollout-ical', language: lang === 'en' ? 'EN' : 'VI' },
    name: `${plan.header.reference} — ${plan.header.title}`,
    x: [['X-WR-TIMEZONE', VIETNAM_TIME_ZONE]],
  });

  const tierName = (id: string) => plan.tiers.find((x) => x.id === id)?.name ?? id;
  const scopeOf = (tier: string) => options.unit ?? tier;
  const headerLine = `${plan.header.reference} — ${plan.header.title}`;
  const resolutionRefs = (ids: readonly string[] | undefined) =>
    (ids ?? plan.resolutions.map((r) => r.id))
      .map((id) => plan.resolutions.find((r) => r.id === id)?.reference)
      .filter((x): x is string => x !== undefined)
      .join(', ');

  for (const session of plan.sessions) {
    if (tierFilter !== undefined && session.tier !== tierFilter) continue;
    const rule = session.deadline;
    let first: string | null;
    let last: string | null;
    if (rule.kind === 'held') first = last = isValidIsoDate(rule.date) ? rule.date : null;
    else if (rule.kind === 'span' && !fromSchedule) {
      first = isValidIsoDate(rule.from) ? rule.from : null;
      last = isValidIsoDate(rule.to) ? rule.to : null;
    } else {
      last = dateOf(session.id, session.tier);
      const days = Math.max(1, Math.ceil(session.duration.halfDays / 2));
      first = last === null ? null : addCalendarDays(last, -(days - 1));
    }
    if (first === null || last === null || last < first) continue;
    const refs = resolutionRefs(session.resolutions);
    const summary =
      session.title ??
      `${t(lang, 'Học tập, quán triệt', 'Study session')}${refs ? ` ${refs}` : ''} — ${tierName(session.tier)}`;
    const audiences = session.audiences
      .map((id) => plan.audiences.find((a) => a.id === id)?.name ?? id)
      .join('; ');
    const description = [
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
      .filter((line) => line !== '')
      .join('\n');
    const uid = `${uidPart(planKey)}/${uidPart(session.id)}/${uidPart(scopeOf(session.tier))}@rollout`;
    const base = {
      id: uid,
      stamp: stampValue,
      summary,
      description,
      alarms,
      ...(session.location ? { location: session.location } : {}),
    };
    const start = session.time ? minutesOf(session.time.start) : undefined;
    if (session.time && start !== undefined) {
      const endTime = session.time.end !== undefined ? minutesOf(session.time.end) : undefined;
      const dayOffset = (days: number) => days * 1440;
      const spanDays = Math.round(
        (Date.parse(`${last}T00:00:00Z`) - Date.parse(`${first}T00:00:00Z`)) / 86_400_000,
      );
      const end =
        endTime !== undefined && endTime > start
          ? dayOffset(spanDays) + endTime
          : dayOffset(spanDays) + start + 240;
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
      const lastSlot = slots[(halves - 1) % 2]!;
      const endMin = minutesOf(lastSlot.end);
      if (startMin === undefined || endMin === undefined) {
        calendar.createEvent({
          ...base,
          allDay: true,
          start: dateOnly(first),
          end: dateOnly(addCalendarDays(last, 1)),
        });
      } else {
        const startDay = addCalendarDays(last, -Math.floor((halves - 1) / 2));
        calendar.createEvent({
          ...base,
          timezone: VIETNAM_TIME_ZONE,
          start: at(startDay, startMin),
          end: at(startDay, Math.floor((halves - 1) / 2) * 1440 + endMin),
        });
      }
    } else {
      calendar.createEvent({
        ...base,
        allDay: true,
        start: dateOnly(first),
        end: dateOnly(addCalendarDays(last, 1)),
      });
    }
  }

  for (const d of plan.deliverables) {
    const kind = DELIVERABLE_KIND_LABELS[d.kind][lang];
    const description = [
      headerLine,
      d.due ? `${t(lang, 'Thời hạn', 'Deadline')}: ${formatDateRule(d.due, { lang })}` : '',
      d.submitTo ? `${t(lang, 'Gửi về', 'Send to')}: ${d.submitTo}` : '',
      d.description ?? '',
    ]
      .filter((line) => line !== '')
      .join('\n');
    // One deadline per tier the deliverable concerns: each tier may have its own.
    for (const tier of tiersOf(plan, d)) {
      if (tierFilter !== undefined && tier !== tierFilter) continue;
      const date = dateOf(d.id, tier);
      if (date === null) continue;
      calendar.createEvent({
        id: `${uidPart(planKey)}/${uidPart(d.id)}/${uidPart(scopeOf(tier))}@rollout`,
        stamp: stampValue,
        allDay: true,
        start: dateOnly(date),
        end: dateOnly(addCalendarDays(date, 1)),
        summary: `${t(lang, 'Hạn', 'Due')}: ${d.title ?? kind} — ${tierName(tier)}`,
        description,
        alarms,
      });
    }
  }

  const text = calendar.toString();
  // ical-generator writes no VTIMEZONE of its own: insert Vietnam's before the first event.
  if (!text.includes(`TZID=${VIETNAM_TIME_ZONE}`)) return text;
  const i = text.indexOf('BEGIN:VEVENT');
  return `${text.slice(0, i)}${VTIMEZONE}\r\n${text.slice(i)}`;
}

/** The tiers a deliverable concerns, in plan order. */
function tiersOf(plan: Plan, d: Deliverable): string[] {
  if (d.tier !== undefined) return [d.tier];
  const tiers = new Set(sessionsOfDeliverable(plan, d).map((s) => s.tier));
  return plan.tiers.map((x) => x.id).filter((id) => tiers.has(id));
}
