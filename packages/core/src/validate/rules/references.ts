import type { DateRule } from '../../model/date-rule.js';
import type { RuleContext } from '../context.js';

/** `ref/unknown-*`: every id a plan refers to exists. */
export function checkReferences(ctx: RuleContext): void {
  const { plan } = ctx;
  // Paths are made only when there is an issue to report.
  const audiences = plan.audiences;
  for (let i = 0; i < audiences.length; i++) {
    const tier = audiences[i]?.tier;
    if (tier !== undefined && !ctx.tiers.has(tier))
      ctx.report('ref/unknown-tier', ['audiences', i, 'tier'], { id: tier });
  }
  const materials = plan.materials;
  for (let i = 0; i < materials.length; i++) {
    const m = materials[i] as (typeof materials)[number];
    if (m.resolution !== undefined && !ctx.resolutions.has(m.resolution)) {
      ctx.report('ref/unknown-resolution', ['materials', i, 'resolution'], { id: m.resolution });
    }
    if (m.deliverable !== undefined && !ctx.deliverables.has(m.deliverable)) {
      ctx.report('ref/unknown-deliverable', ['materials', i, 'deliverable'], { id: m.deliverable });
    }
  }
  const sessions = plan.sessions;
  for (let i = 0; i < sessions.length; i++) {
    const s = sessions[i] as (typeof sessions)[number];
    if (!ctx.tiers.has(s.tier))
      ctx.report('ref/unknown-tier', ['sessions', i, 'tier'], { id: s.tier });
    for (let j = 0; j < s.audiences.length; j++) {
      const a = s.audiences[j] as string;
      if (!ctx.audiences.has(a))
        ctx.report('ref/unknown-audience', ['sessions', i, 'audiences', j], { id: a });
    }
    const ms = s.materials;
    if (ms !== undefined) {
      for (let j = 0; j < ms.length; j++) {
        const m = ms[j] as string;
        if (!ctx.materials.has(m))
          ctx.report('ref/unknown-material', ['sessions', i, 'materials', j], { id: m });
      }
    }
    const rs = s.resolutions;
    if (rs !== undefined) {
      for (let j = 0; j < rs.length; j++) {
        const r = rs[j] as string;
        if (!ctx.resolutions.has(r))
          ctx.report('ref/unknown-resolution', ['sessions', i, 'resolutions', j], { id: r });
      }
    }
    if (s.learnsFrom !== undefined && !ctx.sessions.has(s.learnsFrom))
      ctx.report('ref/unknown-session', ['sessions', i, 'learnsFrom'], { id: s.learnsFrom });
    if (s.exemption !== undefined && !ctx.sessions.has(s.exemption.session)) {
      ctx.report('ref/unknown-session', ['sessions', i, 'exemption', 'session'], {
        id: s.exemption.session,
      });
    }
    checkRule(ctx, s.deadline, 'sessions', i, 'deadline');
  }
  const deliverables = plan.deliverables;
  for (let i = 0; i < deliverables.length; i++) {
    const d = deliverables[i] as (typeof deliverables)[number];
    if (d.tier !== undefined && !ctx.tiers.has(d.tier))
      ctx.report('ref/unknown-tier', ['deliverables', i, 'tier'], { id: d.tier });
    if (d.session !== undefined && !ctx.sessions.has(d.session))
      ctx.report('ref/unknown-session', ['deliverables', i, 'session'], { id: d.session });
    checkRule(ctx, d.due, 'deliverables', i, 'due');
  }
}

/** The activity an `after` rule follows exists. */
function checkRule(
  ctx: RuleContext,
  r: DateRule | undefined,
  list: string,
  i: number,
  key: string,
): void {
  if (r?.kind === 'after' && !ctx.sessions.has(r.ref) && !ctx.deliverables.has(r.ref)) {
    ctx.report('ref/unknown-activity', [list, i, key, 'ref'], { id: r.ref });
  }
}
