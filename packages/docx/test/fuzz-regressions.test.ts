// Bugs the fuzz suite (fuzz.test.ts) found, each pinned by the smallest input that showed it.
import type { Plan, RollupResult } from '@rollout/core';
import { PlanValidationError, plan985KhHndt } from '@rollout/core';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { renderDocx, renderProgressDocx } from '../src/index.js';

describe('found by the fuzz suite', () => {
  it('a value that is not a plan rejects with a PlanValidationError, not a TypeError', async () => {
    // Before: TypeError "Cannot read properties of undefined (reading 'date')".
    for (const notPlan of ['', {}, null])
      await expect(renderDocx(notPlan as unknown as Plan)).rejects.toThrow(PlanValidationError);
  });

  it('a timestamp after 2099 (zip times end there) gives a file, not an untyped Error', async () => {
    // Before: Error "date not in range 1980-2099" from the zip writer.
    for (const timestamp of ['9999-12-31', '2100-01-01', '0001-01-01']) {
      const bytes = await renderDocx(plan985KhHndt, { timestamp });
      expect(bytes[0]).toBe(0x50);
      expect(strFromU8(unzipSync(bytes)['docProps/core.xml']!)).toContain(timestamp);
    }
  });

  it('a value that is not a roll-up report rejects with a PlanValidationError', async () => {
    // Before: TypeError "Cannot read properties of null (reading 'today')".
    for (const notReport of [null, 'x', {}])
      await expect(renderProgressDocx(notReport as unknown as RollupResult)).rejects.toThrow(
        PlanValidationError,
      );
  });
});
