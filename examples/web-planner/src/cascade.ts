import {
  addCalendarDays,
  type DateRule,
  type DateWindow,
  dateRuleWindow,
  daysBetween,
  type Issue,
  type Plan,
  parentSessionOf,
  schedule,
  sessionsOfDeliverable,
} from '@rollout/core';

/** One bar of the timeline: the shape of `schedule()`'s nodes. */
export interface TimelineNode {
  readonly activity: string;
  readonly tier: string;
  readonly earliest: string | null;
  readonly latest: string | null;
  readonly deadline: string | null;
  readonly slack: number | null;
  readonly feasible: boolean;
}

/** The cascade the planner draws, and which engine computed it. */
export interface Cascade {
  readonly nodes: readonly TimelineNode[];
  readonly issues: readonly Issue<string>[];
  readonly engine: 'schedule' | 'windows';
}

const maxDate = (a: string | null, b: string | null): string | null =>
  a === null ? b : b === null ? a : a > b ? a : b;
const minDate = (a: string | null, b: string | null): string | null =>
  a === null ? b : b === null ? a : a < b ? a : b;

/**
 * The cascade of a plan: `schedule()` of `@rollout/core` (forward and backward
 * passes over the working-day calendar), its issues added to the validation
 * issues. Falls back to {@link windowCascade} should the engine fail.
 */
export function computeCascade(plan: Plan, issues: readonly Issue[]): Cascade {
  try {
    const result = schedule(plan);
    const seen = new Set(issues.map((i) => `${i.code} ${i.path.join('.')}`));
    const extra = result.issues.filter((i) => !seen.has(`${i.code} ${i.path.join('.')}`));
    return { nodes: result.nodes, issues: [...issues, ...extra], engine: 'schedule' };
  } catch {
    return windowCascade(plan, issues);
  }
}

/**
 * The cascade of a plan, per tier, from each rule's own window and the
 * implicit order (a lower tier after the upper session it learns from; an action
 * plan or a reflection after its sessions). Issues come from validation.
 */
export function windowCascade(plan: Plan, issues: readonly Issue[]): Cascade {
  const rules = new Map<string, DateRule>();
  for (const s of plan.sessions) rules.set(s.id, s.deadline);
  for (const d of plan.deliverables) if (d.due) rules.set(d.id, d.due);
  const windows = new Map<string, DateWindow>();
  const visiting = new Set<string>();
  const windowOf = (id: string): DateWindow => {
    const known = windows.get(id);
    if (known) return known;
    const rule = rules.get(id);
    if (!rule || visiting.has(id)) return { start: null, end: null };
    let w: DateWindow;
    if (rule.kind === 'after') {
      visiting.add(id);
      const ref = windowOf(rule.ref);
      visiting.delete(id);
      const shift = (d: string | null) => (d === null ? null : addCalendarDays(d, rule.days));
      w = {
        start: shift(ref.start ?? ref.end),
        end: rule.calendar === 'calendar' ? shift(ref.end) : null,
      };
    } else w = dateRuleWindow(rule);
    windows.set(id, w);
    return w;
  };

  // Forward: earliest dates, tiers top-down (a session follows its parent).
  const earliest = new Map<string, string | null>();
  const earliestOf = (id: string, depth = 0): string | null => {
    if (earliest.has(id)) return earliest.get(id) ?? null;
    const session = plan.sessions.find((s) => s.id === id);
    let e = windowOf(id).start;
    if (session && depth < plan.sessions.length) {
      const parent = parentSessionOf(plan, session);
      if (parent && parent.id !== id) e = maxDate(e, earliestOf(parent.id, depth + 1));
    }
    earliest.set(id, e);
    return e;
  };
  // Backward: a session must leave room for the sessions that learn from it.
  const latest = new Map<string, string | null>();
  const latestOf = (id: string, depth = 0): string | null => {
    if (latest.has(id)) return latest.get(id) ?? null;
    let l = windowOf(id).end;
    // A session already held is a fact: nothing below can move it.
    const held = plan.sessions.find((s) => s.id === id)?.deadline.kind === 'held';
    if (!held && depth < plan.sessions.length) {
      for (const child of plan.sessions) {
        if (child.id === id) continue;
        if (parentSessionOf(plan, child)?.id === id) l = minDate(l, latestOf(child.id, depth + 1));
      }
    }
    latest.set(id, l);
    return l;
  };

  const flagged = new Set<string>();
  for (const issue of issues) {
    if (issue.severity !== 'error' || !issue.code.startsWith('cascade/')) continue;
    const [area, index] = issue.path;
    if (area === 'sessions' && typeof index === 'number')
      flagged.add(plan.sessions[index]?.id ?? '');
    if (area === 'deliverables' && typeof index === 'number')
      flagged.add(plan.deliverables[index]?.id ?? '');
  }

  const node = (
    activity: string,
    tier: string,
    e: string | null,
    l: string | null,
  ): TimelineNode => {
    const slack = e !== null && l !== null ? daysBetween(e, l) : null;
    return {
      activity,
      tier,
      earliest: e,
      latest: l,
      deadline: windowOf(activity).end,
      slack,
      feasible: !flagged.has(activity) && (slack === null || slack >= 0),
    };
  };
  const nodes: TimelineNode[] = [];
  for (const tier of plan.tiers) {
    for (const s of plan.sessions) {
      if (s.tier === tier.id) nodes.push(node(s.id, tier.id, earliestOf(s.id), latestOf(s.id)));
    }
    for (const d of plan.deliverables) {
      if (!d.due) continue;
      const sessions = sessionsOfDeliverable(plan, d);
      const at = d.tier ?? sessions[0]?.tier;
      if (at !== tier.id) continue;
      let e = windowOf(d.id).start;
      for (const s of sessions) e = maxDate(e, earliestOf(s.id));
      nodes.push(node(d.id, tier.id, e, windowOf(d.id).end));
    }
  }
  return { nodes, issues, engine: 'windows' };
}
