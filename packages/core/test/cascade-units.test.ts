import {
  clonePlan,
  type IssueBase,
  parseUnitTree,
  plan985KhHndt,
  planNq58Province,
  type ScheduleNode,
  schedule,
  type Unit,
  validateUnitTree,
} from '@rollout/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const find = (nodes: readonly ScheduleNode[], activity: string, unit?: string) =>
  nodes.find((x) => x.activity === activity && x.unit === unit);

// A small Farmers' Union tree for plan 985-KH/HNDT: the provincial union, two
// district unions, three commune unions, and a branch (chi hội) the plan has no tier for.
const units: Unit[] = [
  { id: 'tinh', name: 'Hội Nông dân tỉnh', level: 'province' },
  { id: 'nga-son', name: 'Hội Nông dân huyện Nga Sơn', level: 'district', parent: 'tinh' },
  { id: 'hau-loc', name: 'Hội Nông dân huyện Hậu Lộc', level: 'district', parent: 'tinh' },
  { id: 'nga-an', name: 'Hội Nông dân xã Nga An', level: 'commune', parent: 'nga-son' },
  { id: 'nga-yen', name: 'Hội Nông dân xã Nga Yên', level: 'commune', parent: 'nga-son' },
  { id: 'hoa-loc', name: 'Hội Nông dân xã Hòa Lộc', level: 'commune', parent: 'hau-loc' },
  { id: 'chi-hoi-1', name: 'Chi hội thôn 1', level: 'branch', parent: 'nga-an' },
];

describe('schedule over a unit tree', () => {
  it('makes one node per activity and unit, each unit after its own parent unit', () => {
    const { nodes, issues } = schedule(plan985KhHndt, {
      units,
      actuals: [{ activity: 's-district', unit: 'nga-son', date: '2020-09-10' }],
    });
    // Nga Sơn held its session on 10/9: its communes may start 11/9; Hậu Lộc has not
    // reported, so by plan it may hold its session from 1/9 and Hòa Lộc from 2/9.
    expect(find(nodes, 's-district', 'nga-son')).toMatchObject({
      earliest: '2020-09-10',
      latest: '2020-09-10',
      feasible: true,
    });
    expect(find(nodes, 's-commune', 'nga-an')?.earliest).toBe('2020-09-11');
    expect(find(nodes, 's-commune', 'nga-yen')?.earliest).toBe('2020-09-11');
    // Hòa Lộc follows Hậu Lộc (1/9): 2/9 is Quốc khánh, so the first working day 3/9.
    expect(find(nodes, 's-commune', 'hoa-loc')?.earliest).toBe('2020-09-03');
    // A unit's action plan follows its own session.
    expect(find(nodes, 'action-plan', 'nga-son')?.earliest).toBe('2020-09-11');
    expect(find(nodes, 'action-plan', 'hau-loc')?.earliest).toBe('2020-09-02');
    // The branch has no tier in this plan: a warning, and no node.
    expect(issues.map((i: IssueBase) => [i.code, i.params.unit])).toEqual([
      ['cascade/unit-without-tier', 'chi-hoi-1'],
    ]);
    expect(nodes.some((n) => n.unit === 'chi-hoi-1')).toBe(false);
  });

  it('orders nodes by tier, then activity, then unit in input order', () => {
    const { nodes } = schedule(plan985KhHndt, { units });
    const sessions = nodes.filter((n) => n.activity.startsWith('s-')).map((n) => n.unit);
    expect(sessions).toEqual(['tinh', 'nga-son', 'hau-loc', 'nga-an', 'nga-yen', 'hoa-loc']);
    expect(nodes.map((n) => n.tier)).toEqual(
      [...nodes.map((n) => n.tier)].sort(
        (a, b) =>
          ['province', 'district', 'commune'].indexOf(a) -
          ['province', 'district', 'commune'].indexOf(b),
      ),
    );
  });

  it('maps units by their tier id first, and by level otherwise', () => {
    const u2: Unit[] = [
      { id: 'tinh', name: 'Tỉnh', level: 'province' },
      // A district-level unit placed at the commune tier on purpose.
      { id: 'x', name: 'X', level: 'district', tier: 'commune', parent: 'tinh' },
    ];
    const { nodes } = schedule(plan985KhHndt, { units: u2 });
    expect(find(nodes, 's-commune', 'x')?.tier).toBe('commune');
    expect(find(nodes, 's-district', 'x')).toBeUndefined();
    // The district tier has no units: it keeps one tier-level node, which x follows.
    expect(find(nodes, 's-district')?.earliest).toBe('2020-09-01');
    expect(find(nodes, 's-commune', 'x')?.earliest).toBe('2020-09-03');
  });

  it('one late unit: cascade/late names it and its days late as of today', () => {
    const { issues } = schedule(plan985KhHndt, {
      units,
      today: '2020-09-20',
      actuals: [{ activity: 's-district', unit: 'nga-son', date: '2020-09-10' }],
    });
    const late = issues.filter((i) => i.code === 'cascade/late');
    expect(late.map((i) => [i.params.unitName, i.params.daysLate])).toEqual([
      ['Hội Nông dân huyện Hậu Lộc', 5],
    ]);
  });
});

describe('exemptions', () => {
  it('an exempt unit holds no session; its action plan and its communes follow the province', () => {
    const { nodes } = schedule(plan985KhHndt, { units, exempt: ['hau-loc'] });
    // s-district has an exemption naming s-province (held 31/8).
    expect(find(nodes, 's-district', 'hau-loc')).toBeUndefined();
    expect(find(nodes, 's-district', 'nga-son')?.earliest).toBe('2020-09-01');
    // Hậu Lộc's action plan follows the provincial session directly: from 1/9.
    expect(find(nodes, 'action-plan', 'hau-loc')?.earliest).toBe('2020-09-01');
    // Hòa Lộc (under Hậu Lộc) also follows the provincial session: from 1/9 (not 2/9).
    expect(find(nodes, 's-commune', 'hoa-loc')?.earliest).toBe('2020-09-01');
    expect(find(nodes, 's-commune', 'nga-an')?.earliest).toBe('2020-09-03');
  });

  it('without units, a tier id can be exempt', () => {
    const { nodes } = schedule(plan985KhHndt, { exempt: ['district'] });
    expect(nodes.some((n) => n.activity === 's-district')).toBe(false);
    expect(nodes.find((n) => n.activity === 'action-plan' && n.tier === 'district')?.earliest).toBe(
      '2020-09-01',
    );
  });

  it('units of a session without an exemption are not exempted', () => {
    const plan = {
      ...clonePlan(plan985KhHndt),
      sessions: clonePlan(plan985KhHndt).sessions.map(({ exemption: _e, ...s }) => s),
    };
    const { nodes } = schedule(plan, { units, exempt: ['hau-loc'] });
    expect(find(nodes, 's-district', 'hau-loc')).toBeDefined();
  });
});

describe('validateUnitTree / parseUnitTree', () => {
  it('reports duplicate ids, unknown parents, level order and cycles', () => {
    const bad: Unit[] = [
      { id: 'a', name: 'A', level: 'province' },
      { id: 'a', name: 'A again', level: 'province' },
      { id: 'b', name: 'B', level: 'district', parent: 'zzz' },
      { id: 'c', name: 'C', level: 'province', parent: 'd' },
      { id: 'd', name: 'D', level: 'commune', parent: 'c' },
    ];
    expect(validateUnitTree(bad).map((i) => [i.code, i.path.join('.')])).toEqual([
      ['unit/duplicate-id', 'units.1.id'],
      ['unit/unknown-parent', 'units.2.parent'],
      ['unit/level-order', 'units.3.level'],
      ['unit/cycle', 'units.3.parent'],
    ]);
    // schedule copes with the same tree: no throw, no hang.
    const r = schedule(plan985KhHndt, { units: bad });
    expect(r.issues.some((i) => i.code === 'unit/cycle')).toBe(true);
  });

  it('reads { units } or a bare array, and reports shape problems', () => {
    expect(parseUnitTree({ units }).units).toHaveLength(units.length);
    expect(parseUnitTree(units).issues).toEqual([]);
    expect(parseUnitTree({ units: 3 }).units).toBeUndefined();
    const r = parseUnitTree([{ id: 'a', name: 'A', level: 'planet' }]);
    expect(r.units).toBeUndefined();
    expect(r.issues[0]?.path).toEqual([0, 'level']);
  });

  it('handles hostile input: __proto__ ids, HTML names, a deep chain', () => {
    const hostile: Unit[] = [
      { id: '__proto__', name: '<script>alert(1)</script>', level: 'province' },
      { id: 'constructor', name: 'x', level: 'district', parent: '__proto__' },
    ];
    const { nodes } = schedule(plan985KhHndt, { units: hostile });
    expect(find(nodes, 's-district', 'constructor')?.earliest).toBe('2020-09-01');
    // 20,000 units in one chain (each "below" the previous): level-order issues, no stack overflow.
    const chain: Unit[] = Array.from({ length: 20_000 }, (_, i) => ({
      id: `u${i}`,
      name: `U${i}`,
      level: 'commune' as const,
      ...(i > 0 ? { parent: `u${i - 1}` } : {}),
    }));
    const r = schedule(plan985KhHndt, { units: chain });
    expect(r.issues.filter((i) => i.code === 'unit/level-order')).toHaveLength(19_999);
    expect(r.nodes.length).toBeGreaterThan(20_000);
  });
});

describe('schedule — invariants and hostile plans', () => {
  it('one unit per tier gives the same dates as scheduling by tier', () => {
    for (const plan of [plan985KhHndt, planNq58Province]) {
      const chain: Unit[] = plan.tiers.map((t, i) => ({
        id: `u-${t.id}`,
        name: t.name,
        level: t.level,
        ...(i > 0 ? { parent: `u-${plan.tiers[i - 1]!.id}` } : {}),
      }));
      const byTier = schedule(plan).nodes;
      const byUnit = schedule(plan, { units: chain }).nodes;
      expect(byUnit.map(({ unit: _u, ...rest }) => rest)).toEqual(byTier);
      expect(byUnit.every((n, i) => n.unit === `u-${byTier[i]!.tier}`)).toBe(true);
    }
  });

  it('a cycle over a big tree is reported once per activity cycle, quickly', () => {
    const plan = {
      ...clonePlan(plan985KhHndt),
      sessions: clonePlan(plan985KhHndt).sessions.map((s) =>
        s.id === 's-district'
          ? {
              ...s,
              deadline: {
                kind: 'after' as const,
                ref: 'action-plan',
                days: 5,
                calendar: 'calendar' as const,
              },
            }
          : s,
      ),
    };
    const tree: Unit[] = [{ id: 'p', name: 'P', level: 'province' }];
    for (let d = 0; d < 100; d++) {
      tree.push({ id: `d${d}`, name: `D${d}`, level: 'district', parent: 'p' });
      for (let c = 0; c < 50; c++)
        tree.push({ id: `d${d}c${c}`, name: 'C', level: 'commune', parent: `d${d}` });
    }
    const { nodes, issues } = schedule(plan, { units: tree });
    const cycles = issues.filter((i) => i.code === 'cascade/cycle');
    expect(cycles).toHaveLength(1);
    expect(cycles[0]!.params.cycle).toMatch(
      /^(s-district → action-plan → s-district|action-plan → s-district → action-plan)$/,
    );
    expect(
      nodes.filter((n) => n.unit === 'd0c0').every((n) => !n.feasible && n.earliest === null),
    ).toBe(true);
    // The province is upstream of the cycle and keeps its dates.
    expect(nodes.find((n) => n.activity === 's-province')?.earliest).toBe('2020-08-31');
  });

  it('does not throw on dates that do not exist, NFD ids or prototype-named ids', () => {
    const plan = {
      ...clonePlan(plan985KhHndt),
      sessions: clonePlan(plan985KhHndt).sessions.map((s, i) =>
        i === 1
          ? { ...s, id: '__proto__', deadline: { kind: 'by' as const, date: '2021-02-31' } }
          : s,
      ),
    };
    const { nodes } = schedule(plan, {
      actuals: [{ activity: 'constructor', date: '2020-09-01' }],
    });
    expect(nodes.find((n) => n.activity === '__proto__')?.deadline).toBeNull();
    const nfd = 'Hội Nông dân xã Nga An'.normalize('NFD');
    const r = schedule(plan985KhHndt, {
      units: [{ id: nfd, name: nfd, level: 'province' }],
      actuals: [{ activity: 's-district', unit: nfd.normalize('NFC'), date: '2020-09-01' }],
    });
    // Ids are compared as given: the NFC spelling is a different id.
    expect(r.issues.map((i) => i.code)).toContain('cascade/unknown-actual');
  });
});

describe('after rules that point down the tree', () => {
  it('an upper unit’s report after its communes’ sessions follows its own communes only', () => {
    const plan = {
      ...clonePlan(plan985KhHndt),
      deliverables: [
        {
          id: 'district-report',
          kind: 'report' as const,
          tier: 'district',
          due: {
            kind: 'after' as const,
            ref: 's-commune',
            days: 10,
            calendar: 'calendar' as const,
          },
        },
      ],
    };
    const { nodes } = schedule(plan, {
      units,
      actuals: [
        { activity: 's-commune', unit: 'nga-an', date: '2020-09-20' },
        { activity: 's-commune', unit: 'nga-yen', date: '2020-09-25' },
        { activity: 's-commune', unit: 'hoa-loc', date: '2020-10-05' },
      ],
    });
    // Nga Sơn's communes held theirs on 20/9 and 25/9: its report from 26/9, due 5/10.
    expect(find(nodes, 'district-report', 'nga-son')).toMatchObject({
      earliest: '2020-09-26',
      deadline: '2020-10-05',
    });
    // Hậu Lộc's one commune held on 5/10: from 6/10, due 15/10.
    expect(find(nodes, 'district-report', 'hau-loc')).toMatchObject({
      earliest: '2020-10-06',
      deadline: '2020-10-15',
    });
  });
});

describe('schedule over random trees (property)', () => {
  it('each unit starts after its own parent unit ends, and never after its latest when feasible', () => {
    const arb = fc.record({
      districts: fc.integer({ min: 1, max: 4 }),
      communes: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 4, maxLength: 4 }),
      held: fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 4, maxLength: 4 }),
    });
    fc.assert(
      fc.property(arb, ({ districts, communes, held }) => {
        const tree: Unit[] = [{ id: 'p', name: 'P', level: 'province' }];
        for (let d = 0; d < districts; d++) {
          tree.push({ id: `d${d}`, name: `D${d}`, level: 'district', parent: 'p' });
          for (let c = 0; c < communes[d]!; c++)
            tree.push({ id: `d${d}c${c}`, name: `C${c}`, level: 'commune', parent: `d${d}` });
        }
        const actuals = Array.from({ length: districts }, (_, d) => ({
          activity: 's-district',
          unit: `d${d}`,
          date: new Date(Date.UTC(2020, 8, 1 + held[d]!)).toISOString().slice(0, 10),
        }));
        const { nodes } = schedule(plan985KhHndt, { units: tree, actuals });
        const at = (activity: string, unit: string) => find(nodes, activity, unit)!;
        for (const n of nodes) {
          if (n.earliest !== null && n.latest !== null)
            expect(n.feasible).toBe(n.earliest <= n.latest);
        }
        for (let d = 0; d < districts; d++) {
          const ds = at('s-district', `d${d}`);
          expect(ds.earliest).toBe(actuals[d]!.date);
          for (let c = 0; c < communes[d]!; c++) {
            // ½-day district session: its commune starts the next day at the earliest.
            const cs = at('s-commune', `d${d}c${c}`);
            expect(cs.earliest! > ds.earliest!).toBe(true);
            expect(cs.latest).toBe('2020-10-15');
            expect(at('action-plan', `d${d}c${c}`).earliest! > cs.earliest!).toBe(true);
          }
        }
      }),
      { numRuns: 60 },
    );
  });
});
