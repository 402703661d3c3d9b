import { tierLevelRank } from '../../model/tier.js';
import type { RuleContext } from '../context.js';

/** `tier/no-session`, `tier/level-order`: every tier has a session; tiers run from the top down. */
export function checkTiers(ctx: RuleContext): void {
  const { plan } = ctx;
  const withSession = new Set(plan.sessions.map((s) => s.tier));
  plan.tiers.forEach((t, i) => {
    if (!withSession.has(t.id))
      ctx.report('tier/no-session', ['tiers', i], { tier: t.id, tierName: t.name });
    const prev = plan.tiers[i - 1];
    if (prev && tierLevelRank(t.level) < tierLevelRank(prev.level)) {
      ctx.report('tier/level-order', ['tiers', i, 'level'], {
        tier: t.id,
        tierName: t.name,
        level: t.level,
        previous: prev.id,
        previousName: prev.name,
        previousLevel: prev.level,
      });
    }
  });
}
