import type { IssueCode } from '../codes.js';
import type { IssueParams } from '../issue.js';

const v = (p: IssueParams, k: string): string => String(p[k] ?? '');

/**
 * English messages, one for each issue code, made from the issue's params.
 *
 * @example
 * ```ts
 * messagesEn['signature/missing']({}); // => 'The plan has no signature block.'
 * ```
 * @category Validation
 */
export const messagesEn: { readonly [C in IssueCode]: (params: IssueParams) => string } = {
  'schema/invalid-type': (p) =>
    `Wrong type: expected ${v(p, 'expected')}, received ${v(p, 'received')}.`,
  'schema/required': (p) => `The required field "${v(p, 'key')}" is missing.`,
  'schema/invalid-value': (p) => `Invalid value; allowed: ${v(p, 'allowed')}.`,
  'schema/invalid-format': (p) => `Wrong format: ${v(p, 'format')}.`,
  'schema/too-small': (p) => `Too small or too short (minimum ${v(p, 'minimum')}).`,
  'schema/too-big': (p) => `Too large or too long (maximum ${v(p, 'maximum')}).`,
  'schema/unknown-key': (p) => `The key "${v(p, 'key')}" is not part of the format.`,
  'schema/unreadable': (p) => `The input could not be read: ${v(p, 'reason')}.`,
  'schema/invalid': (p) => `Invalid value: ${v(p, 'detail')}.`,
  'ref/duplicate-id': (p) =>
    `The id "${v(p, 'id')}" is used twice (first at ${v(p, 'firstPath')}).`,
  'ref/unknown-tier': (p) => `No tier has the id "${v(p, 'id')}".`,
  'ref/unknown-audience': (p) => `No audience has the id "${v(p, 'id')}".`,
  'ref/unknown-material': (p) => `No study material has the id "${v(p, 'id')}".`,
  'ref/unknown-resolution': (p) => `No resolution has the id "${v(p, 'id')}".`,
  'ref/unknown-session': (p) => `No session has the id "${v(p, 'id')}".`,
  'ref/unknown-deliverable': (p) => `No deliverable has the id "${v(p, 'id')}".`,
  'ref/unknown-activity': (p) => `No session or deliverable has the id "${v(p, 'id')}".`,
  'ref/self-reference': (p) => `The after rule of "${v(p, 'id')}" names itself.`,
  'date/nonexistent': (p) => `The date ${v(p, 'date')} does not exist on the calendar.`,
  'date/span-reversed': (p) => `The span ends (${v(p, 'to')}) before it starts (${v(p, 'from')}).`,
  'date/before-resolution': (p) =>
    `The deadline ${v(p, 'deadline')} is before resolution ${v(p, 'resolution')} was issued (${v(p, 'issuedOn')}).`,
  'date/plan-before-resolution': (p) =>
    `The plan is dated ${v(p, 'planDate')}, before resolution ${v(p, 'resolution')} was issued (${v(p, 'issuedOn')}).`,
  'date/deadline-on-day-off': (p) =>
    `The deadline ${v(p, 'date')} of "${v(p, 'activity')}" falls on a day off (${v(p, 'holidayEn')}).`,
  'date/out-of-range': (p) =>
    `A date computed for "${v(p, 'activity')}" falls outside the years 0001–9999.`,
  'date/invalid-anchor': (p) =>
    `The after rule's anchor "${v(p, 'anchor')}" does not fit this activity (own-session is for deliverables that follow a session).`,
  'calendar/conflicting-day': (p) =>
    `The day ${v(p, 'date')} is listed both off (daysOff[${v(p, 'daysOffIndex')}]) and worked.`,
  'cascade/before-parent': (p) =>
    `Session "${v(p, 'session')}" must be done by ${v(p, 'deadline')}, before the upper tier's session "${v(p, 'parent')}" it learns from (${v(p, 'parentDate')}).`,
  'cascade/action-plan-before-session': (p) =>
    `Action plan "${v(p, 'deliverable')}" is due ${v(p, 'due')}, before its session "${v(p, 'session')}" (${v(p, 'sessionDate')}).`,
  'cascade/reflection-before-session': (p) =>
    `Reflection "${v(p, 'deliverable')}" is due ${v(p, 'due')}, before its session "${v(p, 'session')}" (${v(p, 'sessionDate')}).`,
  'cascade/cycle': (p) => `The date rules form a cycle: ${v(p, 'cycle')}.`,
  'cascade/infeasible': (p) =>
    `"${v(p, 'activity')}"${p.unitName ? ` of ${v(p, 'unitName')}` : ''} cannot meet its deadline: earliest ${v(p, 'earliest')}, latest ${v(p, 'latest')}.`,
  'cascade/late': (p) =>
    `${p.unitName ? v(p, 'unitName') : v(p, 'tierName')} is ${v(p, 'daysLate')} days late with "${v(p, 'activity')}" (due ${v(p, 'deadline')}).`,
  'cascade/became-infeasible': (p) =>
    `After the actual dates, "${v(p, 'activity')}"${p.unitName ? ` of ${v(p, 'unitName')}` : ''} can no longer meet its deadline: earliest ${v(p, 'earliest')}, latest ${v(p, 'latest')}.`,
  'cascade/held-before-parent': (p) =>
    `${p.unitName ? `${v(p, 'unitName')}: ` : ''}session "${v(p, 'activity')}" was held on ${v(p, 'date')}, before the upper session "${v(p, 'parent')}" (${v(p, 'parentDate')}) had ended.`,
  'cascade/held-same-day-as-parent': (p) =>
    `${p.unitName ? `${v(p, 'unitName')}: ` : ''}session "${v(p, 'activity')}" was held on ${v(p, 'date')}, the same day as the upper session "${v(p, 'parent')}", which lasts longer than a morning.`,
  'cascade/held-outside-window': (p) =>
    `${p.unitName ? `${v(p, 'unitName')}: ` : ''}"${v(p, 'activity')}" was held on ${v(p, 'date')}, before the plan allows it (from ${v(p, 'from')}).`,
  'cascade/unit-without-tier': (p) =>
    `Unit "${v(p, 'unit')}" is at level ${v(p, 'level')}, which the plan has no tier for.`,
  'cascade/unknown-actual': (p) => `An actual names an unknown id: "${v(p, 'id')}".`,
  'unit/duplicate-id': (p) => `The unit id "${v(p, 'id')}" is used twice.`,
  'unit/unknown-parent': (p) => `Unit "${v(p, 'id')}" names an unknown parent "${v(p, 'parent')}".`,
  'unit/cycle': (p) => `The parent links of unit "${v(p, 'id')}" form a cycle.`,
  'unit/level-order': (p) =>
    `Unit "${v(p, 'id')}" (${v(p, 'level')}) is not below its parent "${v(p, 'parent')}" (${v(p, 'parentLevel')}).`,
  'session/zero-duration': (p) => `Session "${v(p, 'session')}" lasts zero half-days.`,
  'session/discussion-exceeds-duration': (p) =>
    `The discussion (${v(p, 'discussion')} half-days) is longer than session "${v(p, 'session')}" (${v(p, 'duration')} half-days).`,
  'session/no-audience': (p) => `Session "${v(p, 'session')}" has no audience.`,
  'session/no-bridge-points': (p) =>
    `Online session "${v(p, 'session')}" has no bridge-point information.`,
  'exemption/not-online': (p) =>
    `Session "${v(p, 'session')}" exempts those who attended "${v(p, 'target')}", which is not online.`,
  'exemption/not-upper-tier': (p) =>
    `Session "${v(p, 'session')}" exempts those who attended "${v(p, 'target')}", which is not of an upper tier.`,
  'tier/no-session': (p) => `Tier "${v(p, 'tier')}" has no session.`,
  'tier/level-order': (p) =>
    `Tier "${v(p, 'tier')}" (${v(p, 'level')}) is listed after the lower tier "${v(p, 'previous')}" (${v(p, 'previousLevel')}); list tiers from the top down.`,
  'reference/malformed': (p) =>
    `The number and symbol "${v(p, 'reference')}" is malformed (e.g. 985-KH/HNDT or 123/KH-UBND).`,
  'reference/unnumbered': (p) =>
    `The number and symbol "${v(p, 'reference')}" has no number yet (a draft).`,
  'recipient/unknown-purpose': (p) =>
    `Unknown recipient purpose "${v(p, 'purpose')}"; use B/c, T/h, C/đ, Biết or Lưu.`,
  'signature/missing': () => 'The plan has no signature block.',
  'text/not-nfc': () =>
    'The text is not in Unicode NFC (its Vietnamese diacritics are decomposed).',
  'progress/unknown-unit': (p) => `An event names an unknown unit: "${v(p, 'unit')}".`,
  'progress/unknown-activity': (p) =>
    `An event names an unknown session or deliverable: "${v(p, 'activity')}".`,
  'progress/duplicate-event': (p) =>
    `The same event was recorded twice; it is counted once (${v(p, 'detail')}).`,
  'progress/contradictory-event': (p) => `Events contradict each other: ${v(p, 'detail')}.`,
  'progress/inconsistent-counts': (p) => `The event's numbers do not add up: ${v(p, 'detail')}.`,
  'progress/wrong-tier': (p) =>
    `Unit "${v(p, 'unit')}" is not at the tier that holds session "${v(p, 'session')}".`,
  'progress/invalid-exemption': (p) =>
    `Session "${v(p, 'session')}" grants no exemption for attending "${v(p, 'exemption')}".`,
  'layout/motto-mismatch': (p) =>
    `Layout rule set ${v(p, 'rules')} prints "${v(p, 'expected')}" at the top right, but the document prints "${v(p, 'motto')}"; check the chosen rule set or that line.`,
};
