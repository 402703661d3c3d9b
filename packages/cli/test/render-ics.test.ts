import { clonePlan, plan985KhHndt } from '@rollout/core';
import { describe, expect, it } from 'vitest';
import { runCli } from '../src/main.js';
import { fakeIo } from './fake-io.js';

const files = {
  'plan.json': JSON.stringify({ format: 'rollout/plan', version: 1, plan: plan985KhHndt }),
  'units.json': JSON.stringify({
    units: [
      { id: 'tinh', name: 'Hội Nông dân tỉnh', level: 'province' },
      { id: 'nga-son', name: 'Hội Nông dân huyện Nga Sơn', level: 'district', parent: 'tinh' },
    ],
  }),
};

/** The UIDs of a feed without the plan's fingerprint (the ical package checks the feed itself with ical.js). */
const uids = (text: string) =>
  [...text.replace(/\r\n[ \t]/g, '').matchAll(/^UID:(.*)$/gm)].map((m) =>
    m[1]!.trim().replace(/-[0-9a-z]{13}@rollout$/, ''),
  );

describe('rollout render --to ics', () => {
  it('writes the whole plan to standard output', async () => {
    const f = fakeIo(files);
    expect(await runCli(['render', 'plan.json', '--to', 'ics'], f.io)).toBe(0);
    expect(f.out().startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(uids(f.out())).toEqual([
      'session-s-province-province',
      'deadline-s-district-district',
      'deadline-s-commune-commune',
    ]);
  });

  it('writes one tier, or one unit of a tree, to -o', async () => {
    const f = fakeIo(files);
    expect(
      await runCli(
        ['render', 'plan.json', '--to', 'ics', '--tier', 'commune', '-o', 'c.ics'],
        f.io,
      ),
    ).toBe(0);
    expect(uids(f.writtenText('c.ics')!)).toEqual(['deadline-s-commune-commune']);
    const g = fakeIo(files);
    const code = await runCli(
      ['render', 'plan.json', '--to', 'ics', '--unit', 'nga-son', '--units', 'units.json'],
      g.io,
    );
    expect(code).toBe(0);
    expect(uids(g.out())).toEqual(['deadline-s-district-nga-son']);
  });

  it('takes the user’s calendar (--calendar) and what a deadline on a day off means', async () => {
    // An action plan 1 working day after the district (due Tue 15/9/2020): Wed 16/9, or
    // Thu 17/9 when a calendar file gives 16/9 off; a file with issues exits 2.
    const plan = {
      ...clonePlan(plan985KhHndt),
      deliverables: [
        ...plan985KhHndt.deliverables,
        {
          id: 'ap',
          kind: 'action-plan',
          tier: 'district',
          due: { kind: 'after', ref: 's-district', days: 1, calendar: 'working' },
        },
      ],
    };
    const files = {
      'plan.json': JSON.stringify(plan),
      'cal.json': JSON.stringify({
        format: 'rollout/calendar',
        version: 1,
        daysOff: [{ date: '2020-09-16', name: 'Nghỉ địa phương' }],
      }),
      'bad.json': JSON.stringify({ daysOff: ['2020-02-30'] }),
    };
    const f = fakeIo(files);
    expect(await runCli(['render', 'plan.json', '--to', 'ics', '--tier', 'district'], f.io)).toBe(
      0,
    );
    expect(f.out()).toContain('DTSTART;VALUE=DATE:20200916');
    const g = fakeIo(files);
    expect(
      await runCli(
        ['render', 'plan.json', '--to', 'ics', '--tier', 'district', '--calendar', 'cal.json'],
        g.io,
      ),
    ).toBe(0);
    expect(g.out()).toContain('DTSTART;VALUE=DATE:20200917');
    const h = fakeIo(files);
    expect(
      await runCli(['render', 'plan.json', '--to', 'ics', '--calendar', 'bad.json'], h.io),
    ).toBe(2);
    expect(h.err()).toContain('date/nonexistent');
  });

  it('exits 2 on an unknown tier or unit, or --unit without --units', async () => {
    expect(
      await runCli(['render', 'plan.json', '--to', 'ics', '--tier', 'nope'], fakeIo(files).io),
    ).toBe(2);
    expect(
      await runCli(
        ['render', 'plan.json', '--to', 'ics', '--unit', 'x', '--units', 'units.json'],
        fakeIo(files).io,
      ),
    ).toBe(2);
    expect(
      await runCli(['render', 'plan.json', '--to', 'ics', '--unit', 'nga-son'], fakeIo(files).io),
    ).toBe(2);
  });

  it('exits 1 on an invalid plan and writes nothing', async () => {
    const f = fakeIo({
      ...files,
      'plan.json': JSON.stringify({ ...clonePlan(plan985KhHndt), tiers: 3 }),
    });
    expect(await runCli(['render', 'plan.json', '--to', 'ics'], f.io)).toBe(1);
    expect(f.out()).toBe('');
    expect(f.err()).toContain('tiers');
  });
});
