import { createHash } from 'node:crypto';
import { plan985KhHndt } from '@rollout/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROUTES } from '../src/app.js';
import { generatedTree, ndjson } from './support/fixtures.js';
import { BACKENDS, type Harness, openHarness } from './support/harness.js';

const event = (id: string, unit: string) => ({
  kind: 'report-sent',
  id,
  unit,
  date: '2020-10-01',
  period: '2020-Q3',
  recordedBy: 'Văn phòng',
  recordedAt: '2020-10-01T08:00:00+07:00',
});

const envelope = { format: 'rollout/plan', version: 1, plan: plan985KhHndt };

/**
 * Every route with a request that one token may make and another may not:
 * `who` names the tokens that must get 403 (besides none: 401).
 */
interface Case {
  readonly route: string;
  readonly method: string;
  readonly path: string;
  readonly json?: unknown;
  readonly body?: string;
  readonly forbidden: readonly ('commune' | 'district' | 'otherProvince' | 'otherTree')[];
}

/** Every unit token: what an admin-only route refuses. */
const EVERY_UNIT = ['commune', 'district', 'otherProvince', 'otherTree'] as const;

const CASES: readonly Case[] = [
  { route: '/trees', method: 'GET', path: '/trees', forbidden: EVERY_UNIT },
  {
    route: '/trees',
    method: 'POST',
    path: '/trees',
    json: { id: 'x', name: 'x', units: [{ id: 'x', name: 'X', level: 'province' }] },
    forbidden: EVERY_UNIT,
  },
  { route: '/trees/vn', method: 'POST', path: '/trees/vn', json: {}, forbidden: EVERY_UNIT },
  { route: '/trees/vn/:province', method: 'POST', path: '/trees/vn/38', forbidden: EVERY_UNIT },
  { route: '/trees/:tree', method: 'GET', path: '/trees/vn-test', forbidden: ['otherTree'] },
  { route: '/tokens', method: 'GET', path: '/tokens', forbidden: EVERY_UNIT },
  {
    route: '/tokens',
    method: 'POST',
    path: '/tokens',
    json: { tree: 'vn-test', unit: 'th', label: 'x' },
    forbidden: EVERY_UNIT,
  },
  { route: '/tokens/:token', method: 'DELETE', path: '/tokens/none', forbidden: EVERY_UNIT },
  {
    route: '/plans',
    method: 'POST',
    path: '/plans',
    json: { id: 'p2', tree: 'vn-test', plan: envelope },
    forbidden: EVERY_UNIT,
  },
  { route: '/plans/:plan', method: 'GET', path: '/plans/p985', forbidden: ['otherTree'] },
  {
    route: '/plans/:plan',
    method: 'PUT',
    path: '/plans/p985',
    json: envelope,
    forbidden: EVERY_UNIT,
  },
  {
    route: '/plans/:plan/versions',
    method: 'GET',
    path: '/plans/p985/versions',
    forbidden: ['otherTree'],
  },
  {
    route: '/plans/:plan/versions/:version',
    method: 'GET',
    path: '/plans/p985/versions/1',
    forbidden: ['otherTree'],
  },
  {
    route: '/plans/:plan/events',
    method: 'POST',
    path: '/plans/p985/events',
    json: event('acc-1', 'th-d1-c1'),
    forbidden: ['otherProvince', 'otherTree'],
  },
  {
    route: '/plans/:plan/events',
    method: 'POST',
    path: '/plans/p985/events',
    json: event('acc-2', 'th-d1'),
    forbidden: ['commune', 'otherProvince', 'otherTree'],
  },
  {
    route: '/plans/:plan/events',
    method: 'GET',
    path: '/plans/p985/events?unit=th-d1',
    forbidden: ['commune', 'otherProvince', 'otherTree'],
  },
  {
    route: '/plans/:plan/rollup',
    method: 'GET',
    path: '/plans/p985/rollup?unit=th',
    forbidden: EVERY_UNIT,
  },
  {
    route: '/plans/:plan/rollup',
    method: 'GET',
    path: '/plans/p985/rollup?unit=th-d1-c1',
    forbidden: ['otherProvince', 'otherTree'],
  },
  {
    route: '/plans/:plan/rollup',
    method: 'GET',
    path: '/plans/p985/rollup',
    forbidden: ['otherTree'],
  },
  {
    route: '/plans/:plan/units/:unit',
    method: 'GET',
    path: '/plans/p985/units/th-d1',
    forbidden: ['commune', 'otherProvince', 'otherTree'],
  },
  {
    route: '/plans/:plan/units/:unit',
    method: 'GET',
    path: '/plans/p985/units/nowhere',
    forbidden: EVERY_UNIT,
  },
  {
    route: '/plans/:plan/report',
    method: 'GET',
    path: '/plans/p985/report?unit=th-d1&to=md',
    forbidden: ['commune', 'otherProvince', 'otherTree'],
  },
  { route: '/plans/:plan/check', method: 'GET', path: '/plans/p985/check', forbidden: EVERY_UNIT },
];

/** Routes that every valid token may use, or that need none. */
const OPEN_ROUTES = new Set(['GET /', 'GET /health', 'GET /tokens/self', 'GET /plans']);

describe.each(BACKENDS)('access on $name', (backend) => {
  let h: Harness;
  let clock = 1_000_000;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    h = await openHarness(backend, { now: () => clock });
    tokens.commune = await h.token('th-d1-c1');
    tokens.district = await h.token('th-d1');
    tokens.otherProvince = await h.token('na-d1-c1');
    const other = await h.call('POST', '/trees', {
      token: h.admin,
      json: {
        id: 'other',
        name: 'Khác',
        units: generatedTree([{ id: 'qb', name: 'Quảng Bình', districts: 1, communes: 1 }]),
      },
    });
    expect(other.status).toBe(201);
    const res = await h.call('POST', '/tokens', {
      token: h.admin,
      json: { tree: 'other', unit: 'qb', label: 'Quảng Bình' },
    });
    tokens.otherTree = ((await res.json()) as { token: string }).token;
  });
  afterAll(async () => {
    await h.close();
  });

  it('has an access case for every route that needs a token', () => {
    const covered = new Set(CASES.map((c) => `${c.method} ${c.route}`));
    for (const r of ROUTES)
      for (const m of r.methods) {
        const key = `${m} ${r.path}`;
        if (!OPEN_ROUTES.has(key)) expect(covered, key).toContain(key);
      }
  });

  it.each(CASES)('$method $path: 401 without a token, 403 for $forbidden', async (c) => {
    const call = (token?: string) =>
      h.call(c.method, c.path, {
        ...(token === undefined ? {} : { token }),
        ...(c.json === undefined ? {} : { json: c.json }),
      });
    const none = await call();
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toMatch(/^Bearer/);
    const wrong = await call('rlt_0123456789abcdef.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA');
    expect(wrong.status).toBe(401);
    for (const who of ['commune', 'district', 'otherProvince', 'otherTree'] as const) {
      const res = await call(tokens[who]);
      if (c.forbidden.includes(who)) {
        expect(res.status, `${who} on ${c.method} ${c.path}`).toBe(403);
        const body = (await res.json()) as {
          error: string;
          issues: { code: string; message: { vi: string; en: string } }[];
        };
        expect(body.error).toBe('forbidden');
        expect(body.issues[0]!.code).toMatch(/^access\//);
        expect(body.issues[0]!.message.vi.length).toBeGreaterThan(10);
      } else {
        expect([403, 401], `${who} on ${c.method} ${c.path}`).not.toContain(res.status);
      }
    }
  });

  it('lists only the plans of the token’s own tree', async () => {
    const mine = await h.call('GET', '/plans', { token: tokens.commune });
    expect(((await mine.json()) as { plans: { id: string }[] }).plans.map((p) => p.id)).toEqual([
      'p985',
    ]);
    const theirs = await h.call('GET', '/plans', { token: tokens.otherTree });
    expect(((await theirs.json()) as { plans: unknown[] }).plans).toEqual([]);
  });

  it('shows a unit token only its own subtree of the tree and of the events', async () => {
    const tree = (await (
      await h.call('GET', '/trees/vn-test', { token: tokens.district })
    ).json()) as { units: { id: string }[] };
    expect(tree.units.map((u) => u.id)).toEqual([
      'th-d1',
      'th-d1-c1',
      'th-d1-c2',
      'th-d1-c3',
      'th-d1-c4',
      'th-d1-c5',
    ]);
    const batch = await h.call('POST', '/plans/p985/events', {
      token: h.admin,
      body: ndjson([
        event('sub-1', 'th-d1-c2'),
        event('sub-2', 'th-d2-c1'),
        event('sub-3', 'na-d1'),
      ]),
    });
    expect(batch.status).toBe(200);
    const text = await (
      await h.call('GET', '/plans/p985/events', { token: tokens.district })
    ).text();
    const units = text
      .trim()
      .split('\n')
      .map((l) => (JSON.parse(l) as { unit: string }).unit);
    expect(units.length).toBeGreaterThan(0);
    expect(units.every((u) => u.startsWith('th-d1'))).toBe(true);
    const rollup = (await (
      await h.call('GET', '/plans/p985/rollup', { token: tokens.district })
    ).json()) as {
      units: { unit: string }[];
      totals: { reports: number };
    };
    expect(rollup.units.map((u) => u.unit)).toEqual(tree.units.map((u) => u.id));
  });

  it('names the other unit of a batch line and stores the rest', async () => {
    const res = await h.call('POST', '/plans/p985/events', {
      token: tokens.commune,
      body: ndjson([
        event('line-1', 'th-d1-c1'),
        event('line-2', 'th-d1-c2'),
        event('line-3', 'no-such-unit'),
      ]),
    });
    const body = (await res.json()) as {
      stored: number;
      results: { line: number; issues: { code: string }[] }[];
    };
    expect(body.stored).toBe(1);
    expect(body.results.map((r) => [r.line, r.issues[0]!.code])).toEqual([
      [2, 'access/outside-subtree'],
      [3, 'access/outside-subtree'],
    ]);
  });

  it('stores only a hash of each token, and never writes a token to the log', async () => {
    const rows = await h.db.query<Record<string, unknown>>('SELECT * FROM tokens');
    const dump = JSON.stringify(rows);
    for (const t of [h.admin, ...Object.values(tokens)]) {
      const secret = t.split('.')[1]!;
      expect(dump).not.toContain(secret);
      expect(dump).toContain(createHash('sha256').update(secret).digest('hex'));
    }
    const logs = JSON.stringify(h.logs);
    expect(h.logs.length).toBeGreaterThan(50);
    for (const t of [h.admin, ...Object.values(tokens)])
      expect(logs).not.toContain(t.split('.')[1]!);
    expect(h.logs.some((l) => l.token === tokens.commune!.slice(4, 20))).toBe(true);
  });

  it('names a token after its unit when no label is given, and knows only the tree’s units', async () => {
    const made = await h.call('POST', '/tokens', {
      token: h.admin,
      json: { tree: 'vn-test', unit: 'na' },
    });
    expect(made.status).toBe(201);
    expect(((await made.json()) as { label: string }).label).toBe('vn-test/na');
    const nowhere = await h.call('POST', '/tokens', {
      token: h.admin,
      json: { tree: 'vn-test', unit: 'qb' },
    });
    expect(nowhere.status).toBe(404);
    expect(((await nowhere.json()) as { issues: { code: string }[] }).issues[0]!.code).toBe(
      'unit/not-found',
    );
  });

  it('stops a revoked token at once', async () => {
    const t = await h.token('th-d3');
    const id = t.slice(4, 20);
    expect((await h.call('GET', '/tokens/self', { token: t })).status).toBe(200);
    const del = await h.call('DELETE', `/tokens/${id}`, { token: h.admin });
    expect(del.status).toBe(200);
    expect(((await del.json()) as { revokedAt: string | null }).revokedAt).toMatch(/^\d{4}-/);
    const after = await h.call('GET', '/plans/p985/rollup', { token: t });
    expect(after.status).toBe(401);
    expect(((await after.json()) as { issues: { code: string }[] }).issues[0]!.code).toBe(
      'auth/invalid-token',
    );
  });

  it('limits each token to its rate, and lets it go on once the minute refills', async () => {
    const t = await h.token('th-d4', { ratePerMinute: 3 });
    const statuses: number[] = [];
    for (let k = 0; k < 4; k++)
      statuses.push((await h.call('GET', '/tokens/self', { token: t })).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const limited = await h.call('GET', '/tokens/self', { token: t });
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    // Another token is not slowed by it.
    expect((await h.call('GET', '/tokens/self', { token: tokens.district })).status).toBe(200);
    clock += 20_000; // one request back after 20 s at 3 a minute
    expect((await h.call('GET', '/tokens/self', { token: t })).status).toBe(200);
    expect((await h.call('GET', '/tokens/self', { token: t })).status).toBe(429);
  });

  it('refuses a body over the token’s limit (413), declared or streamed', async () => {
    const t = await h.token('th-d2', { maxBodyBytes: 2000 });
    const big = ndjson(Array.from({ length: 20 }, (_, k) => event(`big-${k}`, 'th-d2')));
    expect(big.length).toBeGreaterThan(2000);
    const declared = await h.call('POST', '/plans/p985/events', { token: t, body: big });
    expect(declared.status).toBe(413);
    expect(((await declared.json()) as { issues: { code: string }[] }).issues[0]!.code).toBe(
      'request/too-large',
    );
    const bytes = new TextEncoder().encode(big);
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let at = 0; at < bytes.length; at += 500)
          controller.enqueue(bytes.slice(at, at + 500));
        controller.close();
      },
    });
    const streamed = await h.app.request(
      new Request('http://local/plans/p985/events', {
        method: 'POST',
        headers: { authorization: `Bearer ${t}`, 'content-type': 'application/x-ndjson' },
        body: stream,
        duplex: 'half',
      } as RequestInit),
    );
    expect(streamed.status).toBe(413);
    const rows = await h.db.query(`SELECT 1 FROM events WHERE event_key LIKE 'id:big-%'`);
    expect(rows).toEqual([]);
    const small = await h.call('POST', '/plans/p985/events', {
      token: t,
      body: ndjson([event('big-ok', 'th-d2')]),
    });
    expect(small.status).toBe(200);
  });
});
