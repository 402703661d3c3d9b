import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BACKENDS, tempDir } from './support/harness.js';
import { freePort } from './support/pg-server.js';
import { ServerProcess } from './support/server-process.js';

describe('pnpm start', () => {
  const servers: ServerProcess[] = [];
  afterAll(async () => {
    for (const s of servers) await s.kill();
  });

  it('needs nothing installed: an empty data directory becomes an embedded PostgreSQL', async () => {
    const dataDir = join(tempDir('start-'), 'data');
    const port = await freePort();
    const server = new ServerProcess({ DATA_DIR: dataDir, PORT: String(port) });
    servers.push(server);
    await server.start(120_000);
    const file = join(dataDir, 'admin-token');
    expect(existsSync(file)).toBe(true);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const token = readFileSync(file, 'utf8').trim();
    expect(token).toMatch(/^rlt_[a-z0-9]{16}\.[A-Za-z0-9_-]{43}$/);
    const home = (await (await fetch(`http://127.0.0.1:${port}/`)).json()) as { database: string };
    expect(home.database).toBe('pglite');
    const self = await fetch(`http://127.0.0.1:${port}/tokens/self`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(((await self.json()) as { role: string }).role).toBe('admin');
    expect(server.output).toContain('"event":"admin-token-written"');
    expect(server.output).not.toContain(token.split('.')[1]!);
    await server.stop();
    // A second start keeps the first administrator and writes no new token.
    await server.start(120_000);
    expect(readFileSync(file, 'utf8').trim()).toBe(token);
    await server.stop();
  });

  it('runs on a PostgreSQL server with DATABASE_URL and the operator’s ROLLOUT_ADMIN_TOKEN', async () => {
    const place = await BACKENDS[1]!.fresh();
    const port = await freePort();
    const admin = 'operator-chosen-admin-token-0123456789';
    const server = new ServerProcess({
      DATABASE_URL: place.url!,
      PORT: String(port),
      ROLLOUT_ADMIN_TOKEN: admin,
    });
    servers.push(server);
    await server.start();
    const home = (await (await fetch(`http://127.0.0.1:${port}/health`)).json()) as {
      database: string;
    };
    expect(home.database).toBe('postgres');
    const self = await fetch(`http://127.0.0.1:${port}/tokens/self`, {
      headers: { authorization: `Bearer ${admin}` },
    });
    expect(((await self.json()) as { id: string }).id).toBe('configured-admin');
    expect(server.output).not.toContain(admin);
    expect(server.output).toMatch(/"database":"PostgreSQL at 127\.0\.0\.1:\d+\/rs_[0-9a-f]+"/);
    await server.stop();
  });
});
