// The names issues give people for the plan's entities: the plan's own words
// (a title, a tier's name), never an id alone. @internal
import { DELIVERABLE_KIND_LABELS } from '../format/labels.js';
import type { Deliverable } from '../model/deliverable.js';
import type { Plan } from '../model/plan.js';
import type { Session } from '../model/session.js';
import type { IssueCode, IssueParamsByCode, Severity } from './codes.js';

/** The name of a tier by its id (the id itself when the plan has no such tier). */
export function tierNameOf(plan: Plan, tier: string | undefined): string {
  if (tier === undefined) return '';
  for (const t of plan.tiers) if (t.id === tier) return t.name;
  return tier;
}

/** A session's name: its title, else "Hội nghị (<its tier>)". */
export function sessionNames(plan: Plan, s: Session): { vi: string; en: string } {
  if (s.title) return { vi: s.title, en: s.title };
  const tier = tierNameOf(plan, s.tier);
  return { vi: `Hội nghị (${tier})`, en: `Session (${tier})` };
}

/** A deliverable's name: its title, else its kind and its tier. */
export function deliverableNames(plan: Plan, d: Deliverable): { vi: string; en: string } {
  if (d.title) return { vi: d.title, en: d.title };
  const label = DELIVERABLE_KIND_LABELS[d.kind] ?? { vi: d.kind, en: d.kind };
  const tier = d.tier !== undefined ? tierNameOf(plan, d.tier) : '';
  return tier === ''
    ? { vi: label.vi, en: label.en }
    : { vi: `${label.vi} (${tier})`, en: `${label.en} (${tier})` };
}

/** The names of an activity by its id: `{ activity, activityName, activityNameEn }`. */
export function activityNames(
  plan: Plan,
  id: string,
): { activity: string; activityName: string; activityNameEn: string } {
  for (const s of plan.sessions)
    if (s.id === id) {
      const n = sessionNames(plan, s);
      return { activity: id, activityName: n.vi, activityNameEn: n.en };
    }
  for (const d of plan.deliverables)
    if (d.id === id) {
      const n = deliverableNames(plan, d);
      return { activity: id, activityName: n.vi, activityNameEn: n.en };
    }
  return { activity: id, activityName: id, activityNameEn: id };
}

/** The name of a session by its id (vi), for params such as `sessionName`. */
export function sessionNameById(plan: Plan, id: string): string {
  for (const s of plan.sessions) if (s.id === id) return sessionNames(plan, s).vi;
  return id;
}

/**
 * The arguments after code and path of {@link createIssue} for a code: its
 * params (optional when the code has none), then a severity that overrides
 * the code's own.
 *
 * @example
 * ```ts
 * const args: IssueArgs<'date/nonexistent'> = [{ date: '2021-02-31' }];
 * createIssue('date/nonexistent', ['header', 'date'], ...args).code; // => 'date/nonexistent'
 * ```
 * @category Validation
 */
export type IssueArgs<C extends IssueCode> =
  Record<string, never> extends IssueParamsByCode[C]
    ? [params?: IssueParamsByCode[C], severity?: Severity]
    : [params: IssueParamsByCode[C], severity?: Severity];
