import { tierLevelRank } from '../../model/tier.js';
import type { RuleContext } from '../context.js';

/** `tier/no-session`, `tier/level-order`: every tier has a session; tiers run from the top down. */
export function checkTiers(ctx: RuleContext): void {
  const { plan } = ctx;
  const withSession = new Set<string>();
  for (const s of plan.sessions) withSession.add(s.tier);
  const tiers = plan.tiers;
  let prevRank = -1;
  for (let i = 0; i < tiers.length; i++) {
    const t = tiers[i] as (typeof tiers)[number];
    if (!withSession.has(t.id)) ctx.report('tier/no-session', ['tiers', i], { tier: t.id });
    const rank = tierLevelRank(t.level);
    const prev = tiers[i - 1];
    if (prev && rank < prevRank) {
      ctx.report('tier/level-order', ['tiers', i, 'level'], {
        tier: t.id,
        level: t.level,
        previous: prev.id,
        previousLevel: prev.level,
      });
    }
    prevRank = rank;
  }
}
