// Issue 13, item 3: no shared mutable state. For each public entry with caches or tables
// behind it (the schedule's default calendar, the roll-up's date cache, the holiday
// tables), a good call, then hostile calls (a deadline on 9999-12-31 with 36,600 working
// days after it, a chain of 8,000 after rules, every date on 0001-01-01), then the good
// call again: the two good results are deep-equal.
import {
  applyEvent,
  clonePlan,
  createRollup,
  parsePlan,
  plan985KhHndt,
  rollup,
  schedule,
  validatePlan,
  vietnamCalendarYear,
  vietnamHolidays,
  vietnamStatutoryHolidays,
  workingCalendar,
} from '@rollout/core';
import { describe, it } from 'vitest';
import { goodAfterHostile } from '../../../test-support/fuzz.js';
import { thanhHoaFarmersUnionTree } from '../../../test-support/generated-units.js';
import { hostilePlans, unitChain } from '../../../test-support/hostile-plans.js';

const HOSTILE = hostilePlans(clonePlan(plan985KhHndt)).map(([, p]) => p);
const units = thanhHoaFarmersUnionTree();
const today = '2020-10-20';
const event = {
  kind: 'session-held' as const,
  unit: units[1]!.id,
  session: 's-district',
  date: '2020-09-12',
  method: 'online' as const,
  attendees: { present: 85, expected: 90 },
  recordedBy: 'Ban Tuyên giáo',
  recordedAt: '2020-09-12T17:00:00+07:00',
};

describe('no shared mutable state in core', () => {
  it('schedule', async () => {
    await goodAfterHostile(
      () => schedule(plan985KhHndt, { units }),
      HOSTILE.flatMap((p) => [
        () => schedule(p),
        () => schedule(p, { units: unitChain(50, true) }),
      ]),
    );
  });

  it('rollup and createRollup + applyEvent', async () => {
    await goodAfterHostile(
      () => rollup(plan985KhHndt, [event], { units, today }).toJSON(),
      HOSTILE.flatMap((p) => [
        () => rollup(p, [{ ...event, date: '9999-12-31' }], { today: '9999-12-31' }).toJSON(),
        () => rollup(p, [{ ...event, date: '0001-01-01' }], { today: '0001-01-01' }).toJSON(),
      ]),
    );
    await goodAfterHostile(
      () => {
        const state = createRollup(plan985KhHndt, { units, today });
        applyEvent(state, event);
        return state.toJSON();
      },
      HOSTILE.map((p) => () => createRollup(p, { today: '9999-12-31' }).toJSON()),
    );
  });

  it('validatePlan and parsePlan', async () => {
    await goodAfterHostile(
      () => validatePlan(plan985KhHndt),
      HOSTILE.map((p) => () => validatePlan(p)),
    );
    await goodAfterHostile(
      () => parsePlan(plan985KhHndt),
      HOSTILE.map((p) => () => parsePlan(p)),
    );
  });

  it('the calendars: workingCalendar, vietnamHolidays, vietnamCalendarYear, vietnamStatutoryHolidays', async () => {
    const cal = workingCalendar();
    const hostileCalls = [
      () => cal.addWorkingDays('9999-12-31', 36_600),
      () => cal.addWorkingDays('0001-01-01', 36_600),
      () => cal.countWorkingDays('0001-01-01', '9999-12-31'),
      () =>
        workingCalendar({ extraDaysOff: ['2021-02-09'], weekend: [0] }).addWorkingDays(
          '2021-02-08',
          5,
        ),
      () => vietnamHolidays(1),
      () => vietnamHolidays(9999),
      () => vietnamHolidays(Number.NaN),
      () => vietnamCalendarYear(10_000),
      () => vietnamStatutoryHolidays(-1),
    ];
    await goodAfterHostile(
      () => [
        cal.addWorkingDays('2021-02-09', 1),
        cal.countWorkingDays('2021-01-01', '2021-12-31'),
        workingCalendar().addWorkingDays('2021-02-09', 1),
        vietnamHolidays(2021),
        vietnamCalendarYear(2021),
        vietnamStatutoryHolidays(2021),
      ],
      hostileCalls,
    );
  });
});
