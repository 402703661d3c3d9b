import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import type { Database, Queryable } from './database.js';

/**
 * PGlite, PostgreSQL compiled to WebAssembly, in a data directory: nothing to
 * install. One connection: statements run one after another, and a
 * transaction holds the database until it ends.
 *
 * @param dataDir - The data directory (created when missing), or `memory://`.
 * @returns The open database.
 */
export async function openPglite(dataDir: string): Promise<Database> {
  const inMemory = dataDir.startsWith('memory://');
  if (!inMemory) mkdirSync(dataDir, { recursive: true });
  const pg = await PGlite.create(inMemory ? undefined : dataDir);
  const wrap = (q: { query: PGlite['query'] }): Queryable => ({
    async query<R>(sql: string, params: readonly unknown[] = []): Promise<R[]> {
      const result = await q.query<R>(sql, params as unknown[]);
      return result.rows;
    },
  });
  const self = wrap(pg);
  return {
    kind: 'pglite',
    description: inMemory ? 'PGlite in memory' : `PGlite in ${dataDir}`,
    query: self.query,
    transaction: (fn) => pg.transaction((tx) => fn(wrap(tx))),
    close: () => pg.close(),
  };
}
