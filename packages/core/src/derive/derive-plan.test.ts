import { describe, expect, it } from 'vitest';
import { plan985KhHndt } from '../examples/plan-985-kh-hndt.js';
import { planNq58Province } from '../examples/plan-nq58-province.js';
import type { DeepMutable } from '../index.js';
import { clonePlan } from '../index.js';
import type { Plan } from '../model/plan.js';
import type { Unit } from '../model/unit.js';
import { validatePlan } from '../validate/validate-plan.js';
import { checkAgainstUpper } from './check-against-upper.js';
import { derivePlan } from './derive-plan.js';

/** A deep copy (the plan model is plain JSON). */
const copy = <T>(value: T): DeepMutable<T> => JSON.parse(JSON.stringify(value)) as DeepMutable<T>;

const units: Unit[] = [
  { id: 'tinh', name: 'Hội Nông dân tỉnh Thanh Hóa', level: 'province' },
  { id: 'nga-son', name: 'Hội Nông dân huyện Nga Sơn', level: 'district', parent: 'tinh' },
  { id: 'hau-loc', name: 'Hội Nông dân huyện Hậu Lộc', level: 'district', parent: 'tinh' },
  { id: 'nga-an', name: 'Hội Nông dân xã Nga An', level: 'commune', parent: 'nga-son' },
  { id: 'nga-yen', name: 'Hội Nông dân xã Nga Yên', level: 'commune', parent: 'nga-son' },
  { id: 'hoa-loc', name: 'Hội Nông dân xã Hòa Lộc', level: 'commune', parent: 'hau-loc' },
];

function derived(upper: Plan, options: Parameters<typeof derivePlan>[1]) {
  const result = derivePlan(upper, options);
  if (!result.success) throw new Error(JSON.stringify(result.issues));
  return result;
}

describe('derivePlan: a district union from 985-KH/HNDT', () => {
  const r = derived(clonePlan(plan985KhHndt), { unit: 'nga-son', units, issuedOn: '2020-09-07' });
  const plan = r.plan;

  it('has its own header: issuer, the union above, a blank number with its symbol, its place and date', () => {
    expect(plan.header).toEqual({
      issuer: {
        name: 'BCH HỘI NÔNG DÂN HUYỆN NGA SƠN',
        parent: 'HỘI NÔNG DÂN TỈNH THANH HÓA',
        kind: 'mass-organisation',
      },
      motto: 'state',
      reference: '-KH/HNDH',
      place: 'Nga Sơn',
      date: '2020-09-07',
      title: plan985KhHndt.header.title,
    });
    expect(plan.intro).toMatch(
      /^Thực hiện Kế hoạch số 985-KH\/HNDT ngày 3\/9\/2020 của Hội Nông dân tỉnh Thanh Hóa về nghiên cứu/,
    );
  });

  it('keeps the resolutions; tiers from its own down; the upper deadline of each tier', () => {
    expect(plan.resolutions).toEqual(plan985KhHndt.resolutions);
    expect(plan.tiers.map((t) => [t.id, t.level, t.name])).toEqual([
      ['district', 'district', 'Hội Nông dân huyện Nga Sơn'],
      ['commune', 'commune', 'Hội Nông dân xã, phường, thị trấn, chi Hội'],
    ]);
    expect(plan.sessions.map((s) => [s.id, s.deadline])).toEqual([
      ['s-district', { kind: 'by', date: '2020-09-15' }],
      ['s-commune', { kind: 'by', date: '2020-10-15' }],
    ]);
    expect(plan.audiences.map((a) => a.id)).toEqual(['aud-district', 'aud-commune']);
  });

  it('keeps the exemption by the provincial online conference in words (that session is not in the draft)', () => {
    expect(plan.sessions.every((s) => s.exemption === undefined)).toBe(true);
    // Written from the facts of the session that exempts, not copied.
    expect(plan.sessions[0]?.note).toBe(
      'Đối với các đối tượng đã dự hội nghị trực tuyến do Ban Thường vụ Tỉnh ủy tổ chức ngày 31/8/2020 thì có thể không tổ chức hội nghị riêng.',
    );
    expect(r.derived).toContainEqual(
      expect.objectContaining({
        path: '/sessions/0/note',
        source: 'upper-plan',
        from: '/sessions/1/exemption',
      }),
    );
  });

  it('adds the upper plan and the unit’s own action plan to the materials', () => {
    const titles = plan.materials.map((m) => m.title);
    expect(titles.slice(0, 7)).toEqual(clonePlan(plan985KhHndt).materials.map((m) => m.title));
    expect(titles[7]).toMatch(
      /^Kế hoạch số 985-KH\/HNDT, ngày 3\/9\/2020 của Hội Nông dân tỉnh Thanh Hóa/,
    );
    expect(plan.materials[8]).toMatchObject({
      kind: 'action-plan',
      deliverable: 'action-plan',
      title: 'Kế hoạch hành động của Hội Nông dân huyện Nga Sơn thực hiện Nghị quyết số 58-NQ/TW',
    });
    // The upper body's action plan is already among 985's materials: not added twice.
    expect(
      plan.materials.filter((m) => /Tỉnh hội/.test(m.title) && m.kind === 'action-plan'),
    ).toHaveLength(1);
  });

  it('carries the follow-ups down: reports to the province, the communes report to the district', () => {
    expect(
      plan.deliverables.map((d) => [d.id, d.kind, d.tier ?? null, d.submitTo ?? null]),
    ).toEqual([
      ['reflection', 'reflection', null, null],
      ['action-plan', 'action-plan', null, null],
      ['report', 'report', 'district', 'Hội Nông dân tỉnh Thanh Hóa'],
      ['inspection', 'inspection', null, null],
      ['report-commune', 'report', 'commune', 'Hội Nông dân huyện Nga Sơn'],
    ]);
    // Each follow-up is said anew from its facts, not in the upper plan's wording.
    expect(plan.deliverables.map((d) => d.description)).toEqual([
      'Sau học tập, mỗi người dự học viết thu hoạch cá nhân, kết quả được đưa vào đánh giá, xếp loại cuối năm.',
      'Mỗi đơn vị thảo luận, xây dựng và ban hành kế hoạch hành động thực hiện Nghị quyết số 58-NQ/TW.',
      'Định kỳ báo cáo kết quả học tập, quán triệt và triển khai thực hiện về Hội Nông dân tỉnh Thanh Hóa.',
      'Tăng cường kiểm tra, đôn đốc việc học tập, quán triệt ở các đơn vị.',
      'Định kỳ báo cáo kết quả học tập, quán triệt và triển khai thực hiện về Hội Nông dân huyện Nga Sơn.',
    ]);
  });

  it('addresses the province (B/c), its communes (T/h, counted from the tree) and the archive', () => {
    expect(plan.recipients).toEqual([
      { name: 'Hội Nông dân tỉnh Thanh Hóa', purpose: 'report' },
      { name: 'Hội Nông dân xã, phường, thị trấn, chi Hội (2 đơn vị)', purpose: 'implement' },
      { name: 'VP', purpose: 'archive' },
    ]);
    expect(plan.signature).toEqual({
      mode: 'on-behalf',
      authority: 'Ban Thường vụ',
      title: 'Chủ tịch',
    });
  });

  it('leaves the unit’s own sections blank and lists what the clerk must write', () => {
    for (const key of [
      'purposes',
      'requirements',
      'content',
      'methodNotes',
      'actionPlanNotes',
    ] as const)
      expect(plan[key]).toBeUndefined();
    expect(r.blanks.map((b) => b.path)).toEqual(
      expect.arrayContaining([
        '/header/reference',
        '/signature/name',
        '/purposes',
        '/requirements',
        '/content',
        '/implementation',
      ]),
    );
    expect(r.blanks.map((b) => b.path)).not.toContain('/header/date');
  });

  it('marks every derived part with its source, and upper-plan values with where they come from', () => {
    const paths = r.derived.map((d) => d.path);
    for (const p of [
      '/header/issuer/name',
      '/header/reference',
      '/header/place',
      '/intro',
      '/recipients/0',
      '/signature',
    ])
      expect(paths).toContain(p);
    for (let i = 0; i < plan.sessions.length; i++)
      expect(paths).toContain(`/sessions/${i}/deadline`);
    expect(r.derived.find((d) => d.path === '/header/issuer/name')?.source).toBe('unit');
    expect(r.derived.find((d) => d.path === '/recipients/0')?.source).toBe('unit-tree');
    expect(r.derived.find((d) => d.path === '/header/date')?.source).toBe('options');
    for (const d of r.derived) {
      expect(d.note.vi.length).toBeGreaterThan(0);
      expect(d.note.en.length).toBeGreaterThan(0);
      if (d.from !== undefined) expect(['upper-plan', 'unit']).toContain(d.source);
      if (/^\/sessions\/\d+(\/deadline)?$/.test(d.path)) expect(d.from).toMatch(/^\/sessions\/\d+/);
    }
  });

  it('validates, checks clean against 985-KH/HNDT, is plain JSON, and leaves the upper plan as it was', () => {
    const before = JSON.stringify(plan985KhHndt);
    const again = derived(clonePlan(plan985KhHndt), { unit: 'nga-son', units });
    expect(JSON.stringify(plan985KhHndt)).toBe(before);
    expect(validatePlan(plan).filter((i) => i.severity === 'error')).toEqual([]);
    expect(r.issues).toEqual([]);
    expect(checkAgainstUpper(plan, plan985KhHndt)).toMatchObject({
      fits: true,
      issues: [],
      copies: [],
    });
    expect(copy(again)).toEqual(JSON.parse(JSON.stringify(again)));
    // The draft owns its objects: editing it does not reach the upper plan.
    again.plan.sessions[0]!.audiences.push('x');
    again.plan.resolutions[0]!.title = 'x';
    expect(JSON.stringify(plan985KhHndt)).toBe(before);
  });
});

describe('derivePlan: options and tiers', () => {
  it('derives for a tier without a unit: placeholders where only a unit could say', () => {
    const r = derived(clonePlan(plan985KhHndt), { tier: 'commune' });
    expect(r.plan.header.issuer.name).toBe('………');
    expect(r.plan.header.reference).toBe('-KH/HNDT');
    expect(r.plan.tiers.map((t) => t.id)).toEqual(['commune']);
    expect(r.plan.tiers[0]?.name).toBe('Hội Nông dân xã, phường, thị trấn, chi Hội');
    expect(r.plan.deliverables.map((d) => d.id)).toEqual([
      'reflection',
      'action-plan',
      'inspection',
    ]);
    expect(r.blanks.map((b) => b.path)).toEqual(
      expect.arrayContaining(['/header/issuer/name', '/header/place', '/header/date']),
    );
    expect(validatePlan(r.plan).filter((i) => i.severity === 'error')).toEqual([]);
    expect(checkAgainstUpper(r.plan, plan985KhHndt).fits).toBe(true);
  });

  it('takes an earlier deadline the clerk chose, and clamps a later one to the upper rule', () => {
    const ok = derived(clonePlan(plan985KhHndt), {
      unit: 'nga-son',
      units,
      deadlines: {
        's-district': { kind: 'by', date: '2020-09-11' },
        's-commune': { kind: 'within', month: '2020-10' },
      },
    });
    expect(ok.plan.sessions[0]?.deadline).toEqual({ kind: 'by', date: '2020-09-11' });
    expect(ok.plan.sessions[1]?.deadline).toEqual({ kind: 'by', date: '2020-10-15' });
    expect(ok.issues.map((i) => [i.code, i.params.id, i.params.asked, i.params.allowed])).toEqual([
      ['derive/deadline-clamped', 's-commune', '2020-10-31', '2020-10-15'],
    ]);
    expect(ok.derived.find((d) => d.path === '/sessions/0/deadline')?.source).toBe('options');
    expect(ok.derived.find((d) => d.path === '/sessions/1/deadline')?.source).toBe('upper-plan');
    expect(checkAgainstUpper(ok.plan, plan985KhHndt).fits).toBe(true);
  });

  it('counts a chosen after-rule from its reference: ten days after 11/9 fits 15/10', () => {
    const r = derived(clonePlan(plan985KhHndt), {
      unit: 'nga-son',
      units,
      deadlines: {
        's-district': { kind: 'by', date: '2020-09-11' },
        's-commune': { kind: 'after', ref: 's-district', days: 10, calendar: 'working' },
      },
    });
    expect(r.issues).toEqual([]);
    expect(r.plan.sessions[1]?.deadline).toEqual({
      kind: 'after',
      ref: 's-district',
      days: 10,
      calendar: 'working',
    });
  });

  it('writes an after-rule whose reference stays in the upper plan as its last day', () => {
    const upper = copy(plan985KhHndt);
    upper.sessions[1]!.deadline = {
      kind: 'after',
      ref: 's-province',
      days: 14,
      calendar: 'calendar',
    };
    const r = derived(upper, { unit: 'nga-son', units });
    expect(r.plan.sessions[0]?.deadline).toEqual({ kind: 'by', date: '2020-09-14' });
    expect(r.derived.find((d) => d.path === '/sessions/0/deadline')?.note.en).toMatch(/last day/);
    expect(checkAgainstUpper(r.plan, upper).fits).toBe(true);
  });

  it('anchored rules: upper-session at its own tier becomes its last day, own-session stays', () => {
    const upper = copy(plan985KhHndt);
    upper.sessions[1]!.deadline = {
      kind: 'after',
      anchor: 'upper-session',
      days: 14,
      calendar: 'calendar',
    };
    upper.deliverables[1]!.due = {
      kind: 'after',
      anchor: 'own-session',
      days: 15,
      calendar: 'calendar',
    };
    const r = derived(upper, { unit: 'nga-son', units });
    expect(r.plan.sessions[0]?.deadline).toEqual({ kind: 'by', date: '2020-09-14' }); // 31/8 + 14
    expect(r.plan.deliverables[1]?.due).toEqual({
      kind: 'after',
      anchor: 'own-session',
      days: 15,
      calendar: 'calendar',
    });
    expect(validatePlan(r.plan).filter((i) => i.severity === 'error')).toEqual([]);
    expect(checkAgainstUpper(r.plan, upper)).toMatchObject({ fits: true, issues: [] });
    const slow = copy(r.plan);
    slow.deliverables[1]!.due = {
      kind: 'after',
      anchor: 'own-session',
      days: 30,
      calendar: 'calendar',
    };
    expect(
      checkAgainstUpper(slow, upper).issues.map((i) => [i.code, i.params.upperDeadline]),
    ).toEqual([
      ['check/deadline-later', '2020-09-29'],
      ['check/deadline-later', '2020-10-30'],
    ]);
  });

  it('a Party committee: ĐẢNG BỘ line, its own symbol, the sessions that concern it', () => {
    const unit: Unit = { id: 'ns', name: 'Huyện ủy Nga Sơn', level: 'district' };
    const all = derived(clonePlan(planNq58Province), { unit });
    expect(all.plan.header.issuer).toEqual({
      name: 'HUYỆN ỦY NGA SƠN',
      parent: 'ĐẢNG BỘ TỈNH THANH HÓA',
      kind: 'party',
    });
    expect(all.plan.header.reference).toBe('-KH/HU');
    expect(all.issues.map((i) => [i.code, i.params.count])).toEqual([
      ['derive/several-sessions', 3],
    ]);
    // The communes studied at the province's own online conference (held 31/8): not the district's to organise.
    expect(all.plan.tiers.map((t) => t.level)).toEqual(['district']);
    const one = derived(clonePlan(planNq58Province), { unit, sessions: ['s-district-committees'] });
    expect(one.issues).toEqual([]);
    expect(one.plan.sessions.map((s) => s.id)).toEqual(['s-district-committees']);
    expect(validatePlan(one.plan).filter((i) => i.severity === 'error')).toEqual([]);
    expect(checkAgainstUpper(one.plan, planNq58Province)).toMatchObject({ fits: true, issues: [] });
  });

  it('warns of a draft dated before the upper plan', () => {
    const r = derived(clonePlan(plan985KhHndt), { unit: 'nga-son', units, issuedOn: '2020-09-01' });
    expect(r.issues.map((i) => i.code)).toEqual(['derive/issued-before-upper']);
    expect(r.issues[0]?.message.vi).toBe(
      'Bản dự thảo ghi ngày 1/9/2020, trước ngày ban hành kế hoạch cấp trên (3/9/2020).',
    );
  });

  it('takes the header the caller gives', () => {
    const r = derived(clonePlan(plan985KhHndt), {
      unit: 'nga-son',
      units,
      reference: '12-KH/HND',
      place: 'Nga Sơn, Thanh Hóa',
      issuer: { name: 'BAN CHẤP HÀNH HỘI NÔNG DÂN HUYỆN NGA SƠN', parent: 'HND TỈNH THANH HÓA' },
    });
    expect(r.plan.header).toMatchObject({
      reference: '12-KH/HND',
      place: 'Nga Sơn, Thanh Hóa',
      issuer: { name: 'BAN CHẤP HÀNH HỘI NÔNG DÂN HUYỆN NGA SƠN', parent: 'HND TỈNH THANH HÓA' },
    });
    expect(r.blanks.map((b) => b.path)).not.toContain('/header/reference');
  });
});

describe('derivePlan: what cannot be derived is an issue, never a throw', () => {
  it.each([
    [{}, 'derive/no-target'],
    [{ unit: 'nowhere', units }, 'derive/unknown-unit'],
    [{ tier: 'nowhere' }, 'derive/unknown-tier'],
    [{ tier: 'province' }, 'derive/not-below'],
    [{ unit: 'tinh', units }, 'derive/not-below'],
    [
      { unit: { id: 'b', name: 'Chi hội thôn 1', level: 'branch' as const } },
      'derive/no-tier-for-unit',
    ],
  ])('%j → %s', (options, code) => {
    const r = derivePlan(plan985KhHndt, options);
    expect(r.success).toBe(false);
    expect(r.issues.map((i) => i.code)).toEqual([code]);
    expect(r.issues[0]?.severity).toBe('error');
  });

  it('names an unknown deadline or session id', () => {
    const r = derived(clonePlan(plan985KhHndt), {
      unit: 'nga-son',
      units,
      deadlines: { nope: { kind: 'by', date: '2020-09-01' } },
    });
    expect(r.issues.map((i) => [i.code, i.path])).toEqual([
      ['derive/unknown-activity', ['deadlines', 'nope']],
    ]);
  });

  it('reports a malformed upper plan with schema issues', () => {
    for (const bad of [null, 42, { header: 1 }, { ...clonePlan(plan985KhHndt), sessions: 'x' }]) {
      const r = derivePlan(bad as unknown as Plan, { tier: 'district' });
      expect(r.success).toBe(false);
      expect(r.issues.length).toBeGreaterThan(0);
      expect(r.issues.every((i) => i.code.startsWith('schema/'))).toBe(true);
    }
  });
});
