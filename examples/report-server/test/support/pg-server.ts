import { spawnSync } from 'node:child_process';
import {
  chownSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A PostgreSQL server started for the tests, in a temporary directory, on 127.0.0.1 only. */
export interface TestPostgres {
  /** A URL of its `postgres` database, as the superuser `rollout` (trust auth, loopback only). */
  readonly url: string;
  /** The server's directory (data, socket, log). */
  readonly dir: string;
  /** Stops the server and removes its directory. */
  stop(): void;
}

/** The newest Debian PostgreSQL binaries: `/usr/lib/postgresql/<n>/bin`, or `ROLLOUT_PG_BIN`. */
export function postgresBin(): string {
  const given = process.env.ROLLOUT_PG_BIN;
  if (given) return given;
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((v) => existsSync(`${root}/${v}/bin/initdb`))
        .sort((a, b) => Number(a) - Number(b))
    : [];
  const newest = versions.at(-1);
  if (!newest)
    throw new Error(
      'PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb): run scripts/ensure-postgres.sh',
    );
  return `${root}/${newest}/bin`;
}

/** A port free on 127.0.0.1 just now. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const address = s.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      s.close(() => resolve(port));
    });
  });
}

/** The uid and gid of the `postgres` user (initdb refuses to run as root). */
function postgresUser(): { uid: number; gid: number } {
  const uid = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
  const gid = spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' });
  if (uid.status !== 0 || gid.status !== 0)
    throw new Error('running as root, but there is no postgres user to run the server as');
  return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
}

/**
 * Starts a PostgreSQL server of its own: `initdb` in a new temporary
 * directory, then `pg_ctl start` listening on 127.0.0.1 at a free port (and on
 * a Unix socket in that directory). As root, the server runs as the
 * `postgres` user. The directory is written to `markerFile` so that a script
 * can stop a server a crashed test run left behind.
 *
 * @param markerFile - Where to note the directory (optional).
 * @returns The server.
 * @throws Error when the binaries are missing or the server does not start.
 */
export async function startPostgres(markerFile?: string): Promise<TestPostgres> {
  const bin = postgresBin();
  const dir = mkdtempSync(join(tmpdir(), 'rollout-pg-'));
  const data = join(dir, 'data');
  const socket = join(dir, 'socket');
  mkdirSync(socket);
  const root = process.getuid?.() === 0;
  if (root) {
    const { uid, gid } = postgresUser();
    chownSync(dir, uid, gid);
    chownSync(socket, uid, gid);
  }
  const run = (cmd: string, args: string[]) => {
    const r = root
      ? spawnSync('runuser', ['-u', 'postgres', '--', `${bin}/${cmd}`, ...args], {
          encoding: 'utf8',
        })
      : spawnSync(`${bin}/${cmd}`, args, { encoding: 'utf8' });
    if (r.status !== 0)
      throw new Error(
        `${cmd} failed (${r.status}): ${(r.stderr || r.stdout || String(r.error)).slice(0, 2000)}`,
      );
    return r;
  };
  run('initdb', [
    '-D',
    data,
    '-U',
    'rollout',
    '--auth=trust',
    '-E',
    'UTF8',
    '--no-locale',
    '--no-sync',
  ]);
  const port = await freePort();
  if (markerFile) writeFileSync(markerFile, `${dir}\n`);
  run('pg_ctl', [
    '-D',
    data,
    '-l',
    join(dir, 'server.log'),
    '-w',
    '-t',
    '60',
    '-o',
    `-c listen_addresses=127.0.0.1 -p ${port} -k ${socket} -c max_connections=60`,
    'start',
  ]);
  let stopped = false;
  return {
    url: `postgres://rollout@127.0.0.1:${port}/postgres`,
    dir,
    stop() {
      if (stopped) return;
      stopped = true;
      try {
        run('pg_ctl', ['-D', data, '-m', 'fast', '-w', '-t', '30', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
        if (markerFile) rmSync(markerFile, { force: true });
      }
    },
  };
}
