import type { RuleContext } from '../context.js';
import { sessionNames } from '../names.js';

/**
 * `session/zero-duration`, `session/discussion-exceeds-duration`,
 * `session/no-audience`, `session/no-bridge-points`.
 */
export function checkSessions(ctx: RuleContext): void {
  const plan = ctx.plan;
  plan.sessions.forEach((s, i) => {
    const session = s.id;
    const named = () => ({ session, sessionName: sessionNames(plan, s).vi });
    if (s.duration.halfDays === 0) {
      ctx.report('session/zero-duration', ['sessions', i, 'duration', 'halfDays'], named());
    }
    if (s.discussion && s.discussion.halfDays > s.duration.halfDays) {
      ctx.report('session/discussion-exceeds-duration', ['sessions', i, 'discussion', 'halfDays'], {
        ...named(),
        discussion: s.discussion.halfDays,
        duration: s.duration.halfDays,
      });
    }
    if (s.audiences.length === 0) {
      ctx.report('session/no-audience', ['sessions', i, 'audiences'], named());
    }
    if (s.method === 'online' && s.bridgePoints === undefined) {
      ctx.report('session/no-bridge-points', ['sessions', i], named());
    }
  });
}
