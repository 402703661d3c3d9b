import type { DateRule } from '../../model/date-rule.js';
import type { IssueCode } from '../codes.js';
import type { RuleContext } from '../context.js';

/** `ref/unknown-*`, `ref/self-reference`, `date/invalid-anchor`: every id a plan refers to exists. */
export function checkReferences(ctx: RuleContext): void {
  const { plan } = ctx;
  // Plain loops, and paths made only for an issue: this runs on every session of a national plan.
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
  const sessions = plan.sessions;
  for (let i = 0; i < sessions.length; i++) {
    const s = sessions[i] as (typeof sessions)[number];
    known(ctx, ctx.tiers, s.tier, 'ref/unknown-tier', 'sessions', i, 'tier');
    const lists = [s.audiences, s.materials ?? [], s.resolutions ?? []];
    for (let l = 0; l < 3; l++) {
      const ids = lists[l] as readonly string[];
      const [index, code, key] = LISTS[l] as (typeof LISTS)[number];
      for (let j = 0; j < ids.length; j++)
        known(ctx, ctx[index], ids[j] as string, code, 'sessions', i, key, j);
    }
    if (s.learnsFrom !== undefined)
      known(ctx, ctx.sessions, s.learnsFrom, 'ref/unknown-session', 'sessions', i, 'learnsFrom');
    if (s.exemption !== undefined) {
      const id = s.exemption.session;
      known(ctx, ctx.sessions, id, 'ref/unknown-session', 'sessions', i, 'exemption', 'session');
    }
    activity(ctx, s.deadline, s.id, true, 'sessions', i, 'deadline');
  }
  const deliverables = plan.deliverables;
  for (let i = 0; i < deliverables.length; i++) {
    const d = deliverables[i] as (typeof deliverables)[number];
    if (d.tier !== undefined)
      known(ctx, ctx.tiers, d.tier, 'ref/unknown-tier', 'deliverables', i, 'tier');
    if (d.session !== undefined)
      known(ctx, ctx.sessions, d.session, 'ref/unknown-session', 'deliverables', i, 'session');
    activity(ctx, d.due, d.id, false, 'deliverables', i, 'due');
  }
}

/** A session's lists of ids: the index each id must be in, the code when not, the key. */
const LISTS = [
  ['audiences', 'ref/unknown-audience', 'audiences'],
  ['materials', 'ref/unknown-material', 'materials'],
  ['resolutions', 'ref/unknown-resolution', 'resolutions'],
] as const;

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

/** The activity an `after` rule follows exists and is not the activity itself; an anchor fits. */
function activity(
  ctx: RuleContext,
  r: DateRule | undefined,
  self: string,
  isSession: boolean,
  list: string,
  i: number,
  key: string,
): void {
  if (r?.kind !== 'after') return;
  if (!('ref' in r)) {
    if (r.anchor === 'own-session' && isSession)
      ctx.report('date/invalid-anchor', [list, i, key, 'anchor'], { anchor: r.anchor });
    return;
  }
  if (!ctx.sessions.has(r.ref) && !ctx.deliverables.has(r.ref))
    ctx.report('ref/unknown-activity', [list, i, key, 'ref'], { id: r.ref });
  else if (r.ref === self) ctx.report('ref/self-reference', [list, i, key, 'ref'], { id: r.ref });
}
