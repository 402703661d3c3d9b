import type { RuleContext } from '../context.js';

/** `ref/duplicate-id`: ids are unique per collection; sessions and deliverables share one namespace. */
export function checkUniqueIds(ctx: RuleContext): void {
  const { plan } = ctx;
  const groups: [string, readonly { id: string }[], ReadonlyMap<string, number>][][] = [
    [['resolutions', plan.resolutions, ctx.resolutions]],
    [['tiers', plan.tiers, ctx.tiers]],
    [['audiences', plan.audiences, ctx.audiences]],
    [['materials', plan.materials, ctx.materials]],
    [
      ['sessions', plan.sessions, ctx.sessions],
      ['deliverables', plan.deliverables, ctx.deliverables],
    ],
  ];
  for (const group of groups) {
    // The context's indexes keep each id's first place: when each is as long as
    // its collection and no id is in an earlier one, nothing repeats.
    const first = (group[0] as (typeof group)[number])[2];
    const clean = group.every(
      ([, items, index], k) =>
        index.size === items.length && (k === 0 || !items.some((x) => first.has(x.id))),
    );
    if (clean) continue;
    const seen = new Map<string, [string, number]>();
    for (const [key, items] of group) {
      items.forEach((item, i) => {
        const first = seen.get(item.id);
        if (first !== undefined) {
          const firstPath = `${first[0]}[${first[1]}].id`;
          ctx.report('ref/duplicate-id', [key, i, 'id'], { id: item.id, firstPath });
        } else {
          seen.set(item.id, [key, i]);
        }
      });
    }
  }
}
