// Issue 13, item 4: deep and cyclic unit trees. rollup, createRollup and schedule on a
// chain of 100,000 units (each the parent of the next) and on a ring of 100,000 (a cycle
// they must report) finish, and scale linearly: the time for 100,000 over the time for
// 10,000, measured in the same test, stays far below the 100× of a quadratic walk (the old
// code took 167 s and 139 s). Never an absolute time: the machine is loaded. And a plan of
// 10,000 chained after rules parses and validates without a stack overflow.
import {
  clonePlan,
  createRollup,
  type Plan,
  parsePlan,
  plan985KhHndt,
  rollup,
  schedule,
  type Unit,
  validatePlan,
} from '@rollout/core';
import { describe, expect, it } from 'vitest';
import { planWithAfterChain, unitChain } from '../../../test-support/hostile-plans.js';

/** Milliseconds of one call (the best of `times`, so a pause of the machine counts less). */
function timed<T>(run: () => T, times = 1): { ms: number; result: T } {
  let best = Number.POSITIVE_INFINITY;
  let result!: T;
  for (let i = 0; i < times; i++) {
    const t = performance.now();
    result = run();
    best = Math.min(best, performance.now() - t);
  }
  return { ms: Math.max(best, 1), result };
}

/** Linear within a generous factor: 10× the units may cost at most 30× the time. */
const LINEAR_BOUND = 30;

const shapes = [
  ['a 100,000-deep chain', false],
  ['a 100,000-unit ring', true],
] as const;

const calls: readonly (readonly [
  string,
  (units: Unit[]) => { issues: readonly { code: string }[] },
])[] = [
  ['rollup', (units) => rollup(plan985KhHndt, [], { units, today: '2020-10-20' }).toJSON()],
  ['createRollup', (units) => createRollup(plan985KhHndt, { units }).toJSON()],
  ['schedule', (units) => schedule(plan985KhHndt, { units })],
];

describe('deep and cyclic unit trees scale linearly', () => {
  for (const [shape, ring] of shapes) {
    for (const [name, call] of calls) {
      it(`${name} on ${shape}`, () => {
        call(unitChain(2000, ring)); // warm up
        const small = timed(() => call(unitChain(10_000, ring)), 3);
        const large = timed(() => call(unitChain(100_000, ring)));
        const codes = new Set(large.result.issues.map((i) => i.code));
        // The ring is reported as a cycle; the chain is not one.
        expect(codes.has('unit/cycle')).toBe(ring);
        expect(large.ms / small.ms).toBeLessThan(LINEAR_BOUND);
      }, 120_000);
    }
  }
});

describe('a plan of 10,000 chained after rules', () => {
  const plan: Plan = planWithAfterChain(clonePlan(plan985KhHndt), 10_000);

  it('parses and validates without a stack overflow, and schedules the last one', () => {
    const parsed = parsePlan(plan);
    expect(parsed.success).toBe(true);
    expect(validatePlan(plan).filter((i) => i.severity === 'error')).toEqual([]);
    const last = schedule(plan).nodes.find((n) => n.activity === 'd9999');
    expect(last?.deadline).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
