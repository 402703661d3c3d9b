// Issue 13, item 2 (and item 5 for ICS), for @rollout/ical: renderIcs on hostile plans and
// options keeps the contract of test-support/fuzz.ts, and random Unicode of every kind in
// every text (C0/C1 controls, bidi controls, lone surrogates, U+FFFE/U+FFFF, all planes)
// gives a feed that ical.js parses into as many events as plain text gives.
import type { Plan } from '@rollout/core';
import {
  clonePlan,
  PlanValidationError,
  plan985KhHndt,
  planNq58Province,
  planTwoLevelProvince,
  schedule,
} from '@rollout/core';
import fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import {
  anyString,
  EDGE_DATES,
  fuzzParams,
  holds,
  hostile,
  mutated,
} from '../../../test-support/fuzz.js';
import { thanhHoaFarmersUnionTree } from '../../../test-support/generated-units.js';
import { anyText } from '../../document/test/samples.js';
import { type RenderIcsOptions, renderIcs } from '../src/index.js';

const PLANS: readonly Plan[] = [
  clonePlan(plan985KhHndt),
  clonePlan(planNq58Province),
  clonePlan(planTwoLevelProvince),
];
const UNITS = thanhHoaFarmersUnionTree().slice(0, 20);
const documented = (e: unknown) => e instanceof RangeError || e instanceof PlanValidationError;
const options = fc.record(
  {
    lang: fc.constantFrom('vi', 'en', 'xx'),
    tier: fc.constantFrom('province', 'district', 'commune', 'nope'),
    unit: fc.constantFrom(UNITS[1]!.id, 'nope'),
    units: mutated([UNITS]),
    revision: fc.constantFrom(...EDGE_DATES, '2020-09-03T08:00:00Z'),
    stamp: anyString,
    dayOffDeadline: fc.constantFrom('keep', 'next-working-day', 'x'),
  },
  { requiredKeys: [] },
);

/** The VEVENTs of a feed, as ical.js reads it. */
function events(ics: string): number {
  const comp = new ICAL.Component(ICAL.parse(ics));
  return comp.getAllSubcomponents('vevent').length;
}

describe('@rollout/ical fuzz', () => {
  it('renderIcs never crashes on hostile plans and options; its output always parses', () => {
    fc.assert(
      fc.property(hostile(PLANS), options, (plan, opts) => {
        holds('renderIcs', renderIcs, [plan], documented);
        holds('renderIcs(options)', renderIcs, [plan, opts], documented);
        let ics: string | undefined;
        try {
          ics = renderIcs(plan, opts as RenderIcsOptions);
        } catch {}
        if (ics !== undefined) expect(events(ics)).toBeGreaterThanOrEqual(0);
      }),
      fuzzParams(40),
    );
  });

  it('a schedule of another plan in the options never crashes it', () => {
    fc.assert(
      fc.property(hostile(PLANS), (plan) => {
        holds(
          'renderIcs(schedule)',
          renderIcs,
          [plan985KhHndt, { schedule: schedule(plan) }],
          documented,
        );
      }),
      fuzzParams(30),
    );
  });

  it('random Unicode of every kind in every text keeps the events of plain text (property)', () => {
    const withText = (t: string): Plan => ({
      ...clonePlan(plan985KhHndt),
      header: { ...clonePlan(plan985KhHndt).header, title: `x${t}y`, place: `Thanh Hóa${t}` },
      sessions: clonePlan(plan985KhHndt).sessions.map((s) => ({
        ...s,
        title: `s${t}`,
        note: t,
        host: `h${t}`,
      })),
      deliverables: clonePlan(plan985KhHndt).deliverables.map((d) => ({
        ...d,
        description: `d${t}`,
      })),
    });
    const plain = events(renderIcs(withText('')));
    fc.assert(
      fc.property(anyText, (t) => {
        const ics = renderIcs(withText(t), { units: UNITS });
        expect(events(ics)).toBe(events(renderIcs(withText(''), { units: UNITS })));
        expect(events(renderIcs(withText(t)))).toBe(plain);
        // Nothing but CRLF ends a line, and no control but TAB is left.
        const control = (c: number) => (c < 0x20 && c !== 0x09) || c === 0x7f;
        for (const line of ics.split('\r\n'))
          expect([...line].some((ch) => control(ch.codePointAt(0)!))).toBe(false);
      }),
      fuzzParams(40),
    );
  });
});
