import { plan985KhHndt } from '@rollout/core';
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

/** The UIDs of a feed (the ical package checks the feed itself with ical.js). */
const uids = (text: string) =>
  [...text.replace(/\r\n[ \t]/g, '').matchAll(/^UID:(.*)$/gm)].map((m) => m[1]!.trim());

describe('rollout render --to ics', () => {
  it('writes the whole plan to standard output', async () => {
    const f = fakeIo(files);
    expect(await runCli(['render', 'plan.json', '--to', 'ics'], f.io)).toBe(0);
    expect(f.out().startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(uids(f.out())).toEqual([
      '985-KH-HNDT/s-province/province@rollout',
      '985-KH-HNDT/s-district/district@rollout',
      '985-KH-HNDT/s-commune/commune@rollout',
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
    expect(uids(f.writtenText('c.ics')!)).toEqual(['985-KH-HNDT/s-commune/commune@rollout']);
    const g = fakeIo(files);
    const code = await runCli(
      ['render', 'plan.json', '--to', 'ics', '--unit', 'nga-son', '--units', 'units.json'],
      g.io,
    );
    expect(code).toBe(0);
    expect(uids(g.out())).toEqual(['985-KH-HNDT/s-district/nga-son@rollout']);
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
    const f = fakeIo({ ...files, 'plan.json': JSON.stringify({ ...plan985KhHndt, tiers: 3 }) });
    expect(await runCli(['render', 'plan.json', '--to', 'ics'], f.io)).toBe(1);
    expect(f.out()).toBe('');
    expect(f.err()).toContain('tiers');
  });
});
