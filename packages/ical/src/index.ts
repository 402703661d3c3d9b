/**
 * `@rollout/ical`: iCalendar feeds (RFC 5545) of the sessions and deadlines
 * of Vietnamese resolution rollout plans, per tier or per unit.
 *
 * @packageDocumentation
 */

export type { HalfDayTime, HalfDayTimes, IcsAlarm, RenderIcsOptions } from './render-ics.js';
export { renderIcs, VIETNAM_TIME_ZONE } from './render-ics.js';
