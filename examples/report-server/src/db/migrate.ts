import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Database } from './database.js';

/** The repository's migrations: `migrations/NNN_name.sql`, applied in order. */
export const MIGRATIONS_DIR = fileURLToPath(new URL('../../migrations/', import.meta.url));

/** One migration file. */
export interface Migration {
  /** Its number (`001` → 1). */
  readonly version: number;
  /** The rest of its file name. */
  readonly name: string;
  /** Its SQL. */
  readonly sql: string;
}

/**
 * Reads the migration files of a directory, in order.
 *
 * @param dir - The directory (default: the repository's `migrations/`).
 * @returns The migrations, by version; two files of one number are an error.
 */
export function readMigrations(dir = MIGRATIONS_DIR): Migration[] {
  const out: Migration[] = [];
  for (const file of readdirSync(dir).sort()) {
    const m = /^(\d{3})_([a-z0-9_]+)\.sql$/.exec(file);
    if (!m) continue;
    const version = Number(m[1]);
    if (out.some((x) => x.version === version))
      throw new Error(`two migrations numbered ${m[1]} in ${dir}`);
    out.push({ version, name: m[2]!, sql: readFileSync(`${dir}/${file}`, 'utf8') });
  }
  return out;
}

/**
 * Brings the schema up to date: applies each migration not yet recorded in
 * `schema_migrations`, each in its own transaction, under an advisory lock so
 * that two servers starting at once do not both apply one.
 *
 * @param db - The database.
 * @param migrations - The migrations (default: the repository's).
 * @returns The versions applied now (empty when the schema was current).
 */
export async function migrate(
  db: Database,
  migrations: readonly Migration[] = readMigrations(),
): Promise<number[]> {
  await db.query(
    `CREATE TABLE IF NOT EXISTS schema_migrations (
       version integer PRIMARY KEY,
       name text NOT NULL,
       applied_at timestamptz NOT NULL DEFAULT now())`,
  );
  const applied: number[] = [];
  for (const m of migrations) {
    const done = await db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [0x726f6c6c]);
      const rows = await tx.query('SELECT 1 FROM schema_migrations WHERE version = $1', [
        m.version,
      ]);
      if (rows.length > 0) return false;
      for (const statement of splitStatements(m.sql)) await tx.query(statement);
      await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [
        m.version,
        m.name,
      ]);
      return true;
    });
    if (done) applied.push(m.version);
  }
  return applied;
}

/**
 * The statements of a migration file, split at `;` ending a line (the files
 * hold no functions or quoted semicolons), comments dropped.
 */
function splitStatements(sql: string): string[] {
  return sql
    .split(/;\s*$/m)
    .map((s) =>
      s
        .split('\n')
        .filter((line) => !/^\s*--/.test(line))
        .join('\n')
        .trim(),
    )
    .filter((s) => s.length > 0);
}
