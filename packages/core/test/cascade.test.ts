import {
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
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const find = (nodes: readonly ScheduleNode[], activity: string, tier: string, unit?: string) => {
  const n = nodes.find((x) => x.activity === activity && x.tier === tier && x.unit === unit);
  if (!n) throw new Error(`no node ${activity}@${tier}${unit ? `/${unit}` : ''}`);
  return n;
};
const window = (n: ScheduleNode) => [n.earliest, n.latest, n.deadline, n.slack, n.feasible];

const TIERS = [
  { id: 'province', level: 'province', name: 'Cấp tỉnh' },
  { id: 'district', level: 'district', name: 'Cấp huyện' },
  { id: 'commune', level: 'commune', name: 'Cấp xã' },
] as const;

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

/** A small plan built on the 985 fixture's header, with the given sessions and deliverables. */
const planOf = (sessions: Session[], deliverables: Deliverable[] = []): Plan => ({
  ...clonePlan(plan985KhHndt),
  tiers: TIERS.map((t) => ({ ...t })),
  audiences: [],
  materials: [],
  sessions,
  deliverables,
});

describe('schedule — 985-KH/HNDT, window of every tier derived by hand', () => {
  const { nodes, issues } = schedule(plan985KhHndt);

  it('province: held online on Mon 31/8/2020, half a day', () => {
    // `held` fixes the date; ½ day occupies one calendar day: 31/8 … 31/8.
    expect(window(find(nodes, 's-province', 'province'))).toEqual([
      '2020-08-31',
      '2020-08-31',
      '2020-08-31',
      0,
      true,
    ]);
  });

  it('district: by 15/9/2020 (inclusive), after the province', () => {
    // Starts the day after the province's last day (31/8) → 1/9; ½ day, so it may
    // start as late as its deadline 15/9 (communes by 15/10 do not bind it): slack 14.
    expect(window(find(nodes, 's-district', 'district'))).toEqual([
      '2020-09-01',
      '2020-09-15',
      '2020-09-15',
      14,
      true,
    ]);
  });

  it('commune: by 15/10/2020, after the district', () => {
    // The nearest tier above with a session is the district: 1/9 + 1 = 2/9, Quốc khánh
    // (a day off), so the first working day 3/9 (Thu); latest 15/10 (Thu): slack 42.
    expect(window(find(nodes, 's-commune', 'commune'))).toEqual([
      '2020-09-03',
      '2020-10-15',
      '2020-10-15',
      42,
      true,
    ]);
  });

  it('slack in working days: the district has 9 (3, 4, 7–11, 14, 15/9; 2/9 is off)', () => {
    expect(find(nodes, 's-district', 'district').slackWorkingDays).toBe(9);
    // Commune 3/9 → 15/10: 30 working days after 3/9 up to 15/10 (September: 4, 7–11,
    // 14–18, 21–25, 28–30 = 19; October: 1, 2, 5–9, 12–15 = 11).
    expect(find(nodes, 's-commune', 'commune').slackWorkingDays).toBe(30);
  });

  it('follow-ups: one node per tier, the day after that tier’s session', () => {
    // Reflections, action plans and inspections apply to every session (no tier
    // given), so each tier gets a node; none has a due date (latest null).
    expect(window(find(nodes, 'action-plan', 'district'))).toEqual([
      '2020-09-02',
      null,
      null,
      null,
      true,
    ]);
    expect(find(nodes, 'reflection', 'commune').earliest).toBe('2020-09-04');
    expect(find(nodes, 'report', 'district').earliest).toBe('2020-09-02');
    expect(nodes.some((n) => n.activity === 'report' && n.tier !== 'district')).toBe(false);
  });

  it('orders nodes tiers top-down, sessions then deliverables, and has no errors', () => {
    expect(nodes.map((n) => `${n.tier}:${n.activity}`).slice(0, 5)).toEqual([
      'province:s-province',
      'province:reflection',
      'province:action-plan',
      'province:inspection',
      'district:s-district',
    ]);
    expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
    // 15/9/2020 is a Tuesday, 15/10/2020 a Thursday: no day-off warnings.
    expect(issues.map((i) => i.code)).not.toContain('date/deadline-on-day-off');
  });
});

describe('schedule — provincial NQ58 plan, window of every tier derived by hand', () => {
  const { nodes, issues } = schedule(planNq58Province);

  it('province: the online conference held 31/8/2020 (1 day); the associations by 10/9', () => {
    expect(window(find(nodes, 's-province', 'province'))).toEqual([
      '2020-08-31',
      '2020-08-31',
      '2020-08-31',
      0,
      true,
    ]);
    // learnsFrom s-province: from 1/9; 1 day (2 buổi) by Thu 10/9: slack 9.
    expect(window(find(nodes, 's-province-associations', 'province'))).toEqual([
      '2020-09-01',
      '2020-09-10',
      '2020-09-10',
      9,
      true,
    ]);
  });

  it('district: the three sessions by 15/9 after the province; action plans by 30/9', () => {
    for (const id of ['s-district-committees', 's-direct-committees', 's-front']) {
      expect(window(find(nodes, id, 'district'))).toEqual([
        '2020-09-01',
        '2020-09-15',
        '2020-09-15',
        14,
        true,
      ]);
    }
    // The action plan follows every district session (the earliest is 15/9's day after
    // at worst, 2/9 at best): from 2/9, by Wed 30/9.
    expect(window(find(nodes, 'action-plan', 'district'))).toEqual([
      '2020-09-02',
      '2020-09-30',
      '2020-09-30',
      28,
      true,
    ]);
  });

  it('commune: studied online at the same conference (held 31/8), not a contradiction', () => {
    // A held date is a fact; the commune bridge points joined the provincial session.
    expect(window(find(nodes, 's-commune', 'commune'))).toEqual([
      '2020-08-31',
      '2020-08-31',
      '2020-08-31',
      0,
      true,
    ]);
    expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
  });
});

describe('schedule — province 16–17/3/2021 (1,5 days), districts by 5/4, communes within 4/2021', () => {
  const plan = planOf([
    session('p', 'province', 3, { kind: 'span', from: '2021-03-16', to: '2021-03-17' }),
    session('d', 'district', 2, { kind: 'by', date: '2021-04-05' }),
    session('c', 'commune', 2, { kind: 'within', month: '2021-04' }),
  ]);
  const { nodes, issues } = schedule(plan);

  it('the 1,5-day provincial session starts 16/3 and ends 17/3', () => {
    // 3 buổi = ceil(3/2) = 2 calendar days, so the latest start is 17/3 − 1 = 16/3.
    expect(window(find(nodes, 'p', 'province'))).toEqual([
      '2021-03-16',
      '2021-03-16',
      '2021-03-17',
      0,
      true,
    ]);
  });

  it('districts start after the province ends, communes within April', () => {
    // District: 17/3 + 1 = 18/3 … 5/4 (a Monday): slack 18.
    expect(window(find(nodes, 'd', 'district'))).toEqual([
      '2021-03-18',
      '2021-04-05',
      '2021-04-05',
      18,
      true,
    ]);
    // Commune: max(1/4 from `within`, 19/3 after the district) = 1/4 … 30/4, which is
    // Ngày Giải phóng miền Nam (a day off): the latest start is the last working day,
    // Thu 29/4 (slack 28), and the deadline on a day off is flagged once.
    expect(window(find(nodes, 'c', 'commune'))).toEqual([
      '2021-04-01',
      '2021-04-29',
      '2021-04-30',
      28,
      true,
    ]);
    expect(issues.map((i: IssueBase) => [i.code, i.params.date, i.params.holiday])).toEqual([
      ['date/deadline-on-day-off', '2021-04-30', 'Ngày Giải phóng miền Nam'],
    ]);
  });
});

describe('schedule — across Tết 2021 (Tết fell on Fri 12/2/2021)', () => {
  // Province by 20/1; districts by 25/2; communes ½ day by 15/3, needing 19 working
  // days after their district (a minimum gap, as a provincial plan may require).
  const plan = planOf([
    session('p', 'province', 2, { kind: 'by', date: '2021-01-20' }),
    session('d', 'district', 2, { kind: 'by', date: '2021-02-25' }),
    session('c', 'commune', 1, { kind: 'by', date: '2021-03-15' }),
  ]);
  const gap = { minGapByTier: { commune: { days: 19, calendar: 'working' as const } } };

  it('the commune deadline pulls the district latest back across Tết (as announced)', () => {
    // Working days counted back from Mon 15/3: 15, 12, 11, 10, 9, 8, 5, 4, 3, 2, 1/3 (11),
    // 26, 25, 24, 23, 22, 19, 18, 17/2 (19); Wed 10/2 to Tue 16/2 are off (Thông báo
    // 4875/TB-LĐTBXH), so the district may end by 16/2 — but a session starts on a
    // working day, and the last one on or before 16/2 is Tue 9/2.
    const { nodes } = schedule(plan, gap);
    expect(find(nodes, 'd', 'district').latest).toBe('2021-02-09');
    // …and the province must end before: its own 20/1 binds first.
    expect(find(nodes, 'p', 'province').latest).toBe('2021-01-20');
  });

  it('ignoring holidays, Tết would not count and the district could end by 16/2', () => {
    const calendar = workingCalendar({ holidays: 'none' });
    const { nodes } = schedule(plan, { ...gap, calendar });
    // Back from 15/3 with weekends only: 15, 12–8/3 (6), 5–1/3 (11), 26–22/2 (16),
    // 19, 18, 17/2 (19) → the district must end by 16/2.
    expect(find(nodes, 'd', 'district').latest).toBe('2021-02-16');
  });

  it('forward across Tết: an after-rule of 1 working day after the district held on 9/2', () => {
    const p2 = planOf(
      [
        session('p', 'province', 2, { kind: 'held', date: '2021-01-19' }),
        session('d', 'district', 2, { kind: 'held', date: '2021-02-09' }),
      ],
      [
        {
          id: 'ap',
          kind: 'action-plan',
          tier: 'district',
          due: { kind: 'after', ref: 'd', days: 1, calendar: 'working' },
        },
      ],
    );
    // The next working day after Tue 9/2 is Wed 17/2 (10–16/2 off, as announced);
    // counting weekends only it would be Wed 10/2.
    expect(find(schedule(p2).nodes, 'ap', 'district').deadline).toBe('2021-02-17');
    const calendar = workingCalendar({ holidays: 'none' });
    expect(find(schedule(p2, { calendar }).nodes, 'ap', 'district').deadline).toBe('2021-02-10');
  });

  it('flags a `by` deadline on a day off but keeps it', () => {
    const p3 = planOf([session('p', 'province', 2, { kind: 'by', date: '2021-02-12' })]);
    const { nodes, issues } = schedule(p3);
    expect(find(nodes, 'p', 'province').deadline).toBe('2021-02-12');
    const issue = issues.find((i) => i.code === 'date/deadline-on-day-off');
    expect(issue?.severity).toBe('warning');
    expect(issue?.path).toEqual(['sessions', 0, 'deadline', 'date']);
    expect(issue?.message.vi).toContain('Tết Nguyên Đán');
    expect(issue?.message.en).toContain('Lunar New Year');
  });
});

describe('schedule — after rules, gaps, cycles and impossible deadlines', () => {
  it('after N calendar days: after the ref ends, due N days after it', () => {
    const plan = planOf(
      [session('p', 'province', 2, { kind: 'held', date: '2020-09-01' })],
      [
        {
          id: 'r',
          kind: 'reflection',
          session: 'p',
          due: { kind: 'after', ref: 'p', days: 7, calendar: 'calendar' },
        },
      ],
    );
    expect(window(find(schedule(plan).nodes, 'r', 'province'))).toEqual([
      '2020-09-02',
      '2020-09-08',
      '2020-09-08',
      6,
      true,
    ]);
  });

  it('minGap applies to every lower session', () => {
    const plan = planOf([
      session('p', 'province', 2, { kind: 'held', date: '2021-03-16' }),
      session('d', 'district', 2, { kind: 'by', date: '2021-04-30' }),
    ]);
    // 3 working days after Tue 16/3: 17, 18, 19/3.
    const { nodes } = schedule(plan, { minGap: { days: 3, calendar: 'working' } });
    expect(find(nodes, 'd', 'district').earliest).toBe('2021-03-19');
    const cal = schedule(plan, { minGap: { days: 10, calendar: 'calendar' } });
    expect(find(cal.nodes, 'd', 'district').earliest).toBe('2021-03-26');
  });

  it('a cycle of after rules is an issue naming it, not a hang', () => {
    const plan = planOf([
      session('a', 'province', 2, { kind: 'after', ref: 'b', days: 3, calendar: 'calendar' }),
      session('b', 'province', 2, { kind: 'after', ref: 'a', days: 3, calendar: 'calendar' }),
      session('d', 'district', 2, { kind: 'by', date: '2021-04-30' }),
    ]);
    const { nodes, issues } = schedule(plan);
    const cycle = issues.filter((i) => i.code === 'cascade/cycle');
    expect(cycle).toHaveLength(1);
    expect(cycle[0]!.message.en).toMatch(/a → b → a|b → a → b/);
    expect(find(nodes, 'a', 'province')).toMatchObject({ earliest: null, feasible: false });
    // d follows a (the first provincial session), so it is caught behind the cycle too.
    expect(find(nodes, 'd', 'district').feasible).toBe(false);
  });

  it('an impossible deadline is cascade/infeasible on the node and the one above it', () => {
    const plan = planOf([
      session('p', 'province', 2, { kind: 'by', date: '2021-03-19' }),
      session('d', 'district', 2, { kind: 'span', from: '2021-03-25', to: '2021-03-31' }),
      session('c', 'commune', 2, { kind: 'by', date: '2021-03-24' }),
    ]);
    const { nodes, issues } = schedule(plan);
    // c must start after d ends, which is 25/3 at the earliest → c from 26/3 > 24/3.
    expect(window(find(nodes, 'c', 'commune'))).toEqual([
      '2021-03-26',
      '2021-03-24',
      '2021-03-24',
      -2,
      false,
    ]);
    // d must end by 23/3 for c, but cannot start before 25/3.
    expect(find(nodes, 'd', 'district')).toMatchObject({ latest: '2021-03-23', feasible: false });
    const codes = issues.map((i: IssueBase) => [i.code, i.params.activity]);
    expect(codes).toEqual([
      ['cascade/infeasible', 'd'],
      ['cascade/infeasible', 'c'],
    ]);
  });

  it('an unknown after reference is reported and leaves the deadline open', () => {
    const plan = planOf([
      session('p', 'province', 2, { kind: 'after', ref: 'ghost', days: 1, calendar: 'working' }),
    ]);
    const { nodes, issues } = schedule(plan);
    expect(issues.map((i) => i.code)).toEqual(['ref/unknown-activity']);
    expect(find(nodes, 'p', 'province').deadline).toBeNull();
  });
});

describe('schedule — actuals and today', () => {
  it('a late actual gives cascade/late, and what it pushes past a deadline became infeasible', () => {
    const plan = planOf([
      session('p', 'province', 2, { kind: 'held', date: '2020-08-31' }),
      session('d', 'district', 2, { kind: 'by', date: '2020-09-15' }),
      session('c', 'commune', 2, { kind: 'by', date: '2020-09-21' }),
    ]);
    expect(schedule(plan).issues).toEqual([]);
    const { nodes, issues } = schedule(plan, { actuals: [{ activity: 'd', date: '2020-09-22' }] });
    // d held 22/9, 7 days after 15/9; c can then start 23/9 at the earliest > 21/9.
    expect(issues.map((i: IssueBase) => [i.code, i.params.daysLate ?? null])).toEqual([
      ['cascade/late', 7],
      ['cascade/became-infeasible', null],
    ]);
    expect(find(nodes, 'd', 'district')).toMatchObject({ earliest: '2020-09-22', feasible: false });
    expect(find(nodes, 'c', 'commune')).toMatchObject({ earliest: '2020-09-23', feasible: false });
  });

  it('today past a deadline of an unheld activity: late by the days since', () => {
    const plan = planOf([
      session('p', 'province', 2, { kind: 'held', date: '2020-08-31' }),
      session('d', 'district', 2, { kind: 'by', date: '2020-09-15' }),
    ]);
    const { nodes, issues } = schedule(plan, { today: '2020-09-20' });
    expect(issues.map((i: IssueBase) => [i.code, i.params.daysLate])).toEqual([
      ['cascade/late', 5],
    ]);
    // Names, not ids; dates as people write them.
    expect(issues[0]!.message.vi).toBe(
      'Cấp huyện chậm 5 ngày với "Hội nghị (Cấp huyện)" (hạn 15/9/2020).',
    );
    expect(issues[0]!.message.en).toBe(
      'Cấp huyện is 5 days late with "Session (Cấp huyện)" (due 15 September 2020).',
    );
    // Today is Sun 20/9: a session can start on the next working day, Mon 21/9.
    expect(find(nodes, 'd', 'district').earliest).toBe('2020-09-21');
    // Held on time: no issue.
    expect(
      schedule(plan, { today: '2020-09-20', actuals: [{ activity: 'd', date: '2020-09-10' }] })
        .issues,
    ).toEqual([]);
  });

  it('unknown actuals and a bad today are reported', () => {
    const { issues } = schedule(plan985KhHndt, {
      actuals: [
        { activity: 'nope', date: '2020-09-01' },
        { activity: 's-district', unit: 'ghost', date: '2020-09-01' },
        { activity: 's-district', date: '2020-02-31' },
      ],
      today: '2020-13-01',
    });
    expect(issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['date/nonexistent', 'today'],
      ['cascade/unknown-actual', 'actuals.0.activity'],
      ['cascade/unknown-actual', 'actuals.1.unit'],
      ['date/nonexistent', 'actuals.2.date'],
    ]);
  });
});

describe('schedule — plain data, stable, pure', () => {
  it('survives JSON and structuredClone, does not mutate its input, is deterministic', () => {
    const before = JSON.stringify(planNq58Province);
    const a = schedule(planNq58Province, { today: '2020-09-05' });
    expect(JSON.parse(JSON.stringify(a))).toEqual(a);
    expect(structuredClone(a)).toEqual(a);
    expect(JSON.stringify(planNq58Province)).toBe(before);
    expect(schedule(planNq58Province, { today: '2020-09-05' })).toEqual(a);
    expect(validatePlan(planNq58Province).filter((i) => i.severity === 'error')).toEqual([]);
  });

  it('holds the cascade invariants on random chains of tiers (property)', () => {
    const arb = fc.tuple(
      fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 3, maxLength: 3 }),
      fc.array(fc.integer({ min: 0, max: 60 }), { minLength: 3, maxLength: 3 }),
      fc.integer({ min: 0, max: 400 }),
    );
    const cal = workingCalendar();
    const iso = (d: number) => new Date(d * 86_400_000).toISOString().slice(0, 10);
    const days = (s: string | null) =>
      s === null ? null : Date.parse(`${s}T00:00:00Z`) / 86_400_000;
    // The first working day on or after d, found by walking days (the oracle).
    const nextWorking = (d: number) => {
      while (!cal.isWorkingDay(iso(d))) d++;
      return d;
    };
    fc.assert(
      fc.property(arb, ([halves, offsets, shift]) => {
        const base = 18_700 + shift; // from 2021-03-14, across Tết 2022
        const plan = planOf([
          session('p', 'province', halves[0]!, {
            kind: 'span',
            from: iso(base),
            to: iso(base + offsets[0]! + 3),
          }),
          session('d', 'district', halves[1]!, { kind: 'by', date: iso(base + offsets[1]! + 3) }),
          session('c', 'commune', halves[2]!, { kind: 'by', date: iso(base + offsets[2]! + 3) }),
        ]);
        const { nodes } = schedule(plan);
        const occ = (h: number) => Math.max(1, Math.ceil(h / 2));
        for (const n of nodes) {
          const e = days(n.earliest);
          const l = days(n.latest);
          // A session's earliest and latest days are working days.
          if (e !== null) expect(cal.isWorkingDay(n.earliest!)).toBe(true);
          if (l !== null) expect(cal.isWorkingDay(n.latest!)).toBe(true);
          if (e !== null && l !== null) {
            expect(n.slack).toBe(l - e);
            expect(n.feasible).toBe(e <= l);
            expect(n.slackWorkingDays).toBe(
              e <= l
                ? cal.countWorkingDays(n.earliest!, n.latest!)
                : -cal.countWorkingDays(n.latest!, n.earliest!),
            );
          }
        }
        const [p, d, c] = nodes;
        // A lower session starts on the first working day after the upper one's
        // earliest end; the upper one ends before the lower one's latest start.
        expect(days(p!.earliest)!).toBe(nextWorking(base));
        expect(days(d!.earliest)!).toBe(nextWorking(days(p!.earliest)! + occ(halves[0]!)));
        expect(days(c!.earliest)!).toBe(nextWorking(days(d!.earliest)! + occ(halves[1]!)));
        if (d!.latest !== null && c!.latest !== null)
          expect(days(d!.latest)! + occ(halves[1]!) - 1).toBeLessThan(days(c!.latest)!);
      }),
      { numRuns: 150 },
    );
  });
});

describe('schedule — hostile options', () => {
  it('sanitises gaps (NaN, negative, huge) and never hangs', () => {
    const plan = planOf([
      session('p', 'province', 2, { kind: 'held', date: '2021-03-16' }),
      session('d', 'district', 2, { kind: 'by', date: '2021-04-30' }),
    ]);
    for (const days of [Number.NaN, -5, Number.POSITIVE_INFINITY, 1e12]) {
      const { nodes } = schedule(plan, { minGap: { days, calendar: 'working' } });
      expect(typeof nodes[1]!.earliest).toBe('string');
    }
    // __proto__ as a tier key of minGapByTier is only an own key.
    const byTier = JSON.parse('{"__proto__": {"days": 3, "calendar": "calendar"}}');
    expect(find(schedule(plan, { minGapByTier: byTier }).nodes, 'd', 'district').earliest).toBe(
      '2021-03-17',
    );
    expect(workingCalendar().addWorkingDays('2021-03-16', Number.NaN)).toBe('2021-03-16');
  });
});
