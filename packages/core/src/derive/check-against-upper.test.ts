import { describe, expect, it } from 'vitest';
import { plan985KhHndt } from '../examples/plan-985-kh-hndt.js';
import { planNq58Province } from '../examples/plan-nq58-province.js';
import type { DeepMutable } from '../index.js';
import { clonePlan } from '../index.js';
import type { Plan } from '../model/plan.js';
import { checkAgainstUpper } from './check-against-upper.js';
import { derivePlan } from './derive-plan.js';

/** A deep copy (the plan model is plain JSON). */
const copy = <T>(value: T): DeepMutable<T> => JSON.parse(JSON.stringify(value)) as DeepMutable<T>;

const unit = {
  id: 'nga-son',
  name: 'Hội Nông dân huyện Nga Sơn',
  level: 'district' as const,
  parent: 'tinh',
};
const units = [
  { id: 'tinh', name: 'Hội Nông dân tỉnh Thanh Hóa', level: 'province' as const },
  unit,
];

function district(): Plan {
  const r = derivePlan(plan985KhHndt, { unit: 'nga-son', units });
  if (!r.success) throw new Error('no draft');
  return r.plan;
}

const codes = (lower: Plan, upper: Plan = clonePlan(plan985KhHndt)) =>
  checkAgainstUpper(lower, upper).issues.map((i) => i.code);

describe('checkAgainstUpper: deadlines', () => {
  it('flags a session later than the upper plan allows for its tier, with both days', () => {
    const p = district();
    p.sessions[0]!.deadline = { kind: 'by', date: '2020-09-20' };
    const r = checkAgainstUpper(p, plan985KhHndt);
    expect(r.fits).toBe(false);
    expect(
      r.issues.map((i) => [
        i.code,
        i.severity,
        i.path,
        i.params.upperDeadline,
        i.params.lowerDeadline,
      ]),
    ).toEqual([
      ['check/deadline-later', 'error', ['sessions', 0, 'deadline'], '2020-09-15', '2020-09-20'],
    ]);
    expect(r.issues[0]?.message.vi).toBe(
      'Thời hạn "Hội nghị học tập, quán triệt" ở cấp "Hội Nông dân huyện Nga Sơn" là 20/9/2020, muộn hơn kế hoạch cấp trên cho phép (15/9/2020).',
    );
  });

  it('accepts the same or an earlier day, a month that ends in time, and flags one that does not', () => {
    const p = district();
    p.sessions[0]!.deadline = { kind: 'by', date: '2020-09-15' };
    p.sessions[1]!.deadline = { kind: 'within', month: '2020-09' };
    expect(codes(p)).toEqual([]);
    p.sessions[1]!.deadline = { kind: 'within', month: '2020-10' };
    expect(codes(p)).toEqual(['check/deadline-later']);
  });

  it('counts an after-rule from its reference through the cascade', () => {
    const p = district();
    p.sessions[1]!.deadline = { kind: 'after', ref: 's-district', days: 20, calendar: 'calendar' };
    expect(codes(p)).toEqual([]); // 15/9 + 20 days = 5/10 ≤ 15/10
    p.sessions[1]!.deadline = { kind: 'after', ref: 's-district', days: 60, calendar: 'calendar' };
    expect(codes(p)).toEqual(['check/deadline-later']); // at least 31/10
  });

  it('flags a follow-up due later than the upper plan allows (NQ58: action plans by 30/9)', () => {
    const r = derivePlan(planNq58Province, {
      unit: { id: 'ns', name: 'Huyện ủy Nga Sơn', level: 'district' },
      sessions: ['s-district-committees'],
    });
    if (!r.success) throw new Error('no draft');
    const p = copy(r.plan);
    const i = p.deliverables.findIndex((d) => d.kind === 'action-plan');
    p.deliverables[i]!.due = { kind: 'by', date: '2020-10-05' };
    const issues = checkAgainstUpper(p, planNq58Province).issues;
    expect(issues.map((x) => [x.code, x.path, x.params.upperDeadline])).toEqual([
      ['check/deadline-later', ['deliverables', i, 'due'], '2020-09-30'],
    ]);
  });
});

describe('checkAgainstUpper: tiers, audiences, follow-ups, materials, reports', () => {
  it('flags a tier the upper plan schedules below the lower plan’s own', () => {
    const p = district();
    p.tiers = p.tiers.slice(0, 1);
    p.sessions = p.sessions.slice(0, 1);
    p.audiences = p.audiences.slice(0, 1);
    p.deliverables = p.deliverables.filter((d) => d.tier !== 'commune');
    const r = checkAgainstUpper(p, plan985KhHndt);
    expect(r.issues.map((i) => [i.code, i.params.tier])).toEqual([
      ['check/missing-tier', 'Hội Nông dân xã, phường, thị trấn, chi Hội'],
    ]);
  });

  it('flags the part of an audience that is missing', () => {
    const p = district();
    p.audiences[0] = { id: 'aud-district', name: 'Ban Chấp hành huyện Hội', tier: 'district' };
    const r = checkAgainstUpper(p, plan985KhHndt);
    expect(r.issues.map((i) => [i.code, i.path, i.params.member])).toEqual([
      [
        'check/missing-audience',
        ['sessions', 0, 'audiences'],
        'Chủ tịch, Phó Chủ tịch Hội Nông dân các xã, phường, thị trấn',
      ],
    ]);
  });

  it.each([
    ['action-plan', ['check/missing-follow-up', 'check/missing-follow-up'], 'error'],
    ['reflection', ['check/missing-follow-up', 'check/missing-follow-up'], 'error'],
    ['inspection', ['check/missing-follow-up', 'check/missing-follow-up'], 'warning'],
  ])('flags a missing %s at each tier', (kind, expected, severity) => {
    const p = district();
    p.deliverables = p.deliverables.filter((d) => d.kind !== kind);
    p.materials = p.materials.filter((m) => m.deliverable === undefined);
    const r = checkAgainstUpper(p, plan985KhHndt);
    expect(r.issues.map((i) => i.code)).toEqual(expected);
    expect(r.issues.map((i) => i.params.kind)).toEqual([kind, kind]);
    expect(r.issues.every((i) => i.severity === severity)).toBe(true);
    expect(r.fits).toBe(severity !== 'error');
  });

  it('flags the missing report to the province once, at the district tier', () => {
    const p = district();
    p.deliverables = p.deliverables.filter((d) => d.id !== 'report');
    expect(checkAgainstUpper(p, plan985KhHndt).issues.map((i) => [i.code, i.params.tier])).toEqual([
      ['check/missing-follow-up', 'Hội Nông dân các huyện, thị, thành phố'],
    ]);
  });

  it('flags reports addressed elsewhere, and the province missing from the recipients', () => {
    const p = district();
    const i = p.deliverables.findIndex((d) => d.id === 'report');
    p.deliverables[i] = {
      ...p.deliverables[i]!,
      submitTo: 'Huyện ủy Nga Sơn',
      description: 'Định kỳ báo cáo kết quả về Huyện ủy Nga Sơn.',
    };
    p.implementation = [{ text: 'Định kỳ báo cáo kết quả về Huyện ủy Nga Sơn.' }];
    p.recipients = p.recipients.filter((r) => r.purpose !== 'report');
    const r = checkAgainstUpper(p, plan985KhHndt);
    expect(r.issues.map((x) => [x.code, x.severity, x.path])).toEqual([
      ['check/report-not-to-upper', 'error', ['deliverables', i, 'submitTo']],
      ['check/upper-not-in-recipients', 'warning', ['recipients']],
    ]);
    expect(r.issues[0]?.params.submitTo).toBe('Huyện ủy Nga Sơn');
  });

  it('accepts a report to the province said only in words (as an import may read it)', () => {
    const p = district();
    p.deliverables = p.deliverables.map((d) => {
      const { submitTo: _s, ...rest } = d;
      return rest;
    });
    p.implementation = [
      {
        text: 'Các cơ sở Hội định kỳ báo cáo kết quả về huyện Hội; huyện Hội tổng hợp, báo cáo Tỉnh Hội.',
      },
    ];
    expect(codes(p)).toEqual([]);
  });

  it('flags a missing resolution and missing materials: the resolution, the upper plan, its action plan', () => {
    const p = district();
    p.materials = p.materials.filter(
      (m) => m.kind !== 'resolution' && !m.title.includes('985-KH/HNDT'),
    );
    expect(
      checkAgainstUpper(p, plan985KhHndt).issues.map((i) => [i.code, i.params.material]),
    ).toEqual([
      ['check/missing-material', 'Nghị quyết số 58-NQ/TW'],
      ['check/missing-material', 'Kế hoạch số 985-KH/HNDT của BCH HND TỈNH THANH HOÁ'],
    ]);
    const q = district();
    q.materials = q.materials.filter(
      // 985 lists two action plans of the provincial union (BTV and BCH Tỉnh hội): both go.
      (m) => !/hành động của .*Tỉnh hội/.test(m.title),
    );
    expect(codes(q)).toEqual(['check/missing-material']);
    const other = district();
    other.resolutions = [{ ...other.resolutions[0]!, reference: '57-NQ/TW' }];
    other.header = { ...other.header, title: 'Học tập Nghị quyết số 57-NQ/TW' };
    expect(codes(other)).toContain('check/missing-resolution');
  });

  it('recognises the upper body under the caller’s other names', () => {
    const p = district();
    p.recipients = [{ name: 'Hội ND tỉnh', purpose: 'report' }];
    expect(codes(p)).toEqual(['check/upper-not-in-recipients']);
    expect(checkAgainstUpper(p, plan985KhHndt, { upperNames: ['Hội ND tỉnh'] }).issues).toEqual([]);
  });
});

describe('checkAgainstUpper: copying', () => {
  it('flags section II copied from the province, item by item, with spans', () => {
    const p = district();
    p.content = [...plan985KhHndt.content!];
    p.methodNotes = [...plan985KhHndt.methodNotes!];
    const r = checkAgainstUpper(p, plan985KhHndt);
    expect(r.fits).toBe(false);
    expect(r.issues.map((i) => [i.code, i.path, i.severity])).toEqual([
      ['check/copied-text', ['content', 0], 'error'],
      ['check/copied-text', ['content', 1], 'error'],
      ['check/copied-text', ['content', 2], 'error'],
      ['check/copied-text', ['methodNotes', 0], 'error'],
      ['check/copied-text', ['methodNotes', 1], 'error'],
    ]);
    expect(
      r.copies.map((c) => [
        c.path,
        c.upperPath,
        c.text === p[c.path[0] as 'content']![c.path[1] as number],
      ]),
    ).toEqual([
      [['content', 0], ['content', 0], true],
      [['content', 1], ['content', 1], true],
      [['content', 2], ['content', 2], true],
      [['methodNotes', 0], ['methodNotes', 0], true],
      [['methodNotes', 1], ['methodNotes', 1], true],
    ]);
    expect(r.issues[0]?.message.vi).toMatch(
      /^2 câu tại content\[0\] lặp lại kế hoạch cấp trên \(content\[0\]; giống 100%\)/,
    );
  });

  it('warns of one copied sentence in a text of the unit’s own, and takes a stricter threshold', () => {
    const own =
      'Hội Nông dân huyện Nga Sơn chọn ba nội dung sát với sản xuất vụ đông của huyện để tuyên truyền tại các chi hội, gắn với mô hình liên kết tiêu thụ nông sản đang làm ở các xã ven biển, và giao mỗi chi hội trưởng theo dõi hội viên tham gia.';
    const p = district();
    p.content = [`${own} ${plan985KhHndt.content![2]!}`];
    const r = checkAgainstUpper(p, plan985KhHndt);
    expect(r.issues.map((i) => [i.code, i.severity])).toEqual([['check/copied-text', 'warning']]);
    expect(r.fits).toBe(true);
    expect(r.copies[0]?.text).toBe(plan985KhHndt.content![2]);
    expect(checkAgainstUpper(p, plan985KhHndt, { copyThreshold: 1.01 }).issues).toEqual([]);
  });
});

describe('checkAgainstUpper: input', () => {
  it('needs a lower plan with a tier below the upper plan’s own', () => {
    const p = district();
    p.tiers = [{ id: 'province', level: 'province', name: 'Cấp tỉnh' }];
    p.sessions = [{ ...p.sessions[0]!, tier: 'province' }];
    expect(codes(p)).toEqual(['check/not-lower']);
  });

  it('takes the own tier the caller names', () => {
    const p = district();
    p.sessions[0]!.deadline = { kind: 'by', date: '2020-09-20' };
    // Read as a commune's plan: the district session is none of its business, but its
    // communes' reports go to the district, not to the province.
    expect(codes(p)).toEqual(['check/deadline-later']);
    expect(
      checkAgainstUpper(p, plan985KhHndt, { tier: 'commune' }).issues.map((i) => i.code),
    ).toEqual(['check/report-not-to-upper']);
  });

  it('matches an imported plan by level, whatever its ids', () => {
    const p = district();
    p.tiers = p.tiers.map((t, i) => ({ ...t, id: `tier-${i}` }));
    p.sessions = p.sessions.map((s, i) => ({ ...s, id: `s-${i}`, tier: `tier-${i}` }));
    p.audiences = p.audiences.map((a, i) => ({ ...a, tier: `tier-${i}` }));
    p.deliverables = p.deliverables.map((d) =>
      d.tier === undefined ? d : { ...d, tier: d.tier === 'district' ? 'tier-0' : 'tier-1' },
    );
    expect(codes(p)).toEqual([]);
    p.sessions[1]!.deadline = { kind: 'by', date: '2020-10-16' };
    expect(codes(p)).toEqual(['check/deadline-later']);
  });

  it('reports malformed plans without throwing; the upper plan’s paths start with "upper"', () => {
    const bad = { ...district(), sessions: 'x' } as unknown as Plan;
    const r1 = checkAgainstUpper(bad, plan985KhHndt);
    expect(r1.fits).toBe(false);
    expect(r1.issues[0]?.path[0]).toBe('sessions');
    const r2 = checkAgainstUpper(district(), null as unknown as Plan);
    expect(r2.fits).toBe(false);
    expect(r2.issues[0]?.path[0]).toBe('upper');
  });
});
