// Starts the reporting service on Node:
//   pnpm --filter @rollout/example-report-server start
// Environment (all optional):
//   DATABASE_URL          a PostgreSQL server (postgres://user@host:port/db); without it,
//   DATA_DIR              the embedded PGlite data directory (default ./data)
//   PORT, HOST            where to listen (default 8788 on 127.0.0.1)
//   ROLLOUT_ADMIN_TOKEN   the administrator's token (32+ characters); without it one is
//                         made on first start and written to ADMIN_TOKEN_FILE
//   ADMIN_TOKEN_FILE      default <DATA_DIR>/admin-token (mode 0600)
//   ROLLOUT_TODAY         the day lateness is measured on (default: today in Vietnam)
//   LOG                   `json` (default: one line per request on stdout) or `off`
import { chmodSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { serve } from '@hono/node-server';
import { isValidIsoDate } from '@rollout/core';
import { createApp, type LogEntry } from './app.js';
import { openDatabase } from './db/database.js';
import { ReportService } from './service/service.js';

const env = process.env;
const out = (line: string) => process.stdout.write(`${line}\n`);

const today = env.ROLLOUT_TODAY;
if (today !== undefined && !isValidIsoDate(today)) {
  process.stderr.write(`ROLLOUT_TODAY must be a real YYYY-MM-DD date\n`);
  process.exit(2);
}
const dataDir = resolve(env.DATA_DIR ?? './data');
const db = await openDatabase({ url: env.DATABASE_URL, dataDir });
const service = await ReportService.open({
  db,
  ...(today ? { today: () => today } : {}),
});

// The administrator: a token from the environment, or one made once and written to a file.
if (env.ROLLOUT_ADMIN_TOKEN) {
  if (env.ROLLOUT_ADMIN_TOKEN.length < 32 || env.ROLLOUT_ADMIN_TOKEN.startsWith('rlt_')) {
    process.stderr.write('ROLLOUT_ADMIN_TOKEN must be 32+ characters and not start with rlt_\n');
    process.exit(2);
  }
  await service.tokens.ensureConfiguredAdmin(env.ROLLOUT_ADMIN_TOKEN);
} else if (!(await service.tokens.hasAdmin())) {
  const file = resolve(env.ADMIN_TOKEN_FILE ?? `${dataDir}/admin-token`);
  mkdirSync(dirname(file), { recursive: true });
  const made = await service.tokens.create({ role: 'admin', label: 'first administrator' }, null);
  writeFileSync(file, `${made.token}\n`, { mode: 0o600 });
  chmodSync(file, 0o600);
  out(JSON.stringify({ event: 'admin-token-written', file }));
} else if (
  !existsSync(resolve(env.ADMIN_TOKEN_FILE ?? `${dataDir}/admin-token`)) &&
  db.kind === 'pglite'
) {
  out(
    JSON.stringify({ event: 'admin-token-kept', note: 'an admin token exists; its file is gone' }),
  );
}

const log =
  env.LOG === 'off'
    ? undefined
    : (entry: LogEntry) => out(JSON.stringify({ event: 'request', ...entry }));
const app = createApp({ service, ...(log ? { log } : {}) });
const port = Number(env.PORT ?? 8788);
const hostname = env.HOST ?? '127.0.0.1';
const server = serve({ fetch: app.fetch, port, hostname }, (info) => {
  out(
    JSON.stringify({
      event: 'listening',
      url: `http://${info.address}:${info.port}/`,
      database: db.description,
      plans: service.plans.size,
      pid: process.pid,
    }),
  );
});
let closing = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    if (closing) return;
    closing = true;
    server.close(() => {
      void service.close().finally(() => process.exit(0));
    });
  });
}
