import type { TestProject } from 'vitest/node';
import { startPostgres } from './pg-server.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The URL of the test PostgreSQL server's `postgres` database. */
    pgUrl: string;
  }
}

/** The marker `scripts/test.sh` reads to stop a server a crashed run left running. */
export const MARKER = new URL('../../.pg-test-server', import.meta.url).pathname;

/**
 * Starts the PostgreSQL server the suite runs on (beside PGlite) once for the
 * whole run, and stops it at the end, whether the tests passed or not.
 */
export default async function setup(project: TestProject): Promise<() => void> {
  const pg = await startPostgres(MARKER);
  project.provide('pgUrl', pg.url);
  return () => pg.stop();
}
