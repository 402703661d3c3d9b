import {
  type DateRule,
  type Plan,
  plan985KhHndt,
  planNq58Province,
  type ReadonlyPlan,
  type TierLevel,
} from '@rollout/core';
import { renderMarkdown, renderText } from '@rollout/document';
import { renderDocx } from '@rollout/docx';
import { importDocx, importPlans } from '@rollout/import';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

/**
 * What must survive a round trip: tiers, sessions (tier level, deadline with
 * an `after` rule's reference read as the level it points at, duration,
 * audiences), materials, deliverables with their due rules, recipients and
 * the signature. Deliverables compare by kind, whatever order a renderer
 * writes them in.
 */
function essence(plan: ReadonlyPlan) {
  const levelOf = (id: string) => {
    const s = plan.sessions.find((x) => x.id === id);
    return plan.tiers.find((t) => t.id === s?.tier)?.level ?? id;
  };
  const rule = (r: DateRule | undefined) =>
    r?.kind === 'after' && 'ref' in r ? { ...r, ref: levelOf(r.ref) } : r;
  return {
    tiers: plan.tiers.map((t) => t.level),
    sessions: plan.sessions.map((s) => ({
      level: plan.tiers.find((t) => t.id === s.tier)?.level,
      deadline: rule(s.deadline),
      duration: s.duration,
      audiences: s.audiences.map((a) => plan.audiences.find((x) => x.id === a)?.name),
    })),
    materials: plan.materials.map((m) => m.title),
    deliverables: plan.deliverables
      .map((d) => ({ kind: d.kind, due: rule(d.due) }))
      .sort(
        (a, b) =>
          a.kind.localeCompare(b.kind) ||
          JSON.stringify(a.due).localeCompare(JSON.stringify(b.due)),
      ),
    recipients: plan.recipients,
    signature: plan.signature,
  };
}

const FIXTURES = [
  ['plan985KhHndt', plan985KhHndt],
  ['planNq58Province', planNq58Province],
] as const;

describe('round trip through the renderers (@rollout/document text and Markdown, @rollout/docx)', () => {
  for (const [name, plan] of FIXTURES) {
    it(`${name}: its rendered text reads back the same tiers, sessions, materials, deliverables, recipients and signature`, () => {
      const result = importPlans(renderText(plan));
      expect(result.plans).toHaveLength(1);
      expect(essence(result.plans[0]!)).toEqual(essence(plan));
    });
    it(`${name}: its rendered Markdown reads back the same`, () => {
      const result = importPlans(renderMarkdown(plan));
      expect(result.plans).toHaveLength(1);
      expect(essence(result.plans[0]!)).toEqual(essence(plan));
    });
    it(`${name}: its rendered DOCX reads back the same`, async () => {
      const result = await importDocx(await renderDocx(plan));
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

  const RECIPIENTS = [
    { name: 'Ban Tuyên giáo Trung ương', purpose: 'report' as const },
    { name: 'Thường trực Tỉnh ủy', purpose: 'report' as const },
    { name: 'Các huyện ủy, thành ủy, đảng ủy trực thuộc', purpose: 'implement' as const },
    { name: 'Các đồng chí Tỉnh ủy viên', purpose: 'inform' as const },
    { name: 'Lưu Văn phòng Tỉnh ủy', purpose: 'archive' as const },
  ];
  const SIGNATURES = [
    {
      mode: 'on-behalf' as const,
      authority: 'Ban Thường vụ',
      title: 'Bí thư',
      name: 'Nguyễn Văn Nam',
    },
    { mode: 'acting-for' as const, authority: 'Bí thư', title: 'Phó Bí thư', name: 'Trần Thị Hoa' },
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
      actionDue: fc.option(
        fc.oneof(
          date.map((d): DateRule => ({ kind: 'by', date: d })),
          fc
            .record({
              days: fc.integer({ min: 1, max: 30 }),
              calendar: fc.constantFrom('working' as const, 'calendar' as const),
            })
            .map((a): DateRule => ({ kind: 'after', ref: 'OWN', ...a })),
        ),
      ),
      reflection: fc.boolean(),
      recipients: fc.subarray(RECIPIENTS, { minLength: 1 }),
      signature: fc.constantFrom(...SIGNATURES),
    })
    .map(
      ({
        levels,
        rules,
        durations,
        audiences,
        materials,
        after,
        actionDue,
        reflection,
        recipients,
        signature,
      }): Plan => ({
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
        deliverables: [
          ...(reflection
            ? [{ id: 'reflection', kind: 'reflection' as const, per: 'attendee' as const }]
            : []),
          {
            id: 'action-plan',
            kind: 'action-plan' as const,
            per: 'unit' as const,
            ...(actionDue
              ? {
                  due:
                    actionDue.kind === 'after'
                      ? { ...actionDue, ref: `s-${levels[levels.length - 1]}` }
                      : actionDue,
                }
              : {}),
          },
        ],
        recipients: recipients.map((r) => ({ ...r })),
        signature: { ...signature },
      }),
    );

  it('generated plans through renderText: tiers, sessions, materials, deliverables with their due rules, recipients, signature survive (property)', () => {
    fc.assert(
      fc.property(planArb, (plan) => {
        const result = importPlans(renderText(plan));
        expect(result.plans).toHaveLength(1);
        expect(essence(result.plans[0]!)).toEqual(essence(plan));
      }),
      { numRuns: 60 },
    );
  });

  it('generated plans through renderMarkdown: the same survives (property)', () => {
    fc.assert(
      fc.property(planArb, (plan) => {
        const result = importPlans(renderMarkdown(plan));
        expect(result.plans).toHaveLength(1);
        expect(essence(result.plans[0]!)).toEqual(essence(plan));
      }),
      { numRuns: 40 },
    );
  });

  it('generated plans through renderDocx: the same survives (property)', async () => {
    await fc.assert(
      fc.asyncProperty(planArb, async (plan) => {
        const result = await importDocx(await renderDocx(plan));
        expect(result.plans).toHaveLength(1);
        expect(essence(result.plans[0]!)).toEqual(essence(plan));
      }),
      { numRuns: 15 },
    );
  }, 120_000);
});
