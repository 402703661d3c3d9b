import type { RuleContext } from '../context.js';

/** `ref/duplicate-id`: ids are unique per collection; sessions and deliverables share one namespace. */
export function checkUniqueIds(ctx: RuleContext): void {
  const { plan } = ctx;
  // The context's indexes keep each id's first place: a collection whose index
  // is as long as the collection has no repeated id, and nothing to report.
  if (ctx.resolutions.size !== plan.resolutions.length)
    checkGroup(ctx, [['resolutions', plan.resolutions]]);
  if (ctx.tiers.size !== plan.tiers.length) checkGroup(ctx, [['tiers', plan.tiers]]);
  if (ctx.audiences.size !== plan.audiences.length)
    checkGroup(ctx, [['audiences', plan.audiences]]);
  if (ctx.materials.size !== plan.materials.length)
    checkGroup(ctx, [['materials', plan.materials]]);
  let shared = ctx.sessions.size !== plan.sessions.length;
  shared ||= ctx.deliverables.size !== plan.deliverables.length;
  for (let i = 0; i < plan.deliverables.length && !shared; i++) {
    shared = ctx.sessions.has((plan.deliverables[i] as { id: string }).id);
  }
  if (shared) {
    checkGroup(ctx, [
      ['sessions', plan.sessions],
      ['deliverables', plan.deliverables],
    ]);
  }
}

/** Reports every id of a namespace seen before, in order, with the place of its first use. */
function checkGroup(ctx: RuleContext, group: [string, readonly { id: string }[]][]): void {
  const seen = new Map<string, [string, number]>();
  for (const [key, items] of group) {
    for (let i = 0; i < items.length; i++) {
      const id = (items[i] as { id: string }).id;
      const first = seen.get(id);
      if (first !== undefined) {
        const firstPath = `${first[0]}[${first[1]}].id`;
        ctx.report('ref/duplicate-id', [key, i, 'id'], { id, firstPath });
      } else {
        seen.set(id, [key, i]);
      }
    }
  }
}
