// What `schedule` and `validatePlan` say about dates and references that are wrong,
// odd or hostile: issues with codes, never nulls without a word, dropped nodes or throws.
import {
  addCalendarDays,
  clonePlan,
  type Deliverable,
  type IssueBase,
  type Plan,
  plan985KhHndt,
  planNq58Province,
  type ScheduleNode,
  type Session,
  schedule,
  validatePlan,
  workingCalendar,
} from '@rollout/core';
import { describe, expect, it } from 'vitest';

const find = (nodes: readonly ScheduleNode[], activity: string, tier: string, unit?: string) =>
  nodes.find((x) => x.activity === activity && x.tier === tier && x.unit === unit);
const session = (
  id: string,
  tier: string,
  halfDays: number,
  deadline: Session['deadline'],
): Session => ({
  id,
  tier,
  audiences: ['a'],
  method: 'in-person',
  duration: { halfDays },
  deadline,
});
const planOf = (sessions: Session[], deliverables: Deliverable[] = []): Plan => ({
  ...clonePlan(plan985KhHndt),
  tiers: [
    { id: 'province', level: 'province', name: 'Cấp tỉnh' },
    { id: 'district', level: 'district', name: 'Cấp huyện' },
    { id: 'commune', level: 'commune', name: 'Cấp xã' },
  ],
  audiences: [{ id: 'a', name: 'Cán bộ' }],
  materials: [],
  sessions,
  deliverables,
});
const codes = (issues: readonly { code: string; path: readonly (string | number)[] }[]) =>
  issues.map((i) => [i.code, i.path.join('.')]);

describe('schedule reports what it cannot place', () => {
  it('a date that does not exist: date/nonexistent, not a silent open deadline', () => {
    const p = planOf([session('p', 'province', 2, { kind: 'by', date: '2020-11-31' })]);
    const { nodes, issues } = schedule(p);
    expect(codes(issues)).toEqual([['date/nonexistent', 'sessions.0.deadline.date']]);
    expect(find(nodes, 'p', 'province')?.deadline).toBeNull();
  });

  it('an unknown tier: ref/unknown-tier (the session has no node)', () => {
    const p = planOf([
      session('p', 'province', 2, { kind: 'by', date: '2020-11-20' }),
      session('x', 'ward', 2, { kind: 'by', date: '2020-11-30' }),
    ]);
    const { nodes, issues } = schedule(p);
    expect(codes(issues)).toEqual([['ref/unknown-tier', 'sessions.1.tier']]);
    expect(nodes.some((n) => n.activity === 'x')).toBe(false);
  });

  it('a rule naming its own activity: ref/self-reference, in schedule and validatePlan', () => {
    const p = planOf(
      [session('p', 'province', 2, { kind: 'by', date: '2020-11-20' })],
      [
        {
          id: 'd1',
          kind: 'report',
          due: { kind: 'after', ref: 'd1', days: 3, calendar: 'calendar' },
        },
      ],
    );
    expect(codes(schedule(p).issues)).toEqual([['ref/self-reference', 'deliverables.0.due.ref']]);
    expect(codes(validatePlan(p))).toContainEqual(['ref/self-reference', 'deliverables.0.due.ref']);
  });
});

describe('validatePlan finds every cycle schedule finds', () => {
  it('an after-rule cycle through the implicit order (a session after a deliverable that follows it)', () => {
    // The province session is due after the district's action plan, which follows the
    // district session, which follows the province session.
    const p = planOf(
      [
        session('p', 'province', 2, { kind: 'after', ref: 'ap', days: 3, calendar: 'calendar' }),
        session('d', 'district', 2, { kind: 'by', date: '2020-11-30' }),
      ],
      [
        {
          id: 'ap',
          kind: 'action-plan',
          tier: 'district',
          due: { kind: 'by', date: '2020-12-15' },
        },
      ],
    );
    const fromSchedule = schedule(p).issues.filter((i) => i.code === 'cascade/cycle');
    const fromValidate = validatePlan(p).filter((i) => i.code === 'cascade/cycle');
    expect(fromSchedule).toHaveLength(1);
    expect(fromValidate).toHaveLength(1);
    expect(fromValidate[0]!.params.cycle).toMatch(/p|d|ap/);
    for (const id of ['p', 'd', 'ap']) expect(String(fromValidate[0]!.params.cycle)).toContain(id);
  });

  it('a chain of 20,000 after rules validates without a stack overflow', () => {
    const n = 20_000;
    const deliverables: Deliverable[] = Array.from({ length: n }, (_, i) => ({
      id: `d${i}`,
      kind: 'report',
      due:
        i === 0
          ? { kind: 'by', date: '2020-12-01' }
          : { kind: 'after', ref: `d${i - 1}`, days: 1, calendar: 'calendar' },
    }));
    const p = planOf(
      [session('p', 'province', 2, { kind: 'by', date: '2020-11-20' })],
      deliverables,
    );
    expect(() => validatePlan(p)).not.toThrow();
    const { nodes } = schedule(p);
    // d19999 is 19,999 days after 1/12/2020.
    expect(nodes.find((x) => x.activity === `d${n - 1}`)?.deadline).toBe(
      addCalendarDays('2020-12-01', n - 1),
    );
  });
});

describe('dates at the edges of 0001–9999 never poison later calls', () => {
  const good = () => schedule(plan985KhHndt);
  const before = JSON.stringify(good());

  it('a by deadline in 9999 and a lag of 36,600 working days: issues, no throw', () => {
    const p = planOf(
      [session('p', 'province', 2, { kind: 'by', date: '9999-12-31' })],
      [
        {
          id: 'r',
          kind: 'report',
          due: { kind: 'after', ref: 'p', days: 36_600, calendar: 'working' },
        },
      ],
    );
    const { nodes, issues } = schedule(p);
    expect(issues.map((i) => i.code)).toContain('date/out-of-range');
    expect(find(nodes, 'r', 'province')?.deadline).toBeNull();
    // The 985 plan schedules exactly as before, with the same (shared) default calendar.
    expect(JSON.stringify(good())).toBe(before);
  });

  it('years 0001–0099 are not 19xx, and a successor past 9999-12-31 has no date', () => {
    const p = planOf([
      session('p', 'province', 2, { kind: 'by', date: '0001-01-03' }),
      session('d', 'district', 2, { kind: 'by', date: '0001-02-01' }),
    ]);
    const { nodes } = schedule(p, { calendar: workingCalendar({ holidays: 'none' }) });
    expect(find(nodes, 'd', 'district')?.latest).toBe('0001-02-01');
    const q = planOf([
      session('p', 'province', 2, { kind: 'held', date: '9999-12-31' }),
      session('d', 'district', 2, { kind: 'by', date: '9999-12-31' }),
    ]);
    const r = schedule(q);
    expect(find(r.nodes, 'd', 'district')?.earliest).toBeNull();
    expect(JSON.stringify(good())).toBe(before);
  });
});

describe('actual dates are checked', () => {
  const p = planOf([
    session('p', 'province', 2, { kind: 'held', date: '2021-03-16' }),
    session('d', 'district', 1, { kind: 'within', month: '2021-04' }),
    session('c', 'commune', 1, { kind: 'by', date: '2021-05-31' }),
  ]);

  it('held before the upper session, before its own window, on the last day of a day-long upper session', () => {
    const { issues } = schedule(p, {
      actuals: [
        { activity: 'd', date: '2021-03-15' }, // before the province (16/3), and before April
        { activity: 'c', date: '2021-03-15' }, // the same day as the district's ½ day
      ],
    });
    expect(issues.map((i: IssueBase) => [i.code, i.params.activity])).toEqual(
      expect.arrayContaining([
        ['cascade/held-outside-window', 'd'],
        ['cascade/held-before-parent', 'd'],
      ]),
    );
    // The commune on the district's (half-day) day is fine: a morning, then the afternoon.
    expect(issues.some((i: IssueBase) => i.params.activity === 'c')).toBe(false);
  });

  it('the same day as a day-long upper session', () => {
    const { issues } = schedule(p, { actuals: [{ activity: 'd', date: '2021-03-16' }] });
    expect(issues.map((i) => i.code)).toContain('cascade/held-same-day-as-parent');
  });
});

describe('a deadline on a day off', () => {
  // Deadline Sun 13/9/2020.
  const p = planOf([
    session('p', 'province', 2, { kind: 'held', date: '2020-09-01' }),
    session('d', 'district', 2, { kind: 'by', date: '2020-09-13' }),
  ]);

  it('one warning, one code, in validate and in schedule (not two codes for one fact)', () => {
    const v = validatePlan(p, { calendar: workingCalendar() })
      .filter((i) => i.severity === 'warning')
      .map((i) => i.code);
    const s = schedule(p).issues.map((i) => i.code);
    expect(v).toEqual(['date/deadline-on-day-off']);
    expect(s).toEqual(['date/deadline-on-day-off']);
  });

  it('keeps the plan’s day by default; next-working-day moves it to Mon 14/9', () => {
    expect(find(schedule(p).nodes, 'd', 'district')).toMatchObject({
      deadline: '2020-09-13',
      latest: '2020-09-11',
    });
    const moved = schedule(p, { dayOffDeadline: 'next-working-day' });
    expect(find(moved.nodes, 'd', 'district')).toMatchObject({
      deadline: '2020-09-14',
      latest: '2020-09-14',
    });
    // Lateness follows: held on 14/9 is on time only when the deadline moves.
    const late = schedule(p, { actuals: [{ activity: 'd', date: '2020-09-14' }] });
    expect(late.issues.map((i) => i.code)).toContain('cascade/late');
    const onTime = schedule(p, {
      actuals: [{ activity: 'd', date: '2020-09-14' }],
      dayOffDeadline: 'next-working-day',
    });
    expect(onTime.issues.map((i) => i.code)).not.toContain('cascade/late');
  });

  it('within and span deadlines ending on a day off are flagged too, naming the holiday', () => {
    const q = planOf([
      session('p', 'province', 2, { kind: 'span', from: '2021-02-01', to: '2021-02-12' }),
      session('d', 'district', 2, { kind: 'within', month: '2021-04' }),
    ]);
    const days = schedule(q).issues.map((i: IssueBase) => [
      i.code,
      i.params.date,
      i.params.holiday,
    ]);
    expect(days).toEqual([
      ['date/deadline-on-day-off', '2021-02-12', 'Tết Nguyên Đán'],
      ['date/deadline-on-day-off', '2021-04-30', 'Ngày Giải phóng miền Nam'],
    ]);
  });

  it('the NQ58 fixture still validates without errors', () => {
    expect(validatePlan(planNq58Province).filter((i) => i.severity === 'error')).toEqual([]);
  });
});
