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

function firstIndex(items: readonly { id: string }[]): Map<string, number> {
  const map = new Map<string, number>();
  for (let i = 0; i < items.length; i++) {
    const id = (items[i] as { id: string }).id;
    if (!map.has(id)) map.set(id, i);
  }
  return map;
}

class Context implements RuleContext {
  readonly tiers: Map<string, number>;
  readonly audiences: Map<string, number>;
  readonly materials: Map<string, number>;
  readonly resolutions: Map<string, number>;
  readonly sessions: Map<string, number>;
  readonly deliverables: Map<string, number>;
  #windows: Map<string, DateWindow> | undefined;
  constructor(
    readonly plan: Plan,
    readonly issues: Issue[],
  ) {
    this.tiers = firstIndex(plan.tiers);
    this.audiences = firstIndex(plan.audiences);
    this.materials = firstIndex(plan.materials);
    this.resolutions = firstIndex(plan.resolutions);
    this.sessions = firstIndex(plan.sessions);
    this.deliverables = firstIndex(plan.deliverables);
  }
  windows(): ReadonlyMap<string, DateWindow> {
    this.#windows ??= activityWindows(this.plan);
    return this.#windows;
  }
  report(code: IssueCode, path: IssuePath, params: IssueParams = {}, severity?: Severity): void {
    this.issues.push(createIssue(code, path, params, severity));
  }
}

/** Builds the rule context of a plan. @internal */
export function createContext(plan: Plan, issues: Issue[]): RuleContext {
  return new Context(plan, issues);
}
