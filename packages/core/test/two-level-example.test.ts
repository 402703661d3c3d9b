// planTwoLevelProvince: the modelled two-level-era plan (its run over real
// communes is in packages/vn-units/test/two-level-fixture.test.ts).
import { describe, expect, it } from 'vitest';
import {
  planTwoLevelProvince as plan,
  schedule,
  TWO_LEVEL_SINCE,
  tierPreset,
  validatePlan,
  vietnamHolidays,
} from '../src/index.js';

describe('planTwoLevelProvince', () => {
  it('is valid, dated in the two-level era, with the tiers of its date’s preset', () => {
    expect(validatePlan(plan).filter((i) => i.severity !== 'info')).toEqual([]);
    expect(plan.header.date! >= TWO_LEVEL_SINCE).toBe(true);
    expect(plan.tiers.map((t) => t.level)).toEqual(
      tierPreset(undefined, plan.header.date).map((t) => t.level),
    );
  });

  it('runs across Tết 2026, whose days off are 16–20/2/2026', () => {
    const tet = vietnamHolidays(2026)
      .filter((h) => h.name === 'Tết Nguyên Đán')
      .map((h) => h.date);
    expect(tet).toEqual(['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20']);
    expect(plan.header.date! < tet[0]!).toBe(true);
    const due = plan.sessions.find((s) => s.id === 's-commune')!.deadline;
    expect(due.kind === 'by' && due.date > tet.at(-1)!).toBe(true);
  });

  it('schedules per tier with every node feasible', () => {
    const r = schedule(plan);
    expect(r.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(r.nodes.every((n) => n.feasible)).toBe(true);
    expect(new Set(r.nodes.map((n) => n.tier))).toEqual(new Set(['province', 'commune', 'branch']));
  });
});
