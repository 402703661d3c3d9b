import type { DateRule } from '../../model/date-rule.js';
import type { RuleContext } from '../context.js';
import type { IssuePath } from '../issue.js';

/** `ref/unknown-*`: every id a plan refers to exists. */
export function checkReferences(ctx: RuleContext): void {
  const { plan } = ctx;
  const tier = (id: string, path: IssuePath) => {
    if (!ctx.tiers.has(id)) ctx.report('ref/unknown-tier', path, { id });
  };
  const session = (id: string, path: IssuePath) => {
    if (!ctx.sessions.has(id)) ctx.report('ref/unknown-session', path, { id });
  };
  const rule = (r: DateRule | undefined, path: IssuePath) => {
    if (r?.kind === 'after' && !ctx.sessions.has(r.ref) && !ctx.deliverables.has(r.ref)) {
      ctx.report('ref/unknown-activity', [...path, 'ref'], { id: r.ref });
    }
  };

  plan.audiences.forEach((a, i) => {
    if (a.tier !== undefined) tier(a.tier, ['audiences', i, 'tier']);
  });
  plan.materials.forEach((m, i) => {
    if (m.resolution !== undefined && !ctx.resolutions.has(m.resolution)) {
      ctx.report('ref/unknown-resolution', ['materials', i, 'resolution'], { id: m.resolution });
    }
    if (m.deliverable !== undefined && !ctx.deliverables.has(m.deliverable)) {
      ctx.report('ref/unknown-deliverable', ['materials', i, 'deliverable'], { id: m.deliverable });
    }
  });
  plan.sessions.forEach((s, i) => {
    tier(s.tier, ['sessions', i, 'tier']);
    s.audiences.forEach((a, j) => {
      if (!ctx.audiences.has(a))
        ctx.report('ref/unknown-audience', ['sessions', i, 'audiences', j], { id: a });
    });
    s.materials?.forEach((m, j) => {
      if (!ctx.materials.has(m))
        ctx.report('ref/unknown-material', ['sessions', i, 'materials', j], { id: m });
    });
    s.resolutions?.forEach((r, j) => {
      if (!ctx.resolutions.has(r)) {
        ctx.report('ref/unknown-resolution', ['sessions', i, 'resolutions', j], { id: r });
      }
    });
    if (s.learnsFrom !== undefined) session(s.learnsFrom, ['sessions', i, 'learnsFrom']);
    if (s.exemption !== undefined)
      session(s.exemption.session, ['sessions', i, 'exemption', 'session']);
    rule(s.deadline, ['sessions', i, 'deadline']);
  });
  plan.deliverables.forEach((d, i) => {
    if (d.tier !== undefined) tier(d.tier, ['deliverables', i, 'tier']);
    if (d.session !== undefined) session(d.session, ['deliverables', i, 'session']);
    rule(d.due, ['deliverables', i, 'due']);
  });
}
