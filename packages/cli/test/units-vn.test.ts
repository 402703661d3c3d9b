// `--units vn:<code>`: Vietnam's real units from @rollout/vn-units, for schedule and progress.
import { planTwoLevelProvince } from '@rollout/core';
import { communes } from '@rollout/vn-units';
import { describe, expect, it } from 'vitest';
import { runCli } from '../src/main.js';
import { fakeIo } from './fake-io.js';

const planFile = JSON.stringify({ format: 'rollout/plan', version: 1, plan: planTwoLevelProvince });

interface Node {
  activity: string;
  unit?: string;
  deadline: string | null;
  feasible: boolean;
}

describe('rollout schedule --units vn:…', () => {
  it('schedules the two-level fixture over Thanh Hoá’s real communes (vn:38)', async () => {
    const f = fakeIo({ 'plan.json': planFile });
    const code = await runCli(
      ['schedule', 'plan.json', '--units', 'vn:38', '--format', 'json'],
      f.io,
    );
    expect(f.err()).toBe('');
    expect(code).toBe(0);
    const doc: { nodes: Node[]; issues: { severity: string }[] } = JSON.parse(f.out());
    const sessions = doc.nodes.filter((n) => n.activity === 's-commune');
    expect(sessions.map((n) => n.unit)).toEqual(communes('38').map((c) => `vn-38-${c.code}`));
    expect(sessions.every((n) => n.deadline === '2026-03-31' && n.feasible)).toBe(true);
    expect(doc.nodes.find((n) => n.activity === 's-province')?.unit).toBe('vn-38');
    expect(doc.issues.filter((i) => i.severity === 'error')).toEqual([]);
  });

  it('takes names, several provinces and +direct, and prints unit names in text', async () => {
    const f = fakeIo({ 'plan.json': planFile });
    const code = await runCli(['schedule', 'plan.json', '--units', 'vn:Thanh Hóa+direct'], f.io);
    expect(code).toBe(0);
    expect(f.out()).toContain('Đảng ủy xã Nga Sơn');
    expect(f.out()).toContain('Đảng ủy Công an tỉnh Thanh Hoá');
    const two = fakeIo({ 'plan.json': planFile });
    await runCli(['schedule', 'plan.json', '--units', 'vn:38,46', '--format', 'json'], two.io);
    const units = new Set(JSON.parse(two.out()).nodes.map((n: Node) => n.unit));
    expect(units.has('vn-46')).toBe(true);
    expect(units.has('vn-38')).toBe(true);
  });

  it('reports an unknown province or flag as an issue, exit 1, nothing scheduled', async () => {
    for (const spec of ['vn:99', 'vn:38+branches', 'vn:']) {
      const f = fakeIo({ 'plan.json': planFile });
      const code = await runCli(
        ['schedule', 'plan.json', '--units', spec, '--format', 'json'],
        f.io,
      );
      expect(code).toBe(1);
      const doc = JSON.parse(f.out());
      expect(doc.nodes).toEqual([]);
      expect(doc.issues[0].code).toMatch(/^vn-units\//);
    }
  });
});

describe('rollout progress --units vn:…', () => {
  it('rolls events up over the real tree', async () => {
    const event = {
      kind: 'session-held',
      id: 'e1',
      unit: 'vn-38-16093',
      session: 's-commune',
      date: '2026-03-10',
      method: 'in-person',
      attendees: { present: 40, expected: 50 },
      recordedBy: 'Ban Tuyên giáo và Dân vận Tỉnh ủy',
      recordedAt: '2026-03-10T17:00:00+07:00',
    };
    const f = fakeIo({ 'plan.json': planFile, 'events.ndjson': `${JSON.stringify(event)}\n` });
    const code = await runCli(
      [
        'progress',
        'plan.json',
        '--events',
        'events.ndjson',
        '--units',
        'vn:38',
        '--format',
        'json',
      ],
      f.io,
    );
    expect(f.err()).toBe('');
    expect(code).toBe(0);
    expect(f.out()).toContain('vn-38-16093');
    const unknown = fakeIo({ 'plan.json': planFile, 'events.ndjson': '' });
    expect(
      await runCli(
        ['progress', 'plan.json', '--events', 'events.ndjson', '--units', 'vn:99'],
        unknown.io,
      ),
    ).toBe(2);
  });
});
