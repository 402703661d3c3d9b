import { type DateWindow, dateRuleWindow } from '../calendar/date-rule-window.js';
import { addCalendarDays, isValidIsoDate } from '../calendar/iso-date.js';
import type { DateRule } from '../model/date-rule.js';
import type { Plan } from '../model/plan.js';

/**
 * The window each activity's own rule allows, with `after` rules resolved as
 * far as they can be without a calendar: the start of an `after` rule is its
 * reference's start; its end is the reference's end plus N days when N counts
 * calendar days (working days leave it open). Cycles and unknown references
 * leave a window open. Used by the validation rules only. @internal
 */
export function activityWindows(plan: Plan): Map<string, DateWindow> {
  const rules = new Map<string, DateRule | undefined>();
  for (const s of plan.sessions) if (!rules.has(s.id)) rules.set(s.id, s.deadline);
  for (const d of plan.deliverables) if (!rules.has(d.id)) rules.set(d.id, d.due);
  const out = new Map<string, DateWindow>();
  const visiting = new Set<string>();
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

  const resolve = (id: string): DateWindow => {
    const known = out.get(id);
    if (known) return known;
    const rule = rules.get(id);
    if (!rule || visiting.has(id)) return open;
    let w: DateWindow;
    if (rule.kind === 'after') {
      visiting.add(id);
      const ref = resolve(rule.ref);
      visiting.delete(id);
      w = {
        start: ref.start,
        end:
          ref.end !== null && rule.calendar === 'calendar'
            ? addCalendarDays(ref.end, rule.days)
            : null,
      };
    } else {
      w = valid(dateRuleWindow(rule));
    }
    out.set(id, w);
    return w;
  };
  for (const id of rules.keys()) resolve(id);
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
