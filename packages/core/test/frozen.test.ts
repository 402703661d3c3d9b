import { describe, expect, it } from 'vitest';
import {
  clonePlan,
  deepFreeze,
  MASS_ORGANISATION_TIERS,
  PARTY_TIERS,
  plan985KhHndt,
  planNq58Province,
  planTwoLevelProvince,
  schedule,
  TWO_LEVEL_TIERS,
  tierPreset,
  validatePlan,
} from '../src/index.js';

/** Every object and array reachable from a value, without recursion. */
function everyObject(value: unknown): object[] {
  const out: object[] = [];
  const stack = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (v === null || typeof v !== 'object') continue;
    out.push(v);
    for (const k of Object.keys(v)) stack.push((v as Record<string, unknown>)[k]);
  }
  return out;
}

const SHARED = {
  plan985KhHndt,
  planNq58Province,
  planTwoLevelProvince,
  PARTY_TIERS,
  MASS_ORGANISATION_TIERS,
  TWO_LEVEL_TIERS,
};

describe('the exported example plans and tier presets are deeply frozen', () => {
  it.each(Object.entries(SHARED))('%s: every object and array in it is frozen', (_name, value) => {
    const all = everyObject(value);
    expect(all.length).toBeGreaterThan(3);
    expect(all.filter((o) => !Object.isFrozen(o))).toEqual([]);
  });

  it('misuse fails at once with a TypeError, and later calls are not broken', () => {
    const before = schedule(plan985KhHndt).nodes;
    const sessions = plan985KhHndt.sessions as unknown as unknown[];
    expect(() => sessions.push({ id: 'x' })).toThrow(TypeError);
    expect(() => {
      (plan985KhHndt.header as { title: string }).title = 'khác';
    }).toThrow(TypeError);
    expect(() => {
      (PARTY_TIERS as unknown as unknown[]).length = 0;
    }).toThrow(TypeError);
    expect(schedule(plan985KhHndt).nodes).toEqual(before);
    expect(PARTY_TIERS).toHaveLength(4);
  });

  it('clonePlan and tierPreset give copies that can be edited, leaving the shared ones as they are', () => {
    const draft = clonePlan(plan985KhHndt);
    draft.sessions[1]!.deadline = { kind: 'by', date: '2020-09-18' };
    draft.sessions.push({ ...draft.sessions[2]!, id: 's-extra' });
    expect(plan985KhHndt.sessions[1]?.deadline).toEqual({ kind: 'by', date: '2020-09-15' });
    expect(plan985KhHndt.sessions).toHaveLength(3);
    expect(validatePlan(draft).filter((i) => i.severity === 'error')).toEqual([]);
    const tiers = tierPreset('party');
    tiers[0]!.name = 'Tỉnh';
    expect(PARTY_TIERS[0]?.name).toBe('Cấp tỉnh');
  });

  it('deepFreeze freezes deep and cyclic values without recursion', () => {
    let deep: Record<string, unknown> = {};
    const root = deep;
    for (let i = 0; i < 100_000; i++) {
      const next = {};
      deep.next = next;
      deep = next;
    }
    deep.back = root;
    expect(() => deepFreeze(root)).not.toThrow();
    expect(Object.isFrozen(deep)).toBe(true);
  });
});
