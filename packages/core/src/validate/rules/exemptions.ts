import { tierLevelRank } from '../../model/tier.js';
import type { RuleContext } from '../context.js';
import { sessionNames } from '../names.js';

/** `exemption/not-online`, `exemption/not-upper-tier`: an exemption points at an upper tier's online session. */
export function checkExemptions(ctx: RuleContext): void {
  const { plan } = ctx;
  plan.sessions.forEach((s, i) => {
    if (!s.exemption) return;
    const ti = ctx.sessions.get(s.exemption.session);
    if (ti === undefined) return;
    const target = plan.sessions[ti]!;
    const path = ['sessions', i, 'exemption', 'session'];
    if (target.method !== 'online') {
      ctx.report('exemption/not-online', path, {
        session: s.id,
        sessionName: sessionNames(plan, s).vi,
        target: target.id,
        targetName: sessionNames(plan, target).vi,
        method: target.method,
      });
    }
    const mine = ctx.tiers.get(s.tier);
    const theirs = ctx.tiers.get(target.tier);
    if (mine === undefined || theirs === undefined) return;
    const myRank = tierLevelRank(plan.tiers[mine]!.level);
    const theirRank = tierLevelRank(plan.tiers[theirs]!.level);
    if (theirRank >= myRank)
      ctx.report('exemption/not-upper-tier', path, {
        session: s.id,
        sessionName: sessionNames(plan, s).vi,
        target: target.id,
        targetName: sessionNames(plan, target).vi,
      });
  });
}
