// Bugs the fuzz suite (fuzz.test.ts) found, each pinned by the smallest input that showed it.
import type { Plan, RollupResult } from '@rollout/core';
import { PlanValidationError, plan985KhHndt, rollup } from '@rollout/core';
import { describe, expect, it } from 'vitest';
import {
  checkLayout,
  layoutPlan,
  listLetter,
  renderHtml,
  renderProgressHtml,
  renderText,
} from '../src/index.js';

describe('found by the fuzz suite', () => {
  it('a motto outside the type (a caller without types) counts as none given, no TypeError', () => {
    const motto = 'none' as unknown as 'party';
    // Before: TypeError "Cannot read properties of undefined (reading '0')".
    expect(checkLayout(plan985KhHndt, { motto })).toEqual(checkLayout(plan985KhHndt));
    expect(layoutPlan(plan985KhHndt, { motto }).header.motto).toBe('state');
  });

  it('a value that is not a plan gives a PlanValidationError with the schema errors', () => {
    for (const notPlan of [null, 'x', {}, { header: null }]) {
      // Before: TypeError "Cannot read properties of … (reading 'header' / 'issuer')".
      expect(() => renderHtml(notPlan as unknown as Plan)).toThrow(PlanValidationError);
      expect(() => renderText(notPlan as unknown as Plan)).toThrow(PlanValidationError);
      expect(() => checkLayout(notPlan as unknown as Plan)).toThrow(PlanValidationError);
    }
    try {
      renderHtml({} as Plan);
    } catch (e) {
      expect((e as PlanValidationError).issues[0]?.code).toMatch(/^schema\//);
    }
  });

  it('a value that is not a roll-up report gives a PlanValidationError, not a TypeError', () => {
    const report = rollup(plan985KhHndt, [], { today: '2020-10-20' }).toJSON();
    for (const bad of [null, {}, { ...report, totals: [] }, { ...report, tiers: [null] }]) {
      expect(() => renderProgressHtml(bad as unknown as RollupResult)).toThrow(PlanValidationError);
    }
    // A real report still renders, with or without its plan.
    expect(renderProgressHtml(report, { plan: plan985KhHndt })).toContain('<html');
    expect(() => renderProgressHtml(report, { plan: {} as Plan })).not.toThrow(TypeError);
  });

  it('listLetter(Infinity) is empty at once (it looped until the string overflowed, ~40 s)', () => {
    expect(listLetter(Number.POSITIVE_INFINITY)).toBe('');
    expect(listLetter(Number.NEGATIVE_INFINITY)).toBe('');
    expect(listLetter(Number.NaN)).toBe('');
    expect(listLetter(0)).toBe('a');
    expect(listLetter(23)).toBe('aa');
    expect(listLetter(1e308).length).toBeLessThan(300);
  });

  it('a report whose tier or overdue item has lost its name renders, with the name blank', () => {
    const report = rollup(plan985KhHndt, [], { today: '2020-10-20' }).toJSON();
    const { name: _t, ...tier } = report.tiers[0]!;
    const { name: _o, ...item } = report.overdue[0]!;
    const bad = { ...report, tiers: [tier, ...report.tiers.slice(1)], overdue: [item] };
    // Before: TypeError "Cannot read properties of undefined (reading 'normalize')".
    const html = renderProgressHtml(bad as unknown as RollupResult, { plan: plan985KhHndt });
    expect(html).toContain('<html');
  });

  it('a report whose today is not a string renders as a report without a date', () => {
    const report = rollup(plan985KhHndt, [], { today: '2020-10-20' }).toJSON();
    const bad = { ...report, today: true } as unknown as RollupResult;
    // Before: TypeError "text.matchAll is not a function".
    expect(renderProgressHtml(bad, { plan: plan985KhHndt })).toBe(
      renderProgressHtml({ ...report, today: null }, { plan: plan985KhHndt }),
    );
  });
});
