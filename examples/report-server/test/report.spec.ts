import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { plan985KhHndt, type RollupResult } from '@rollout/core';
import { renderProgressText } from '@rollout/document';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generatedEvents, ndjson, TEST_UNITS } from './support/fixtures.js';
import { BACKENDS, type Harness, openHarness, tempDir } from './support/harness.js';
import { readZipText } from './support/zip.js';

const ROLLOUT = new URL('../node_modules/.bin/rollout', import.meta.url).pathname;
const vi = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');

describe.each(BACKENDS)('the progress report on $name', (backend) => {
  let h: Harness;
  let district: string;

  beforeAll(async () => {
    h = await openHarness(backend);
    district = await h.token('th-d1');
    const res = await h.call('POST', '/plans/p985/events', {
      token: h.admin,
      body: ndjson(generatedEvents(TEST_UNITS, 300, 11, 'rep')),
    });
    expect(res.status).toBe(200);
  });
  afterAll(async () => {
    await h.close();
  });

  it('gives the same figures as `rollout progress` over the exported events', async () => {
    const dir = tempDir('report-');
    const events = await (await h.call('GET', '/plans/p985/events', { token: h.admin })).text();
    writeFileSync(join(dir, 'events.ndjson'), events);
    writeFileSync(join(dir, 'units.json'), JSON.stringify({ units: TEST_UNITS }));
    writeFileSync(
      join(dir, 'plan.json'),
      JSON.stringify({ format: 'rollout/plan', version: 1, plan: plan985KhHndt }),
    );
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
          join(dir, 'units.json'),
          '--today',
          '2020-10-20',
          '--format',
          'json',
        ],
        { encoding: 'utf8' },
      );
    } catch (error) {
      // Exit 1: some event raised an error issue (a contradiction); the JSON is printed all the same.
      out = (error as { stdout: string }).stdout;
    }
    const cli = JSON.parse(out) as RollupResult & { issues: { code: string }[] };
    const ours = (await (
      await h.call('GET', '/plans/p985/rollup', { token: h.admin })
    ).json()) as RollupResult;
    expect(ours.totals).toEqual(cli.totals);
    expect(ours.tiers).toEqual(cli.tiers);
    expect(ours.units).toEqual(cli.units);
    expect(ours.overdue).toEqual(cli.overdue);
    expect(ours.events.accepted).toBe(cli.events.accepted);
    expect(ours.events.read).toBe(cli.events.read);
    expect(ours.issues.map((i) => i.code)).toEqual(cli.issues.map((i) => i.code));
    // The report is the SDK's, from the same figures.
    const txt = await (await h.call('GET', '/plans/p985/report?to=txt', { token: h.admin })).text();
    expect(txt).toBe(renderProgressText(ours, { plan: plan985KhHndt, lang: 'vi' }));
    expect(txt).toContain(`phải tổ chức ${vi(cli.totals.sessions.expected)}, đã đến hạn`);
    expect(txt).toContain(`; đã tổ chức ${vi(cli.totals.sessions.held)} (trong đó`);
  });

  it('reports on a district as issued by that district, with its own figures', async () => {
    const roll = (await (
      await h.call('GET', '/plans/p985/rollup', { token: district })
    ).json()) as RollupResult;
    const res = await h.call('GET', '/plans/p985/report?to=md', { token: district });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/markdown/);
    expect(res.headers.get('content-disposition')).toMatch(/bao-cao-p985-th-d1-2020-10-20\.md/);
    const md = await res.text();
    expect(md).toContain('BÁO CÁO');
    expect(md.toUpperCase()).toContain('HỘI NÔNG DÂN HUYỆN THANH HÓA 1');
    expect(md).toContain(
      `phải tổ chức ${roll.totals.sessions.expected}, đã đến hạn ${roll.totals.sessions.due}; đã tổ chức ${roll.totals.sessions.held} (`,
    );
    expect(roll.totals.sessions.expected).toBe(6);
    expect(md).toContain('tính đến ngày 20/10/2020');
    expect(md).not.toContain(plan985KhHndt.signature!.name);
  });

  it('renders HTML that runs nothing, and English on request', async () => {
    const res = await h.call('GET', '/plans/p985/report?to=html&lang=en&unit=th-d1', {
      token: district,
    });
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.headers.get('content-security-policy')).toBe(
      "default-src 'none'; style-src 'unsafe-inline'",
    );
    const html = await res.text();
    expect(html).toContain('REPORT');
    expect(html).not.toMatch(/<script/i);
  });

  it('writes a .docx with the figures of the day asked for', async () => {
    const roll = (await (
      await h.call('GET', '/plans/p985/rollup?today=2020-09-30', { token: district })
    ).json()) as RollupResult;
    const res = await h.call('GET', '/plans/p985/report?to=docx&today=2020-09-30', {
      token: district,
    });
    expect(res.status).toBe(200);
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([bytes[0], bytes[1]]).toEqual([0x50, 0x4b]);
    const xml = readZipText(bytes, 'word/document.xml');
    expect(xml).toBeDefined();
    const text = xml!.replace(/<[^>]+>/g, '');
    expect(text).toContain('30/9/2020');
    expect(text).toContain(
      `phải tổ chức ${roll.totals.sessions.expected}, đã đến hạn ${roll.totals.sessions.due}; đã tổ chức ${roll.totals.sessions.held} (`,
    );
  });

  it('refuses an unknown format or language (400)', async () => {
    expect((await h.call('GET', '/plans/p985/report?to=pdf', { token: district })).status).toBe(
      400,
    );
    expect((await h.call('GET', '/plans/p985/report?lang=fr', { token: district })).status).toBe(
      400,
    );
  });
});
