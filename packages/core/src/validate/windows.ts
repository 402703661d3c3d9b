import { type DateWindow, dateRuleWindow } from '../calendar/date-rule-window.js';
import { addCalendarDays, isValidIsoDate } from '../calendar/iso-date.js';
import type { WorkingCalendar } from '../calendar/working-calendar.js';
import type { DateRule } from '../model/date-rule.js';
import type { Plan } from '../model/plan.js';
import { parentSessions, sessionsOfDeliverable } from '../model/relations.js';

/**
 * The activities an `after` rule counts from, by id: its `ref`, or for an
 * anchored rule the activity's own sessions (`own-session`) or the upper
 * sessions they learn from (`upper-session`), at tier level. @internal
 */
export function afterReferences(plan: Plan): Map<string, string[]> {
  const out = new Map<string, string[]>();
  let parents: ReturnType<typeof parentSessions> | undefined;
  const parentOf = new Map<string, string>();
  const needParents = (): void => {
    if (parents) return;
    parents = parentSessions(plan);
    plan.sessions.forEach((s, i) => {
      const p = parents![i];
      if (p && !parentOf.has(s.id)) parentOf.set(s.id, p.id);
    });
  };
  const add = (id: string, rule: DateRule | undefined, own: () => string[]): void => {
    if (rule?.kind !== 'after' || out.has(id)) return;
    if ('ref' in rule) {
      out.set(id, [rule.ref]);
      return;
    }
    if (rule.anchor === 'own-session') {
      out.set(id, own());
      return;
    }
    needParents();
    const ups = new Set<string>();
    for (const s of own()) {
      const p = parentOf.get(s);
      if (p !== undefined) ups.add(p);
    }
    out.set(id, [...ups]);
  };
  for (const s of plan.sessions) add(s.id, s.deadline, () => [s.id]);
  for (const d of plan.deliverables)
    add(d.id, d.due, () => sessionsOfDeliverable(plan, d).map((s) => s.id));
  return out;
}

/**
 * The window each activity's own rule allows, with `after` rules resolved as
 * the cascade reads them: an `after` rule starts with its reference and ends
 * N days after the reference's own last day (working days on `cal`, when
 * given; otherwise a working-day rule's end is left open). Cycles, unknown and
 * self references leave a window open. Iterative, so a chain of any length is
 * resolved without recursion. Used by the validation rules only. @internal
 */
export function activityWindows(plan: Plan, cal?: WorkingCalendar): Map<string, DateWindow> {
  const rules = new Map<string, DateRule | undefined>();
  for (const s of plan.sessions) if (!rules.has(s.id)) rules.set(s.id, s.deadline);
  for (const d of plan.deliverables) if (!rules.has(d.id)) rules.set(d.id, d.due);
  const refs = afterReferences(plan);
  const out = new Map<string, DateWindow>();
  const open: DateWindow = { start: null, end: null };

  // Plans repeat the same few dates: each is checked once.
  const checked = new Map<string, boolean>();
  const exists = (date: string): boolean => {
    let ok = checked.get(date);
    if (ok === undefined) {
      ok = isValidIsoDate(date);
      checked.set(date, ok);
    }
    return ok;
  };
  // The rule's window, without a date that does not exist (a fresh object: kept as is when whole).
  const valid = (w: DateWindow): DateWindow => {
    const start = w.start !== null && exists(w.start) ? w.start : null;
    const end = w.end !== null && exists(w.end) ? w.end : null;
    return start === w.start && end === w.end ? w : { start, end };
  };
  const afterWindow = (id: string, rule: DateRule & { kind: 'after' }): DateWindow => {
    let start: string | null = null;
    let end: string | null = null;
    const list = refs.get(id) ?? [];
    if (list.length === 0) return open;
    for (const r of list) {
      if (r === id) return open;
      const w = out.get(r);
      if (!w || w.end === null) return open;
      if (w.start !== null && (start === null || w.start > start)) start = w.start;
      if (end === null || w.end > end) end = w.end;
    }
    if (end === null) return open;
    const due =
      rule.calendar === 'calendar'
        ? addCalendarDays(end, rule.days)
        : cal
          ? cal.addWorkingDays(end, rule.days)
          : null;
    return { start, end: due };
  };

  // Depth-first over the `after` references with an explicit stack (state 1 =
  // on the stack, 2 = done): a cycle finds its own id on the stack and stays open.
  const state = new Map<string, 1 | 2>();
  for (const root of rules.keys()) {
    if (state.has(root)) continue;
    const stack: string[] = [root];
    while (stack.length > 0) {
      const id = stack[stack.length - 1]!;
      const rule = rules.get(id);
      if (state.get(id) === undefined) {
        state.set(id, 1);
        if (rule?.kind === 'after') {
          for (const r of refs.get(id) ?? []) {
            if (rules.has(r) && state.get(r) === undefined) stack.push(r);
          }
          continue;
        }
      }
      stack.pop();
      if (state.get(id) === 2) continue;
      state.set(id, 2);
      if (!rule) continue;
      out.set(id, rule.kind === 'after' ? afterWindow(id, rule) : valid(dateRuleWindow(rule)));
    }
  }
  return out;
}

/**
 * Tells whether `later` must end before `earlier` can start: its last allowed
 * day is before the other's first possible day, or — when the other has no
 * first day — before the other's last allowed day (the plan then lets the
 * upper activity happen after the lower one's deadline). @internal
 */
export function endsBefore(later: DateWindow, earlier: DateWindow): string | null {
  if (later.end === null) return null;
  if (earlier.start !== null) return later.end < earlier.start ? earlier.start : null;
  if (earlier.end !== null) return later.end < earlier.end ? earlier.end : null;
  return null;
}
