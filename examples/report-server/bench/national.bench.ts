// `pnpm run bench [-- --db pglite|postgres] [--events N]`: the national run.
//
// 5,000,000 progress events over the real national tree (34 provinces, 3,321
// communes: @rollout/vn-units), sent over loopback as NDJSON batches of 10,000
// by two clients to the service running as its own process, on PGlite or on a
// PostgreSQL server started for the run. Then the reads a province office makes
// at that size, a restart (the live roll-up rebuilt from 5M stored events) and
// the check that the live roll-up equals a full roll-up of the database.
//
// Printed, not asserted: throughput, batch latency, the server's peak memory,
// the time of each read and of the restart. The exit code says only whether
// every event was stored once and the check agreed. A figure is only worth
// comparing with another of the same run on the same machine.
import {
  arg,
  call,
  fmt,
  percentile,
  printTable,
  rssOf,
  sendBatch,
  setUp,
  startTarget,
} from './driver.js';
import { NATIONAL_PLAN, nationalBatch, nationalTree } from './national.js';

const db = arg('db', 'pglite') as 'pglite' | 'postgres';
const total = Number(arg('events', '5000000'));
const BATCH = 10_000;
const SENDERS = 2;

const units = nationalTree();
const t = await startTarget(db);
let peakRss = 0;
const sampler = setInterval(() => {
  peakRss = Math.max(peakRss, t.rss());
}, 250);
const rows: string[][] = [['step', 'figure']];
const timed = async <T>(label: string, f: () => Promise<T>): Promise<T> => {
  const started = performance.now();
  const result = await f();
  rows.push([label, `${fmt((performance.now() - started) / 1000, 2)} s`]);
  return result;
};
try {
  await setUp(t, 'vn', NATIONAL_PLAN);
  const latencies: number[] = [];
  let next = 0;
  let stored = 0;
  const started = performance.now();
  const marks: string[] = [];
  await Promise.all(
    Array.from({ length: SENDERS }, async () => {
      while (next < total) {
        const from = next;
        next = Math.min(total, next + BATCH);
        const r = await sendBatch(t, nationalBatch(units, from, next, 'nat'));
        latencies.push(r.ms);
        stored += r.stored + r.duplicates;
        if (Math.floor(stored / 500_000) > marks.length)
          marks.push(
            `${fmt(stored)} in ${fmt((performance.now() - started) / 1000, 0)} s, RSS ${fmt(t.rss())} MiB`,
          );
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const ingestPeak = peakRss;
  rows.push(['events stored', fmt(stored)]);
  rows.push(['ingest time', `${fmt(seconds, 1)} s`]);
  rows.push(['throughput', `${fmt(stored / seconds)} events/s`]);
  rows.push([
    `batch of ${fmt(BATCH)}: p50 / p99`,
    `${fmt(percentile(latencies, 50))} / ${fmt(percentile(latencies, 99))} ms`,
  ]);
  rows.push(['server RSS, peak while ingesting', `${fmt(ingestPeak)} MiB`]);
  await timed('GET rollup (whole nation, no unit list)', () =>
    call(t, 'GET', '/plans/plan/rollup?units=false'),
  );
  await timed('GET rollup (whole nation, 3,355 units)', () => call(t, 'GET', '/plans/plan/rollup'));
  await timed('GET rollup?unit=vn-38 (one province)', () =>
    call(t, 'GET', '/plans/plan/rollup?unit=vn-38'),
  );
  await timed('GET report?to=docx (whole nation)', () =>
    call(t, 'GET', '/plans/plan/report?to=docx'),
  );
  await timed('GET rollup?today=2026-03-01 (a fold of 5M rows)', () =>
    call(t, 'GET', '/plans/plan/rollup?units=false&today=2026-03-01'),
  );
  const check = (await timed('GET check (live = full roll-up)', () =>
    call(t, 'GET', '/plans/plan/check'),
  )) as {
    equal: boolean;
    events: number;
    method: string;
  };
  rows.push([
    'check',
    `${check.equal ? 'equal' : 'DIFFERENT'} over ${fmt(check.events)} events (${check.method})`,
  ]);
  await t.server.stop();
  peakRss = 0;
  await timed('restart (live roll-up rebuilt from the database)', () => t.server.start(1_800_000));
  rows.push(['server RSS after the restart', `${fmt(rssOf(t.server.pid))} MiB`]);
  const again = (await call(t, 'GET', '/plans/plan/rollup?units=false')) as {
    events: { read: number };
  };
  rows.push(['events read back after the restart', fmt(again.events.read)]);
  process.stdout.write(
    `\nNational run — ${db === 'pglite' ? 'PGlite (embedded)' : 'PostgreSQL server'}; ${fmt(units.length)} units; ${fmt(total)} events in batches of ${fmt(BATCH)}, ${SENDERS} senders\n\n`,
  );
  printTable(rows);
  process.stdout.write(`\nprogress: ${marks.join('; ')}\n`);
  if (check.events !== total || !check.equal || again.events.read !== total) process.exitCode = 1;
} catch (error) {
  process.stderr.write(`the server said, last:\n${t.server.output.slice(-3000)}\n`);
  throw error;
} finally {
  clearInterval(sampler);
  await t.stop();
}
