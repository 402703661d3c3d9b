import {
  clonePlan,
  type ProgressEvent,
  plan985KhHndt,
  type RollupResult,
  rollup,
} from '@rollout/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BatchResult } from '../src/service/ingest.js';
import { generatedEvents, ndjson, TEST_UNITS } from './support/fixtures.js';
import { BACKENDS, type Harness, openHarness } from './support/harness.js';

const held = (id: string, unit: string, extra: Partial<ProgressEvent> = {}): ProgressEvent =>
  ({
    kind: 'session-held',
    id,
    unit,
    session: unit.split('-').length === 2 ? 's-district' : 's-commune',
    date: '2020-09-12',
    method: 'online',
    attendees: { present: 40, expected: 42 },
    recordedBy: 'Ban Tuyên giáo huyện',
    recordedAt: '2020-09-12T17:00:00+07:00',
    ...extra,
  }) as ProgressEvent;

/** Every stored event of a plan, as the export gives them. */
async function exported(h: Harness, plan = 'p985'): Promise<ProgressEvent[]> {
  const res = await h.call('GET', `/plans/${plan}/events`, { token: h.admin });
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/application\/x-ndjson/);
  const text = await res.text();
  return text
    .split('\n')
    .filter((l) => l.length > 0)
    .map((l) => JSON.parse(l) as ProgressEvent);
}

describe.each(BACKENDS)('reporting on $name', (backend) => {
  let h: Harness;
  let commune: string;
  let district: string;

  beforeAll(async () => {
    h = await openHarness(backend);
    commune = await h.token('th-d1-c1');
    district = await h.token('th-d1');
  });
  afterAll(async () => {
    await h.close();
  });

  it('stores one event (201), answers a retry as a duplicate (200), and counts it once', async () => {
    const event = held('one-1', 'th-d1-c1');
    const first = await h.call('POST', '/plans/p985/events', { token: commune, json: event });
    expect(first.status).toBe(201);
    const stored = (await first.json()) as { status: string; seq: number; counted: boolean };
    expect(stored.status).toBe('stored');
    expect(stored.counted).toBe(true);
    const retry = await h.call('POST', '/plans/p985/events', { token: commune, json: event });
    expect(retry.status).toBe(200);
    expect(await retry.json()).toEqual({ status: 'duplicate', id: 'one-1', seq: stored.seq });
    const unit = await h.call('GET', '/plans/p985/units/th-d1-c1', { token: commune });
    const progress = (await unit.json()) as {
      own: { sessions: { held: number }; attendance: { present: number } };
    };
    expect(progress.own.sessions.held).toBe(1);
    expect(progress.own.attendance.present).toBe(40);
    const rows = await h.db.query<{ n: unknown }>(
      `SELECT count(*) AS n FROM events WHERE plan_id = 'p985' AND event_key = 'id:one-1'`,
    );
    expect(Number(rows[0]!.n)).toBe(1);
  });

  it('refuses an id already used for other content (409) and keeps the first', async () => {
    const res = await h.call('POST', '/plans/p985/events', {
      token: commune,
      json: held('one-1', 'th-d1-c1', { attendees: { present: 41, expected: 42 } }),
    });
    expect(res.status).toBe(409);
    const body = (await res.json()) as { error: string; issues: { code: string }[] };
    expect(body.error).toBe('id-conflict');
    expect(body.issues[0]!.code).toBe('report/id-conflict');
  });

  it('answers 422 with the SDK issue for a line that is not an event, and 400 for bad JSON', async () => {
    const bad = await h.call('POST', '/plans/p985/events', {
      token: commune,
      json: { kind: 'session-held', unit: 'th-d1-c1' },
    });
    expect(bad.status).toBe(422);
    const issues = ((await bad.json()) as { issues: { code: string; path: unknown[] }[] }).issues;
    expect(issues.some((i) => i.code.startsWith('schema/'))).toBe(true);
    const notJson = await h.call('POST', '/plans/p985/events', {
      token: commune,
      body: '{"kind":',
      type: 'application/json',
    });
    expect(notJson.status).toBe(400);
  });

  it('stores the good lines of a batch and names each bad line with its number and issue', async () => {
    const lines = [
      JSON.stringify(held('b-1', 'th-d1-c2')),
      '{"kind": "report-sent", "unit": ',
      JSON.stringify({ ...held('b-3', 'th-d1-c3'), date: '2020-02-31' }),
      JSON.stringify(held('one-1', 'th-d1-c1')),
      JSON.stringify(held('b-5', 'th-d2-c1')),
      '',
      JSON.stringify({
        kind: 'report-sent',
        id: 'b-7',
        unit: 'th-d1',
        date: '2020-10-01',
        recordedBy: 'VP',
        recordedAt: '2020-10-01T08:00:00Z',
      }),
      JSON.stringify(held('b-8', 'th-d1-c4', { date: '2020-09-12' })),
      JSON.stringify(held('b-9', 'th-d1-c4', { date: '2020-09-13' })),
    ];
    const res = await h.call('POST', '/plans/p985/events', {
      token: district,
      body: `${lines.join('\n')}\n`,
    });
    expect(res.status).toBe(200);
    const r = (await res.json()) as BatchResult;
    expect(r.lines).toBe(9);
    expect(r.stored).toBe(4);
    expect(r.duplicates).toBe(1);
    expect(r.rejected).toBe(3);
    expect(r.notCounted).toBe(1);
    const byLine = new Map(r.results.map((x) => [x.line, x]));
    const codes = (line: number) => {
      const x = byLine.get(line);
      return x && 'issues' in x ? x.issues.map((i) => i.code) : [];
    };
    expect(byLine.get(1)).toBeUndefined();
    expect(byLine.get(2)?.status).toBe('rejected');
    expect(codes(2)[0]).toMatch(/^json\//);
    expect(byLine.get(3)?.status).toBe('rejected');
    expect(codes(3)).toContain('date/nonexistent');
    expect(byLine.get(4)).toMatchObject({ status: 'duplicate', id: 'one-1' });
    expect(byLine.get(5)?.status).toBe('rejected');
    expect(codes(5)).toEqual(['access/outside-subtree']);
    expect(byLine.get(8)).toBeUndefined();
    expect(byLine.get(9)).toMatchObject({ status: 'stored', id: 'b-9', counted: false });
    expect(codes(9)).toEqual(['progress/contradictory-event']);
    // Paths are the event's own (the roll-up's ['events', n] prefix taken off).
    const nine = byLine.get(9);
    expect(nine && 'issues' in nine ? nine.issues[0]!.path : null).toEqual(['date']);
    const keys = await h.db.query<{
      event_key: string;
      batch_id: string;
      batch_line: number;
      token_id: string;
    }>(
      `SELECT event_key, batch_id, batch_line, token_id FROM events WHERE batch_id = $1 ORDER BY seq`,
      [r.batch],
    );
    expect(keys.map((k) => [k.event_key, k.batch_line])).toEqual([
      ['id:b-1', 1],
      ['id:b-7', 7],
      ['id:b-8', 8],
      ['id:b-9', 9],
    ]);
  });

  it('stores an event without an id once, by what it says', async () => {
    const { id: _id, ...noId } = held('x', 'th-d1-c5');
    const a = await h.call('POST', '/plans/p985/events', { token: district, json: noId });
    expect(a.status).toBe(201);
    const again = await h.call('POST', '/plans/p985/events', {
      token: district,
      json: { ...noId, recordedAt: '2020-09-13T08:00:00+07:00' },
    });
    expect(again.status).toBe(200);
    expect(((await again.json()) as { status: string }).status).toBe('duplicate');
  });

  it('keeps a live roll-up equal to rollup() over the stored events, and says so', async () => {
    const admin = h.admin;
    const events = generatedEvents(TEST_UNITS, 400, 7, 'gen');
    for (let from = 0; from < events.length; from += 150) {
      const res = await h.call('POST', '/plans/p985/events', {
        token: admin,
        body: ndjson(events.slice(from, from + 150)),
      });
      expect(res.status).toBe(200);
    }
    const check = await h.call('GET', '/plans/p985/check', { token: admin });
    expect(check.status).toBe(200);
    const verdict = (await check.json()) as {
      equal: boolean;
      events: number;
      differences: string[];
      method: string;
    };
    expect(verdict.differences).toEqual([]);
    expect(verdict.equal).toBe(true);
    expect(verdict.method).toBe('rollup');
    const stored = await exported(h);
    expect(verdict.events).toBe(stored.length);
    const live = (await (
      await h.call('GET', '/plans/p985/rollup', { token: admin })
    ).json()) as RollupResult;
    const full = rollup(plan985KhHndt, stored, { units: TEST_UNITS, today: '2020-10-20' }).toJSON();
    expect(live).toEqual(JSON.parse(JSON.stringify(full)));
    // The figures are not trivially empty.
    expect(live.totals.sessions.held).toBeGreaterThan(10);
    expect(live.totals.reflections.submitted).toBeGreaterThan(100);
    expect(live.events.accepted).toBeLessThan(live.events.read);
  });

  it('gives the roll-up as of another day: the same as rollup() with that today', async () => {
    const stored = await exported(h);
    for (const today of ['2020-09-10', '2020-09-20', '2021-01-01']) {
      const res = await h.call('GET', `/plans/p985/rollup?today=${today}`, { token: h.admin });
      const got = (await res.json()) as RollupResult;
      const want = rollup(plan985KhHndt, stored, { units: TEST_UNITS, today }).toJSON();
      expect(got).toEqual(JSON.parse(JSON.stringify(want)));
      expect(got.today).toBe(today);
    }
    const early = (await (
      await h.call('GET', '/plans/p985/rollup?today=2020-09-10', { token: h.admin })
    ).json()) as RollupResult;
    const late = (await (
      await h.call('GET', '/plans/p985/rollup?today=2021-01-01', { token: h.admin })
    ).json()) as RollupResult;
    expect(early.totals.sessions.overdue).toBe(0);
    expect(late.totals.sessions.due).toBeGreaterThan(early.totals.sessions.due);
    const bad = await h.call('GET', '/plans/p985/rollup?today=2020-02-30', { token: h.admin });
    expect(bad.status).toBe(400);
  });

  it('answers for a subtree what rollup() gives over that subtree alone', async () => {
    const stored = await exported(h);
    const mask = new Set(
      TEST_UNITS.filter((u) => u.id === 'th-d2' || u.parent === 'th-d2').map((u) => u.id),
    );
    const subtreeUnits = TEST_UNITS.filter((u) => mask.has(u.id)).map((u) =>
      u.id === 'th-d2' ? { id: u.id, name: u.name, level: u.level } : u,
    );
    const own = stored.filter((e) => mask.has(e.unit));
    const want = rollup(plan985KhHndt, own, { units: subtreeUnits, today: '2020-10-20' }).toJSON();
    const token = await h.token('th-d2');
    const got = (await (
      await h.call('GET', '/plans/p985/rollup', { token })
    ).json()) as RollupResult;
    expect(got.totals).toEqual(want.totals);
    expect(got.tiers).toEqual(want.tiers);
    expect(got.overdue).toEqual(want.overdue);
    expect(got.overdueTotal).toBe(want.overdueTotal);
    expect(got.events.read).toBe(want.events.read);
    expect(got.events.accepted).toBe(want.events.accepted);
    expect(got.events.duplicates).toBe(want.events.duplicates);
    expect(got.issues.map((i) => i.code)).toEqual(want.issues.map((i) => i.code));
    expect(got.units?.map((u) => [u.unit, u.own, u.subtree])).toEqual(
      want.units?.map((u) => [u.unit, u.own, u.subtree]),
    );
    expect(got.units?.length).toBe(6);
  });

  it('gives the whole tree through a subtree when the tree has one root', async () => {
    // Thanh Hóa's subtree, compared with a roll-up of a tree of Thanh Hóa alone.
    const stored = await exported(h);
    const th = TEST_UNITS.filter((u) => u.id.startsWith('th'));
    const want = rollup(
      plan985KhHndt,
      stored.filter((e) => e.unit.startsWith('th')),
      { units: th, today: '2020-10-20' },
    ).toJSON();
    const got = (await (
      await h.call('GET', '/plans/p985/rollup?unit=th', { token: h.admin })
    ).json()) as RollupResult;
    expect(got.totals).toEqual(want.totals);
    expect(got.tiers).toEqual(want.tiers);
    expect(got.overdue).toEqual(want.overdue);
  });

  it('rebuilds the same roll-up from the database after a restart', async () => {
    const before = await (await h.call('GET', '/plans/p985/rollup', { token: h.admin })).json();
    await h.close();
    h = await openHarness(backend, { place: h.place, bare: true });
    const admin = (await h.service.tokens.create({ role: 'admin', label: 'again' }, null)).token;
    const after = await (await h.call('GET', '/plans/p985/rollup', { token: admin })).json();
    expect(after).toEqual(before);
    const check = (await (await h.call('GET', '/plans/p985/check', { token: admin })).json()) as {
      equal: boolean;
    };
    expect(check.equal).toBe(true);
    // Old tokens still work after the restart; they live in the database.
    const res = await h.call('GET', '/plans/p985/units/th-d1-c1', { token: commune });
    expect(res.status).toBe(200);
    (h as { admin: string }).admin = admin;
  });

  it('keeps every version of a plan, with who changed what, and rolls up on the newest', async () => {
    const changed = clonePlan(plan985KhHndt) as unknown as {
      sessions: { id: string; deadline: unknown }[];
    };
    changed.sessions.find((s) => s.id === 's-commune')!.deadline = {
      kind: 'by',
      date: '2020-10-31',
    };
    const put = await h.call('PUT', '/plans/p985?expectedVersion=1', {
      token: h.admin,
      json: { format: 'rollout/plan', version: 1, plan: changed },
    });
    expect(put.status).toBe(200);
    const body = (await put.json()) as { version: number; changes: { op: string; path: string }[] };
    expect(body.version).toBe(2);
    expect(body.changes).toEqual([{ op: 'changed', path: 'sessions[s-commune].deadline' }]);
    const stale = await h.call('PUT', '/plans/p985?expectedVersion=1', {
      token: h.admin,
      json: { format: 'rollout/plan', version: 1, plan: changed },
    });
    expect(stale.status).toBe(409);
    const history = (await (
      await h.call('GET', '/plans/p985/versions', { token: commune })
    ).json()) as {
      versions: { version: number; changedBy: { label: string }; changes: unknown[] }[];
    };
    expect(history.versions.map((v) => v.version)).toEqual([1, 2]);
    expect(history.versions[1]!.changedBy.label).toBe('again');
    expect(history.versions[0]!.changedBy.label).toBe('Quản trị kiểm thử');
    const v1 = (await (
      await h.call('GET', '/plans/p985/versions/1', { token: commune })
    ).json()) as {
      format: string;
      plan: { sessions: { id: string; deadline: { date?: string } }[] };
    };
    expect(v1.format).toBe('rollout/plan');
    expect(v1.plan.sessions.find((s) => s.id === 's-commune')!.deadline.date).toBe('2020-10-15');
    const stored = await exported(h);
    const live = (await (
      await h.call('GET', '/plans/p985/rollup', { token: h.admin })
    ).json()) as RollupResult;
    const want = rollup(changed as never, stored, {
      units: TEST_UNITS,
      today: '2020-10-20',
    }).toJSON();
    expect(live.totals).toEqual(want.totals);
    expect(live.overdue).toEqual(JSON.parse(JSON.stringify(want.overdue)));
    const check = (await (await h.call('GET', '/plans/p985/check', { token: h.admin })).json()) as {
      equal: boolean;
    };
    expect(check.equal).toBe(true);
  });

  it('refuses a plan that is not valid with the SDK issues (422)', async () => {
    const broken = clonePlan(plan985KhHndt) as unknown as { tiers: unknown };
    broken.tiers = 'x';
    const res = await h.call('PUT', '/plans/p985', { token: h.admin, json: broken });
    expect(res.status).toBe(422);
    const body = (await res.json()) as { issues: { code: string; path: unknown[] }[] };
    expect(body.issues[0]!.code).toBe('plan/invalid');
    expect(body.issues.some((i) => i.path[0] === 'tiers')).toBe(true);
  });
});
