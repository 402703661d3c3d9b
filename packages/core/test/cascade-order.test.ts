import {
  clonePlan,
  type Deliverable,
  type Plan,
  plan985KhHndt,
  schedule,
  type Unit,
} from '@rollout/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { topologicalOrder } from '../src/cascade/order.js';

/** Predecessor lists as the scheduler stores them: pred[poff[v] .. poff[v + 1]). */
function csr(lists: readonly (readonly number[])[]) {
  const n = lists.length;
  const poff = new Int32Array(n + 1);
  for (let v = 0; v < n; v++) poff[v + 1] = poff[v]! + lists[v]!.length;
  return { n, poff, pred: Int32Array.from(lists.flat()) };
}

/** Textbook Kahn with a FIFO queue: the nodes it can order. */
function kahnSet(lists: readonly (readonly number[])[]): Set<number> {
  const n = lists.length;
  const indeg = lists.map((l) => l.length);
  const succ: number[][] = lists.map(() => []);
  lists.forEach((l, v) => {
    for (const p of l) succ[p]!.push(v);
  });
  const queue = indeg.flatMap((d, v) => (d === 0 ? [v] : []));
  for (let h = 0; h < queue.length; h++)
    for (const w of succ[queue[h]!]!) if (--indeg[w]! === 0) queue.push(w);
  expect(queue.length).toBeLessThanOrEqual(n);
  return new Set(queue);
}

const graphs = fc.integer({ min: 1, max: 30 }).chain((n) =>
  fc.array(fc.array(fc.integer({ min: 0, max: n - 1 }), { maxLength: 4 }), {
    minLength: n,
    maxLength: n,
  }),
);

describe('topologicalOrder', () => {
  it('orders every node a textbook Kahn orders, each after all its predecessors', () => {
    fc.assert(
      fc.property(graphs, (lists) => {
        const { n, poff, pred } = csr(lists);
        const { order, count } = topologicalOrder(n, poff, pred);
        const placed = [...order.subarray(0, count)];
        expect(new Set(placed).size).toBe(count);
        expect(new Set(placed)).toEqual(kahnSet(lists));
        const pos = new Map(placed.map((v, k) => [v, k]));
        for (const v of placed)
          for (const p of lists[v]!) expect(pos.get(p)!).toBeLessThan(pos.get(v)!);
      }),
      { numRuns: 300 },
    );
  });

  it('is the identity when every edge goes from a lower number to a higher one', () => {
    fc.assert(
      fc.property(graphs, (lists) => {
        const forward = lists.map((l, v) => l.filter((p) => p < v));
        const { n, poff, pred } = csr(forward);
        const { order, count } = topologicalOrder(n, poff, pred);
        expect(count).toBe(n);
        expect([...order]).toEqual([...Array(n).keys()]);
      }),
      { numRuns: 100 },
    );
  });

  it('leaves out a cycle and what follows it, and orders the rest', () => {
    // 0 → 1 → 2 → 1 (cycle 1–2), 2 → 3; 4 alone; 5 → 0 going back.
    const { n, poff, pred } = csr([[5], [0, 2], [1], [2], [], []]);
    const { order, count } = topologicalOrder(n, poff, pred);
    expect([...order.subarray(0, count)].sort()).toEqual([0, 4, 5]);
  });
});

// A unit tree for the metamorphic test below.
const tree: Unit[] = [
  { id: 'tinh', name: 'Hội Nông dân tỉnh', level: 'province' },
  { id: 'h1', name: 'Huyện 1', level: 'district', parent: 'tinh' },
  { id: 'h2', name: 'Huyện 2', level: 'district', parent: 'tinh' },
  { id: 'x1', name: 'Xã 1', level: 'commune', parent: 'h1' },
  { id: 'x2', name: 'Xã 2', level: 'commune', parent: 'h1' },
  { id: 'x3', name: 'Xã 3', level: 'commune', parent: 'h2' },
];

describe('schedule does not depend on the order of the plan’s lists', () => {
  it('shuffled deliverables chained by after rules give the same dates (property)', () => {
    // A chain of reports at district level, each due some days after the one
    // before it, the first after the communes' sessions (an edge up the tree).
    const chain = (days: readonly number[]): Deliverable[] =>
      days.map((d, k) => ({
        id: `r${k}`,
        kind: 'report' as const,
        tier: 'district',
        due: {
          kind: 'after' as const,
          ref: k === 0 ? 's-commune' : `r${k - 1}`,
          days: d,
          calendar: k % 2 === 0 ? ('working' as const) : ('calendar' as const),
        },
      }));
    const arb = fc
      .array(fc.integer({ min: 0, max: 20 }), { minLength: 1, maxLength: 6 })
      .chain((days) =>
        fc.record({
          days: fc.constant(days),
          perm: fc.shuffledSubarray(
            days.map((_, k) => k),
            { minLength: days.length },
          ),
        }),
      );
    fc.assert(
      fc.property(arb, ({ days, perm }) => {
        const reports = chain(days);
        const base: Plan = {
          ...clonePlan(plan985KhHndt),
          deliverables: [...plan985KhHndt.deliverables, ...reports],
        };
        const shuffled: Plan = {
          ...clonePlan(plan985KhHndt),
          deliverables: [...perm.map((k) => reports[k]!), ...plan985KhHndt.deliverables],
        };
        const key = (n: { activity: string; unit?: string }) => `${n.activity}@${n.unit ?? ''}`;
        const a = schedule(base, { units: tree });
        const b = schedule(shuffled, { units: tree });
        expect(b.nodes.length).toBe(a.nodes.length);
        const byKey = new Map(b.nodes.map((n) => [key(n), n]));
        for (const n of a.nodes) expect(byKey.get(key(n))).toEqual(n);
        expect(b.issues.map((i) => i.code).sort()).toEqual(a.issues.map((i) => i.code).sort());
      }),
      { numRuns: 60 },
    );
  });
});
