import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { TestProject } from 'vitest/node';
import { startPostgres } from './pg-server.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The URL of the test PostgreSQL server's `postgres` database. */
    pgUrl: string;
    /** An empty PGlite data directory, made once, that each PGlite test copies. */
    pgliteTemplate: string;
    /** A directory for the run's temporary files, removed at the end. */
    runDir: string;
  }
}

/** The marker `scripts/test.sh` reads to stop a server a crashed run left running. */
export const MARKER = new URL('../../.pg-test-server', import.meta.url).pathname;

/**
 * Starts the PostgreSQL server the suite runs on (beside PGlite) once for the
 * whole run, and stops it at the end, whether the tests passed or not. Makes
 * one empty PGlite data directory too: copying it is faster than PGlite's
 * own first start (its initdb), which one test still goes through.
 */
export default async function setup(project: TestProject): Promise<() => void> {
  const pg = await startPostgres(MARKER);
  project.provide('pgUrl', pg.url);
  const runDir = mkdtempSync(join(tmpdir(), 'rollout-report-run-'));
  const template = join(runDir, 'pglite-template');
  try {
    const lite = await PGlite.create(template);
    await lite.close();
  } catch (error) {
    pg.stop();
    rmSync(runDir, { recursive: true, force: true });
    throw error;
  }
  project.provide('pgliteTemplate', template);
  project.provide('runDir', runDir);
  return () => {
    rmSync(runDir, { recursive: true, force: true });
    pg.stop();
  };
}
