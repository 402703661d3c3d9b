import { clonePlan, plan985KhHndt } from '@rollout/core';
import { describe, expect, it } from 'vitest';
import { runCli } from '../src/main.js';
import { fakeIo } from './fake-io.js';

const planFile = JSON.stringify({ format: 'rollout/plan', version: 1, plan: plan985KhHndt });
const units = {
  units: [
    { id: 'tinh', name: 'Hội Nông dân tỉnh', level: 'province' },
    { id: 'nga-son', name: 'Hội Nông dân huyện Nga Sơn', level: 'district', parent: 'tinh' },
    { id: 'nga-an', name: 'Hội Nông dân xã Nga An', level: 'commune', parent: 'nga-son' },
  ],
};

describe('rollout schedule', () => {
  it('--format json prints exactly { nodes, issues } with the documented node keys', async () => {
    const f = fakeIo({ 'plan.json': planFile });
    const code = await runCli(['schedule', 'plan.json', '--format', 'json'], f.io);
    expect(code).toBe(0);
    const doc = JSON.parse(f.out());
    expect(Object.keys(doc)).toEqual(['nodes', 'issues']);
    const district = doc.nodes.find((n: { activity: string }) => n.activity === 's-district');
    expect(district).toEqual({
      activity: 's-district',
      tier: 'district',
      earliest: '2020-09-01',
      latest: '2020-09-15',
      deadline: '2020-09-15',
      slack: 14,
      slackWorkingDays: 9,
      feasible: true,
    });
    expect(Object.keys(doc.nodes[0])).toEqual([
      'activity',
      'tier',
      'earliest',
      'latest',
      'deadline',
      'slack',
      'slackWorkingDays',
      'feasible',
    ]);
    // Only the plan's own validation warnings (bridge points of online sessions).
    expect(doc.issues.map((i: { code: string }) => i.code)).toEqual([
      'session/no-bridge-points',
      'session/no-bridge-points',
      'session/no-bridge-points',
    ]);
  });

  it('reads units and actuals; a late unit exits 1 with cascade/late', async () => {
    const f = fakeIo({
      'plan.json': JSON.stringify(plan985KhHndt),
      'units.json': JSON.stringify(units),
      'held.json': JSON.stringify([
        { activity: 's-district', unit: 'nga-son', date: '2020-09-18' },
      ]),
    });
    const code = await runCli(
      [
        'schedule',
        'plan.json',
        '--units',
        'units.json',
        '--actuals',
        'held.json',
        '--format',
        'json',
        '--lang',
        'en',
      ],
      f.io,
    );
    expect(code).toBe(1);
    const doc = JSON.parse(f.out());
    // Held Fri 18/9: the commune may start the next working day, Mon 21/9.
    expect(doc.nodes.find((n: { unit?: string }) => n.unit === 'nga-an')).toMatchObject({
      activity: 's-commune',
      earliest: '2020-09-21',
    });
    expect(doc.issues.filter((i: { code: string }) => i.code.startsWith('cascade/'))).toEqual([
      {
        code: 'cascade/late',
        severity: 'warning',
        // The path reaches the unit (units.json's second entry), the params name it.
        path: ['units', 1],
        params: {
          activity: 's-district',
          activityName: 'Hội nghị (Hội Nông dân các huyện, thị, thành phố)',
          activityNameEn: 'Session (Hội Nông dân các huyện, thị, thành phố)',
          daysLate: 3,
          deadline: '2020-09-15',
          tier: 'district',
          tierName: 'Hội Nông dân các huyện, thị, thành phố',
          unitId: 'nga-son',
          unitName: 'Hội Nông dân huyện Nga Sơn',
        },
        message:
          'Hội Nông dân huyện Nga Sơn is 3 days late with "Session (Hội Nông dân các huyện, thị, thành phố)" (due 15 September 2020).',
      },
    ]);
  });

  it('prints a Vietnamese table per tier by default, English with --lang en', async () => {
    const f = fakeIo({ 'plan.json': planFile, 'units.json': JSON.stringify(units) });
    expect(await runCli(['schedule', 'plan.json', '--units', 'units.json'], f.io)).toBe(0);
    const text = f.out();
    expect(text).toContain('Cấp tỉnh (province)');
    expect(text).toMatch(/Hoạt động\s+Đơn vị\s+Sớm nhất\s+Muộn nhất\s+Hạn\s+Dự phòng\s+Khả thi/);
    expect(text).toMatch(
      /s-district\s+Hội Nông dân huyện Nga Sơn\s+01\/09\/2020\s+15\/09\/2020\s+15\/09\/2020\s+14\s+có/,
    );
    const g = fakeIo({ 'plan.json': planFile });
    await runCli(['schedule', 'plan.json', '--lang', 'en', '--today', '2020-09-01'], g.io);
    expect(g.out()).toMatch(/Activity\s+Earliest\s+Latest\s+Deadline\s+Slack\s+Feasible/);
    expect(g.out()).toContain('all feasible');
  });

  it('an impossible deadline exits 1 with cascade/infeasible', async () => {
    const plan = {
      ...clonePlan(plan985KhHndt),
      sessions: clonePlan(plan985KhHndt).sessions.map((s) =>
        s.id === 's-commune' ? { ...s, deadline: { kind: 'by', date: '2020-09-01' } } : s,
      ),
    };
    const f = fakeIo({ 'plan.json': JSON.stringify(plan) });
    // validate flags it too (cascade/before-parent): the plan is invalid (exit 1), and its
    // nodes are still printed, so the user sees why.
    expect(await runCli(['schedule', 'plan.json', '--format', 'json'], f.io)).toBe(1);
    const doc = JSON.parse(f.out());
    expect(doc.issues.map((i: { code: string }) => i.code)).toEqual(
      expect.arrayContaining(['cascade/before-parent', 'cascade/infeasible']),
    );
    expect(doc.nodes.find((n: { activity: string }) => n.activity === 's-commune')).toMatchObject({
      earliest: '2020-09-03',
      latest: '2020-09-01',
      feasible: false,
    });
    // The same in text: the table, then the issues.
    const g = fakeIo({ 'plan.json': JSON.stringify(plan) });
    expect(await runCli(['schedule', 'plan.json'], g.io)).toBe(1);
    expect(g.out()).toMatch(/s-commune\s+03\/09\/2020\s+01\/09\/2020\s+01\/09\/2020\s+-2\s+KHÔNG/);
  });

  it('exits 2 on unusable input', async () => {
    const f = fakeIo({ 'plan.json': planFile, 'bad.json': '{', 'held.json': '{"x":1}' });
    expect(await runCli(['schedule'], f.io)).toBe(2);
    expect(await runCli(['schedule', 'missing.json'], f.io)).toBe(2);
    expect(await runCli(['schedule', 'bad.json'], f.io)).toBe(2);
    expect(await runCli(['schedule', 'plan.json', '--actuals', 'held.json'], f.io)).toBe(2);
    expect(await runCli(['schedule', 'plan.json', '--today', '2021-02-31'], f.io)).toBe(2);
    expect(await runCli(['schedule', 'plan.json', '--format', 'xml'], f.io)).toBe(2);
    expect(f.err()).toContain('rollout schedule');
  });

  it('reports a units file of the wrong shape as issues (exit 1)', async () => {
    const f = fakeIo({ 'plan.json': planFile, 'units.json': '{"units":[{"id":"x"}]}' });
    expect(
      await runCli(['schedule', 'plan.json', '--units', 'units.json', '--format', 'json'], f.io),
    ).toBe(1);
    const doc = JSON.parse(f.out());
    expect(doc.nodes).toEqual([]);
    expect(doc.issues[0].path.slice(0, 2)).toEqual(['units', 0]);
  });

  it('--calendar adds the user’s days off; --day-off-deadline moves deadlines off them', async () => {
    // District due Tue 15/9/2020. A calendar file gives it off: a warning naming the day;
    // with next-working-day the deadline becomes Wed 16/9.
    const files = {
      'plan.json': planFile,
      'cal.json': JSON.stringify({ daysOff: [{ date: '2020-09-15', name: 'Nghỉ địa phương' }] }),
    };
    const run = async (...extra: string[]) => {
      const f = fakeIo(files);
      const code = await runCli(['schedule', 'plan.json', '--format', 'json', ...extra], f.io);
      return { code, doc: JSON.parse(f.out() || '{}'), err: f.err() };
    };
    const district = (doc: { nodes: { activity: string; deadline: string }[] }) =>
      doc.nodes.find((n) => n.activity === 's-district')!;
    const plain = await run();
    expect(district(plain.doc).deadline).toBe('2020-09-15');
    const withCal = await run('--calendar', 'cal.json');
    expect(withCal.code).toBe(0);
    expect(district(withCal.doc).deadline).toBe('2020-09-15');
    const warnings = withCal.doc.issues.filter(
      (i: { code: string }) => i.code === 'date/deadline-on-day-off',
    );
    expect(warnings).toHaveLength(1);
    expect(warnings[0].message).toContain('Nghỉ địa phương');
    const moved = await run('--calendar', 'cal.json', '--day-off-deadline', 'next-working-day');
    expect(district(moved.doc).deadline).toBe('2020-09-16');
    expect((await run('--day-off-deadline', 'sometimes')).code).toBe(2);
    expect((await run('--calendar', 'missing.json')).code).toBe(2);
  });

  it('accepts exemptions', async () => {
    const f = fakeIo({ 'plan.json': planFile, 'units.json': JSON.stringify(units) });
    await runCli(
      ['schedule', 'plan.json', '--units', 'units.json', '--exempt', 'nga-son', '--format', 'json'],
      f.io,
    );
    const doc = JSON.parse(f.out());
    expect(
      doc.nodes.some(
        (n: { activity: string; unit?: string }) =>
          n.activity === 's-district' && n.unit === 'nga-son',
      ),
    ).toBe(false);
  });
});
