// Bugs the fuzz suite (fuzz.test.ts) found, each pinned by the smallest input that showed it.
import type { Plan } from '@rollout/core';
import { PlanValidationError } from '@rollout/core';
import { describe, expect, it } from 'vitest';
import { renderIcs } from '../src/index.js';

describe('found by the fuzz suite', () => {
  it('a value that is not a plan throws a PlanValidationError, not a TypeError', () => {
    // Before: TypeError "Cannot read properties of undefined (reading 'issuer')".
    for (const notPlan of ['', {}, null, { header: {} }])
      expect(() => renderIcs(notPlan as unknown as Plan)).toThrow(PlanValidationError);
  });
});
