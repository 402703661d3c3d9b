import {
  applyEvent,
  createRollup,
  type Plan,
  type ProgressCounts,
  type ProgressEvent,
  rollup,
  type Unit,
} from '@rollout/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const plan: Plan = {
  header: {
    issuer: { name: 'BAN THƯỜNG VỤ', parent: 'TỈNH ỦY', kind: 'party' },
    reference: '1-KH/TU',
    place: 'X',
    title: 'Học tập',
  },
  resolutions: [],
  tiers: [
    { id: 'province', level: 'province', name: 'Tỉnh' },
    { id: 'district', level: 'district', name: 'Huyện' },
    { id: 'commune', level: 'commune', name: 'Xã' },
  ],
  audiences: [{ id: 'a', name: 'A' }],
  materials: [],
  sessions: [
    {
      id: 's-p',
      tier: 'province',
      audiences: ['a'],
      method: 'online',
      duration: { halfDays: 1 },
      deadline: { kind: 'by', date: '2020-09-10' },
    },
    {
      id: 's-d',
      tier: 'district',
      audiences: ['a'],
      method: 'online',
      duration: { halfDays: 1 },
      deadline: { kind: 'after', ref: 's-p', days: 5, calendar: 'calendar' },
      exemption: { session: 's-p' },
    },
    {
      id: 's-c',
      tier: 'commune',
      audiences: ['a'],
      method: 'in-person',
      duration: { halfDays: 1 },
      deadline: { kind: 'within', month: '2020-10' },
    },
  ],
  deliverables: [
    { id: 'ap', kind: 'action-plan', per: 'unit', due: { kind: 'by', date: '2020-10-05' } },
  ],
  recipients: [],
};

const units: Unit[] = [
  { id: 'P', name: 'P', level: 'province' },
  { id: 'D1', name: 'D1', level: 'district', parent: 'P' },
  { id: 'D2', name: 'D2', level: 'district', parent: 'P' },
  { id: 'C1', name: 'C1', level: 'commune', parent: 'D1' },
  { id: 'C2', name: 'C2', level: 'commune', parent: 'D1' },
  { id: 'C3', name: 'C3', level: 'commune', parent: 'D2' },
];

const rec = { recordedBy: 'x', recordedAt: '2020-10-01T00:00:00Z' };
const unitArb = fc.constantFrom('P', 'D1', 'D2', 'C1', 'C2', 'C3', 'ghost');
const sessionArb = fc.constantFrom('s-p', 's-d', 's-c', 'nope');
const dateArb = fc.constantFrom(
  '2020-09-05',
  '2020-09-14',
  '2020-09-20',
  '2020-10-10',
  '2020-11-02',
);
const idArb = fc.option(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'), {
  nil: undefined,
});
const small = fc.nat({ max: 20 });
const withId = <T extends object>(id: string | undefined, e: T) =>
  (id === undefined ? e : { id, ...e }) as unknown as ProgressEvent;

const eventArb: fc.Arbitrary<ProgressEvent> = fc.oneof(
  fc
    .tuple(idArb, unitArb, sessionArb, dateArb, small, fc.option(small, { nil: undefined }), small)
    .map(([id, unit, session, date, present, expected, bridgePoints]) =>
      withId(id, {
        kind: 'session-held',
        unit,
        session,
        date,
        method: 'online',
        bridgePoints,
        attendees: expected === undefined ? { present } : { present, expected },
        ...rec,
      }),
    ),
  fc
    .tuple(idArb, unitArb, sessionArb, dateArb, fc.constantFrom('s-p', 's-c'))
    .map(([id, unit, session, date, exemption]) =>
      withId(id, { kind: 'session-skipped', unit, session, date, exemption, ...rec }),
    ),
  fc
    .tuple(idArb, unitArb, small, fc.option(small, { nil: undefined }))
    .map(([id, unit, submitted, expected]) =>
      withId(id, {
        kind: 'reflections-submitted',
        unit,
        submitted,
        ...(expected === undefined ? {} : { expected }),
        ...rec,
      }),
    ),
  fc
    .tuple(idArb, unitArb, dateArb)
    .map(([id, unit, date]) =>
      withId(id, { kind: 'action-plan-issued', unit, reference: '1-KH/HU', date, ...rec }),
    ),
  fc
    .tuple(idArb, unitArb, dateArb)
    .map(([id, unit, date]) => withId(id, { kind: 'report-sent', unit, date, ...rec })),
  fc
    .tuple(idArb, unitArb, dateArb)
    .map(([id, unit, date]) => withId(id, { kind: 'inspection-done', unit, date, ...rec })),
);
const eventsArb = fc.array(eventArb, { maxLength: 40 });
const todayArb = fc.constantFrom(
  '2020-09-01',
  '2020-09-15',
  '2020-09-16',
  '2020-10-31',
  '2021-01-01',
);

/** Adds counts field by field (rates are left out: they are ratios of sums). */
function flat(c: ProgressCounts): number[] {
  return [
    ...Object.values(c.sessions),
    c.attendance.present,
    c.attendance.expected,
    c.bridgePoints,
    c.reflections.submitted,
    c.reflections.expected,
    ...Object.values(c.actionPlans),
    c.reports,
    c.inspections,
    c.events,
  ];
}
const sum = (rows: number[][]): number[] =>
  rows.reduce((acc, row) => acc.map((v, i) => v + (row[i] ?? 0)));

describe('rollup properties', () => {
  it('the full roll-up equals folding applyEvent over the events', () => {
    fc.assert(
      fc.property(eventsArb, todayArb, fc.nat({ max: 40 }), (events, today, cut) => {
        const full = rollup(plan, events, { units, today });
        const live = createRollup(plan, { units, today });
        for (const e of events.slice(0, cut)) applyEvent(live, e);
        const mid = JSON.stringify(live);
        for (const e of events.slice(cut)) applyEvent(live, e);
        expect(live.toJSON()).toEqual(full.toJSON());
        // A partial fold is the roll-up of the prefix.
        expect(JSON.parse(mid)).toEqual(
          rollup(plan, events.slice(0, cut), { units, today }).toJSON(),
        );
      }),
      { numRuns: 60 },
    );
  });

  it('subtrees, tiers and the nation add up', () => {
    fc.assert(
      fc.property(eventsArb, todayArb, (events, today) => {
        const r = rollup(plan, events, { units, today });
        const all = units.map((u) => r.unit(u.id)!);
        const totals = flat(r.totals);
        expect(flat(r.unit('P')!.subtree)).toEqual(totals);
        expect(sum(all.map((u) => flat(u.own)))).toEqual(totals);
        expect(sum(r.tiers.map((t) => flat(t.counts)))).toEqual(totals);
        for (const u of all) {
          const children = all.filter((c) => c.parent === u.unit);
          expect(flat(u.subtree)).toEqual(
            sum([flat(u.own), ...children.map((c) => flat(c.subtree))]),
          );
          const s = u.own.sessions;
          expect(s.held + s.exempted + s.overdue).toBeLessThanOrEqual(s.expected);
          expect(s.late).toBe(s.heldLate + s.overdue);
          expect(s.done).toBe(s.held + s.exempted);
          if (u.own.attendance.rate !== null) expect(u.own.attendance.rate).toBeLessThanOrEqual(1);
        }
        expect(r.overdue().length).toBe(r.totals.sessions.overdue + r.totals.actionPlans.overdue);
      }),
      { numRuns: 60 },
    );
  });

  it('an event recorded twice is counted once', () => {
    fc.assert(
      fc.property(eventsArb, todayArb, (events, today) => {
        const once = rollup(plan, events, { units, today });
        const twice = rollup(plan, [...events, ...events], { units, today });
        expect(twice.totals).toEqual(once.totals);
        expect(twice.events.duplicates).toBeGreaterThanOrEqual(
          events.length - once.events.rejected,
        );
      }),
      { numRuns: 60 },
    );
  });
});
