import { plan985KhHndt } from '@rollout/core';
import { describe, expect, it } from 'vitest';
import { runCli } from '../src/main.js';
import { fakeIo } from './fake-io.js';

const planFile = JSON.stringify({ format: 'rollout/plan', version: 1, plan: plan985KhHndt });
const unitsFile = JSON.stringify({
  units: [
    { id: 'tinh', name: 'Hội Nông dân tỉnh', level: 'province' },
    { id: 'nga-son', name: 'Hội Nông dân huyện Nga Sơn', level: 'district', parent: 'tinh' },
    { id: 'nga-an', name: 'Hội Nông dân xã Nga An', level: 'commune', parent: 'nga-son' },
    { id: 'nga-bach', name: 'Hội Nông dân xã Nga Bạch', level: 'commune', parent: 'nga-son' },
  ],
});
const rec = { recordedBy: 'Ban Tuyên giáo', recordedAt: '2020-10-20T08:00:00+07:00' };
const held = {
  kind: 'session-held',
  id: 'e1',
  unit: 'nga-son',
  session: 's-district',
  date: '2020-09-12',
  method: 'online',
  bridgePoints: 5,
  attendees: { present: 40, expected: 45 },
  ...rec,
};
const lines = [
  JSON.stringify(held),
  '{oops',
  JSON.stringify({ kind: 'session-held' }),
  JSON.stringify({
    kind: 'session-skipped',
    unit: 'nga-an',
    session: 's-commune',
    date: '2020-09-01',
    exemption: 's-province',
    ...rec,
  }),
  JSON.stringify(held),
  JSON.stringify({ kind: 'report-sent', unit: 'x', date: '2020-10-01', ...rec }),
  '',
  JSON.stringify({
    kind: 'reflections-submitted',
    unit: 'nga-son',
    submitted: 30,
    expected: 40,
    ...rec,
  }),
];
const files = {
  'plan.json': planFile,
  'units.json': unitsFile,
  'events.ndjson': `${lines.join('\n')}\n`,
  'clean.ndjson': `${JSON.stringify(held)}\r\n`,
};
const args = ['progress', 'plan.json', '--events', 'events.ndjson', '--units', 'units.json'];

describe('rollout progress', () => {
  it('--format json prints the documented roll-up, with line numbers on bad lines', async () => {
    const f = fakeIo(files);
    const code = await runCli([...args, '--today', '2020-10-20', '--format', 'json'], f.io);
    expect(code).toBe(1);
    const doc = JSON.parse(f.out());
    expect(Object.keys(doc)).toEqual([
      'format',
      'version',
      'today',
      'totals',
      'tiers',
      'units',
      'overdue',
      'overdueTotal',
      'events',
      'issues',
    ]);
    expect(doc.today).toBe('2020-10-20');
    expect(doc.totals.sessions).toEqual({
      expected: 4,
      due: 4,
      held: 2,
      exempted: 1,
      done: 3,
      heldLate: 0,
      overdue: 1,
      late: 1,
      daysLate: 5,
    });
    expect(doc.totals.attendance).toEqual({ present: 40, expected: 45, rate: 40 / 45 });
    expect(doc.totals.bridgePoints).toBe(5);
    expect(doc.totals.reflections.rate).toBe(0.75);
    expect(doc.overdue).toEqual([
      {
        unit: 'nga-bach',
        name: 'Hội Nông dân xã Nga Bạch',
        tier: 'commune',
        activity: 's-commune',
        kind: 'session',
        deadline: '2020-10-15',
        daysLate: 5,
      },
    ]);
    expect(doc.events).toEqual({
      read: 5,
      accepted: 3,
      duplicates: 1,
      rejected: 1,
      lines: 8,
      badLines: 2,
    });
    const at = (code: string) =>
      doc.issues
        .filter((i: { code: string }) => i.code === code)
        .map((i: { path: unknown }) => i.path);
    // `{oops`: the NDJSON reader of @rollout/json says where and why, with its own code.
    expect(at('json/syntax').map((p: unknown[]) => p.slice(0, 2))).toEqual([['line', 2]]);
    expect(doc.issues.find((i: { code: string }) => i.code === 'json/syntax').message).toContain(
      'dòng 2, cột 2',
    );
    expect(at('schema/required')[0]?.slice(0, 2)).toEqual(['line', 3]);
    expect(at('progress/duplicate-event')).toEqual([['line', 5, 'id']]);
    expect(at('progress/unknown-unit')).toEqual([['line', 6, 'unit']]);
    expect(doc.units.map((u: { unit: string }) => u.unit)).toEqual([
      'tinh',
      'nga-son',
      'nga-an',
      'nga-bach',
    ]);
  });

  it('prints a Vietnamese summary table per tier', async () => {
    const f = fakeIo(files);
    const code = await runCli([...args, '--today', '2020-10-20'], f.io);
    expect(code).toBe(1);
    const text = f.out();
    for (const label of [
      'Cấp',
      'Đã tổ chức',
      'Đến hạn',
      'Chậm',
      'Tỷ lệ dự học',
      'Điểm cầu',
      'Thu hoạch',
      'KH hành động',
      'Tổng cộng',
    ])
      expect(text).toContain(label);
    expect(text).toContain('đến ngày 20/10/2020');
    expect(text).toContain('88,9 %');
    expect(text).toMatch(/Hội Nông dân xã Nga Bạch \(nga-bach\).*chậm 5 ngày/);
    expect(text).toContain('2 dòng hỏng');
    const district = text.split('\n').find((l) => l.startsWith('Hội Nông dân các huyện'))!;
    expect(district.split('|').map((c) => c.trim())).toEqual([
      'Hội Nông dân các huyện, thị, thành phố',
      '1/1',
      '1',
      '0',
      '88,9 %',
      '5',
      '30 (75,0 %)',
      '0/1',
    ]);
    expect(text.normalize('NFC')).toBe(text);
  });

  it('speaks English with --lang en and exits 0 when nothing is wrong', async () => {
    const f = fakeIo(files);
    const code = await runCli(
      [
        'progress',
        'plan.json',
        '--events',
        'clean.ndjson',
        '--units',
        'units.json',
        '--today',
        '2020-09-20',
        '--lang',
        'en',
      ],
      f.io,
    );
    expect(code).toBe(0);
    expect(f.out()).toContain('Attendance');
    expect(f.out()).toContain('1 events: 1 counted');
  });

  it('runs per tier without a unit tree', async () => {
    const f = fakeIo({
      ...files,
      'tiers.ndjson': JSON.stringify({ ...held, unit: 'district' }),
    });
    const code = await runCli(
      [
        'progress',
        'plan.json',
        '--events',
        'tiers.ndjson',
        '--today',
        '2020-09-20',
        '--format',
        'json',
      ],
      f.io,
    );
    expect(code).toBe(0);
    expect(JSON.parse(f.out()).tiers[1].counts.sessions.held).toBe(1);
  });

  it('reads a byte-order mark, CRLF and a line that is not UTF-8, and goes on', async () => {
    const enc = new TextEncoder();
    const good = enc.encode(`\uFEFF${JSON.stringify(held)}\r\n`);
    const bad = new Uint8Array([0x7b, 0xff, 0xfe, 0x7d, 0x0a]);
    const last = enc.encode(
      JSON.stringify({
        ...held,
        id: 'e9',
        unit: 'tinh',
        session: 's-province',
        date: '2020-08-31',
      }),
    );
    const bytes = new Uint8Array(good.length + bad.length + last.length);
    bytes.set(good, 0);
    bytes.set(bad, good.length);
    bytes.set(last, good.length + bad.length);
    const f = fakeIo({ ...files, 'mixed.ndjson': bytes });
    const code = await runCli(
      [
        'progress',
        'plan.json',
        '--events',
        'mixed.ndjson',
        '--units',
        'units.json',
        '--today',
        '2020-09-20',
        '--format',
        'json',
      ],
      f.io,
    );
    expect(code).toBe(1);
    const doc = JSON.parse(f.out());
    expect(doc.events).toMatchObject({ read: 2, accepted: 2, lines: 3, badLines: 1 });
    expect(doc.issues.map((i: { path: unknown[] }) => i.path.slice(0, 2))).toEqual([['line', 2]]);
  });

  it('never reads the clock: without --today nothing is due or late', async () => {
    const f = fakeIo(files);
    const code = await runCli([...args, '--format', 'json'], f.io);
    const doc = JSON.parse(f.out());
    expect(doc.today).toBeNull();
    expect(doc.totals.sessions).toMatchObject({ due: 0, late: 0, overdue: 0 });
    expect(doc.overdue).toEqual([]);
    expect(code).toBe(1); // the bad lines are still errors
    const text = fakeIo(files);
    await runCli(args, text.io);
    expect(text.out()).toContain('--today YYYY-MM-DD');
  });

  it('exits 2 on unusable input', async () => {
    const missing = fakeIo(files);
    expect(await runCli(['progress', 'plan.json', '--events', 'nope.ndjson'], missing.io)).toBe(2);
    const noEvents = fakeIo(files);
    expect(await runCli(['progress', 'plan.json'], noEvents.io)).toBe(2);
    const badDay = fakeIo(files);
    expect(await runCli([...args, '--today', '2021-02-31'], badDay.io)).toBe(2);
    const badPlan = fakeIo({ ...files, 'plan.json': '{"header": 1}' });
    expect(await runCli([...args, '--format', 'json'], badPlan.io)).toBe(2);
    expect(JSON.parse(badPlan.out()).issues.length).toBeGreaterThan(0);
    const badUnits = fakeIo({ ...files, 'units.json': '{"units": 3}' });
    expect(await runCli(args, badUnits.io)).toBe(2);
  });
});
