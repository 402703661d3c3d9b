import { dateRuleWindow } from '../calendar/date-rule-window.js';
import { isValidIsoDate, toEpochDay } from '../calendar/iso-date.js';
import type { DateRule } from '../model/date-rule.js';
import type { Plan } from '../model/plan.js';
import type { UnitIndex } from './unit-index.js';

/** The deadline of an activity that has none. @internal */
export const NO_DEADLINE = -2_147_483_648;

/**
 * The deadline (epoch day, or {@link NO_DEADLINE}) of each activity at each
 * unit: `deadlines.get(activityId)[unitIndex]`. @internal
 */
export type DueDates = Map<string, Int32Array>;

/** Adds N working days (Monday to Friday) to an epoch day. */
function addWorkingDays(day: number, n: number): number {
  let d = day;
  let left = n;
  while (left > 0) {
    d++;
    // 1970-01-01 was a Thursday: (d + 4) % 7 is 0 on Sundays, 6 on Saturdays.
    const dow = (((d + 4) % 7) + 7) % 7;
    if (dow !== 0 && dow !== 6) left--;
  }
  return d;
}

/**
 * The one source of the deadlines the roll-up measures lateness against.
 *
 * @remarks The deadline of an activity is the last day its own rule allows
 * (`by` its date, `within` the period's last day, `span` its last day, `held`
 * its date); an `after` rule is resolved from its reference's deadline plus N
 * calendar days, or N working days (Monday to Friday; public holidays are not
 * taken out here). Cycles and unknown references leave it open. Every unit of
 * a tier gets the same deadline: the plan's rules are per tier. This is the
 * simple stand-in for the cascade engine's per-unit `deadline`; the roll-up
 * reads deadlines only through this function.
 * @internal
 */
export function dueDates(plan: Plan, units: UnitIndex, _today: number): DueDates {
  const rules = new Map<string, DateRule | undefined>();
  for (const s of plan.sessions) if (!rules.has(s.id)) rules.set(s.id, s.deadline);
  for (const d of plan.deliverables) if (!rules.has(d.id)) rules.set(d.id, d.due);
  const ends = new Map<string, number>();
  const visiting = new Set<string>();
  const resolve = (id: string): number => {
    const known = ends.get(id);
    if (known !== undefined) return known;
    const rule = rules.get(id);
    if (!rule || visiting.has(id)) return NO_DEADLINE;
    let end = NO_DEADLINE;
    if (rule.kind === 'after') {
      visiting.add(id);
      const ref = resolve(rule.ref);
      visiting.delete(id);
      if (ref !== NO_DEADLINE)
        end = rule.calendar === 'calendar' ? ref + rule.days : addWorkingDays(ref, rule.days);
    } else {
      const w = dateRuleWindow(rule);
      if (w.end !== null && isValidIsoDate(w.end)) end = toEpochDay(w.end);
    }
    ends.set(id, end);
    return end;
  };
  const out: DueDates = new Map();
  for (const id of rules.keys()) {
    const arr = new Int32Array(units.size);
    arr.fill(resolve(id));
    out.set(id, arr);
  }
  return out;
}
