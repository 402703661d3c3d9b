// Bugs the fuzz suite (fuzz.test.ts) found, each pinned by the smallest input that showed it.
import { workingCalendar } from '@rollout/core';
import { describe, expect, it } from 'vitest';

describe('found by the fuzz suite', () => {
  it('adding infinitely many working days falls past 9999-12-31, never on the day itself', () => {
    const cal = workingCalendar();
    // Before: '2020-09-01' (Infinity was read as 0).
    expect(cal.addWorkingDays('2020-09-01', Number.POSITIVE_INFINITY)).toBeNull();
    expect(cal.addWorkingEpochDays(18_506, Number.POSITIVE_INFINITY)).toBeNaN();
    expect(cal.latestBeforeWorkingEpochDays(18_506, Number.POSITIVE_INFINITY)).toBeNaN();
    // Finite, NaN and negative counts keep their documented meaning.
    expect(cal.addWorkingDays('2020-09-01', 1e9)).toBeNull();
    expect(cal.addWorkingDays('2020-09-01', Number.NaN)).toBe('2020-09-01');
    expect(cal.addWorkingDays('2020-09-01', -3)).toBe('2020-09-01');
  });
});
