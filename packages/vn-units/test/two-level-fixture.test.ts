// The two-level-era fixture of @rollout/core, validated and scheduled over a real
// province's communes (Thanh Hoá, code 38).
import {
  addCalendarDays,
  dayOfWeek,
  lunarToSolar,
  parsePlan,
  planTwoLevelProvince as plan,
  schedule,
  TWO_LEVEL_TIERS,
  validatePlan,
} from '@rollout/core';
import { communes, isGeneratedUnit, unitTree } from '@rollout/vn-units';
import { describe, expect, it } from 'vitest';

const tree = unitTree({ provinces: ['38'], directlyUnder: true });
const tet = lunarToSolar(2026, 1, 1);

describe('the two-level fixture', () => {
  it('is a valid plan, also as it comes back from JSON', () => {
    expect(validatePlan(plan).filter((i) => i.severity !== 'info')).toEqual([]);
    const read = parsePlan(JSON.parse(JSON.stringify(plan)));
    expect(read.success).toBe(true);
  });

  it('has the tiers of the two-level preset and 2026 dates across Tết', () => {
    expect(plan.tiers.map((t) => [t.id, t.level])).toEqual(
      TWO_LEVEL_TIERS.map((t) => [t.id, t.level]),
    );
    expect(plan.tiers.some((t) => t.level === 'district')).toBe(false);
    expect(tet).toBe('2026-02-17');
    expect(plan.header.date! < tet!).toBe(true);
    for (const r of plan.resolutions) expect(r.issuedOn <= plan.header.date!).toBe(true);
    const s = (id: string) => plan.sessions.find((x) => x.id === id)!;
    expect(s('s-province').deadline).toEqual({ kind: 'by', date: '2026-02-27' });
    expect(s('s-commune').deadline).toEqual({ kind: 'by', date: '2026-03-31' });
    expect(s('s-branch').deadline).toEqual({ kind: 'by', date: '2026-04-29' });
  });

  it('schedules over Thanh Hoá’s real communes: one node per unit and activity, all feasible', () => {
    const r = schedule(plan, { units: tree.units });
    expect(r.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(r.nodes.every((n) => n.feasible)).toBe(true);
    const at = (tier: string) => plan.sessions.filter((s) => s.tier === tier).length;
    const deliverablesAt = (tier: string) =>
      plan.deliverables.filter((d) => d.tier === undefined || d.tier === tier).length;
    const committees = 166 + 4;
    expect(r.nodes).toHaveLength(
      at('province') +
        deliverablesAt('province') +
        committees * (at('commune') + deliverablesAt('commune')) +
        // No cells in the real tree: the cell tier is scheduled as a tier.
        at('branch') +
        deliverablesAt('branch'),
    );
    const sessionUnits = r.nodes.filter((n) => n.activity === 's-commune').map((n) => n.unit);
    expect(sessionUnits).toEqual(tree.units.filter((u) => u.level === 'commune').map((u) => u.id));
    for (const c of communes('38')) expect(sessionUnits).toContain(`vn-38-${c.code}`);
    for (const n of r.nodes.filter((x) => x.activity === 's-commune')) {
      expect(n.deadline).toBe('2026-03-31');
      expect(n.latest! <= '2026-03-31').toBe(true);
    }
  });

  it('gives the action programme 15 working days after the national conference’s deadline', () => {
    // Not held yet: counted from the last day the plan lets the conference end (27/2).
    const r = schedule(plan, { units: tree.units });
    expect(r.nodes.find((n) => n.activity === 'action-programme')?.deadline).toBe('2026-03-20');
  });

  it('counts the action programme’s 15 working days after the national conference without Tết', () => {
    const held = '2026-02-12'; // the Thursday before Tết
    const r = schedule(plan, {
      units: tree.units,
      actuals: [{ activity: 's-province', date: held }],
    });
    const node = r.nodes.find((n) => n.activity === 'action-programme')!;
    // Counted here by hand: weekdays after the 12th, without 16–20/2/2026 (Tết Bính Ngọ off).
    const off = new Set(['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20']);
    let day = held;
    for (let n = 0; n < 15; ) {
      day = addCalendarDays(day, 1)!;
      if (dayOfWeek(day) % 6 !== 0 && !off.has(day)) n++;
    }
    expect(day).toBe('2026-03-12');
    expect(node.deadline).toBe(day);
    expect(node.unit).toBe('vn-38');
  });

  it('schedules every generated cell of the province on the cell tier', () => {
    const big = unitTree({ provinces: ['38'], generated: { branches: 2000 } });
    const r = schedule(plan, { units: big.units });
    expect(r.issues.filter((i) => i.severity === 'error')).toEqual([]);
    const cells = r.nodes.filter((n) => n.activity === 's-branch');
    expect(cells).toHaveLength(2000);
    expect(cells.every((n) => isGeneratedUnit({ id: n.unit! }) && n.feasible)).toBe(true);
  });
});
