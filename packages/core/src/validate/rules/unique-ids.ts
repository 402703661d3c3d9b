import type { RuleContext } from '../context.js';

/** `ref/duplicate-id`: ids are unique per collection; sessions and deliverables share one namespace. */
export function checkUniqueIds(ctx: RuleContext): void {
  const { plan } = ctx;
  const groups: [string, readonly { id: string }[]][][] = [
    [['resolutions', plan.resolutions]],
    [['tiers', plan.tiers]],
    [['audiences', plan.audiences]],
    [['materials', plan.materials]],
    [
      ['sessions', plan.sessions],
      ['deliverables', plan.deliverables],
    ],
  ];
  for (const group of groups) {
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
