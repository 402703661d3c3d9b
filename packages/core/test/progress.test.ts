import {
  applyEvent,
  createRollup,
  type Plan,
  type ProgressEvent,
  ProgressEventSchema,
  parseProgressEvent,
  plan985KhHndt,
  rollup,
  type Unit,
} from '@rollout/core';
import { describe, expect, it } from 'vitest';

const rec = { recordedBy: 'Ban Tuyên giáo', recordedAt: '2020-10-20T08:00:00+07:00' };

/** A small plan: three tiers, an exemption at the district tier, an action plan due 30/9. */
const plan: Plan = {
  id: 'p-small',
  header: {
    issuer: { name: 'BAN THƯỜNG VỤ TỈNH ỦY', parent: 'TỈNH ỦY X', kind: 'party' },
    reference: '12-KH/TU',
    place: 'X',
    date: '2020-09-01',
    title: 'Học tập Nghị quyết',
  },
  resolutions: [],
  tiers: [
    { id: 'province', level: 'province', name: 'Cấp tỉnh' },
    { id: 'district', level: 'district', name: 'Cấp huyện' },
    { id: 'commune', level: 'commune', name: 'Cấp cơ sở' },
  ],
  audiences: [
    { id: 'a-p', name: 'Tỉnh' },
    { id: 'a-d', name: 'Huyện' },
    { id: 'a-c', name: 'Xã' },
    { id: 'a-c2', name: 'Hội viên' },
  ],
  materials: [],
  sessions: [
    {
      id: 's-p',
      tier: 'province',
      audiences: ['a-p'],
      method: 'online',
      duration: { halfDays: 1 },
      deadline: { kind: 'by', date: '2020-09-10' },
    },
    {
      id: 's-d',
      tier: 'district',
      audiences: ['a-d'],
      method: 'online',
      duration: { halfDays: 1 },
      deadline: { kind: 'by', date: '2020-09-15' },
      exemption: { session: 's-p' },
    },
    {
      id: 's-c',
      tier: 'commune',
      audiences: ['a-c', 'a-c2'],
      method: 'in-person',
      duration: { halfDays: 1 },
      deadline: { kind: 'by', date: '2020-10-15' },
    },
  ],
  deliverables: [
    { id: 'refl', kind: 'reflection', per: 'attendee' },
    {
      id: 'ap',
      kind: 'action-plan',
      tier: 'district',
      per: 'unit',
      due: { kind: 'by', date: '2020-09-30' },
    },
  ],
  recipients: [],
};

const units: Unit[] = [
  { id: 'P', name: 'Tỉnh ủy', level: 'province' },
  { id: 'D1', name: 'Huyện ủy 1', level: 'district', parent: 'P' },
  { id: 'D2', name: 'Huyện ủy 2', level: 'district', parent: 'P' },
  { id: 'C1', name: 'Đảng ủy xã 1', level: 'commune', parent: 'D1' },
  { id: 'C2', name: 'Đảng ủy xã 2', level: 'commune', parent: 'D1' },
  { id: 'C3', name: 'Đảng ủy xã 3', level: 'commune', parent: 'D2' },
];

const held = (
  id: string | undefined,
  unit: string,
  session: string,
  date: string,
  present: number,
  expected?: number,
  extra: Partial<Extract<ProgressEvent, { kind: 'session-held' }>> = {},
): ProgressEvent => ({
  kind: 'session-held',
  ...(id === undefined ? {} : { id }),
  unit,
  session,
  date,
  method: 'online',
  attendees: expected === undefined ? { present } : { present, expected },
  ...rec,
  ...extra,
});

const events: ProgressEvent[] = [
  held('e1', 'P', 's-p', '2020-09-08', 50, 60, { bridgePoints: 10 }),
  held('e2', 'D1', 's-d', '2020-09-18', 30, 40),
  {
    kind: 'session-skipped',
    id: 'e3',
    unit: 'D2',
    session: 's-d',
    date: '2020-09-08',
    exemption: 's-p',
    ...rec,
  },
  {
    kind: 'session-held',
    id: 'e4',
    unit: 'C1',
    session: 's-c',
    date: '2020-10-10',
    method: 'in-person',
    byAudience: [
      { audience: 'a-c', present: 20, expected: 25 },
      { audience: 'a-c2', present: 5, expected: 5 },
    ],
    ...rec,
  },
  held('e5', 'C3', 's-c', '2020-10-16', 12, 15),
  held('e2', 'D1', 's-d', '2020-09-18', 30, 40), // duplicate id
  held('e6', 'C1', 's-c', '2020-10-11', 3, 3), // contradictory: another date
  held('e7', 'NOWHERE', 's-c', '2020-10-11', 3, 3), // unknown unit
  held('e8', 'C3', 's-c', '2020-10-16', 10, 5), // more present than expected
  {
    kind: 'reflections-submitted',
    id: 'e9',
    unit: 'D1',
    session: 's-d',
    submitted: 25,
    expected: 30,
    ...rec,
  },
  {
    kind: 'action-plan-issued',
    id: 'e10',
    unit: 'D1',
    reference: '45-KH/HU',
    date: '2020-09-25',
    ...rec,
  },
  { kind: 'report-sent', unit: 'D1', date: '2020-10-01', period: 'Q3', ...rec },
  { kind: 'report-sent', unit: 'D1', date: '2020-10-01', period: 'Q3', ...rec }, // same content
  { kind: 'inspection-done', id: 'e11', unit: 'C2', date: '2020-10-19', ...rec },
];

describe('rollup: a hand-computed small tree', () => {
  const r = rollup(plan, events, { units, today: '2020-10-20' });

  it('counts each unit’s own sessions, lateness and attendance', () => {
    const P = r.unit('P')!.own;
    expect(P.sessions).toEqual({
      expected: 1,
      due: 1,
      held: 1,
      exempted: 0,
      done: 1,
      heldLate: 0,
      overdue: 0,
      late: 0,
      daysLate: 0,
    });
    expect(P.attendance).toEqual({ present: 50, expected: 60, rate: 50 / 60 });
    expect(P.bridgePoints).toBe(10);

    const D1 = r.unit('D1')!.own;
    expect(D1.sessions.heldLate).toBe(1);
    expect(D1.sessions.daysLate).toBe(3); // 18/9 against 15/9
    expect(D1.attendance.rate).toBe(30 / 40);
    expect(D1.reflections).toEqual({ submitted: 25, expected: 30, rate: 25 / 30 });
    expect(D1.actionPlans).toEqual({ expected: 1, issued: 1, overdue: 0 });
    expect(D1.reports).toBe(1);

    const D2 = r.unit('D2')!.own;
    expect(D2.sessions.exempted).toBe(1);
    expect(D2.sessions.late).toBe(0);
    expect(D2.sessions.overdue).toBe(0);
    expect(D2.actionPlans.overdue).toBe(1);

    expect(r.unit('C1')!.own.attendance).toEqual({ present: 25, expected: 30, rate: 25 / 30 });
    expect(r.unit('C2')!.own.sessions).toMatchObject({ held: 0, overdue: 1, late: 1, daysLate: 5 });
    expect(r.unit('C2')!.own.inspections).toBe(1);
    // The contradicting report of C3 (10 present of 5) left its figures out.
    expect(r.unit('C3')!.own.sessions).toMatchObject({ held: 1, heldLate: 1, daysLate: 1 });
    expect(r.unit('C3')!.own.attendance).toEqual({ present: 12, expected: 15, rate: 12 / 15 });
  });

  it('aggregates subtrees, tiers and the nation', () => {
    const D1 = r.unit('D1')!.subtree;
    expect(D1.sessions).toMatchObject({ expected: 3, held: 2, late: 2, daysLate: 8 });
    expect(D1.attendance.present).toBe(55);
    const nation = r.totals;
    expect(nation.sessions).toEqual({
      expected: 6,
      due: 6,
      held: 4,
      exempted: 1,
      done: 5,
      heldLate: 2,
      overdue: 1,
      late: 3,
      daysLate: 9,
    });
    expect(nation.attendance).toEqual({ present: 117, expected: 145, rate: 117 / 145 });
    expect(r.unit('P')!.subtree).toEqual(nation);
    const tiers = r.tiers;
    expect(
      tiers.map((t) => [t.tier, t.units, t.counts.sessions.held, t.counts.sessions.late]),
    ).toEqual([
      ['province', 1, 1, 0],
      ['district', 2, 1, 1],
      ['commune', 3, 2, 2],
    ]);
    expect(tiers[1]!.counts.sessions.exempted).toBe(1);
  });

  it('lists overdue items by lateness, then unit id', () => {
    expect(r.overdue().map((o) => [o.unit, o.activity, o.kind, o.deadline, o.daysLate])).toEqual([
      ['D2', 'ap', 'action-plan', '2020-09-30', 20],
      ['C2', 's-c', 'session', '2020-10-15', 5],
    ]);
    expect(r.overdue(1)).toHaveLength(1);
  });

  it('reports duplicates, contradictions and unknown units as issues, counted once', () => {
    const codes = r.issues.map((i) => i.code).sort();
    expect(codes).toEqual([
      'progress/contradictory-event',
      'progress/duplicate-event',
      'progress/duplicate-event',
      'progress/inconsistent-counts',
      'progress/unknown-unit',
    ]);
    expect(r.events).toEqual({ read: 14, accepted: 10, duplicates: 2, rejected: 2 });
    const contradiction = r.issues.find((i) => i.code === 'progress/contradictory-event')!;
    expect(contradiction.path).toEqual(['events', 6, 'date']);
    expect(contradiction.severity).toBe('error');
  });

  it('gives plain JSON that survives a round trip', () => {
    const json = r.toJSON();
    expect(json.format).toBe('rollout/progress');
    expect(json.units).toHaveLength(6);
    expect(JSON.parse(JSON.stringify(r))).toEqual(json);
    expect(structuredClone(json)).toEqual(json);
    expect(r.toJSON({ units: false, overdueLimit: 1 })).toMatchObject({
      units: null,
      overdueTotal: 2,
    });
  });
});

describe('rollup: rules', () => {
  it('is late only after the deadline day (done by D is inclusive)', () => {
    const onDay = rollup(plan, [], { units, today: '2020-10-15' });
    expect(onDay.unit('C1')!.own.sessions).toMatchObject({ due: 1, overdue: 0 });
    const after = rollup(plan, [], { units, today: '2020-10-16' });
    expect(after.unit('C1')!.own.sessions).toMatchObject({ due: 1, overdue: 1, daysLate: 1 });
    const before = rollup(plan, [], { units, today: '2020-10-14' });
    expect(before.unit('C1')!.own.sessions).toMatchObject({ due: 0, overdue: 0 });
    const none = rollup(plan, [], { units });
    expect(none.totals.sessions.due).toBe(0);
    expect(none.overdue()).toEqual([]);
  });

  it('honours only the session’s own exemption', () => {
    const skip = (session: string, exemption: string): ProgressEvent => ({
      kind: 'session-skipped',
      unit: 'C1',
      session,
      date: '2020-10-01',
      exemption,
      ...rec,
    });
    const r = rollup(plan, [skip('s-c', 's-p')], { units, today: '2020-10-20' });
    expect(r.issues[0]?.code).toBe('progress/invalid-exemption');
    expect(r.unit('C1')!.own.sessions.overdue).toBe(1);
  });

  it('rejects a session of another tier and unknown sessions', () => {
    const r = rollup(
      plan,
      [held('x1', 'C1', 's-d', '2020-09-10', 1, 1), held('x2', 'C1', 'nope', '2020-09-10', 1, 1)],
      { units, today: '2020-10-20' },
    );
    expect(r.issues.map((i) => i.code)).toEqual([
      'progress/wrong-tier',
      'progress/unknown-activity',
    ]);
    expect(r.totals.events).toBe(0);
  });

  it('adds partial reports of the same day (bridge points, audiences, members)', () => {
    const r = rollup(
      plan,
      [
        held('m1', 'C1', 's-c', '2020-10-10', 1, 1, { bridgePoints: 1 }),
        held('m2', 'C1', 's-c', '2020-10-10', 0, 1, { bridgePoints: 1 }),
        held('m3', 'C1', 's-c', '2020-10-10', 1, 1),
      ],
      { units, today: '2020-10-20' },
    );
    const own = r.unit('C1')!.own;
    expect(own.sessions.held).toBe(1);
    expect(own.attendance).toEqual({ present: 2, expected: 3, rate: 2 / 3 });
    expect(own.bridgePoints).toBe(2);
  });

  it('holds a session with a `held` rule on its day', () => {
    const r = rollup(plan985KhHndt, [], { today: '2020-12-31' });
    expect(r.unit('province')!.own.sessions).toMatchObject({ held: 1, late: 0 });
    expect(r.unit('district')!.own.sessions).toMatchObject({ overdue: 1, daysLate: 107 });
    // Without a unit tree each tier stands for one unit named after it.
    expect(r.size).toBe(3);
  });

  it('survives a broken tree: duplicate ids, unknown parents and cycles', () => {
    const broken: Unit[] = [
      { id: 'A', name: 'A', level: 'province', parent: 'B' },
      { id: 'B', name: 'B', level: 'district', parent: 'A' },
      { id: 'B', name: 'B again', level: 'district' },
      { id: 'C', name: 'C', level: 'commune', parent: 'ghost' },
      { id: '__proto__', name: 'proto', level: 'commune', parent: 'B' },
    ];
    const r = rollup(plan, [held('h', '__proto__', 's-c', '2020-10-01', 1, 1)], {
      units: broken,
      today: '2020-10-20',
    });
    const codes = r.issues.map((i) => i.code).sort();
    expect(codes).toEqual(['unit/cycle', 'unit/duplicate-id', 'unit/unknown-parent']);
    expect(r.unit('__proto__')!.own.sessions.held).toBe(1);
    expect(r.unit('B')!.subtree.sessions.held).toBe(1);
  });

  it('never crashes on hostile events and names the place', () => {
    const hostile = [
      null,
      42,
      { kind: 'session-held' },
      { kind: 'nope', unit: 'C1', ...rec },
      { ...held('h1', 'C1', 's-c', '2020-02-31', 1, 1) },
      { ...held('h2', 'C1', 's-c', '2020-10-01', 1, 1), recordedAt: 'yesterday' },
      {
        get kind(): string {
          throw new Error('boom');
        },
      },
      {
        get id(): string {
          throw new Error('boom');
        },
      },
    ] as unknown as ProgressEvent[];
    const r = rollup(plan, hostile, { units, today: '2020-10-20' });
    expect(r.events.rejected).toBe(8);
    expect(r.totals.events).toBe(0);
    expect(r.issues.some((i) => i.code === 'date/nonexistent')).toBe(true);
    for (const issue of r.issues) expect(issue.path[0]).toBe('events');
  });

  it('does not mutate its inputs', () => {
    const frozenPlan = structuredClone(plan);
    const frozenEvents = structuredClone(events);
    const frozenUnits = structuredClone(units);
    const deepFreeze = (o: unknown): void => {
      if (o && typeof o === 'object') {
        Object.freeze(o);
        for (const v of Object.values(o)) deepFreeze(v);
      }
    };
    deepFreeze(frozenPlan);
    deepFreeze(frozenEvents);
    deepFreeze(frozenUnits);
    const r = rollup(frozenPlan, frozenEvents, { units: frozenUnits, today: '2020-10-20' });
    expect(r.totals.sessions.held).toBe(4);
    expect(frozenEvents).toEqual(events);
  });

  it('reports a today that does not exist, and then measures no lateness', () => {
    const r = rollup(plan, events, { units, today: '2021-02-31' });
    expect(r.issues.some((i) => i.code === 'date/nonexistent' && i.path[0] === 'today')).toBe(true);
    expect(r.today).toBeNull();
    expect(r.totals.sessions.overdue).toBe(0);
    expect(r.totals.sessions.held).toBe(4);
  });

  it('keeps action plans issued late out of the overdue list, and counts a second one as a contradiction', () => {
    const issued = (id: string, date: string): ProgressEvent => ({
      kind: 'action-plan-issued',
      id,
      unit: 'D2',
      reference: `${id}-KH/HU`,
      date,
      ...rec,
    });
    const r = rollup(plan, [issued('a1', '2020-10-10'), issued('a2', '2020-10-11')], {
      units,
      today: '2020-10-20',
    });
    expect(r.unit('D2')!.own.actionPlans).toEqual({ expected: 1, issued: 1, overdue: 0 });
    expect(r.overdue().some((o) => o.unit === 'D2' && o.kind === 'action-plan')).toBe(false);
    expect(r.issues.map((i) => i.code)).toEqual(['progress/contradictory-event']);
  });

  it('does not depend on the time zone', () => {
    const r = rollup(plan, events, { units, today: '2020-10-20' });
    expect(r.overdue()[0]?.deadline).toBe('2020-09-30');
  });
});

describe('incremental updates', () => {
  it('equals the full roll-up after every event', () => {
    const live = createRollup(plan, { units, today: '2020-10-20' });
    events.forEach((e, i) => {
      applyEvent(live, e);
      const full = rollup(plan, events.slice(0, i + 1), { units, today: '2020-10-20' });
      expect(live.toJSON()).toEqual(full.toJSON());
    });
  });

  it('returns the issues each event raised', () => {
    const live = createRollup(plan, { units, today: '2020-10-20' });
    expect(applyEvent(live, events[0]!)).toEqual([]);
    const again = applyEvent(live, events[0]!, ['line', 7]);
    expect(again.map((i) => [i.code, i.path])).toEqual([
      ['progress/duplicate-event', ['line', 7, 'id']],
    ]);
  });

  it('refuses a state it did not make', () => {
    expect(() => applyEvent({} as never, events[0]!)).toThrow(TypeError);
  });
});

describe('event schema', () => {
  it('accepts each kind and rejects unknown keys and missing attendance', () => {
    for (const e of events) expect(ProgressEventSchema.safeParse(e).success).toBe(true);
    expect(ProgressEventSchema.safeParse({ ...(events[0] as object), extra: 1 }).success).toBe(
      false,
    );
    const noAttendance = { ...(events[0] as Record<string, unknown>) };
    delete noAttendance.attendees;
    expect(ProgressEventSchema.safeParse(noAttendance).success).toBe(false);
  });

  it('maps problems to stable issue codes with paths', () => {
    const r = parseProgressEvent({ kind: 'report-sent', unit: 'D1', ...rec }, ['line', 3]);
    expect(r.success).toBe(false);
    expect(r.issues.map((i) => [i.code, i.path])).toEqual([
      ['schema/required', ['line', 3, 'date']],
    ]);
    const bad = parseProgressEvent({ kind: 'what' }, []);
    expect(bad.issues[0]?.code).toBe('schema/invalid-value');
  });
});
