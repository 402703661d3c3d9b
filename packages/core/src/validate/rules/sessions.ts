import type { RuleContext } from '../context.js';

/**
 * `session/zero-duration`, `session/discussion-exceeds-duration`,
 * `session/no-audience`, `session/no-bridge-points`.
 */
export function checkSessions(ctx: RuleContext): void {
  ctx.plan.sessions.forEach((s, i) => {
    if (s.duration.halfDays === 0) {
      ctx.report('session/zero-duration', ['sessions', i, 'duration', 'halfDays'], {
        session: s.id,
      });
    }
    if (s.discussion && s.discussion.halfDays > s.duration.halfDays) {
      ctx.report('session/discussion-exceeds-duration', ['sessions', i, 'discussion', 'halfDays'], {
        session: s.id,
        discussion: s.discussion.halfDays,
        duration: s.duration.halfDays,
      });
    }
    if (s.audiences.length === 0) {
      ctx.report('session/no-audience', ['sessions', i, 'audiences'], { session: s.id });
    }
    if (s.method === 'online' && s.bridgePoints === undefined) {
      ctx.report('session/no-bridge-points', ['sessions', i], { session: s.id });
    }
  });
}
