import type { DeepMutable } from '@rollout/core';
// Issue 20, real cases: each tier's own plan derived from the plan above it and
// checked against it — the 27 district unions of 985-KH/HNDT over a generated
// Thanh Hóa tree, and the communes of a two-level-era province.
import {
  checkAgainstUpper,
  clonePlan,
  derivePlan,
  type Plan,
  plan985KhHndt,
  TWO_LEVEL_TIERS,
  validatePlan,
} from '@rollout/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  THANH_HOA_DISTRICTS_2020,
  thanhHoaFarmersUnionTree,
  twoLevelProvincePlan,
  twoLevelProvinceTree,
} from '../../../test-support/generated-units.js';
import { validPlan } from './arbitraries.js';

const copy = <T>(value: T): DeepMutable<T> => JSON.parse(JSON.stringify(value)) as DeepMutable<T>;
const errors = (plan: Plan) => validatePlan(plan).filter((i) => i.severity === 'error');

function draft(upper: Plan, options: Parameters<typeof derivePlan>[1]): Plan {
  const r = derivePlan(upper, options);
  if (!r.success) throw new Error(r.issues.map((i) => i.message.en).join('; '));
  return r.plan;
}

describe('the 27 district unions of Thanh Hóa from 985-KH/HNDT', () => {
  const units = thanhHoaFarmersUnionTree();
  const districts = units.filter((u) => u.level === 'district');
  const plans = districts.map((u) => draft(clonePlan(plan985KhHndt), { unit: u.id, units }));

  it('derives one plan per district union, each its own issuer, place and symbol', () => {
    expect(districts).toHaveLength(27);
    expect(new Set(plans.map((p) => p.header.issuer.name)).size).toBe(27);
    plans.forEach((p, i) => {
      const { kind, name } = THANH_HOA_DISTRICTS_2020[i]!;
      expect(p.header.issuer.name).toBe(`BCH HỘI NÔNG DÂN ${kind} ${name}`.toUpperCase());
      expect(p.header.issuer.parent).toBe('HỘI NÔNG DÂN TỈNH THANH HÓA');
      expect(p.header.place).toBe(name);
      expect(p.header.reference).toBe(
        kind === 'huyện' ? '-KH/HNDH' : kind === 'thị xã' ? '-KH/HNDTX' : '-KH/HNDTP',
      );
    });
  });

  it('each validates, checks clean against 985-KH/HNDT and addresses its own communes', () => {
    plans.forEach((p, i) => {
      expect(errors(p)).toEqual([]);
      expect(checkAgainstUpper(p, plan985KhHndt)).toMatchObject({ fits: true, issues: [] });
      const communes = units.filter((u) => u.parent === districts[i]!.id).length;
      expect(p.recipients[1]?.name).toBe(
        `Hội Nông dân xã, phường, thị trấn, chi Hội (${communes} đơn vị)`,
      );
    });
  });

  it('a late deadline, a missing follow-up and a copied section are each flagged with their code', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 26 }),
        fc.integer({ min: 1, max: 40 }),
        fc.constantFrom('reflection', 'action-plan', 'report'),
        fc.constantFrom('content', 'methodNotes', 'actionPlanNotes'),
        (d, late, kind, section) => {
          const base = plans[d]!;
          const a = copy(base);
          a.sessions[0]!.deadline = {
            kind: 'by',
            date: `2020-09-${String(15 + Math.min(late, 15)).padStart(2, '0')}`,
          };
          if (late > 15) a.sessions[1]!.deadline = { kind: 'within', month: '2020-11' };
          const lateCodes = checkAgainstUpper(a, plan985KhHndt).issues.map((i) => i.code);
          expect(lateCodes).toEqual(
            late > 15 ? ['check/deadline-later', 'check/deadline-later'] : ['check/deadline-later'],
          );

          const b = copy(base);
          b.deliverables = b.deliverables.filter((x) => x.kind !== kind);
          const missing = checkAgainstUpper(b, plan985KhHndt).issues;
          expect(missing.length).toBeGreaterThan(0);
          expect(
            missing.every((i) => i.code === 'check/missing-follow-up' && i.params.kind === kind),
          ).toBe(true);

          const c = copy(base);
          c[section] = [...clonePlan(plan985KhHndt)[section]!];
          const copied = checkAgainstUpper(c, plan985KhHndt);
          expect(copied.fits).toBe(false);
          expect(new Set(copied.issues.map((i) => i.code))).toEqual(new Set(['check/copied-text']));
          expect(copied.copies.map((x) => x.path[0])).toEqual(
            plan985KhHndt[section]!.map(() => section),
          );
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('the round: province → district → commune', () => {
  it('a commune union’s plan derived from its district’s derived plan fits both', () => {
    const units = thanhHoaFarmersUnionTree();
    const district = draft(clonePlan(plan985KhHndt), {
      unit: 'hnd-nga-son',
      units,
      issuedOn: '2020-09-07',
    });
    const communeUnit = units.find((u) => u.parent === 'hnd-nga-son')!;
    const commune = draft(district, {
      unit: communeUnit.id,
      units,
      issuedOn: '2020-09-16',
      deadlines: { 's-commune': { kind: 'by', date: '2020-10-10' } },
    });
    expect(commune.header).toMatchObject({
      issuer: {
        name: `BCH ${communeUnit.name.toUpperCase()}`,
        parent: 'HỘI NÔNG DÂN HUYỆN NGA SƠN',
      },
      reference: '-KH/HNDX',
    });
    expect(commune.intro).toMatch(
      /^Thực hiện Kế hoạch số -KH\/HNDH ngày 7\/9\/2020 của Hội Nông dân huyện Nga Sơn/,
    );
    expect(commune.tiers.map((t) => t.level)).toEqual(['commune']);
    expect(commune.sessions[0]?.deadline).toEqual({ kind: 'by', date: '2020-10-10' });
    expect(commune.recipients[0]).toEqual({
      name: 'Hội Nông dân huyện Nga Sơn',
      purpose: 'report',
    });
    expect(commune.deliverables.find((d) => d.kind === 'report')?.submitTo).toBe(
      'Hội Nông dân huyện Nga Sơn',
    );
    expect(errors(commune)).toEqual([]);
    expect(checkAgainstUpper(commune, district)).toMatchObject({ fits: true, issues: [] });
    expect(checkAgainstUpper(district, plan985KhHndt)).toMatchObject({ fits: true, issues: [] });
  });
});

describe('the communes of a two-level-era province (generated here; real ones in the CLI tests)', () => {
  const upper = twoLevelProvincePlan();
  const units = twoLevelProvinceTree();
  const communes = units.filter((u) => u.level === 'commune');

  it('the province plan is of the two-level era and valid', () => {
    expect(upper.tiers.map((t) => t.level)).toEqual(TWO_LEVEL_TIERS.map((t) => t.level));
    expect(errors(upper)).toEqual([]);
  });

  it('every commune gets a valid plan that checks clean; cells keep their after-rule', () => {
    expect(communes).toHaveLength(166);
    for (const c of communes) {
      const p = draft(upper, { unit: c.id, units, issuedOn: '2025-08-20' });
      expect(p.header.issuer).toEqual({
        name: c.name.toUpperCase(),
        parent: 'ĐẢNG BỘ TỈNH THANH HÓA',
        kind: 'party',
      });
      expect(p.header.reference).toBe('-KH/ĐU');
      expect(p.tiers.map((t) => t.level)).toEqual(['commune', 'branch']);
      expect(p.sessions.map((s) => s.deadline)).toEqual([
        { kind: 'by', date: '2025-09-30' },
        { kind: 'after', ref: 's-commune', days: 10, calendar: 'working' },
      ]);
      expect(p.recipients[0]).toEqual({ name: 'Tỉnh ủy Thanh Hóa', purpose: 'report' });
      expect(errors(p)).toEqual([]);
      expect(checkAgainstUpper(p, upper)).toMatchObject({ fits: true, issues: [] });
    }
  });

  it('flags a commune whose cells are given longer than the province allows', () => {
    const p = draft(upper, { unit: communes[0]!.id, units });
    p.sessions[1]!.deadline = { kind: 'after', ref: 's-commune', days: 30, calendar: 'working' };
    expect(checkAgainstUpper(p, upper).issues.map((i) => [i.code, i.path])).toEqual([
      ['check/deadline-later', ['sessions', 1, 'deadline']],
    ]);
  });
});

describe('any valid plan', () => {
  it('a plan derived for its second tier validates and checks clean against its source', () => {
    fc.assert(
      fc.property(
        validPlan.filter((p) => p.tiers.length >= 2),
        (upper) => {
          const r = derivePlan(upper, { tier: upper.tiers[1]!.id });
          expect(r.success).toBe(true);
          if (!r.success) return;
          expect(errors(r.plan)).toEqual([]);
          expect(checkAgainstUpper(r.plan, upper)).toMatchObject({ fits: true, issues: [] });
        },
      ),
      { numRuns: 100 },
    );
  });
});
