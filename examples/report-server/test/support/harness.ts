import { randomBytes } from 'node:crypto';
import { cpSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { plan985KhHndt } from '@rollout/core';
import pg from 'pg';
import { inject } from 'vitest';
import { createApp, type LogEntry } from '../../src/app.js';
import { type Database, openDatabase } from '../../src/db/database.js';
import { ReportService } from '../../src/service/service.js';
import { TEST_UNITS } from './fixtures.js';

/** A new directory under the run's own, removed when the run ends. */
export const tempDir = (prefix: string): string => mkdtempSync(join(inject('runDir'), prefix));

/** Where a test's database lives: PGlite in a new directory, or a new database on the test server. */
export interface Backend {
  readonly name: 'PGlite' | 'PostgreSQL';
  /** Makes a new, empty place and returns how to open it. */
  fresh(): Promise<{ url?: string; dataDir?: string }>;
}

/** Creates a new database on the test server and returns its URL. */
async function freshPostgres(): Promise<string> {
  const base = inject('pgUrl');
  const name = `rs_${randomBytes(6).toString('hex')}`;
  const client = new pg.Client({ connectionString: base });
  await client.connect();
  try {
    // A database name cannot be a parameter; this one is made of [a-z0-9_] here.
    await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
  const url = new URL(base);
  url.pathname = `/${name}`;
  return url.toString();
}

/** The two backends every suite runs on. */
export const BACKENDS: readonly Backend[] = [
  {
    name: 'PGlite',
    async fresh() {
      // A copy of an empty data directory made once for the run (see global-setup.ts).
      const dataDir = tempDir('pglite-');
      cpSync(inject('pgliteTemplate'), dataDir, { recursive: true });
      return { dataDir };
    },
  },
  { name: 'PostgreSQL', fresh: async () => ({ url: await freshPostgres() }) },
];

/** A request made to the app in-process. */
export interface Call {
  readonly token?: string | undefined;
  readonly json?: unknown;
  readonly body?: string | Uint8Array;
  readonly type?: string;
  readonly headers?: Record<string, string>;
}

/** A service on a fresh database with an admin token, a tree and the 985-KH/HNDT plan. */
export interface Harness {
  readonly service: ReportService;
  readonly app: ReturnType<typeof createApp>;
  readonly db: Database;
  readonly place: { url?: string; dataDir?: string };
  readonly admin: string;
  readonly logs: LogEntry[];
  /** Calls the app in-process (no socket). */
  call(method: string, path: string, call?: Call): Promise<Response>;
  /** Makes a unit token and returns it. */
  token(unit: string, extra?: Record<string, unknown>): Promise<string>;
  /** Closes the service. */
  close(): Promise<void>;
}

/**
 * Opens a service on a backend, with today pinned, and (unless `bare`) the test
 * tree `vn-test` and the plan `p985` over it.
 */
export async function openHarness(
  backend: Backend,
  options: {
    today?: string;
    bare?: boolean;
    place?: { url?: string; dataDir?: string };
    now?: () => number;
  } = {},
): Promise<Harness> {
  const place = options.place ?? (await backend.fresh());
  const db = await openDatabase(place);
  const today = options.today ?? '2020-10-20';
  const service = await ReportService.open({ db, today: () => today, pageSize: 7 });
  const logs: LogEntry[] = [];
  const app = createApp({
    service,
    log: (e) => logs.push(e),
    ...(options.now ? { now: options.now } : {}),
  });
  const admins = (await service.tokens.list()).filter((t) => t.role === 'admin');
  const admin =
    admins.length === 0
      ? (await service.tokens.create({ role: 'admin', label: 'Quản trị kiểm thử' }, null)).token
      : '';
  const call = async (method: string, path: string, c: Call = {}) => {
    const headers: Record<string, string> = { ...(c.headers ?? {}) };
    if (c.token !== undefined) headers.authorization = `Bearer ${c.token}`;
    let body: BodyInit | undefined;
    if (c.json !== undefined) {
      body = JSON.stringify(c.json);
      headers['content-type'] = c.type ?? 'application/json';
    } else if (c.body !== undefined) {
      body = c.body as BodyInit;
      headers['content-type'] = c.type ?? 'application/x-ndjson';
    }
    return app.request(path, { method, headers, ...(body === undefined ? {} : { body }) });
  };
  const h: Harness = {
    service,
    app,
    db,
    place,
    admin,
    logs,
    call,
    async token(unit, extra = {}) {
      const res = await call('POST', '/tokens', {
        token: admin,
        json: { tree: 'vn-test', unit, label: `Đơn vị ${unit}`, ...extra },
      });
      if (res.status !== 201)
        throw new Error(`token for ${unit}: ${res.status} ${await res.text()}`);
      return ((await res.json()) as { token: string }).token;
    },
    close: () => service.close(),
  };
  if (!options.bare && admin) {
    const tree = await call('POST', '/trees', {
      token: admin,
      json: { id: 'vn-test', name: 'Cây thử nghiệm', units: TEST_UNITS },
    });
    if (tree.status !== 201) throw new Error(`tree: ${tree.status} ${await tree.text()}`);
    const plan = await call('POST', '/plans', {
      token: admin,
      json: {
        id: 'p985',
        tree: 'vn-test',
        plan: { format: 'rollout/plan', version: 1, plan: plan985KhHndt },
      },
    });
    if (plan.status !== 201) throw new Error(`plan: ${plan.status} ${await plan.text()}`);
  }
  return h;
}
