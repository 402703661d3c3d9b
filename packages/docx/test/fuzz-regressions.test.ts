// Bugs the fuzz suite (fuzz.test.ts) found, each pinned by the smallest input that showed it.
import type { Plan } from '@rollout/core';
import { PlanValidationError } from '@rollout/core';
import { describe, expect, it } from 'vitest';
import { renderDocx } from '../src/index.js';

describe('found by the fuzz suite', () => {
  it('a value that is not a plan rejects with a PlanValidationError, not a TypeError', async () => {
    // Before: TypeError "Cannot read properties of undefined (reading 'date')".
    for (const notPlan of ['', {}, null])
      await expect(renderDocx(notPlan as unknown as Plan)).rejects.toThrow(PlanValidationError);
  });
});
