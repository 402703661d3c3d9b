// What the load test and the national bench share: a server process on PGlite
// or on a PostgreSQL server started for the run, loopback only; its memory;
// latency percentiles; a table printer.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Plan, Unit } from '@rollout/core';
import pg from 'pg';
import { freePort, startPostgres, type TestPostgres } from '../test/support/pg-server.js';
import { ServerProcess } from '../test/support/server-process.js';

/** A running service to measure. */
export interface Target {
  readonly db: 'pglite' | 'postgres';
  readonly base: string;
  readonly admin: string;
  /** The token events are sent with: an admin token without a rate limit (see {@link setUp}). */
  sender: string;
  readonly server: ServerProcess;
  /** The server's resident memory now, in MiB (Linux `/proc`). */
  rss(): number;
  /** Stops the server (and the PostgreSQL server started for it) and removes their files. */
  stop(): Promise<void>;
}

/** Reads `--name value` from the command line. */
export function arg(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 && process.argv[at + 1] !== undefined ? process.argv[at + 1]! : fallback;
}

/** The resident memory of a process, in MiB. */
export function rssOf(pid: number | undefined): number {
  if (pid === undefined) return 0;
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

/** Starts the service on the database asked for, with a fresh data directory or database. */
export async function startTarget(db: 'pglite' | 'postgres'): Promise<Target> {
  const admin = `bench-admin-${randomBytes(16).toString('hex')}`;
  const port = await freePort();
  let pgServer: TestPostgres | undefined;
  let dataDir: string | undefined;
  const env: Record<string, string> = {
    PORT: String(port),
    ROLLOUT_ADMIN_TOKEN: admin,
    ROLLOUT_TODAY: '2026-04-01',
    LOG: 'off',
    NODE_OPTIONS: '--max-old-space-size=8192',
  };
  if (db === 'postgres') {
    pgServer = await startPostgres();
    const client = new pg.Client({ connectionString: pgServer.url });
    await client.connect();
    await client.query('CREATE DATABASE bench');
    await client.end();
    env.DATABASE_URL = pgServer.url.replace(/\/postgres$/, '/bench');
  } else {
    dataDir = mkdtempSync(join(tmpdir(), 'rollout-bench-'));
    env.DATA_DIR = dataDir;
  }
  const server = new ServerProcess(env);
  await server.start(300_000);
  return {
    db,
    base: `http://127.0.0.1:${port}`,
    admin,
    sender: admin,
    server,
    rss: () => rssOf(server.pid),
    async stop() {
      await server.stop();
      pgServer?.stop();
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Calls the service as the admin; throws on an answer that is not 2xx. */
export async function call(
  t: Target,
  method: string,
  path: string,
  body?: unknown,
): Promise<unknown> {
  const res = await fetch(`${t.base}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${t.admin}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await res.text();
  if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${text.slice(0, 500)}`);
  return text.length > 0 && res.headers.get('content-type')?.includes('json')
    ? JSON.parse(text)
    : text;
}

/** Stores a tree and a plan over it, and makes a unit token without rate limit for each root. */
export async function setUp(t: Target, units: readonly Unit[] | 'vn', plan: Plan): Promise<void> {
  if (units === 'vn') await call(t, 'POST', '/trees/vn', { id: 'nation' });
  else await call(t, 'POST', '/trees', { id: 'nation', name: 'Cả nước', units });
  await call(t, 'POST', '/plans', {
    id: 'plan',
    tree: 'nation',
    plan: { format: 'rollout/plan', version: 1, plan },
  });
}

/** Connections cut before an answer, sent again (retries are safe: events are idempotent by id). */
export const retries = { count: 0 };

/**
 * Posts events until answered (a connection cut before the answer is sent
 * again, as a real client does); returns the latency of the answered try.
 */
export async function post(
  t: Target,
  body: string,
  type: string,
): Promise<{ ms: number; status: number; text: string }> {
  for (let attempt = 0; ; attempt++) {
    const started = performance.now();
    try {
      const res = await fetch(`${t.base}/plans/plan/events`, {
        method: 'POST',
        headers: { authorization: `Bearer ${t.sender}`, 'content-type': type },
        body,
      });
      const text = await res.text();
      return { ms: performance.now() - started, status: res.status, text };
    } catch (error) {
      if (attempt >= 5) throw error;
      retries.count++;
    }
  }
}

/** Sends one NDJSON batch; returns its latency in ms and what it stored. */
export async function sendBatch(
  t: Target,
  text: string,
): Promise<{ ms: number; stored: number; duplicates: number }> {
  const res = await post(t, text, 'application/x-ndjson');
  if (res.status !== 200) throw new Error(`batch: ${res.status} ${res.text.slice(0, 500)}`);
  const body = JSON.parse(res.text) as { stored: number; duplicates: number; rejected: number };
  if (body.rejected > 0)
    throw new Error(`batch: ${body.rejected} lines rejected: ${res.text.slice(0, 500)}`);
  return { ms: res.ms, stored: body.stored, duplicates: body.duplicates };
}

/** The p-th percentile (0–100) of a list of numbers. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** Prints rows as an aligned table. */
export function printTable(rows: readonly (readonly string[])[]): void {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  for (const r of rows)
    process.stdout.write(
      `${r
        .map((c, i) => c.padEnd(widths[i]!))
        .join('  ')
        .trimEnd()}\n`,
    );
}

/** A number with thousands separated by a thin space, for the printed tables. */
export const fmt = (n: number, digits = 0): string =>
  n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
