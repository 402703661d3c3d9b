import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import {
  clonePlan,
  type Plan,
  plan985KhHndt,
  schedule,
  TWO_LEVEL_TIERS,
  tierPreset,
  UnitTreeSchema,
  validateUnitTree,
} from '@rollout/core';
import {
  communes,
  isGeneratedUnit,
  provinces,
  safeUnitTree,
  unitTree,
  VnUnitsError,
} from '@rollout/vn-units';
import * as thanhHoa from '@rollout/vn-units/provinces/38';
import Ajv2020 from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

// ajv sees only the JSON Schema file @rollout/json ships.
const schemaFile = createRequire(import.meta.url).resolve('@rollout/json/schema/unit-tree.json');
const checkSchema = new Ajv2020({ strict: true, allErrors: true }).compile(
  JSON.parse(readFileSync(schemaFile, 'utf8')),
);

const national = unitTree({ directlyUnder: true });
const levels = new Set(TWO_LEVEL_TIERS.map((t) => t.level));

describe('the national tree', () => {
  it('is a sound unit tree: core validation, the zod schema, the JSON Schema', () => {
    for (const tree of [unitTree(), national, unitTree({ party: false })]) {
      expect(validateUnitTree(tree.units)).toEqual([]);
      expect(UnitTreeSchema.safeParse(tree).success).toBe(true);
      expect(checkSchema(tree), JSON.stringify(checkSchema.errors)).toBe(true);
    }
  });

  it('has the 34 province committees over their communes and the four committees under each', () => {
    const byLevel = (l: string) => national.units.filter((u) => u.level === l);
    expect(byLevel('province')).toHaveLength(34);
    expect(byLevel('commune')).toHaveLength(3321 + 4 * 34);
    expect(national.units.every((u) => levels.has(u.level))).toBe(true);
    const th = national.units.filter((u) => u.parent === 'vn-38');
    expect(th.map((u) => u.name).slice(0, 4)).toEqual([
      'Đảng ủy các cơ quan Đảng tỉnh Thanh Hoá',
      'Đảng ủy Ủy ban nhân dân tỉnh Thanh Hoá',
      'Đảng ủy Công an tỉnh Thanh Hoá',
      'Đảng ủy Quân sự tỉnh Thanh Hoá',
    ]);
    expect(th).toHaveLength(166 + 4);
    expect(national.units.find((u) => u.id === 'vn-79')?.name).toBe(
      'Thành ủy Thành phố Hồ Chí Minh',
    );
    expect(national.units.find((u) => u.id === 'vn-01')?.name).toBe('Thành ủy Hà Nội');
  });

  it('has stable, readable ids: vn-<province>, vn-<province>-<commune code>', () => {
    for (const p of provinces()) {
      for (const c of communes(p.code)) expect(c.code).toMatch(/^\d{5}$/);
    }
    const ids = national.units.map((u) => u.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const u of national.units)
      expect(u.id).toMatch(/^vn-\d{2}(-\d{5}|-co-quan-dang|-ubnd|-cong-an|-quan-su)?$/);
    expect(unitTree()).toEqual(unitTree());
  });

  it('names the administrative units themselves without party', () => {
    const units = unitTree({ provinces: ['38'], party: false }).units;
    expect(units[0]).toEqual({
      id: 'vn-38',
      name: 'Tỉnh Thanh Hoá',
      level: 'province',
      kind: 'Tỉnh',
    });
    expect(units.find((u) => u.id === 'vn-38-16093')).toMatchObject({
      name: 'Xã Nga Sơn',
      kind: 'Xã',
    });
  });

  it('is plain JSON data', () => {
    expect(JSON.parse(JSON.stringify(national))).toEqual(national);
    expect(structuredClone(national)).toEqual(national);
  });
});

describe('generated branches and members', () => {
  const tree = unitTree({
    directlyUnder: true,
    generated: { branches: 60_000, members: 5_000_000 },
  });
  const gen = tree.units.filter(isGeneratedUnit);

  it('are exactly as many as asked, spread evenly, marked, and the rest are real', () => {
    expect(gen).toHaveLength(60_000);
    expect(tree.units.length - gen.length).toBe(national.units.length);
    expect(tree.units.filter((u) => !isGeneratedUnit(u)).map((u) => u.id)).toEqual(
      national.units.map((u) => u.id),
    );
    const per = new Map<string, number>();
    for (const u of gen) per.set(u.parent!, (per.get(u.parent!) ?? 0) + 1);
    expect(per.size).toBe(3321 + 4 * 34);
    expect(Math.max(...per.values()) - Math.min(...per.values())).toBeLessThanOrEqual(1);
    const unmarked = gen.filter(
      (u) => u.level !== 'branch' || !/\(giả lập\)$/.test(u.name) || u.kind !== 'Chi bộ (giả lập)',
    );
    expect(unmarked).toEqual([]);
    expect(validateUnitTree(tree.units)).toEqual([]);
  });

  it('carry the members asked for, summed up the tree', () => {
    const sum = (f: (u: (typeof tree.units)[number]) => boolean) =>
      tree.units.filter(f).reduce((n, u) => n + (u.members ?? 0), 0);
    expect(sum(isGeneratedUnit)).toBe(5_000_000);
    expect(sum((u) => u.level === 'province')).toBe(5_000_000);
    expect(sum((u) => u.level === 'commune')).toBe(5_000_000);
    const th = tree.units.find((u) => u.id === 'vn-38')!;
    expect(th.members).toBe(sum((u) => u.parent === 'vn-38'));
  });

  it('without branches, spread members over the communes', () => {
    const t = unitTree({ provinces: ['38'], generated: { branches: 0, members: 1000 } });
    expect(t.units.filter(isGeneratedUnit)).toEqual([]);
    expect(t.units[0]?.members).toBe(1000);
  });
});

describe('options that cannot give a tree', () => {
  it('give issues with stable codes and paths, and unitTree throws them', () => {
    const r = safeUnitTree({ provinces: ['38', 'Atlantis', 'Thanh Hóa'] });
    expect(r.success).toBe(false);
    expect(r.issues.map((i) => [i.code, i.path])).toEqual([
      ['vn-units/unknown-province', ['provinces', 1]],
      ['vn-units/duplicate-province', ['provinces', 2]],
    ]);
    expect(r.issues[0]?.message.vi).toContain('Atlantis');
    expect(() => unitTree({ provinces: ['Atlantis'] })).toThrow(VnUnitsError);
    try {
      unitTree({ generated: { branches: 1.5 } });
    } catch (e) {
      expect(e).toBeInstanceOf(VnUnitsError);
      expect((e as VnUnitsError).name).toBe('VnUnitsError');
      expect((e as VnUnitsError).issues.map((i) => i.path)).toEqual([['generated', 'branches']]);
    }
    expect(safeUnitTree({ party: false, directlyUnder: true }).issues[0]?.path).toEqual([
      'directlyUnder',
    ]);
  });

  it('never throw from safeUnitTree, whatever the input', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), fc.anything(), (provincesValue, a, b) => {
        const r = safeUnitTree({
          provinces: provincesValue,
          party: a,
          generated: { branches: b },
        } as never);
        if (!r.success) expect(r.issues.length).toBeGreaterThan(0);
        for (const i of r.issues) expect(i.code).toMatch(/^vn-units\//);
      }),
      { numRuns: 1000 },
    );
    expect(safeUnitTree(null as never).success).toBe(false);
    // Found by the property above: a value whose toString is not a function.
    const odd = safeUnitTree({ provinces: [], generated: { branches: { toString: [] } } } as never);
    expect(odd.issues.map((i) => i.path)).toEqual([['generated', 'branches']]);
    const hostile = {
      get provinces(): string[] {
        throw new Error('no');
      },
    };
    expect(safeUnitTree(hostile).issues.map((i) => i.code)).toEqual(['vn-units/invalid-option']);
    expect(
      thanhHoa.safeUnitTree(
        new Proxy(
          {},
          {
            ownKeys: () => {
              throw new Error('no');
            },
            getOwnPropertyDescriptor: () => {
              throw new Error('no');
            },
          },
        ),
      ).success,
    ).toBe(false);
  });

  it('leave the options as they were', () => {
    const options = { provinces: ['38'], generated: { branches: 5 } };
    const copy = structuredClone(options);
    unitTree(options);
    expect(options).toEqual(copy);
  });
});

describe('one province entry', () => {
  it('gives the same tree and communes as the whole-country entry', () => {
    expect(thanhHoa.province.fullName).toBe('Tỉnh Thanh Hoá');
    expect(thanhHoa.unitTree({ directlyUnder: true })).toEqual(
      unitTree({ provinces: ['38'], directlyUnder: true }),
    );
    expect(thanhHoa.communes()).toEqual(communes('38'));
    expect(thanhHoa.findCommune('Nga Sơn')?.code).toBe('16093');
    expect(thanhHoa.safeUnitTree({ generated: { branches: -1 } }).success).toBe(false);
  });

  it('exists for every province', async () => {
    for (const p of provinces()) {
      const m = await import(`../src/provinces/${p.code}.ts`);
      expect(m.province).toEqual(p);
      expect(m.unitTree().units).toHaveLength(p.communes + 1);
    }
  });
});

describe('scheduling over the real tree', () => {
  it('places every unit on a tier of the two-level preset', () => {
    const plan: Plan = {
      ...clonePlan(plan985KhHndt),
      tiers: tierPreset('two-level'),
      audiences: [],
      materials: [],
      sessions: [
        {
          id: 's-province',
          tier: 'province',
          audiences: [],
          method: 'online',
          duration: { halfDays: 2 },
          deadline: { kind: 'by', date: '2026-03-10' },
        },
        {
          id: 's-commune',
          tier: 'commune',
          audiences: [],
          method: 'in-person',
          duration: { halfDays: 1 },
          deadline: { kind: 'by', date: '2026-03-31' },
        },
      ],
      deliverables: [],
    };
    const r = schedule(plan, { units: national.units });
    expect(r.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(r.nodes).toHaveLength(national.units.length);
    expect(r.nodes.every((n) => n.feasible)).toBe(true);
  });
});
