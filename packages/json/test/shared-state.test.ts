// Issue 13, items 3 and 4, for parsePlanJson: a good read, hostile reads (a deadline on
// 9999-12-31 with 36,600 working days after it, 8,000 chained after rules, every date on
// 0001-01-01, deep nesting), the good read again: deep-equal. And a plan of 10,000 chained
// after rules reads without a stack overflow.
import { clonePlan, plan985KhHndt } from '@rollout/core';
import { describe, expect, it } from 'vitest';
import { goodAfterHostile } from '../../../test-support/fuzz.js';
import { hostilePlans, planWithAfterChain } from '../../../test-support/hostile-plans.js';
import { parsePlanJson, stringifyPlan } from '../src/index.js';

describe('parsePlanJson', () => {
  it('has no shared mutable state', async () => {
    const good = stringifyPlan(plan985KhHndt);
    await goodAfterHostile(
      () => parsePlanJson(good),
      [
        ...hostilePlans(clonePlan(plan985KhHndt)).map(
          ([, p]) =>
            () =>
              parsePlanJson(stringifyPlan(p)),
        ),
        () => parsePlanJson(`${'['.repeat(100_000)}${']'.repeat(100_000)}`),
        () => parsePlanJson(good.replace('"header"', '"__proto__":{"polluted":1},"header"')),
      ],
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reads a plan of 10,000 chained after rules without a stack overflow', () => {
    const r = parsePlanJson(stringifyPlan(planWithAfterChain(clonePlan(plan985KhHndt), 10_000)));
    expect(r.success).toBe(true);
    if (r.success) expect(r.data.deliverables).toHaveLength(10_000);
  });
});
