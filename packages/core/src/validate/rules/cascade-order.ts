import { parentSessionOf, sessionsOfDeliverable } from '../../model/relations.js';
import type { RuleContext } from '../context.js';
import { activityWindows, endsBefore } from '../windows.js';

/**
 * `cascade/before-parent`, `cascade/action-plan-before-session`,
 * `cascade/reflection-before-session`: the implicit order of the cascade holds
 * in the plan's own deadlines.
 */
export function checkCascadeOrder(ctx: RuleContext): void {
  const { plan } = ctx;
  const windows = activityWindows(plan);
  plan.sessions.forEach((s, i) => {
    const parent = parentSessionOf(plan, s);
    if (!parent || parent.id === s.id) return;
    const mine = windows.get(s.id);
    const theirs = windows.get(parent.id);
    if (!mine || !theirs) return;
    const at = endsBefore(mine, theirs);
    if (at !== null) {
      ctx.report('cascade/before-parent', ['sessions', i, 'deadline'], {
        session: s.id,
        deadline: mine.end,
        parent: parent.id,
        parentDate: at,
      });
    }
  });
  plan.deliverables.forEach((d, i) => {
    if (d.kind !== 'action-plan' && d.kind !== 'reflection') return;
    if (!d.due) return;
    const mine = windows.get(d.id);
    if (!mine) return;
    for (const s of sessionsOfDeliverable(plan, d)) {
      const theirs = windows.get(s.id);
      if (!theirs) continue;
      const at = endsBefore(mine, theirs);
      if (at === null) continue;
      ctx.report(
        d.kind === 'action-plan'
          ? 'cascade/action-plan-before-session'
          : 'cascade/reflection-before-session',
        ['deliverables', i, 'due'],
        { deliverable: d.id, due: mine.end, session: s.id, sessionDate: at },
      );
      return;
    }
  });
}
