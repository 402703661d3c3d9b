import pg from 'pg';
import type { Database, Queryable } from './database.js';

/**
 * A PostgreSQL server through node-postgres, with a small pool.
 *
 * @param url - `postgres://user@host:port/database` (or a socket directory as `host`).
 * @param poolSize - How many connections at most.
 * @returns The open database (one connection tried before returning).
 */
export async function openPostgres(url: string, poolSize: number): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  // A broken idle connection must not crash the process; the next query reports it.
  pool.on('error', () => {});
  const probe = await pool.connect();
  probe.release();
  const where = new URL(url);
  const wrap = (client: pg.Pool | pg.PoolClient): Queryable => ({
    async query<R>(sql: string, params: readonly unknown[] = []): Promise<R[]> {
      const result = await client.query(sql, params as unknown[]);
      return result.rows as R[];
    },
  });
  const self = wrap(pool);
  return {
    kind: 'postgres',
    description: `PostgreSQL at ${where.hostname || where.searchParams.get('host') || 'localhost'}${where.port ? `:${where.port}` : ''}${where.pathname}`,
    query: self.query,
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await fn(wrap(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
