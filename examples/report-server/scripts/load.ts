// `pnpm run load [-- --db pglite|postgres]`: a bounded load test on loopback
// (at most a minute, requests bounded in count and time).
//
// The service runs as its own process, on PGlite (default) or on a PostgreSQL
// server started for the run, over the real national tree (34 provinces, 3,321
// communes, from @rollout/vn-units). Two phases:
//   1. single events: 32 clients, each posting one event at a time, 15 s;
//   2. batches: 2 clients, each posting NDJSON batches of 10,000 events, 20 s.
// Printed: events/s, latency p50/p99 per request, the server's RSS over the
// run. At the end, the stored count is compared with the acknowledged one, and
// the service's own check compares its live roll-up with rollup() over the
// database. Figures, not assertions about speed: the exit code says only
// whether every acknowledged event was stored once and the check agreed.
import {
  arg,
  call,
  fmt,
  percentile,
  post,
  printTable,
  retries,
  sendBatch,
  setUp,
  startTarget,
} from '../bench/driver.js';
import { NATIONAL_PLAN, nationalBatch, nationalEvent, nationalTree } from '../bench/national.js';

const db = arg('db', 'pglite') as 'pglite' | 'postgres';
const singleSeconds = Number(arg('single-seconds', '15'));
const batchSeconds = Number(arg('batch-seconds', '20'));
const singleClients = 32;
const batchClients = 2;
const BATCH = 10_000;

const units = nationalTree();
const t = await startTarget(db);
let peakRss = t.rss();
const sampler = setInterval(() => {
  peakRss = Math.max(peakRss, t.rss());
}, 250);
try {
  await setUp(t, 'vn', NATIONAL_PLAN);
  const rssStart = t.rss();
  let next = 0;

  // Phase 1: single events.
  const singleMs: number[] = [];
  let singleAcked = 0;
  const t1 = performance.now();
  const until1 = t1 + singleSeconds * 1000;
  await Promise.all(
    Array.from({ length: singleClients }, async () => {
      while (performance.now() < until1) {
        const event = nationalEvent(units, next++, 'l');
        const res = await post(t, JSON.stringify(event), 'application/json');
        // 200: a retry found it stored already.
        if (res.status !== 201 && res.status !== 200)
          throw new Error(`single: ${res.status} ${res.text}`);
        singleMs.push(res.ms);
        singleAcked++;
      }
    }),
  );
  const singleWall = (performance.now() - t1) / 1000;
  const rssAfterSingles = t.rss();

  // Phase 2: 10,000-event batches.
  const batchMs: number[] = [];
  let batchAcked = 0;
  const t2 = performance.now();
  const until2 = t2 + batchSeconds * 1000;
  await Promise.all(
    Array.from({ length: batchClients }, async () => {
      while (performance.now() < until2) {
        const from = next;
        next += BATCH;
        const r = await sendBatch(t, nationalBatch(units, from, from + BATCH, 'l'));
        if (r.stored + r.duplicates !== BATCH)
          throw new Error(`batch stored ${r.stored} of ${BATCH}`);
        batchMs.push(r.ms);
        batchAcked += r.stored;
      }
    }),
  );
  const batchWall = (performance.now() - t2) / 1000;
  const rssEnd = t.rss();

  const check = (await call(t, 'GET', '/plans/plan/check')) as {
    equal: boolean;
    events: number;
    method: string;
  };
  const acked = singleAcked + batchAcked;
  process.stdout.write(
    `\nLoad on loopback — ${t.db === 'pglite' ? 'PGlite (embedded)' : 'PostgreSQL server'}; ${fmt(units.length)} units; ${singleClients} single-event clients, ${batchClients} batch clients\n\n`,
  );
  printTable([
    ['phase', 'requests', 'events', 'seconds', 'events/s', 'p50 ms', 'p99 ms'],
    [
      'single events',
      fmt(singleMs.length),
      fmt(singleAcked),
      fmt(singleWall, 1),
      fmt(singleAcked / singleWall),
      fmt(percentile(singleMs, 50), 1),
      fmt(percentile(singleMs, 99), 1),
    ],
    [
      `batches of ${fmt(BATCH)}`,
      fmt(batchMs.length),
      fmt(batchAcked),
      fmt(batchWall, 1),
      fmt(batchAcked / batchWall),
      fmt(percentile(batchMs, 50), 0),
      fmt(percentile(batchMs, 99), 0),
    ],
  ]);
  process.stdout.write(
    `\nserver RSS: ${fmt(rssStart)} MiB after set-up, ${fmt(rssAfterSingles)} MiB after the single events, ${fmt(rssEnd)} MiB at the end, ${fmt(peakRss)} MiB at most\n`,
  );
  process.stdout.write(
    `stored ${fmt(check.events)} of ${fmt(acked)} acknowledged (${retries.count} requests sent again after a cut connection); live roll-up equal to rollup() over the database: ${check.equal} (${check.method})\n`,
  );
  if (check.events !== acked || !check.equal) process.exitCode = 1;
} catch (error) {
  process.stderr.write(`the server said, last:\n${t.server.output.slice(-3000)}\n`);
  throw error;
} finally {
  clearInterval(sampler);
  await t.stop();
}
