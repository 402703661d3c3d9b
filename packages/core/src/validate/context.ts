import type { DateWindow } from '../calendar/date-rule-window.js';
import type { Plan } from '../model/plan.js';
import type { IssueCode, Severity } from './codes.js';
import { createIssue, type Issue, type IssueParams, type IssuePath } from './issue.js';
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
  /** The window of each activity's own rule, computed once on first use. */
  windows(): ReadonlyMap<string, DateWindow>;
  report(code: IssueCode, path: IssuePath, params?: IssueParams, severity?: Severity): void;
}

function firstIndex<T extends { id: string }>(items: readonly T[]): Map<string, number> {
  const map = new Map<string, number>();
  items.forEach((item, i) => {
    if (!map.has(item.id)) map.set(item.id, i);
  });
  return map;
}

/** Builds the rule context of a plan. @internal */
export function createContext(plan: Plan, issues: Issue[]): RuleContext {
  let windows: Map<string, DateWindow> | undefined;
  return {
    plan,
    tiers: firstIndex(plan.tiers),
    audiences: firstIndex(plan.audiences),
    materials: firstIndex(plan.materials),
    resolutions: firstIndex(plan.resolutions),
    sessions: firstIndex(plan.sessions),
    deliverables: firstIndex(plan.deliverables),
    windows() {
      windows ??= activityWindows(plan);
      return windows;
    },
    report(code, path, params = {}, severity) {
      issues.push(createIssue(code, path, params, severity));
    },
  };
}
