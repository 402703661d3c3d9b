import { formatShortDate } from '../../format/vi-date.js';
import type { IssueCode, IssueParamsByCode } from '../codes.js';

/** A date of the params as English readers write it: 15 September 2020. */
const d = (iso: string | undefined): string => (iso ? formatShortDate(iso, 'en') : '');
/** The unit an issue is about, as a prefix ("Đảng ủy xã A: "), or nothing. */
const at = (p: { readonly unitName?: string }): string => (p.unitName ? `${p.unitName}: ` : '');

/** The forms `schema/invalid-format` names, in English. */
const FORMATS: Readonly<Record<string, string>> = {
  date: 'expected a date as YYYY-MM-DD, e.g. 2020-09-15',
  month: 'expected a month as YYYY-MM, e.g. 2020-12',
  quarter: 'expected a quarter as YYYY-Qn, e.g. 2021-Q1',
  year: 'expected a year as YYYY',
  time: 'expected a time as HH:MM, e.g. 07:30',
  id: 'an id has no leading or trailing white space',
  'id-characters': 'an id has no control, format or line-break characters',
};

/** The rules `schema/invalid` names by key. */
const RULES: Readonly<Record<string, string>> = {
  'session-held': 'a session-held event gives attendees, byAudience or both',
};

/** The purposes a recipient may have, as the file writes them. */
const PURPOSES = 'report (B/c), implement (T/h), direct (C/đ), inform (Biết), archive (Lưu)';

/**
 * English messages, one for each issue code, made from the issue's params
 * (typed per code): names as the plan gives them, dates as 15 September 2020.
 *
 * @example
 * ```ts
 * messagesEn['signature/missing']({}); // => 'The plan has no signature block.'
 * ```
 * @category Validation
 */
export const messagesEn: { readonly [C in IssueCode]: (params: IssueParamsByCode[C]) => string } = {
  'schema/invalid-type': (p) => `Wrong type: expected ${p.expected}, received ${p.received}.`,
  'schema/required': (p) => `The required field "${p.key}" is missing.`,
  'schema/invalid-value': (p) => `Invalid value; allowed: ${p.allowed}.`,
  'schema/invalid-format': (p) => `Wrong format: ${FORMATS[p.format] ?? p.format}.`,
  'schema/too-small': (p) => `The value is too small or too short (minimum ${p.minimum}).`,
  'schema/too-big': (p) => `The value is too large or too long (maximum ${p.maximum}).`,
  'schema/unknown-key': (p) => `The field "${p.key}" is not part of the format.`,
  'schema/unreadable': (p) => `The input could not be read (${p.reason}).`,
  'schema/invalid': (p) => `Invalid value (${RULES[p.detail] ?? p.detail}).`,
  'ref/duplicate-id': (p) => `The id "${p.id}" is used twice (first at ${p.firstPath}).`,
  'ref/unknown-tier': (p) => `No tier has the id "${p.id}".`,
  'ref/unknown-audience': (p) => `No audience has the id "${p.id}".`,
  'ref/unknown-material': (p) => `No study material has the id "${p.id}".`,
  'ref/unknown-resolution': (p) => `No resolution has the id "${p.id}".`,
  'ref/unknown-session': (p) => `No session has the id "${p.id}".`,
  'ref/unknown-deliverable': (p) => `No deliverable has the id "${p.id}".`,
  'ref/unknown-activity': (p) => `No session or deliverable has the id "${p.id}".`,
  'ref/self-reference': (p) => `The after rule of "${p.id}" counts from itself.`,
  'date/nonexistent': (p) => `The date ${p.date} does not exist.`,
  'date/span-reversed': (p) => `The span ends (${d(p.to)}) before it starts (${d(p.from)}).`,
  'date/before-resolution': (p) =>
    `The deadline ${d(p.deadline)} is before resolution ${p.resolution} was issued (${d(p.issuedOn)}).`,
  'date/plan-before-resolution': (p) =>
    `The plan is dated ${d(p.planDate)}, before resolution ${p.resolution} was issued (${d(p.issuedOn)}).`,
  'date/deadline-on-day-off': (p) =>
    `The deadline ${d(p.date)} of "${p.activityNameEn}" falls on a day off (${p.holidayEn}).`,
  'date/out-of-range': (p) =>
    `A date computed for "${p.activityNameEn}" falls outside the years 0001–9999.`,
  'date/invalid-anchor': (p) =>
    `The after rule's anchor "${p.anchor}" does not fit this activity (own-session is for deliverables that follow a session).`,
  'calendar/conflicting-day': (p) =>
    `The day ${d(p.date)} is listed both off (daysOff[${p.daysOffIndex}]) and worked.`,
  'cascade/before-parent': (p) =>
    `"${p.sessionName}" must be done by ${d(p.deadline)}, before the upper tier's "${p.parentName}" (${d(p.parentDate)}).`,
  'cascade/action-plan-before-session': (p) =>
    `"${p.deliverableName}" is due ${d(p.due)}, before "${p.sessionName}" (${d(p.sessionDate)}).`,
  'cascade/reflection-before-session': (p) =>
    `"${p.deliverableName}" is due ${d(p.due)}, before "${p.sessionName}" (${d(p.sessionDate)}).`,
  'cascade/cycle': (p) => `The date rules form a cycle: ${p.cycle}.`,
  'cascade/infeasible': (p) =>
    `${at(p)}"${p.activityNameEn}" cannot meet its deadline: earliest ${d(p.earliest)}, latest ${d(p.latest)}.`,
  'cascade/late': (p) =>
    `${p.unitName ?? p.tierName} is ${p.daysLate} days late with "${p.activityNameEn}" (due ${d(p.deadline)}).`,
  'cascade/became-infeasible': (p) =>
    `${at(p)}after the actual dates, "${p.activityNameEn}" can no longer meet its deadline: earliest ${d(p.earliest)}, latest ${d(p.latest)}.`,
  'cascade/held-before-parent': (p) =>
    `${at(p)}"${p.activityNameEn}" was held on ${d(p.date)}, before the upper tier's "${p.parentName}" (${d(p.parentDate)}) had ended.`,
  'cascade/held-same-day-as-parent': (p) =>
    `${at(p)}"${p.activityNameEn}" was held on ${d(p.date)}, the same day as the upper tier's "${p.parentName}", which lasts longer than a morning.`,
  'cascade/held-outside-window': (p) =>
    `${at(p)}"${p.activityNameEn}" was held on ${d(p.date)}, before the plan allows it (from ${d(p.from)}).`,
  'cascade/unit-without-tier': (p) =>
    `Unit "${p.unitName ?? p.unit}" is at level ${p.level}, which the plan has no tier for.`,
  'cascade/unknown-actual': (p) => `An actual date names an unknown id: "${p.id}".`,
  'unit/duplicate-id': (p) => `The unit id "${p.id}" is used twice.`,
  'unit/unknown-parent': (p) => `Unit "${p.id}" names a parent "${p.parent}" that does not exist.`,
  'unit/cycle': (p) => `The parent links of unit "${p.id}" form a cycle.`,
  'unit/level-order': (p) =>
    `Unit "${p.id}" (level ${p.level}) is not below its parent "${p.parent}" (level ${p.parentLevel}).`,
  'session/zero-duration': (p) => `"${p.sessionName}" lasts zero half-days.`,
  'session/discussion-exceeds-duration': (p) =>
    `The discussion (${p.discussion} half-days) is longer than "${p.sessionName}" itself (${p.duration} half-days).`,
  'session/no-audience': (p) => `"${p.sessionName}" has no audience.`,
  'session/no-bridge-points': (p) =>
    `"${p.sessionName}" is online but says nothing of its bridge points.`,
  'exemption/not-online': (p) =>
    `"${p.sessionName}" may be skipped after "${p.targetName}", but that session is not online.`,
  'exemption/not-upper-tier': (p) =>
    `"${p.sessionName}" may be skipped after "${p.targetName}", but that session is not of an upper tier.`,
  'tier/no-session': (p) => `Tier "${p.tierName}" has no session.`,
  'tier/level-order': (p) =>
    `Tier "${p.tierName}" (${p.level}) comes after the lower tier "${p.previousName}" (${p.previousLevel}); tiers go from the top down.`,
  'reference/malformed': (p) =>
    `The number and symbol "${p.reference}" is malformed (e.g. 985-KH/HNDT or 123/KH-UBND).`,
  'reference/unnumbered': (p) =>
    `The number and symbol "${p.reference}" has no number yet (a draft).`,
  'recipient/unknown-purpose': (p) =>
    `The purpose "${p.purpose}" is unknown; use one of: ${PURPOSES}.`,
  'signature/missing': () => 'The plan has no signature block.',
  'text/not-nfc': () =>
    'The text is not in Unicode NFC; Vietnamese diacritics are stored as separate marks.',
  'progress/unknown-unit': (p) => `An event names an unknown unit: "${p.unit}".`,
  'progress/unknown-activity': (p) =>
    `An event names an unknown session or deliverable: "${p.activity}".`,
  'progress/duplicate-event': (p) =>
    `The event was recorded twice; it is counted once (${RULES[p.detail] ?? p.detail}).`,
  'progress/contradictory-event': (p) => `Two events contradict each other: ${p.detail}.`,
  'progress/inconsistent-counts': (p) => `The event's numbers do not add up: ${p.detail}.`,
  'progress/wrong-tier': (p) =>
    `Unit "${p.unit}" is not at the tier that holds session "${p.session}".`,
  'progress/invalid-exemption': (p) =>
    `Session "${p.session}" is not exempted by session "${p.exemption}".`,
  'layout/motto-mismatch': (p) =>
    `The layout rule set ${p.rules} prints "${p.expected}" at the top right, but the document prints "${p.motto}"; check the rule set or that line.`,
};
