// `after` rules as offices read them (*trong vòng N ngày (làm việc) sau hội nghị*):
// due at most N days after the day the reference actually ends — its actual date when
// known, else the latest day the plan lets it end — and never moving the reference.
// Every expected date below is worked out by hand on the government's announced days
// off (Tết 2021: Wed 10/2 – Tue 16/2; Tết 2026: Mon 16/2 – Fri 20/2).
import {
  clonePlan,
  type Deliverable,
  type Plan,
  plan985KhHndt,
  rollup,
  type ScheduleNode,
  type Session,
  schedule,
  type Unit,
  validatePlan,
} from '@rollout/core';
import { describe, expect, it } from 'vitest';

const rec = { recordedBy: 'Ban Tuyên giáo', recordedAt: '2021-01-05T08:00:00+07:00' };
const find = (nodes: readonly ScheduleNode[], activity: string, tier: string, unit?: string) => {
  const n = nodes.find((x) => x.activity === activity && x.tier === tier && x.unit === unit);
  if (!n) throw new Error(`no node ${activity}@${tier}${unit ? `/${unit}` : ''}`);
  return n;
};
const session = (
  id: string,
  tier: string,
  halfDays: number,
  deadline: Session['deadline'],
): Session => ({
  id,
  tier,
  audiences: [],
  method: 'in-person',
  duration: { halfDays },
  deadline,
});
const planOf = (
  sessions: Session[],
  deliverables: Deliverable[] = [],
  tiers = ['province', 'district', 'commune'],
): Plan => ({
  ...clonePlan(plan985KhHndt),
  tiers: tiers.map((t) => ({ id: t, level: t as 'province', name: `Cấp ${t}` })),
  audiences: [],
  materials: [],
  sessions,
  deliverables,
});

describe('an after deadline never moves its reference', () => {
  // Province held 19/1/2021, districts by 25/2, communes ½ day by 15/3; each commune's
  // action plan within 10 working days after the commune's session.
  const sessions = [
    session('p', 'province', 2, { kind: 'held', date: '2021-01-19' }),
    session('d', 'district', 2, { kind: 'by', date: '2021-02-25' }),
    session('c', 'commune', 1, { kind: 'by', date: '2021-03-15' }),
  ];
  const ap: Deliverable = {
    id: 'ap',
    kind: 'action-plan',
    tier: 'commune',
    due: { kind: 'after', ref: 'c', days: 10, calendar: 'working' },
  };

  it('the commune keeps its own latest day 15/3; the action plan is due 29/3', () => {
    const without = schedule(planOf(sessions)).nodes;
    const { nodes, issues } = schedule(planOf(sessions, [ap]));
    expect(find(nodes, 'c', 'commune').latest).toBe('2021-03-15');
    expect(find(nodes, 'c', 'commune')).toEqual(find(without, 'c', 'commune'));
    // 10 working days after Mon 15/3: 16, 17, 18, 19, 22, 23, 24, 25, 26, 29/3.
    expect(find(nodes, 'ap', 'commune')).toMatchObject({
      deadline: '2021-03-29',
      latest: '2021-03-29',
      feasible: true,
    });
    expect(issues).toEqual([]);
  });

  it('a plan of `by` rules only gives the after rule a deadline (not null)', () => {
    const { nodes } = schedule(planOf(sessions, [ap]));
    expect(find(nodes, 'ap', 'commune').deadline).not.toBeNull();
  });

  it('a district due 10/12/2020 keeps 10/12 with an action plan 15 days after it', () => {
    const p = planOf(
      [
        session('p', 'province', 2, { kind: 'held', date: '2020-11-20' }),
        session('d', 'district', 2, { kind: 'by', date: '2020-12-10' }),
      ],
      [
        {
          id: 'ap',
          kind: 'action-plan',
          tier: 'district',
          due: { kind: 'after', ref: 'd', days: 15, calendar: 'calendar' },
        },
      ],
      ['province', 'district'],
    );
    const { nodes } = schedule(p);
    expect(find(nodes, 'd', 'district').latest).toBe('2020-12-10');
    expect(find(nodes, 'ap', 'district').deadline).toBe('2020-12-25');
  });

  it('zero days after: due the day the reference may end, which is not pulled earlier', () => {
    const p = planOf(sessions, [
      { ...ap, due: { kind: 'after', ref: 'c', days: 0, calendar: 'calendar' } },
    ]);
    const { nodes } = schedule(p);
    expect(find(nodes, 'c', 'commune').latest).toBe('2021-03-15');
    expect(find(nodes, 'ap', 'commune').deadline).toBe('2021-03-15');
  });

  it('counts from the actual end when the reference was held, late or early', () => {
    const p = planOf(sessions, [ap]);
    const late = schedule(p, { actuals: [{ activity: 'c', date: '2021-03-19' }] });
    // Held Fri 19/3: 22, 23, 24, 25, 26, 29, 30, 31/3, 1, 2/4.
    expect(find(late.nodes, 'ap', 'commune').deadline).toBe('2021-04-02');
    const early = schedule(p, { actuals: [{ activity: 'c', date: '2021-02-18' }] });
    // Held Thu 18/2: 19, 22–26/2, 1–4/3 → 4/3.
    expect(find(early.nodes, 'ap', 'commune').deadline).toBe('2021-03-04');
  });
});

describe('the unit’s own session, named once for every tier (anchor)', () => {
  const sessions = [
    session('p', 'province', 2, { kind: 'held', date: '2021-01-19' }),
    session('d', 'district', 2, { kind: 'by', date: '2021-02-25' }),
    session('c', 'commune', 1, { kind: 'by', date: '2021-03-15' }),
  ];
  const ap: Deliverable = {
    id: 'ap',
    kind: 'action-plan',
    due: { kind: 'after', anchor: 'own-session', days: 10, calendar: 'working' },
  };
  const units: Unit[] = [
    { id: 'T', name: 'Tỉnh ủy', level: 'province' },
    { id: 'H1', name: 'Huyện ủy 1', level: 'district', parent: 'T' },
    { id: 'X1', name: 'Đảng ủy xã 1', level: 'commune', parent: 'H1' },
    { id: 'X2', name: 'Đảng ủy xã 2', level: 'commune', parent: 'H1' },
  ];

  it('by tier: each tier’s action plan counts from that tier’s session', () => {
    const { nodes, issues } = schedule(planOf(sessions, [ap]));
    // Province held Tue 19/1: 20, 21, 22, 25–29/1, 1, 2/2 → Tue 2/2.
    expect(find(nodes, 'ap', 'province').deadline).toBe('2021-02-02');
    // District due Thu 25/2: 26/2, 1–5/3, 8–11/3 → Thu 11/3.
    expect(find(nodes, 'ap', 'district').deadline).toBe('2021-03-11');
    expect(find(nodes, 'ap', 'commune').deadline).toBe('2021-03-29');
    expect(issues).toEqual([]);
    // (The sessions here have no audience: only that is an error, nothing about dates.)
    const errors = validatePlan(planOf(sessions, [ap])).filter((i) => i.severity === 'error');
    expect(errors.map((i) => i.code)).toEqual([
      'session/no-audience',
      'session/no-audience',
      'session/no-audience',
    ]);
  });

  it('over units: each unit from its own session, its actual when held', () => {
    const { nodes } = schedule(planOf(sessions, [ap]), {
      units,
      actuals: [{ activity: 'c', unit: 'X2', date: '2021-03-05' }],
    });
    expect(find(nodes, 'ap', 'commune', 'X1').deadline).toBe('2021-03-29');
    // X2 held Fri 5/3: 8–12/3, 15–19/3 → Fri 19/3.
    expect(find(nodes, 'ap', 'commune', 'X2').deadline).toBe('2021-03-19');
  });

  it('the upper tier’s session: districts within 15 days after the province', () => {
    const p = planOf([
      session('p', 'province', 2, { kind: 'held', date: '2021-01-19' }),
      session('d', 'district', 2, {
        kind: 'after',
        anchor: 'upper-session',
        days: 15,
        calendar: 'calendar',
      }),
    ]);
    expect(find(schedule(p).nodes, 'd', 'district')).toMatchObject({
      earliest: '2021-01-20',
      deadline: '2021-02-03',
      latest: '2021-02-03',
    });
  });

  it('own-session on a session is an error with a code, in validate and schedule', () => {
    const p = planOf([
      session('p', 'province', 2, {
        kind: 'after',
        anchor: 'own-session',
        days: 1,
        calendar: 'working',
      }),
    ]);
    expect(validatePlan(p).map((i) => i.code)).toContain('date/invalid-anchor');
    expect(schedule(p).issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['date/invalid-anchor', 'sessions.0.deadline.anchor'],
    ]);
  });
});

describe('working days across Tết', () => {
  it('2021: an action plan 5 working days after a session held Tue 9/2 is due Tue 23/2', () => {
    const p = planOf(
      [session('p', 'province', 2, { kind: 'held', date: '2021-02-09' })],
      [
        {
          id: 'ap',
          kind: 'action-plan',
          tier: 'province',
          due: { kind: 'after', ref: 'p', days: 5, calendar: 'working' },
        },
      ],
      ['province'],
    );
    // Off Wed 10/2 – Tue 16/2: 17, 18, 19, 22, 23/2.
    expect(find(schedule(p).nodes, 'ap', 'province').deadline).toBe('2021-02-23');
  });

  it('2026 (two-level): communes 10 working days after the province held Fri 13/2', () => {
    const p = planOf(
      [
        session('p', 'province', 2, { kind: 'held', date: '2026-02-13' }),
        session('x', 'commune', 2, {
          kind: 'after',
          anchor: 'upper-session',
          days: 10,
          calendar: 'working',
        }),
      ],
      [],
      ['province', 'commune'],
    );
    const x = find(schedule(p).nodes, 'x', 'commune');
    // Off 14–22/2 (Tết Bính Ngọ): 23–27/2, 2–6/3 → Fri 6/3; the commune starts Mon 23/2.
    expect(x).toMatchObject({
      earliest: '2026-02-23',
      deadline: '2026-03-06',
      latest: '2026-03-06',
    });
    // 11 calendar days of slack (23/2 → 6/3) are 9 working days (24–27/2, 2–6/3).
    expect(x.slack).toBe(11);
    expect(x.slackWorkingDays).toBe(9);
  });
});

describe('the roll-up counts lateness the same way', () => {
  // Province held 15/12/2020; districts by 31/12; each district's action plan within 15
  // days after its own session.
  const plan = planOf(
    [
      session('p', 'province', 2, { kind: 'held', date: '2020-12-15' }),
      session('d', 'district', 2, { kind: 'by', date: '2020-12-31' }),
    ],
    [
      {
        id: 'ap',
        kind: 'action-plan',
        tier: 'district',
        per: 'unit',
        due: { kind: 'after', ref: 'd', days: 15, calendar: 'calendar' },
      },
    ],
    ['province', 'district'],
  );
  const units: Unit[] = [
    { id: 'T', name: 'Tỉnh ủy', level: 'province' },
    { id: 'H1', name: 'Huyện ủy 1', level: 'district', parent: 'T' },
    { id: 'H2', name: 'Huyện ủy 2', level: 'district', parent: 'T' },
  ];
  const heldD = {
    kind: 'session-held' as const,
    id: 'e1',
    unit: 'H1',
    session: 'd',
    date: '2020-12-28',
    method: 'in-person' as const,
    attendees: { present: 40 },
    ...rec,
  };

  it('held on 28/12 with 15 days: due 12/1, not late on 10/1', () => {
    const r = rollup(plan, [heldD], { units, today: '2021-01-10' });
    expect(r.overdue().filter((o) => o.unit === 'H1')).toEqual([]);
  });

  it('late on 20/1 by 8 days (from 12/1); the unheld district counts from its deadline 31/12', () => {
    const r = rollup(plan, [heldD], { units, today: '2021-01-20' });
    const items = r.overdue().map((o) => [o.unit, o.activity, o.deadline, o.daysLate]);
    expect(items).toEqual([
      ['H2', 'd', '2020-12-31', 20],
      ['H1', 'ap', '2021-01-12', 8],
      ['H2', 'ap', '2021-01-15', 5],
    ]);
    // The same figures whatever the order the events come in (one event here), and
    // the schedule with the same actual agrees.
    const s = schedule(plan, {
      units,
      actuals: [{ activity: 'd', unit: 'H1', date: '2020-12-28' }],
    });
    expect(find(s.nodes, 'ap', 'district', 'H1').deadline).toBe('2021-01-12');
    expect(find(s.nodes, 'ap', 'district', 'H2').deadline).toBe('2021-01-15');
  });
});
