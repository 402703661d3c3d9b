// Issue 20, the two-level case over real units: the communes' plans of Thanh
// Hoá's provincial plan (planTwoLevelProvince) over its real communes and wards
// (@rollout/vn-units), derived, checked against the province, and through the CLI.
import { checkAgainstUpper, derivePlan, planTwoLevelProvince, validatePlan } from '@rollout/core';
import { parsePlanJson, stringifyPlan } from '@rollout/json';
import { unitTree } from '@rollout/vn-units';
import { describe, expect, it } from 'vitest';
import { runCli } from '../src/main.js';
import { fakeIo } from './fake-io.js';

const tree = unitTree({ provinces: ['38'], directlyUnder: true });
const communes = tree.units.filter((u) => u.level === 'commune');

describe('Thanh Hoá’s communes from planTwoLevelProvince', () => {
  it('every real commune and ward gets a draft that validates and checks clean', () => {
    expect(communes.length).toBeGreaterThan(150);
    const symbols = new Set<string>();
    for (const unit of communes) {
      const r = derivePlan(planTwoLevelProvince, { unit: unit.id, units: tree.units });
      expect(r.success).toBe(true);
      if (!r.success) continue;
      const p = r.plan;
      expect(p.header.issuer.name).toBe(unit.name.toUpperCase());
      expect(p.header.issuer.parent).toBe('ĐẢNG BỘ TỈNH THANH HOÁ');
      symbols.add(p.header.reference);
      expect(p.tiers.map((t) => t.level)).toEqual(['commune', 'branch']);
      expect(p.recipients[0]).toEqual({ name: 'Tỉnh ủy Thanh Hoá', purpose: 'report' });
      expect(validatePlan(p).filter((i) => i.severity === 'error')).toEqual([]);
      expect(checkAgainstUpper(p, planTwoLevelProvince)).toMatchObject({ fits: true, issues: [] });
    }
    // Đảng ủy xã, phường, đặc khu and the committees directly under the province: ĐU.
    expect([...symbols]).toEqual(['-KH/ĐU']);
  });

  it('rollout derive and rollout check over the real tree', async () => {
    const unit = communes.find((u) => /phường/i.test(u.name)) ?? communes[0]!;
    const files = {
      'upper.json': stringifyPlan(planTwoLevelProvince),
      'units.json': JSON.stringify(tree),
    };
    const f = fakeIo(files);
    const code = await runCli(
      ['derive', 'upper.json', '--unit', unit.id, '--units', 'units.json', '-o', 'lower.json'],
      f.io,
    );
    expect(code).toBe(0);
    const lower = f.writtenText('lower.json')!;
    expect(parsePlanJson(lower).success).toBe(true);
    const g = fakeIo({ ...files, 'lower.json': lower });
    expect(await runCli(['check', 'lower.json', '--against', 'upper.json'], g.io)).toBe(0);
  });
});
