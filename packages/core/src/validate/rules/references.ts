import type { DateRule } from '../../model/date-rule.js';
import type { IssueCode } from '../codes.js';
import type { RuleContext } from '../context.js';

/** `ref/unknown-*`: every id a plan refers to exists. */
export function checkReferences(ctx: RuleContext): void {
  const { plan } = ctx;
  plan.audiences.forEach((a, i) => {
    if (a.tier !== undefined)
      known(ctx, ctx.tiers, a.tier, 'ref/unknown-tier', 'audiences', i, 'tier');
  });
  plan.materials.forEach((m, i) => {
    if (m.resolution !== undefined)
      known(
        ctx,
        ctx.resolutions,
        m.resolution,
        'ref/unknown-resolution',
        'materials',
        i,
        'resolution',
      );
    if (m.deliverable !== undefined)
      known(
        ctx,
        ctx.deliverables,
        m.deliverable,
        'ref/unknown-deliverable',
        'materials',
        i,
        'deliverable',
      );
  });
  plan.sessions.forEach((s, i) => {
    known(ctx, ctx.tiers, s.tier, 'ref/unknown-tier', 'sessions', i, 'tier');
    s.audiences.forEach((a, j) => {
      known(ctx, ctx.audiences, a, 'ref/unknown-audience', 'sessions', i, 'audiences', j);
    });
    s.materials?.forEach((m, j) => {
      known(ctx, ctx.materials, m, 'ref/unknown-material', 'sessions', i, 'materials', j);
    });
    s.resolutions?.forEach((r, j) => {
      known(ctx, ctx.resolutions, r, 'ref/unknown-resolution', 'sessions', i, 'resolutions', j);
    });
    if (s.learnsFrom !== undefined)
      known(ctx, ctx.sessions, s.learnsFrom, 'ref/unknown-session', 'sessions', i, 'learnsFrom');
    if (s.exemption !== undefined) {
      const id = s.exemption.session;
      known(ctx, ctx.sessions, id, 'ref/unknown-session', 'sessions', i, 'exemption', 'session');
    }
    activity(ctx, s.deadline, 'sessions', i, 'deadline');
  });
  plan.deliverables.forEach((d, i) => {
    if (d.tier !== undefined)
      known(ctx, ctx.tiers, d.tier, 'ref/unknown-tier', 'deliverables', i, 'tier');
    if (d.session !== undefined)
      known(ctx, ctx.sessions, d.session, 'ref/unknown-session', 'deliverables', i, 'session');
    activity(ctx, d.due, 'deliverables', i, 'due');
  });
}

/** Reports `code` at `list[i].key[last]` when `id` is not in `index` (the path is made only then). */
function known(
  ctx: RuleContext,
  index: ReadonlyMap<string, number>,
  id: string,
  code: IssueCode,
  list: string,
  i: number,
  key: string,
  last?: string | number,
): void {
  if (!index.has(id))
    ctx.report(code, last === undefined ? [list, i, key] : [list, i, key, last], { id });
}

/** The activity an `after` rule follows exists. */
function activity(
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
