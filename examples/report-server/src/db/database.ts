/**
 * The one database interface the service uses, with two drivers: PGlite (an
 * embedded PostgreSQL in a data directory, the default) and node-postgres (a
 * PostgreSQL server named by `DATABASE_URL`). Every statement is a fixed SQL
 * text with `$n` parameters; no value is ever pasted into SQL.
 */

/** Something that runs one parameterised statement: the database, or an open transaction. */
export interface Queryable {
  /**
   * Runs one statement.
   *
   * @param sql - Fixed SQL text with `$1 … $n` placeholders.
   * @param params - The values of the placeholders.
   * @returns The rows (empty for statements without `RETURNING`).
   */
  query<R = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<R[]>;
}

/** A PostgreSQL database, embedded or on a server. */
export interface Database extends Queryable {
  /** `pglite` (embedded) or `postgres` (a server). */
  readonly kind: 'pglite' | 'postgres';
  /** Where it is, for people (a directory, or host, port and database; never a password). */
  readonly description: string;
  /**
   * Runs `fn` in one transaction: committed when it resolves, rolled back when it throws.
   *
   * @param fn - The work, given the transaction to run statements on.
   * @returns What `fn` returned, once committed.
   */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  /** Closes the connections (PGlite: shuts the embedded server down cleanly). */
  close(): Promise<void>;
}

/** Where to find the database. */
export interface DatabaseConfig {
  /** A `postgres://` URL: use a PostgreSQL server. */
  readonly url?: string | undefined;
  /** The PGlite data directory when there is no URL (`memory://` keeps it in memory). */
  readonly dataDir?: string | undefined;
  /** Connections to a server (default 4). */
  readonly poolSize?: number | undefined;
}

/**
 * Opens the database: a server when `url` is given, else PGlite in `dataDir`.
 *
 * @param config - The URL or the data directory.
 * @returns The open database (migrations not yet run: see `migrate`).
 */
export async function openDatabase(config: DatabaseConfig): Promise<Database> {
  if (config.url) {
    const { openPostgres } = await import('./postgres.js');
    return openPostgres(config.url, config.poolSize ?? 4);
  }
  const { openPglite } = await import('./pglite.js');
  return openPglite(config.dataDir ?? './data');
}

/** A bigint column as a number (node-postgres gives a string, PGlite a number). */
export function toNumber(value: unknown): number {
  return typeof value === 'number' ? value : Number(value);
}
