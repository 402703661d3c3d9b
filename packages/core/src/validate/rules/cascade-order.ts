import { parentSessions, sessionsOfDeliverable } from '../../model/relations.js';
import type { RuleContext } from '../context.js';
import { deliverableNames, sessionNames } from '../names.js';
import { endsBefore } from '../windows.js';

/**
 * `cascade/before-parent`, `cascade/action-plan-before-session`,
 * `cascade/reflection-before-session`: the implicit order of the cascade holds
 * in the plan's own deadlines.
 */
export function checkCascadeOrder(ctx: RuleContext): void {
  const { plan } = ctx;
  const windows = ctx.windows();
  const parents = parentSessions(plan);
  const sessionsOfTier = new Map<string, typeof plan.sessions>();
  for (const s of plan.sessions) {
    const list = sessionsOfTier.get(s.tier);
    if (list) list.push(s);
    else sessionsOfTier.set(s.tier, [s]);
  }
  plan.sessions.forEach((s, i) => {
    const parent = parents[i];
    if (!parent || parent.id === s.id) return;
    const mine = windows.get(s.id);
    const theirs = windows.get(parent.id);
    if (!mine || !theirs) return;
    const at = endsBefore(mine, theirs);
    if (at !== null && mine.end !== null) {
      ctx.report('cascade/before-parent', ['sessions', i, 'deadline'], {
        session: s.id,
        sessionName: sessionNames(plan, s).vi,
        deadline: mine.end,
        parent: parent.id,
        parentName: sessionNames(plan, parent).vi,
        parentDate: at,
      });
    }
  });
  plan.deliverables.forEach((d, i) => {
    if (d.kind !== 'action-plan' && d.kind !== 'reflection') return;
    if (!d.due) return;
    const mine = windows.get(d.id);
    if (!mine) return;
    const followed =
      d.session === undefined && d.tier !== undefined
        ? (sessionsOfTier.get(d.tier) ?? [])
        : sessionsOfDeliverable(plan, d);
    for (const s of followed) {
      const theirs = windows.get(s.id);
      if (!theirs) continue;
      const at = endsBefore(mine, theirs);
      if (at === null || mine.end === null) continue;
      ctx.report(
        d.kind === 'action-plan'
          ? 'cascade/action-plan-before-session'
          : 'cascade/reflection-before-session',
        ['deliverables', i, 'due'],
        {
          deliverable: d.id,
          deliverableName: deliverableNames(plan, d).vi,
          due: mine.end,
          session: s.id,
          sessionName: sessionNames(plan, s).vi,
          sessionDate: at,
        },
      );
      return;
    }
  });
}
