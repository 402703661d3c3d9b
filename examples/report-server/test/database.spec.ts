import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app.js';
import { type Database, openDatabase } from '../src/db/database.js';
import { migrate, readMigrations } from '../src/db/migrate.js';
import { ReportService } from '../src/service/service.js';
import { generatedEvents, ndjson, TEST_UNITS } from './support/fixtures.js';
import { BACKENDS, type Harness, openHarness, tempDir } from './support/harness.js';

const report = (id: string, unit = 'th-d1-c1') => ({
  kind: 'report-sent',
  id,
  unit,
  date: '2020-10-01',
  recordedBy: 'Văn phòng',
  recordedAt: '2020-10-01T08:00:00+07:00',
});

describe.each(BACKENDS)('the database on $name', (backend) => {
  let h: Harness;
  beforeAll(async () => {
    h = await openHarness(backend);
  });
  afterAll(async () => {
    await h.close();
  });

  it('applies each migration once, in order, and records it', async () => {
    const rows = await h.db.query<{ version: number; name: string }>(
      'SELECT version, name FROM schema_migrations ORDER BY version',
    );
    expect(rows.map((r) => [Number(r.version), r.name])).toEqual(
      readMigrations().map((m) => [m.version, m.name]),
    );
    expect(await migrate(h.db)).toEqual([]);
    const dir = tempDir('migrations-');
    for (const m of readMigrations())
      writeFileSync(join(dir, `${String(m.version).padStart(3, '0')}_${m.name}.sql`), m.sql);
    writeFileSync(
      join(dir, '099_test_note.sql'),
      '-- a later migration\nCREATE TABLE test_note (id integer PRIMARY KEY);\nINSERT INTO test_note VALUES (1);\n',
    );
    expect(await migrate(h.db, readMigrations(dir))).toEqual([99]);
    expect(await migrate(h.db, readMigrations(dir))).toEqual([]);
    expect(await h.db.query('SELECT id FROM test_note')).toEqual([{ id: 1 }]);
  });

  it('writes requests that arrive together in one order, each id once', async () => {
    const events = generatedEvents(TEST_UNITS, 300, 3, 'conc');
    const requests: Promise<Response>[] = [];
    for (let k = 0; k < 30; k++) {
      const part = events.slice(k * 10, k * 10 + 10);
      requests.push(h.call('POST', '/plans/p985/events', { token: h.admin, body: ndjson(part) }));
      // The same event twice at once, by two requests.
      requests.push(h.call('POST', '/plans/p985/events', { token: h.admin, json: part[0] }));
    }
    const answers = await Promise.all(requests);
    expect(answers.every((r) => r.status < 300)).toBe(true);
    const rows = await h.db.query<{ n: unknown; k: unknown }>(
      `SELECT count(*) AS n, count(DISTINCT event_key) AS k FROM events WHERE event_key LIKE 'id:conc-%'`,
    );
    expect(Number(rows[0]!.n)).toBe(300);
    expect(Number(rows[0]!.k)).toBe(300);
    const check = (await (await h.call('GET', '/plans/p985/check', { token: h.admin })).json()) as {
      equal: boolean;
    };
    expect(check.equal).toBe(true);
  });

  it('keeps the source and the time received with each event', async () => {
    const commune = await h.token('th-d1-c1');
    const res = await h.call('POST', '/plans/p985/events', {
      token: commune,
      json: report('src-1'),
    });
    const seq = ((await res.json()) as { seq: number }).seq;
    const text = await (
      await h.call('GET', '/plans/p985/events?meta=true&unit=th-d1-c1', { token: commune })
    ).text();
    const line = text
      .trim()
      .split('\n')
      .map(
        (l) =>
          JSON.parse(l) as {
            seq: number;
            receivedAt: string;
            source: { token: string; batch: null };
            event: { id: string };
          },
      )
      .find((l) => l.event.id === 'src-1');
    expect(line?.seq).toBe(seq);
    expect(line?.source).toEqual({ token: commune.slice(4, 20), batch: null, line: null });
    expect(Date.parse(line!.receivedAt)).toBeGreaterThan(Date.parse('2026-01-01'));
  });
});

describe.each(BACKENDS)('a failed write on $name', (backend) => {
  it('acknowledges nothing (503), then rebuilds the live roll-up and takes the retry', async () => {
    const first = await openHarness(backend);
    const place = first.place;
    await first.close();
    const real = await openDatabase(place);
    let failNext = false;
    // The same database, whose next transaction fails after its work (as a lost connection at COMMIT would).
    const flaky: Database = {
      ...real,
      query: real.query,
      async transaction(fn) {
        const result = await real.transaction(fn);
        if (failNext) {
          failNext = false;
          throw new Error('connection lost at commit');
        }
        return result;
      },
      close: () => real.close(),
    };
    const service = await ReportService.open({ db: flaky, today: () => '2020-10-20' });
    const admin = (await service.tokens.create({ role: 'admin', label: 'a' }, null)).token;
    const app = createApp({ service });
    const post = (body: unknown) =>
      app.request('/plans/p985/events', {
        method: 'POST',
        headers: { authorization: `Bearer ${admin}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    failNext = true;
    const failed = await post(report('flaky-1'));
    expect(failed.status).toBe(503);
    expect(failed.headers.get('retry-after')).toBe('1');
    // Here the commit did happen: the retry finds it stored, and the roll-up counts it once.
    const retry = await post(report('flaky-1'));
    expect(retry.status).toBe(200);
    expect(((await retry.json()) as { status: string }).status).toBe('duplicate');
    const unit = await app.request('/plans/p985/units/th-d1-c1', {
      headers: { authorization: `Bearer ${admin}` },
    });
    expect(((await unit.json()) as { own: { reports: number } }).own.reports).toBe(1);
    const check = await app.request('/plans/p985/check', {
      headers: { authorization: `Bearer ${admin}` },
    });
    expect(((await check.json()) as { equal: boolean }).equal).toBe(true);
    await service.close();
  });
});
