import {
  type DateRule,
  type Plan,
  plan985KhHndt,
  planNq58Province,
  type TierLevel,
} from '@rollout/core';
import { renderText } from '@rollout/document';
import { importPlans } from '@rollout/import';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

/** What must survive a round trip: tiers, deadlines, durations, audiences and materials. */
function essence(plan: Plan) {
  return {
    tiers: plan.tiers.map((t) => t.level),
    sessions: plan.sessions.map((s) => ({
      level: plan.tiers.find((t) => t.id === s.tier)?.level,
      deadline: s.deadline,
      duration: s.duration,
      audiences: s.audiences.map((a) => plan.audiences.find((x) => x.id === a)?.name),
    })),
    materials: plan.materials.map((m) => m.title),
  };
}

describe('round trip through renderText (@rollout/document)', () => {
  for (const [name, plan] of [
    ['plan985KhHndt', plan985KhHndt],
    ['planNq58Province', planNq58Province],
  ] as const) {
    it(`${name}: importing its rendered text gives back its tiers, deadlines, durations, audiences and materials`, () => {
      const result = importPlans(renderText(plan));
      expect(result.plans).toHaveLength(1);
      expect(essence(result.plans[0]!)).toEqual(essence(plan));
    });
  }

  const LEVELS: TierLevel[] = ['province', 'district', 'commune', 'branch'];
  const TIER_NAMES: Record<string, string> = {
    province: 'Cấp tỉnh',
    district: 'Cấp huyện và tương đương',
    commune: 'Cấp cơ sở',
    branch: 'Chi bộ',
  };
  const AUDIENCES = [
    'Ban Chấp hành Đảng bộ tỉnh, lãnh đạo các sở, ban, ngành',
    'Ủy viên Ban Chấp hành Đảng bộ huyện',
    'Cán bộ chủ chốt, báo cáo viên',
    'Toàn thể đảng viên',
    'Ban Chấp hành Hội Nông dân xã, chi hội trưởng',
    'Đoàn viên, hội viên và Nhân dân',
  ];
  const MATERIALS = [
    'Nghị quyết số 12-NQ/TW, ngày 16/01/2012 của Ban Chấp hành Trung ương',
    'Đề án phát triển kinh tế - xã hội của tỉnh',
    'Kế hoạch hành động của Ban Chấp hành Đảng bộ tỉnh',
    'Tài liệu hướng dẫn học tập của Ban Tuyên giáo Trung ương',
  ];

  const date = fc
    .record({
      y: fc.integer({ min: 2020, max: 2026 }),
      m: fc.integer({ min: 1, max: 12 }),
      d: fc.integer({ min: 1, max: 28 }),
    })
    .map(({ y, m, d }) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
  const rule: fc.Arbitrary<DateRule> = fc.oneof(
    date.map((d) => ({ kind: 'by' as const, date: d })),
    date.map((d) => ({ kind: 'held' as const, date: d })),
    date.map((d) => ({ kind: 'within' as const, month: d.slice(0, 7) })),
    fc
      .record({ y: fc.integer({ min: 2020, max: 2026 }), q: fc.integer({ min: 1, max: 4 }) })
      .map(({ y, q }) => ({ kind: 'within' as const, quarter: `${y}-Q${q}` })),
    fc.integer({ min: 2020, max: 2026 }).map((y) => ({ kind: 'within' as const, year: String(y) })),
    fc.tuple(date, fc.integer({ min: 0, max: 6 })).map(([from, n]) => {
      const t = new Date(`${from}T00:00:00Z`);
      t.setUTCDate(t.getUTCDate() + n);
      return { kind: 'span' as const, from, to: t.toISOString().slice(0, 10) };
    }),
  );
  const planArb = fc
    .record({
      levels: fc.subarray(LEVELS, { minLength: 1 }),
      rules: fc.array(rule, { minLength: 4, maxLength: 4 }),
      durations: fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 4, maxLength: 4 }),
      audiences: fc.array(fc.constantFrom(...AUDIENCES), { minLength: 4, maxLength: 4 }),
      materials: fc.subarray(MATERIALS),
      after: fc.array(
        fc.option(
          fc.record({
            days: fc.integer({ min: 1, max: 30 }),
            calendar: fc.constantFrom('working' as const, 'calendar' as const),
          }),
        ),
        { minLength: 4, maxLength: 4 },
      ),
    })
    .map(
      ({ levels, rules, durations, audiences, materials, after }): Plan => ({
        header: {
          issuer: { name: 'BAN THƯỜNG VỤ TỈNH ỦY', parent: 'TỈNH ỦY BẮC GIANG', kind: 'party' },
          motto: 'party',
          reference: '45-KH/TU',
          place: 'Bắc Giang',
          date: '2020-01-02',
          title: 'Học tập, quán triệt Nghị quyết số 12-NQ/TW',
        },
        resolutions: [],
        tiers: levels.map((l) => ({ id: l, level: l, name: TIER_NAMES[l]! })),
        audiences: levels.map((l, i) => ({ id: `aud-${l}`, name: audiences[i]!, tier: l })),
        materials: materials.map((title, i) => ({ id: `mat-${i + 1}`, kind: 'other', title })),
        sessions: levels.map((l, i) => ({
          id: `s-${l}`,
          tier: l,
          audiences: [`aud-${l}`],
          method: 'in-person',
          duration: { halfDays: durations[i]! },
          // Lower tiers may be due N days after the upper tier's session.
          deadline:
            i > 0 && after[i]
              ? { kind: 'after' as const, ref: `s-${levels[i - 1]}`, ...after[i]! }
              : rules[i]!,
        })),
        deliverables: [],
        recipients: [{ name: 'Ban Tuyên giáo Trung ương', purpose: 'report' }],
        signature: {
          mode: 'on-behalf',
          authority: 'Ban Thường vụ',
          title: 'Bí thư',
          name: 'Nguyễn Văn Nam',
        },
      }),
    );

  it('generated plans (absolute and relative deadlines): tiers, deadlines, durations, audiences and materials survive (property)', () => {
    fc.assert(
      fc.property(planArb, (plan) => {
        const result = importPlans(renderText(plan));
        expect(result.plans).toHaveLength(1);
        expect(essence(result.plans[0]!)).toEqual(essence(plan));
      }),
      { numRuns: 60 },
    );
  });
});
