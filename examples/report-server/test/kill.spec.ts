import { type ProgressEvent, plan985KhHndt, rollup } from '@rollout/core';
import { afterAll, describe, expect, it } from 'vitest';
import { generatedEvents, ndjson, prng, TEST_UNITS } from './support/fixtures.js';
import { BACKENDS, openHarness } from './support/harness.js';
import { freePort } from './support/pg-server.js';
import { ServerProcess } from './support/server-process.js';

/**
 * Nothing acknowledged is lost, nothing is stored twice: clients send events
 * (alone and in NDJSON batches, several at once) while the server is killed
 * with SIGKILL at random moments and started again; each client sends a
 * request again until it is answered. Then every acknowledged event must be
 * in the database exactly once, nothing else must be there, and the live
 * roll-up of the last run must equal rollup() over the stored events.
 */
describe.each(BACKENDS)('SIGKILL at random moments on $name', (backend) => {
  const servers: ServerProcess[] = [];
  afterAll(async () => {
    for (const s of servers) await s.kill();
  });

  it('keeps every acknowledged event exactly once', async () => {
    const seed = Number(process.env.KILL_SEED ?? Date.now() % 100_000);
    const rand = prng(seed);
    const why = `seed ${seed} (KILL_SEED=${seed} replays it)`;
    // The tree, the plan and the tokens, made in-process; then the database is the server's.
    const h = await openHarness(backend);
    const tokens = [h.admin, await h.token('th'), await h.token('na'), await h.token('th-d2')];
    const place = h.place;
    await h.close();

    const port = await freePort();
    const server = new ServerProcess({
      ...(place.url ? { DATABASE_URL: place.url } : { DATA_DIR: place.dataDir! }),
      PORT: String(port),
      ROLLOUT_TODAY: '2020-10-20',
    });
    servers.push(server);
    await server.start();
    const base = `http://127.0.0.1:${port}`;

    // Four clients: the admin (all units), Thanh Hóa, Nghệ An, one district of Thanh Hóa.
    const all = generatedEvents(TEST_UNITS, 2400, seed, `k${seed}`);
    const scopes = [
      () => true,
      (e: ProgressEvent) => e.unit.startsWith('th'),
      (e: ProgressEvent) => e.unit.startsWith('na'),
      (e: ProgressEvent) => e.unit.startsWith('th-d2'),
    ];
    const owner = all.map((e) =>
      e.unit.startsWith('th-d2') ? 3 : e.unit.startsWith('na') ? 2 : rand() < 0.3 ? 0 : 1,
    );
    const acked = new Set<string>();
    let failures = 0;

    /** Sends one request until it is answered 2xx; a 5xx or a broken connection is sent again. */
    const send = async (token: string, events: ProgressEvent[]): Promise<void> => {
      const single = events.length === 1;
      for (;;) {
        let status = 0;
        let body = '';
        try {
          const res = await fetch(`${base}/plans/p985/events`, {
            method: 'POST',
            headers: {
              authorization: `Bearer ${token}`,
              'content-type': single ? 'application/json' : 'application/x-ndjson',
            },
            body: single ? JSON.stringify(events[0]) : ndjson(events),
          });
          status = res.status;
          body = await res.text();
        } catch {
          failures++;
          await new Promise((r) => setTimeout(r, 100));
          continue;
        }
        if (status >= 500) {
          failures++;
          await new Promise((r) => setTimeout(r, 100));
          continue;
        }
        expect(status, `${why}: ${body.slice(0, 500)}`).toBeLessThan(300);
        if (single) {
          expect(['stored', 'duplicate']).toContain(
            (JSON.parse(body) as { status: string }).status,
          );
          acked.add(events[0]!.id!);
        } else {
          const r = JSON.parse(body) as {
            rejected: number;
            results: { line: number; status: string }[];
          };
          expect(r.rejected, `${why}: ${body.slice(0, 500)}`).toBe(0);
          for (const e of events) acked.add(e.id!);
        }
        return;
      }
    };

    // Each client sends its events in requests of 1 to 120, a little apart; once done, and
    // while the killer still works, it sends earlier requests again (retries after a timeout
    // look just like that), so that every kill meets requests in flight.
    let killing = true;
    const clients = scopes.map(async (inScope, k) => {
      const mine = all.filter((e, i) => owner[i] === k && inScope(e));
      const r = prng(seed + k + 1);
      const done: ProgressEvent[][] = [];
      let at = 0;
      while (at < mine.length || killing) {
        let chunk: ProgressEvent[];
        if (at < mine.length) {
          const size = r() < 0.3 ? 1 : 5 + Math.floor(r() * 115);
          chunk = mine.slice(at, at + size);
          at += size;
          done.push(chunk);
        } else chunk = done[Math.floor(r() * done.length)]!;
        await send(tokens[k]!, chunk);
        await new Promise((res) => setTimeout(res, 10 + r() * 30));
      }
    });

    const kills: number[] = [];
    const killer = (async () => {
      const started = Date.now();
      while (kills.length < 4) {
        await new Promise((r) => setTimeout(r, 100 + rand() * 800));
        await server.kill();
        kills.push(Date.now() - started);
        await server.start();
      }
      killing = false;
    })();

    await killer;
    await Promise.all(clients);
    // One more kill after the last acknowledgement, then the last start: nothing may be lost in between.
    await server.kill();
    await server.start();

    const sent = new Set(all.map((e) => e.id!));
    expect(acked.size, why).toBe(sent.size);
    expect(kills.length, why).toBe(4);
    expect(failures, `${why}: no request was cut by a kill`).toBeGreaterThan(0);

    const admin = tokens[0]!;
    const exported = await (
      await fetch(`${base}/plans/p985/events`, { headers: { authorization: `Bearer ${admin}` } })
    ).text();
    const stored = exported
      .split('\n')
      .filter((l) => l.length > 0)
      .map((l) => JSON.parse(l) as ProgressEvent);
    const ids = stored.map((e) => e.id!);
    expect(new Set(ids).size, `${why}: an event stored twice`).toBe(ids.length);
    expect(ids.length, why).toBe(sent.size);
    for (const id of acked) expect(sent.has(id)).toBe(true);
    const missing = [...acked].filter((id) => !ids.includes(id));
    expect(missing, `${why}: acknowledged but lost`).toEqual([]);

    const check = (await (
      await fetch(`${base}/plans/p985/check`, { headers: { authorization: `Bearer ${admin}` } })
    ).json()) as {
      equal: boolean;
      events: number;
      differences: string[];
    };
    expect(check.differences, why).toEqual([]);
    expect(check.events).toBe(sent.size);
    const live = await (
      await fetch(`${base}/plans/p985/rollup`, { headers: { authorization: `Bearer ${admin}` } })
    ).json();
    const full = rollup(plan985KhHndt, stored, { units: TEST_UNITS, today: '2020-10-20' }).toJSON();
    expect(live).toEqual(JSON.parse(JSON.stringify(full)));

    // The servers' own output never shows a token.
    for (const t of tokens) expect(server.output).not.toContain(t.split('.')[1]!);
    expect(server.starts).toBe(kills.length + 2);
    await server.stop();
    // Six starts of a PGlite server take most of the time: a loaded machine needs room.
  }, 300_000);
});
