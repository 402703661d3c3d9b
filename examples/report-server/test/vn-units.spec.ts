import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type ProgressEvent, planTwoLevelProvince, type RollupResult } from '@rollout/core';
import { communes, unitTree } from '@rollout/vn-units';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BatchResult } from '../src/service/ingest.js';
import { BACKENDS, type Harness, openHarness, tempDir } from './support/harness.js';

const ROLLOUT = new URL('../node_modules/.bin/rollout', import.meta.url).pathname;
const envelope = { format: 'rollout/plan', version: 1, plan: planTwoLevelProvince };

const held = (id: string, unit: string, date: string, present: number): ProgressEvent => ({
  kind: 'session-held',
  id,
  unit,
  session: 's-commune',
  date,
  method: 'online',
  attendees: { present, expected: 60 },
  recordedBy: 'Ban Tuyên giáo',
  recordedAt: `${date}T17:00:00+07:00`,
});

describe.each(BACKENDS)("Vietnam's real units on $name", (backend) => {
  let h: Harness;
  const nga = `vn-38-${communes('38').find((c) => c.name === 'Nga Sơn')!.code}`;
  const vinh = `vn-40-${communes('40')[0]!.code}`;

  beforeAll(async () => {
    h = await openHarness(backend, { bare: true, today: '2026-04-10' });
  });
  afterAll(async () => {
    await h.close();
  });

  it('stores one province as a tree (POST /trees/vn/38), as @rollout/vn-units builds it', async () => {
    const res = await h.call('POST', '/trees/vn/38', { token: h.admin });
    expect(res.status).toBe(201);
    const body = (await res.json()) as { id: string; name: string; units: number; source: string };
    expect(body).toMatchObject({ id: 'vn-38', source: 'vn-units' });
    expect(body.name).toMatch(/^Tỉnh Thanh Ho[áa]$/);
    const want = unitTree({ provinces: ['38'] }).units;
    expect(body.units).toBe(want.length);
    const tree = (await (await h.call('GET', '/trees/vn-38', { token: h.admin })).json()) as {
      units: unknown[];
    };
    expect(tree.units).toEqual(want);
    expect((await h.call('POST', '/trees/vn/99', { token: h.admin })).status).toBe(422);
    expect((await h.call('POST', '/trees/vn/38', { token: h.admin })).status).toBe(409);
  });

  it('takes reports from a province, a commune, and refuses another province’s commune', async () => {
    const two = await h.call('POST', '/trees/vn', {
      token: h.admin,
      json: { id: 'bac-trung-bo', provinces: ['38', 'Nghệ An'] },
    });
    expect(two.status).toBe(201);
    const plan = await h.call('POST', '/plans', {
      token: h.admin,
      json: { id: 'kh-2c', tree: 'bac-trung-bo', plan: envelope },
    });
    expect(plan.status).toBe(201);
    const mk = async (unit: string) => {
      const r = await h.call('POST', '/tokens', {
        token: h.admin,
        json: { tree: 'bac-trung-bo', unit, label: unit },
      });
      return ((await r.json()) as { token: string }).token;
    };
    const province = await mk('vn-38');
    const commune = await mk(nga);
    const other = await mk(vinh);
    const lines = [
      JSON.stringify(held('vn-1', nga, '2026-03-20', 55)),
      '{ not json',
      JSON.stringify(held('vn-1', nga, '2026-03-20', 55)),
      JSON.stringify(held('vn-2', vinh, '2026-03-21', 40)),
      JSON.stringify({ ...held('vn-3', nga, '2026-03-20', 70) }),
    ];
    const batch = (await (
      await h.call('POST', '/plans/kh-2c/events', { token: commune, body: `${lines.join('\n')}\n` })
    ).json()) as BatchResult;
    expect(batch.stored).toBe(2);
    expect(batch.results.map((r) => [r.line, r.status])).toEqual([
      [2, 'rejected'],
      [3, 'duplicate'],
      [4, 'rejected'],
      [5, 'stored'],
    ]);
    // Line 5: more present than expected; stored, counted as held, its figures left out.
    expect(batch.results[3]).toMatchObject({ counted: true });
    const fromOther = await h.call('POST', '/plans/kh-2c/events', {
      token: other,
      json: held('vn-4', nga, '2026-03-22', 30),
    });
    expect(fromOther.status).toBe(403);
    const own = await h.call('POST', '/plans/kh-2c/events', {
      token: other,
      json: held('vn-5', vinh, '2026-04-02', 30),
    });
    expect(own.status).toBe(201);
    const byProvince = await h.call('POST', '/plans/kh-2c/events', {
      token: province,
      json: {
        kind: 'report-sent',
        id: 'vn-6',
        unit: 'vn-38',
        date: '2026-04-05',
        recordedBy: 'Văn phòng Tỉnh ủy',
        recordedAt: '2026-04-05T08:00:00+07:00',
      },
    });
    expect(byProvince.status).toBe(201);
    expect(
      (await h.call('GET', `/plans/kh-2c/rollup?unit=${vinh}`, { token: province })).status,
    ).toBe(403);
    expect((await h.call('GET', '/plans/kh-2c/rollup?unit=vn-38', { token: commune })).status).toBe(
      403,
    );

    // The whole roll-up equals `rollout progress` over the export, with the CLI's own vn: tree.
    const dir = tempDir('vn-');
    writeFileSync(
      join(dir, 'events.ndjson'),
      await (await h.call('GET', '/plans/kh-2c/events', { token: h.admin })).text(),
    );
    writeFileSync(join(dir, 'plan.json'), JSON.stringify(envelope));
    let out: string;
    try {
      out = execFileSync(
        ROLLOUT,
        [
          'progress',
          join(dir, 'plan.json'),
          '--events',
          join(dir, 'events.ndjson'),
          '--units',
          'vn:38,40',
          '--today',
          '2026-04-10',
          '--format',
          'json',
        ],
        { encoding: 'utf8' },
      );
    } catch (error) {
      out = (error as { stdout: string }).stdout;
    }
    const cli = JSON.parse(out) as RollupResult;
    const ours = (await (
      await h.call('GET', '/plans/kh-2c/rollup', { token: h.admin })
    ).json()) as RollupResult;
    expect(ours.totals).toEqual(cli.totals);
    expect(ours.tiers).toEqual(cli.tiers);
    expect(ours.units).toEqual(cli.units);
    expect(ours.overdue).toEqual(cli.overdue);
    expect(ours.totals.sessions.held).toBe(2);
    expect(ours.totals.reports).toBe(1);
    // Thanh Hóa alone, through its province token.
    const th = (await (
      await h.call('GET', '/plans/kh-2c/rollup?units=false', { token: province })
    ).json()) as RollupResult;
    expect(th.units).toBeNull();
    expect(th.totals.sessions.held).toBe(1);
    expect(th.totals.attendance.present).toBe(55);
    expect(th.tiers.find((t) => t.tier === 'commune')!.units).toBe(communes('38').length);
    const report = await (
      await h.call('GET', '/plans/kh-2c/report?to=md', { token: province })
    ).text();
    expect(report).toContain('BÁO CÁO');
    expect(report.toUpperCase()).toContain('TỈNH ỦY THANH HO');
  });
});
