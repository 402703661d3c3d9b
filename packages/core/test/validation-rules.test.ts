// Every semantic rule, tested both ways: a plan that breaks it gets its code at
// the right path; the same plan without the break does not.
import { describe, expect, it } from 'vitest';
import {
  clonePlan,
  type Issue,
  type IssueCode,
  type Plan,
  parsePlan,
  plan985KhHndt,
  planNq58Province,
  type ReadonlyPlan,
  validatePlan as validateWithoutCalendar,
  workingCalendar,
} from '../src/index.js';

// Days off are checked when a calendar is given (Vietnam's here).
const calendar = workingCalendar();
const validatePlan = (plan: ReadonlyPlan) => validateWithoutCalendar(plan, { calendar });

const clone = (): Plan => clonePlan(plan985KhHndt);
const codes = (issues: Issue[]) => issues.map((i) => i.code);
const find = (issues: Issue[], code: IssueCode) => issues.filter((i) => i.code === code);

interface Case {
  code: IssueCode;
  path: (string | number)[];
  breakIt: (p: Plan) => void;
}

const cases: Case[] = [
  {
    code: 'ref/duplicate-id',
    path: ['tiers', 1, 'id'],
    breakIt: (p) => void (p.tiers[1]!.id = 'province'),
  },
  {
    code: 'ref/duplicate-id',
    path: ['deliverables', 0, 'id'],
    breakIt: (p) => void (p.deliverables[0]!.id = 's-district'),
  },
  {
    code: 'ref/unknown-tier',
    path: ['sessions', 1, 'tier'],
    breakIt: (p) => void (p.sessions[1]!.tier = 'ward'),
  },
  {
    code: 'ref/unknown-audience',
    path: ['sessions', 2, 'audiences', 0],
    breakIt: (p) => void (p.sessions[2]!.audiences = ['nobody']),
  },
  {
    code: 'ref/unknown-material',
    path: ['sessions', 0, 'materials', 0],
    breakIt: (p) => void (p.sessions[0]!.materials = ['mat-missing']),
  },
  {
    code: 'ref/unknown-resolution',
    path: ['materials', 0, 'resolution'],
    breakIt: (p) => void (p.materials[0]!.resolution = 'nq-99'),
  },
  {
    code: 'ref/unknown-session',
    path: ['sessions', 1, 'exemption', 'session'],
    breakIt: (p) => void (p.sessions[1]!.exemption = { session: 's-nowhere' }),
  },
  {
    code: 'ref/unknown-activity',
    path: ['deliverables', 1, 'due', 'ref'],
    breakIt: (p) =>
      void (p.deliverables[1]!.due = { kind: 'after', ref: 'x', days: 5, calendar: 'working' }),
  },
  {
    code: 'date/nonexistent',
    path: ['sessions', 1, 'deadline', 'date'],
    breakIt: (p) => void (p.sessions[1]!.deadline = { kind: 'by', date: '2021-02-31' }),
  },
  {
    code: 'date/span-reversed',
    path: ['sessions', 2, 'deadline'],
    breakIt: (p) =>
      void (p.sessions[2]!.deadline = { kind: 'span', from: '2020-10-15', to: '2020-10-12' }),
  },
  {
    code: 'date/before-resolution',
    path: ['sessions', 0, 'deadline'],
    breakIt: (p) => void (p.sessions[0]!.deadline = { kind: 'held', date: '2020-08-01' }),
  },
  {
    code: 'date/plan-before-resolution',
    path: ['header', 'date'],
    breakIt: (p) => void (p.header.date = '2020-07-30'),
  },
  {
    code: 'cascade/before-parent',
    path: ['sessions', 2, 'deadline'],
    breakIt: (p) => void (p.sessions[2]!.deadline = { kind: 'by', date: '2020-09-10' }),
  },
  {
    code: 'cascade/before-parent',
    path: ['sessions', 1, 'deadline'],
    breakIt: (p) => void (p.sessions[1]!.deadline = { kind: 'by', date: '2020-08-28' }),
  },
  {
    code: 'cascade/action-plan-before-session',
    path: ['deliverables', 1, 'due'],
    breakIt: (p) => {
      p.deliverables[1] = {
        ...p.deliverables[1]!,
        tier: 'commune',
        due: { kind: 'by', date: '2020-10-01' },
      };
    },
  },
  {
    code: 'cascade/reflection-before-session',
    path: ['deliverables', 0, 'due'],
    breakIt: (p) => void (p.deliverables[0]!.due = { kind: 'within', month: '2020-09' }),
  },
  {
    code: 'session/zero-duration',
    path: ['sessions', 1, 'duration', 'halfDays'],
    breakIt: (p) => void (p.sessions[1]!.duration = { halfDays: 0 }),
  },
  {
    code: 'session/discussion-exceeds-duration',
    path: ['sessions', 1, 'discussion', 'halfDays'],
    breakIt: (p) => void (p.sessions[1]!.discussion = { halfDays: 2 }),
  },
  {
    code: 'exemption/not-online',
    path: ['sessions', 2, 'exemption', 'session'],
    breakIt: (p) => void (p.sessions[0]!.method = 'in-person'),
  },
  {
    code: 'exemption/not-upper-tier',
    path: ['sessions', 1, 'exemption', 'session'],
    breakIt: (p) => void (p.sessions[1]!.exemption = { session: 's-commune' }),
  },
  {
    code: 'tier/no-session',
    path: ['tiers', 3],
    breakIt: (p) => void p.tiers.push({ id: 'branch', level: 'branch', name: 'Chi hội' }),
  },
  {
    code: 'session/no-audience',
    path: ['sessions', 2, 'audiences'],
    breakIt: (p) => void (p.sessions[2]!.audiences = []),
  },
  {
    code: 'tier/level-order',
    path: ['tiers', 2, 'level'],
    breakIt: (p) => void (p.tiers[2]!.level = 'province'),
  },
  {
    code: 'reference/malformed',
    path: ['header', 'reference'],
    breakIt: (p) => void (p.header.reference = 'KH số 985'),
  },
  {
    code: 'reference/malformed',
    path: ['resolutions', 0, 'reference'],
    breakIt: (p) => void (p.resolutions[0]!.reference = 'NQ/TW'),
  },
  { code: 'signature/missing', path: ['signature'], breakIt: (p) => void delete p.signature },
  {
    code: 'date/deadline-on-day-off',
    path: ['sessions', 1, 'deadline', 'date'],
    breakIt: (p) => void (p.sessions[1]!.deadline = { kind: 'by', date: '2020-09-13' }),
  },
  {
    code: 'session/no-bridge-points',
    path: ['sessions', 1],
    breakIt: (p) => void delete p.sessions[1]!.bridgePoints,
  },
  {
    code: 'text/not-nfc',
    path: ['audiences', 0, 'name'],
    breakIt: (p) => void (p.audiences[0]!.name = p.audiences[0]!.name.normalize('NFD')),
  },
];

describe('semantic rules, both ways', () => {
  it('the two fixtures have no errors', () => {
    for (const plan of [plan985KhHndt, planNq58Province]) {
      expect(validatePlan(plan).filter((i) => i.severity === 'error')).toEqual([]);
    }
  });

  for (const c of cases) {
    it(`${c.code} at ${c.path.join('.')}`, () => {
      const good = clone();
      // The "good" side: give online sessions bridge points so that warning rules start clean.
      for (const s of good.sessions) if (s.method === 'online') s.bridgePoints = { count: 1 };
      expect(find(validatePlan(good), c.code)).toEqual([]);
      const bad = structuredClone(good);
      c.breakIt(bad);
      const hits = find(validatePlan(bad), c.code);
      expect(hits.map((h) => h.path)).toContainEqual(c.path);
      const hit = hits[0]!;
      expect(hit.message.vi.length).toBeGreaterThan(0);
      expect(hit.message.en.length).toBeGreaterThan(0);
      expect(hit.message.vi).not.toEqual(hit.message.en);
      expect(hit.message.vi).toBe(hit.message.vi.normalize('NFC'));
    });
  }

  it('an unknown recipient purpose is its own code, from the schema', () => {
    const input = JSON.parse(JSON.stringify(plan985KhHndt));
    input.recipients[2].purpose = 'B/c';
    const result = parsePlan(input);
    expect(result.success).toBe(false);
    expect(result.issues.map((i) => [i.code, i.path])).toContainEqual([
      'recipient/unknown-purpose',
      ['recipients', 2, 'purpose'],
    ]);
  });

  it('warnings and infos leave the plan valid; errors do not', () => {
    const warned = clonePlan(plan985KhHndt);
    warned.sessions[1]!.deadline = { kind: 'by', date: '2020-09-13' };
    const ok = parsePlan(warned, { calendar });
    expect(ok.success).toBe(true);
    expect(codes(ok.issues)).toContain('date/deadline-on-day-off');
    // Without a calendar, days off are not looked at (schedule reports them).
    expect(codes(parsePlan(warned).issues)).not.toContain('date/deadline-on-day-off');
    const { signature: _drop, ...unsigned } = plan985KhHndt;
    expect(parsePlan(unsigned).success).toBe(false);
  });
});
