import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Database } from '../db/database.js';

/** What a token may do: everything (`admin`), or report and read for one unit's subtree. */
export type TokenRole = 'admin' | 'unit';

/** A token as the service knows it: never its secret. */
export interface TokenRecord {
  /** The public id (the part of the token before the dot). */
  readonly id: string;
  /** `admin` or `unit`. */
  readonly role: TokenRole;
  /** The unit tree of a unit token (`null` for an admin). */
  readonly tree: string | null;
  /** The unit at the top of its subtree (`null` for an admin). */
  readonly unit: string | null;
  /** Who holds it, for people (shown in the plan history and the events' source). */
  readonly label: string;
  /** Requests per minute it may make (`null`: the service's default). */
  readonly ratePerMinute: number | null;
  /** The largest body it may send (`null`: the service's default). */
  readonly maxBodyBytes: number | null;
  /** When it was made (ISO date-time, UTC). */
  readonly createdAt: string;
  /** When it was revoked, or `null`. */
  readonly revokedAt: string | null;
}

/** What a new token is made of. */
export interface NewToken {
  readonly role: TokenRole;
  readonly tree?: string | undefined;
  readonly unit?: string | undefined;
  readonly label: string;
  readonly ratePerMinute?: number | undefined;
  readonly maxBodyBytes?: number | undefined;
}

const TOKEN = /^rlt_([a-z0-9]{16})\.([A-Za-z0-9_-]{43})$/;
const ISO = `'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'`;
const COLUMNS = `id, role, tree_id, unit_id, label, rate_per_minute, max_body_bytes,
  to_char(created_at AT TIME ZONE 'UTC', ${ISO}) AS created_at,
  to_char(revoked_at AT TIME ZONE 'UTC', ${ISO}) AS revoked_at`;

interface Row {
  id: string;
  role: TokenRole;
  tree_id: string | null;
  unit_id: string | null;
  label: string;
  rate_per_minute: number | null;
  max_body_bytes: number | null;
  created_at: string;
  revoked_at: string | null;
  secret_hash?: string;
}

const toRecord = (r: Row): TokenRecord => ({
  id: r.id,
  role: r.role,
  tree: r.tree_id,
  unit: r.unit_id,
  label: r.label,
  ratePerMinute: r.rate_per_minute,
  maxBodyBytes: r.max_body_bytes,
  createdAt: r.created_at,
  revokedAt: r.revoked_at,
});

/** SHA-256 of a token's secret part, hex: all the database ever holds. */
export const hashSecret = (secret: string): string =>
  createHash('sha256').update(secret, 'utf8').digest('hex');

/**
 * The tokens: made with 256 random bits, stored as a SHA-256 of the secret
 * (the secret has far too much entropy for a slow hash to matter), checked
 * in constant time, revocable. A token reads `rlt_<id>.<secret>`.
 *
 * @remarks Checked tokens are cached for `cacheMs` (default 5 s): a token
 * revoked here stops at once; one revoked by another server process within
 * that time.
 */
export class TokenStore {
  readonly #db: Database;
  readonly #cacheMs: number;
  readonly #cache = new Map<string, { hash: Buffer; record: TokenRecord; at: number }>();

  /**
   * @param db - The database.
   * @param cacheMs - How long a checked token is trusted without a look at the database.
   */
  constructor(db: Database, cacheMs = 5000) {
    this.#db = db;
    this.#cacheMs = cacheMs;
  }

  /**
   * Makes a token.
   *
   * @param spec - Its role, scope, label and limits (the scope must exist: checked by the caller).
   * @param createdBy - The id of the token that asked, or `null` at start-up.
   * @returns Its record and the token itself, shown once and never again.
   */
  async create(
    spec: NewToken,
    createdBy: string | null,
  ): Promise<{ record: TokenRecord; token: string }> {
    const id = randomBytes(10).toString('hex').slice(0, 16);
    const secret = randomBytes(32).toString('base64url');
    const rows = await this.#db.query<Row>(
      `INSERT INTO tokens (id, secret_hash, role, tree_id, unit_id, label, rate_per_minute, max_body_bytes, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING ${COLUMNS}`,
      [
        id,
        hashSecret(secret),
        spec.role,
        spec.tree ?? null,
        spec.unit ?? null,
        spec.label,
        spec.ratePerMinute ?? null,
        spec.maxBodyBytes ?? null,
        createdBy,
      ],
    );
    return { record: toRecord(rows[0]!), token: `rlt_${id}.${secret}` };
  }

  /**
   * Makes an admin token from a secret given in the environment (once: the same
   * secret is kept, a changed one replaces the old, which is revoked).
   *
   * @param token - The whole token text chosen by the operator (any 32+ characters).
   * @returns The admin token's record.
   */
  async ensureConfiguredAdmin(token: string): Promise<TokenRecord> {
    const hash = hashSecret(token);
    const found = await this.#db.query<Row>(
      `SELECT ${COLUMNS}, secret_hash FROM tokens WHERE id = 'configured-admin'`,
    );
    if (found[0] && found[0].secret_hash === hash && found[0].revoked_at === null)
      return toRecord(found[0]);
    const rows = await this.#db.query<Row>(
      `INSERT INTO tokens (id, secret_hash, role, label) VALUES ('configured-admin', $1, 'admin', 'ROLLOUT_ADMIN_TOKEN')
       ON CONFLICT (id) DO UPDATE SET secret_hash = EXCLUDED.secret_hash, revoked_at = NULL
       RETURNING ${COLUMNS}`,
      [hash],
    );
    this.#cache.delete('configured-admin');
    return toRecord(rows[0]!);
  }

  /** Whether any admin token is still valid. */
  async hasAdmin(): Promise<boolean> {
    const rows = await this.#db.query(
      `SELECT 1 FROM tokens WHERE role = 'admin' AND revoked_at IS NULL LIMIT 1`,
    );
    return rows.length > 0;
  }

  /**
   * Checks a token given in a request.
   *
   * @param token - The text after `Bearer `.
   * @returns Its record, or `undefined` when it is unknown, wrong or revoked.
   */
  async verify(token: string): Promise<TokenRecord | undefined> {
    let id: string;
    let secret: string;
    const m = TOKEN.exec(token);
    if (m) {
      id = m[1]!;
      secret = m[2]!;
    } else if (token.length >= 32 && token.length <= 512) {
      // The operator's own admin token (ROLLOUT_ADMIN_TOKEN) has no id of ours.
      id = 'configured-admin';
      secret = token;
    } else return undefined;
    const given = Buffer.from(hashSecret(secret), 'hex');
    const now = Date.now();
    let entry = this.#cache.get(id);
    if (!entry || now - entry.at > this.#cacheMs) {
      const rows = await this.#db.query<Row>(
        `SELECT ${COLUMNS}, secret_hash FROM tokens WHERE id = $1`,
        [id],
      );
      const row = rows[0];
      if (!row) {
        this.#cache.delete(id);
        return undefined;
      }
      entry = { hash: Buffer.from(row.secret_hash!, 'hex'), record: toRecord(row), at: now };
      this.#cache.set(id, entry);
    }
    if (entry.hash.length !== given.length || !timingSafeEqual(entry.hash, given)) return undefined;
    return entry.record.revokedAt === null ? entry.record : undefined;
  }

  /**
   * Revokes a token: it stops working at once.
   *
   * @param id - The token's id.
   * @returns Its record as revoked, or `undefined` when there is none.
   */
  async revoke(id: string): Promise<TokenRecord | undefined> {
    const rows = await this.#db.query<Row>(
      `UPDATE tokens SET revoked_at = COALESCE(revoked_at, now()) WHERE id = $1 RETURNING ${COLUMNS}`,
      [id],
    );
    this.#cache.delete(id);
    return rows[0] ? toRecord(rows[0]) : undefined;
  }

  /**
   * Lists the tokens (never their secrets).
   *
   * @returns Every token, oldest first.
   */
  async list(): Promise<TokenRecord[]> {
    const rows = await this.#db.query<Row>(`SELECT ${COLUMNS} FROM tokens ORDER BY created_at, id`);
    return rows.map(toRecord);
  }
}
