// Issue 13, item 2: every public function of @rollout/core on hostile input (any JSON, any
// string, the example plans with fields deleted, duplicated or replaced, dates and numbers
// at the edges, controls and lone surrogates in strings) keeps its contract: it returns,
// throws only what it documents, finishes, leaves its input alone, and says the same twice.
// `pnpm fuzz` runs these with more runs and a printed seed (test-support/fuzz.ts).
import * as core from '@rollout/core';
import {
  clonePlan,
  type DateRule,
  type Plan,
  PlanValidationError,
  type ProgressEvent,
  plan985KhHndt,
  planNq58Province,
  planTwoLevelProvince,
  type Unit,
} from '@rollout/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  anyJson,
  anyString,
  EDGE_DATES,
  EDGE_NUMBERS,
  fuzzParams,
  holds,
  hostile,
  mutated,
} from '../../../test-support/fuzz.js';
import { thanhHoaFarmersUnionTree } from '../../../test-support/generated-units.js';
import { validPlan } from './arbitraries.js';

const PLANS: readonly Plan[] = [
  clonePlan(plan985KhHndt),
  clonePlan(planNq58Province),
  clonePlan(planTwoLevelProvince),
];
const UNITS: readonly Unit[] = thanhHoaFarmersUnionTree().slice(0, 40);
const rec = { recordedBy: 'Ban Tuyên giáo', recordedAt: '2020-10-20T08:00:00+07:00' };
const EVENTS: readonly ProgressEvent[] = [
  {
    kind: 'session-held',
    id: 'e1',
    unit: 'hnd-thanh-hoa',
    session: 's-province',
    date: '2020-09-08',
    method: 'online',
    attendees: { present: 50, expected: 60 },
    ...rec,
  },
  {
    kind: 'session-skipped',
    id: 'e2',
    unit: UNITS[1]!.id,
    session: 's-district',
    date: '2020-09-08',
    exemption: 's-province',
    ...rec,
  },
  {
    kind: 'reflections-submitted',
    id: 'e3',
    unit: UNITS[1]!.id,
    session: 's-district',
    submitted: 25,
    expected: 30,
    ...rec,
  },
  {
    kind: 'action-plan-issued',
    id: 'e4',
    unit: UNITS[2]!.id,
    reference: '45-KH/HU',
    date: '2020-09-25',
    ...rec,
  },
  { kind: 'report-sent', unit: UNITS[1]!.id, date: '2020-10-01', period: 'Q3', ...rec },
  { kind: 'inspection-done', id: 'e5', unit: UNITS[3]!.id, date: '2020-10-19', ...rec },
];
const RULES: readonly DateRule[] = PLANS.flatMap((p) => [
  ...p.sessions.map((s) => s.deadline),
  ...p.deliverables.flatMap((d) => (d.due ? [d.due] : [])),
]);

/** A plan: hostile (JSON, string, mutated example) or valid and random. */
const anyPlan: fc.Arbitrary<Plan> = fc.oneof(
  { weight: 5, arbitrary: hostile(PLANS) },
  { weight: 1, arbitrary: validPlan },
);
const anyUnits: fc.Arbitrary<Unit[]> = fc.oneof(
  { weight: 4, arbitrary: mutated([UNITS as Unit[]]) },
  { weight: 1, arbitrary: anyJson as fc.Arbitrary<Unit[]> },
  { weight: 1, arbitrary: fc.constant<Unit[]>([]) },
);
const anyEvents: fc.Arbitrary<ProgressEvent[]> = fc.oneof(
  { weight: 4, arbitrary: mutated([EVENTS as ProgressEvent[]]) },
  { weight: 1, arbitrary: anyJson as fc.Arbitrary<ProgressEvent[]> },
);
const anyDate: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...EDGE_DATES),
  fc.integer({ min: -800_000, max: 3_000_000 }).map((d) => core.fromEpochDay(d) ?? '2020-09-01'),
  anyString,
);
const anyNumber: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(...EDGE_NUMBERS),
  fc.integer({ min: -20_000, max: 20_000 }),
  fc.double(),
);
/**
 * Typed helpers (a date rule, a reference, a duration, an issue, a unit list) promise
 * nothing for values outside their type: they get values of their type, mutated to the
 * edges (dates 0001–9999 and impossible ones, huge lags, hostile text). Plan-level
 * functions get anything.
 */
const typed = <T>(
  bases: readonly T[],
  schema: { safeParse: (x: unknown) => { success: boolean } },
) => mutated(bases).filter((v) => schema.safeParse(v).success);
const anyRule: fc.Arbitrary<DateRule> = typed(RULES, core.DateRuleSchema);
const anyDuration = typed(
  [{ halfDays: 1 }, { halfDays: 0 }, { halfDays: 10_000 }],
  core.DurationSchema,
);
const shapedPlan: fc.Arbitrary<Plan> = fc.oneof(typed(PLANS, core.PlanSchema), validPlan);
const shapedUnits: fc.Arbitrary<Unit[]> = typed([UNITS as Unit[]], {
  safeParse: (x) => ({
    success: Array.isArray(x) && x.every((u) => core.UnitSchema.safeParse(u).success),
  }),
});
const options: fc.Arbitrary<Record<string, unknown>> = fc.oneof(
  fc.constant({}),
  fc.record(
    {
      today: anyDate,
      units: anyUnits,
      lang: fc.constantFrom('vi', 'en', 'fr', undefined),
      dayOffDeadline: fc.constantFrom('keep', 'next-working-day', 'other'),
      exempt: fc.array(fc.constantFrom('s-province', 's-district', 'x'), { maxLength: 2 }),
      minGap: fc.record({ workingDays: anyNumber }),
      overdueLimit: anyNumber,
    },
    { requiredKeys: [] },
  ),
);
/** Whether a value has the shape of an issue (what formatIssue and hasErrors are typed for). */
function isIssueShaped(v: unknown): boolean {
  const i = v as Partial<core.IssueBase> | null;
  return (
    typeof i?.code === 'string' &&
    ['error', 'warning', 'info'].includes(i.severity as string) &&
    Array.isArray(i.path) &&
    i.path.every((p) => typeof p === 'string' || typeof p === 'number') &&
    typeof i.params === 'object' &&
    i.params !== null &&
    !Array.isArray(i.params) &&
    typeof i.message?.vi === 'string' &&
    typeof i.message.en === 'string'
  );
}
/** Is `e` the documented TypeError of applyEvent on a state it did not make? */
const foreignState = (e: unknown) =>
  e instanceof TypeError && /createRollup|rollup/.test(e.message);

describe('@rollout/core fuzz: plans, schedules, roll-ups', () => {
  it('parsePlan, validatePlan, assertPlan never crash on hostile plans', () => {
    fc.assert(
      fc.property(anyPlan, (plan) => {
        holds('parsePlan', core.parsePlan, [plan]);
        holds('validatePlan', core.validatePlan, [plan]);
        holds('assertPlan', core.assertPlan, [plan], (e) => e instanceof PlanValidationError);
      }),
      fuzzParams(60),
    );
  });

  it('schedule never crashes, on hostile plans with hostile options', () => {
    fc.assert(
      fc.property(anyPlan, options, (plan, opts) => {
        holds('schedule', core.schedule, [plan]);
        holds('schedule(options)', core.schedule, [plan, opts]);
      }),
      fuzzParams(25),
    );
  });

  it('rollup, createRollup and applyEvent never crash on hostile plans and events', () => {
    fc.assert(
      fc.property(anyPlan, anyEvents, options, anyJson, (plan, events, opts, event) => {
        holds('rollup', (p: Plan, e: ProgressEvent[], o: object) => core.rollup(p, e, o), [
          plan,
          events,
          opts,
        ]);
        holds('createRollup', core.createRollup, [plan, opts]);
        const state = core.createRollup(plan, opts);
        const first = core.applyEvent(state, event as ProgressEvent);
        expect(Array.isArray(first)).toBe(true);
        holds('applyEvent(foreign state)', core.applyEvent, [event, event], foreignState);
        holds('parseProgressEvent', core.parseProgressEvent, [event]);
      }),
      fuzzParams(40),
    );
  });

  it('derivePlan, checkAgainstUpper, diffPlans and the relations never crash', () => {
    fc.assert(
      fc.property(anyPlan, anyPlan, anyUnits, (a, b, units) => {
        holds('derivePlan', core.derivePlan, [a]);
        holds('derivePlan(units)', core.derivePlan, [
          a,
          { units, unit: Array.isArray(units) ? units[0]?.id : undefined },
        ]);
        holds('checkAgainstUpper', core.checkAgainstUpper, [a, b]);
        holds('diffPlans', core.diffPlans, [a, b]);
      }),
      fuzzParams(40),
    );
  });

  it('the relations between sessions and deliverables never crash on plans of the type', () => {
    fc.assert(
      fc.property(shapedPlan, fc.nat(), (plan, i) => {
        holds('parentSessions', core.parentSessions, [plan]);
        const session = plan.sessions[i % Math.max(1, plan.sessions.length)];
        if (session) holds('parentSessionOf', core.parentSessionOf, [plan, session]);
        const deliverable = plan.deliverables[i % Math.max(1, plan.deliverables.length)];
        if (deliverable)
          holds('sessionsOfDeliverable', core.sessionsOfDeliverable, [plan, deliverable]);
      }),
      fuzzParams(40),
    );
  });

  it('the unit-tree reader never crashes, validateUnitTree not on units of the type', () => {
    fc.assert(
      fc.property(anyUnits, shapedUnits, (units, shaped) => {
        holds('parseUnitTree', core.parseUnitTree, [units]);
        holds('parseUnitTree({units})', core.parseUnitTree, [{ units }]);
        holds('validateUnitTree', core.validateUnitTree, [shaped]);
      }),
      fuzzParams(80),
    );
  });
});

describe('@rollout/core fuzz: dates and calendars', () => {
  it('the ISO date functions never crash on any date or number', () => {
    fc.assert(
      fc.property(anyDate, anyDate, anyNumber, anyNumber, (a, b, n, m) => {
        holds('isValidIsoDate', core.isValidIsoDate, [a]);
        holds('addCalendarDays', core.addCalendarDays, [a, n]);
        holds('compareIsoDates', core.compareIsoDates, [a, b]);
        holds('dayOfWeek', core.dayOfWeek, [a]);
        holds('daysBetween', core.daysBetween, [a, b]);
        holds('daysInMonth', core.daysInMonth, [n, m]);
        holds('fromEpochDay', core.fromEpochDay, [n]);
        holds('toEpochDay', core.toEpochDay, [a]);
        holds('isWeekend', core.isWeekend, [a]);
        holds('formatShortDate', core.formatShortDate, [a]);
        holds('formatViDate', core.formatViDate, [a, { pad: true, lang: 'en' }]);
        holds('lunarToSolar', core.lunarToSolar, [n, m, n, true]);
        holds('tierPreset', core.tierPreset, ['party', a]);
      }),
      fuzzParams(150),
    );
  });

  it('the holiday tables and working calendars never crash on any year or day', () => {
    const cal = core.workingCalendar();
    fc.assert(
      fc.property(anyNumber, anyNumber, anyDate, anyDate, (year, n, a, b) => {
        holds('vietnamCalendarYear', core.vietnamCalendarYear, [year]);
        holds('vietnamHolidays', core.vietnamHolidays, [year]);
        holds('vietnamStatutoryHolidays', core.vietnamStatutoryHolidays, [year]);
        holds('isWorkingDay', (d: string) => cal.isWorkingDay(d), [a]);
        holds('addWorkingDays', (d: string, k: number) => cal.addWorkingDays(d, k), [a, n]);
        holds('countWorkingDays', (x: string, y: string) => cal.countWorkingDays(x, y), [a, b]);
        holds('dayOff', (d: string) => cal.dayOff(d), [a]);
        holds('workday', (d: string) => cal.workday(d), [a]);
        holds('isWorkingEpochDay', (d: number) => cal.isWorkingEpochDay(d), [n]);
        holds('nextWorkingEpochDay', (d: number) => cal.nextWorkingEpochDay(d), [n]);
        holds('previousWorkingEpochDay', (d: number) => cal.previousWorkingEpochDay(d), [n]);
        holds('addWorkingEpochDays', (d: number, k: number) => cal.addWorkingEpochDays(d, k), [
          year,
          n,
        ]);
        holds(
          'latestBeforeWorkingEpochDays',
          (d: number, k: number) => cal.latestBeforeWorkingEpochDays(d, k),
          [year, n],
        );
        holds('countWorkingEpochDays', (x: number, y: number) => cal.countWorkingEpochDays(x, y), [
          year,
          n,
        ]);
      }),
      // Each call over the whole range 0001–9999 walks 3.6 million days: few runs in CI.
      fuzzParams(20),
    );
  });

  it('calendar overrides and workingCalendar options never crash', () => {
    const overrides = {
      daysOff: [{ date: '2026-02-16', name: 'Tết' }, '2026-02-17'],
      workdays: [{ date: '2026-01-03', name: 'Làm bù', source: 'Thông báo' }],
      weekend: [0, 6],
    };
    fc.assert(
      fc.property(hostile([overrides]), anyDate, anyNumber, (o, date, day) => {
        holds('parseCalendarOverrides', core.parseCalendarOverrides, [o]);
        const parsed = core.parseCalendarOverrides(o);
        if (parsed.success)
          holds('calendarFromOverrides', core.calendarFromOverrides, [parsed.data]);
        holds('workingCalendar', core.workingCalendar, [
          {
            extraDaysOff: [{ date, name: 'x' }],
            extraWorkdays: [{ date, name: 'y' }],
            weekend: [day],
          },
        ]);
      }),
      fuzzParams(80),
    );
  });

  it('date rules: windows, ranges and their wording never crash', () => {
    fc.assert(
      fc.property(anyRule, anyDuration, fc.constantFrom('vi', 'en'), (rule, duration, lang) => {
        holds('dateRuleWindow', core.dateRuleWindow, [rule]);
        holds('withinRange', core.withinRange, [rule]);
        holds('formatDateRule', core.formatDateRule, [rule, { lang }]);
        holds('formatSessionTime', core.formatSessionTime, [
          { method: 'online', duration: { halfDays: 1 }, deadline: rule },
          { lang },
        ]);
        holds('formatDuration', core.formatDuration, [duration, lang]);
      }),
      fuzzParams(100),
    );
  });
});

describe('@rollout/core fuzz: text, references, issues, schemas', () => {
  it('cleanText, the references and the tier ranks never crash on any string', () => {
    fc.assert(
      fc.property(
        anyString,
        fc.array(fc.oneof(anyString, anyNumber), { maxLength: 4 }),
        (text, path) => {
          holds('cleanText', core.cleanText, [text]);
          holds('cleanText(space)', core.cleanText, [text, { newlines: 'space' }]);
          holds('parseDocumentReference', core.parseDocumentReference, [text]);
          const ref = core.parseDocumentReference(`${text}985-KH/HNDT`);
          if (ref) holds('formatDocumentReference', core.formatDocumentReference, [ref]);
          holds('tierLevelRank', core.tierLevelRank, [text]);
          holds('tierPreset', core.tierPreset, [text]);
          holds('formatIssuePath', core.formatIssuePath, [path]);
        },
      ),
      fuzzParams(150),
    );
  });

  it('issues: createIssue, formatIssue and hasErrors never crash', () => {
    const real = core.validatePlan({ ...clonePlan(plan985KhHndt), sessions: [] } as Plan);
    fc.assert(
      fc.property(
        mutated(real).filter(isIssueShaped),
        fc.constantFrom(...Object.keys(core.ISSUE_CODES)),
        // Params of the type: strings and numbers under any name.
        fc.dictionary(anyString, fc.oneof(anyString, anyNumber), { maxKeys: 6 }),
        (issue, code, params) => {
          holds('formatIssue', core.formatIssue, [issue]);
          holds('formatIssue(en)', core.formatIssue, [issue, { lang: 'en', withPath: true }]);
          holds('hasErrors', core.hasErrors, [[issue]]);
          holds('createIssue', core.createIssue as (...a: never[]) => unknown, [code, [], params]);
        },
      ),
      fuzzParams(100),
    );
  });

  it('every exported schema safe-parses any JSON without throwing', () => {
    const schemas = Object.entries(core).filter(
      ([name, v]) =>
        name.endsWith('Schema') && typeof (v as { safeParse?: unknown }).safeParse === 'function',
    ) as [string, { safeParse: (x: unknown) => unknown }][];
    expect(schemas.length).toBeGreaterThan(30);
    fc.assert(
      fc.property(fc.oneof(anyJson, hostile(PLANS)), (value) => {
        for (const [name, schema] of schemas)
          holds(`${name}.safeParse`, (x: unknown) => schema.safeParse(x), [value]);
      }),
      fuzzParams(40),
    );
  });
});
