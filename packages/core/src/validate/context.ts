import type { DateWindow } from '../calendar/date-rule-window.js';
import type { WorkingCalendar } from '../calendar/working-calendar.js';
import type { Plan } from '../model/plan.js';
import type { IssueCode } from './codes.js';
import { createIssue, type Issue, type IssuePath } from './issue.js';
import type { IssueArgs } from './names.js';
import { activityWindows } from './windows.js';

/** What every rule sees: the plan, id indexes and a way to report. @internal */
export interface RuleContext {
  readonly plan: Plan;
  readonly tiers: ReadonlyMap<string, number>;
  readonly audiences: ReadonlyMap<string, number>;
  readonly materials: ReadonlyMap<string, number>;
  readonly resolutions: ReadonlyMap<string, number>;
  readonly sessions: ReadonlyMap<string, number>;
  readonly deliverables: ReadonlyMap<string, number>;
  /** The working calendar deadlines are read on, when one was given. */
  readonly calendar: WorkingCalendar | undefined;
  /** The window of each activity's own rule, computed once on first use. */
  windows(): ReadonlyMap<string, DateWindow>;
  report<C extends IssueCode>(code: C, path: IssuePath, ...rest: IssueArgs<C>): void;
}

function firstIndex(items: readonly { id: string }[]): Map<string, number> {
  const map = new Map<string, number>();
  for (let i = 0; i < items.length; i++) {
    const id = (items[i] as { id: string }).id;
    if (!map.has(id)) map.set(id, i);
  }
  return map;
}

/** Builds the rule context of a plan. @internal */
export function createContext(
  plan: Plan,
  issues: Issue[],
  calendar: WorkingCalendar | undefined,
): RuleContext {
  let windows: Map<string, DateWindow> | undefined;
  return {
    plan,
    tiers: firstIndex(plan.tiers),
    audiences: firstIndex(plan.audiences),
    materials: firstIndex(plan.materials),
    resolutions: firstIndex(plan.resolutions),
    sessions: firstIndex(plan.sessions),
    deliverables: firstIndex(plan.deliverables),
    calendar,
    windows() {
      windows ??= activityWindows(plan, calendar);
      return windows;
    },
    report(code, path, ...rest) {
      issues.push(createIssue(code, path, ...rest) as Issue);
    },
  };
}
