import { hasErrors, type Issue, type Plan, parseUnitTree, type Unit } from '@rollout/core';
import { parsePlanJson, stringifyPlan } from '@rollout/json';
import type { Database } from '../db/database.js';
import { toNumber } from '../db/database.js';
import { migrate } from '../db/migrate.js';
import { HttpError, serviceIssue } from '../http/issues.js';
import { type PlanChange, planChanges } from './plan-changes.js';
import { PlanRuntime } from './plan-runtime.js';
import { type TokenRecord, TokenStore } from './tokens.js';
import { TreeIndex } from './tree-index.js';

/** Options of {@link ReportService.open}. */
export interface ServiceOptions {
  /** The database (migrated on open). */
  readonly db: Database;
  /**
   * Today's date (ISO), asked at each read of a live roll-up: lateness is
   * measured on it. Default: the date in Vietnam (Asia/Ho_Chi_Minh) now,
   * whatever the machine's time zone.
   */
  readonly today?: () => string;
  /** At most this many events in one transaction (default 20,000). */
  readonly maxEventsPerTransaction?: number;
  /** Rows read per page when a roll-up is rebuilt (default 10,000). */
  readonly pageSize?: number;
  /** How long a checked token is trusted before the database is asked again (default 5 s). */
  readonly tokenCacheMs?: number;
}

/** One version of a plan, as the history lists it. */
export interface PlanVersionInfo {
  /** The version number, from 1. */
  readonly version: number;
  /** The id and label of the token that made it. */
  readonly changedBy: { readonly token: string; readonly label: string };
  /** When (ISO date-time, UTC). */
  readonly changedAt: string;
  /** What changed from the version before. */
  readonly changes: PlanChange[];
}

const VN_DATE = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Ho_Chi_Minh',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Today's date in Vietnam, `YYYY-MM-DD`, whatever the process time zone. */
export const todayInVietnam = (): string => VN_DATE.format(new Date());

const ISO = `'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'`;

/**
 * The reporting service without HTTP: trees, plans and their versions,
 * tokens, and one {@link PlanRuntime} per plan holding its live roll-up.
 */
export class ReportService {
  readonly db: Database;
  readonly tokens: TokenStore;
  readonly trees = new Map<string, TreeIndex>();
  readonly plans = new Map<string, PlanRuntime>();
  readonly today: () => string;
  readonly #runtimeOptions: { maxEventsPerTransaction: number; pageSize: number };

  private constructor(options: ServiceOptions) {
    this.db = options.db;
    this.today = options.today ?? todayInVietnam;
    this.tokens = new TokenStore(options.db, options.tokenCacheMs);
    this.#runtimeOptions = {
      maxEventsPerTransaction: options.maxEventsPerTransaction ?? 20_000,
      pageSize: options.pageSize ?? 10_000,
    };
  }

  /**
   * Opens the service: migrates the schema, loads the trees and plans, and
   * rebuilds each plan's live roll-up from its stored events.
   *
   * @param options - The database and limits.
   * @returns The service, ready.
   */
  static async open(options: ServiceOptions): Promise<ReportService> {
    const service = new ReportService(options);
    await migrate(options.db);
    await service.#load();
    return service;
  }

  async #load(): Promise<void> {
    const trees = await this.db.query<{ id: string; name: string; source: string }>(
      'SELECT id, name, source FROM trees ORDER BY id',
    );
    for (const t of trees) {
      const rows = await this.db.query<{ body: string }>(
        'SELECT body FROM units WHERE tree_id = $1 ORDER BY ord',
        [t.id],
      );
      const units = rows.map((r) => JSON.parse(r.body) as Unit);
      this.trees.set(t.id, new TreeIndex(t.id, t.name, t.source, units));
    }
    const plans = await this.db.query<{
      id: string;
      tree_id: string;
      version: number;
      envelope: string;
    }>(
      `SELECT p.id, p.tree_id, p.version, v.envelope
         FROM plans p JOIN plan_versions v ON v.plan_id = p.id AND v.version = p.version
        ORDER BY p.id`,
    );
    for (const p of plans) {
      const read = parsePlanJson(p.envelope);
      if (!read.success) throw new Error(`stored plan ${p.id} v${p.version} no longer reads`);
      const runtime = this.#runtime(p.id, this.trees.get(p.tree_id)!, read.data, p.version);
      await runtime.start();
    }
  }

  #runtime(id: string, tree: TreeIndex, plan: Plan, version: number): PlanRuntime {
    const runtime = new PlanRuntime(
      this.db,
      id,
      tree,
      plan,
      version,
      this.today,
      this.#runtimeOptions,
    );
    this.plans.set(id, runtime);
    return runtime;
  }

  /**
   * Stores a unit tree.
   *
   * @param spec - Its id, name, source and units (`{ units }` or a list, as the SDK reads them).
   * @param by - The token that asked.
   * @returns The tree, and the warnings the SDK found in it.
   * @throws HttpError 409 when the id is taken, 422 when the tree has errors.
   */
  async createTree(
    spec: { id: string; name: string; source: string; units: unknown },
    by: TokenRecord,
  ): Promise<{ tree: TreeIndex; issues: Issue[] }> {
    if (this.trees.has(spec.id))
      throw new HttpError(409, 'tree-exists', [serviceIssue('tree/exists', { tree: spec.id })]);
    const read = parseUnitTree(spec.units);
    if (!read.units || hasErrors(read.issues))
      throw new HttpError(422, 'invalid-tree', [serviceIssue('tree/invalid'), ...read.issues]);
    const units = read.units;
    await this.db.transaction(async (tx) => {
      await tx.query(
        'INSERT INTO trees (id, name, source, unit_count, created_by) VALUES ($1, $2, $3, $4, $5)',
        [spec.id, spec.name, spec.source, units.length, by.id],
      );
      for (let from = 0; from < units.length; from += 5000) {
        const part = units.slice(from, from + 5000);
        await tx.query(
          `INSERT INTO units (tree_id, ord, id, parent, body)
           SELECT $1, o, i, p, b FROM unnest($2::int[], $3::text[], $4::text[], $5::text[]) AS t(o, i, p, b)`,
          [
            spec.id,
            part.map((_, k) => from + k),
            part.map((u) => u.id),
            part.map((u) => u.parent ?? null),
            part.map((u) => JSON.stringify(u)),
          ],
        );
      }
    });
    const tree = new TreeIndex(spec.id, spec.name, spec.source, units);
    this.trees.set(spec.id, tree);
    return { tree, issues: read.issues };
  }

  /**
   * Stores a new plan, version 1, over a tree.
   *
   * @param spec - Its id, tree and file text (a `@rollout/json` envelope or a bare plan).
   * @param by - The token that asked.
   * @returns The plan at work, and the SDK's warnings.
   * @throws HttpError 404 (no tree), 409 (id taken), 422 (invalid plan).
   */
  async createPlan(
    spec: { id: string; tree: string; text: string },
    by: TokenRecord,
  ): Promise<{ runtime: PlanRuntime; issues: Issue<string>[] }> {
    const tree = this.trees.get(spec.tree);
    if (!tree)
      throw new HttpError(404, 'not-found', [serviceIssue('tree/not-found', { tree: spec.tree })]);
    if (this.plans.has(spec.id))
      throw new HttpError(409, 'plan-exists', [serviceIssue('plan/exists', { plan: spec.id })]);
    const plan = readPlan(spec.text);
    await this.db.transaction(async (tx) => {
      await tx.query('INSERT INTO plans (id, tree_id, version) VALUES ($1, $2, 1)', [
        spec.id,
        tree.id,
      ]);
      await tx.query(
        'INSERT INTO plan_versions (plan_id, version, envelope, changed_by, changes) VALUES ($1, 1, $2, $3, $4)',
        [
          spec.id,
          stringifyPlan(plan.data),
          by.id,
          JSON.stringify(planChanges(undefined, plan.data)),
        ],
      );
    });
    const runtime = this.#runtime(spec.id, tree, plan.data, 1);
    await runtime.start();
    return { runtime, issues: plan.issues };
  }

  /**
   * Stores a new version of a plan and rebuilds its roll-up on it.
   *
   * @param id - The plan id.
   * @param text - The new file text.
   * @param by - The token that asked.
   * @param expected - The version the change was made from (optional; 409 when it is not the current one).
   * @returns The new version, what changed, and the SDK's warnings.
   */
  async updatePlan(
    id: string,
    text: string,
    by: TokenRecord,
    expected?: number,
  ): Promise<{ version: number; changes: PlanChange[]; issues: Issue<string>[] }> {
    const runtime = this.plan(id);
    const plan = readPlan(text);
    return runtime.exclusive(async () => {
      const current = runtime.version;
      if (expected !== undefined && expected !== current)
        throw new HttpError(409, 'version-conflict', [
          serviceIssue('plan/version-conflict', { current, expected }),
        ]);
      const version = current + 1;
      const changes = planChanges(runtime.plan, plan.data);
      await this.db.transaction(async (tx) => {
        await tx.query(
          'INSERT INTO plan_versions (plan_id, version, envelope, changed_by, changes) VALUES ($1, $2, $3, $4, $5)',
          [id, version, stringifyPlan(plan.data), by.id, JSON.stringify(changes)],
        );
        await tx.query('UPDATE plans SET version = $2 WHERE id = $1', [id, version]);
      });
      await runtime.switchVersion(plan.data, version);
      return { version, changes, issues: plan.issues };
    });
  }

  /**
   * The history of a plan.
   *
   * @param id - The plan id.
   * @returns Every version, oldest first.
   */
  async planVersions(id: string): Promise<PlanVersionInfo[]> {
    this.plan(id);
    const rows = await this.db.query<{
      version: number;
      changed_by: string;
      label: string | null;
      changed_at: string;
      changes: string;
    }>(
      `SELECT v.version, v.changed_by, t.label, to_char(v.changed_at AT TIME ZONE 'UTC', ${ISO}) AS changed_at, v.changes
         FROM plan_versions v LEFT JOIN tokens t ON t.id = v.changed_by
        WHERE v.plan_id = $1 ORDER BY v.version`,
      [id],
    );
    return rows.map((r) => ({
      version: toNumber(r.version),
      changedBy: { token: r.changed_by, label: r.label ?? r.changed_by },
      changedAt: r.changed_at,
      changes: JSON.parse(r.changes) as PlanChange[],
    }));
  }

  /**
   * One stored version of a plan, as its file text.
   *
   * @param id - The plan id.
   * @param version - The version.
   * @returns The `@rollout/json` envelope text, or `undefined` when there is no such version.
   */
  async planVersionText(id: string, version: number): Promise<string | undefined> {
    this.plan(id);
    const rows = await this.db.query<{ envelope: string }>(
      'SELECT envelope FROM plan_versions WHERE plan_id = $1 AND version = $2',
      [id, version],
    );
    return rows[0]?.envelope;
  }

  /**
   * A plan at work.
   *
   * @param id - The plan id.
   * @returns Its runtime.
   * @throws HttpError 404 when there is none.
   */
  plan(id: string): PlanRuntime {
    const runtime = this.plans.get(id);
    if (!runtime)
      throw new HttpError(404, 'not-found', [serviceIssue('plan/not-found', { plan: id })]);
    return runtime;
  }

  /**
   * A stored tree.
   *
   * @param id - The tree id.
   * @returns It.
   * @throws HttpError 404 when there is none.
   */
  tree(id: string): TreeIndex {
    const tree = this.trees.get(id);
    if (!tree)
      throw new HttpError(404, 'not-found', [serviceIssue('tree/not-found', { tree: id })]);
    return tree;
  }

  /**
   * Stored events of a plan, in `seq` order, for export (NDJSON) and checks.
   *
   * @param id - The plan id.
   * @param afterSeq - Only events after this `seq`.
   * @param untilSeq - Only events up to this `seq`.
   * @param limit - At most this many.
   * @param units - Only events of these units (a subtree); all when absent.
   * @returns Rows with the event, its seq, source and time received.
   */
  async events(
    id: string,
    afterSeq: number,
    untilSeq: number,
    limit: number,
    units?: readonly string[],
  ): Promise<
    {
      seq: number;
      unit: string;
      body: string;
      token: string;
      batch: string | null;
      line: number | null;
      receivedAt: string;
    }[]
  > {
    const rows = await this.db.query<{
      seq: unknown;
      unit_id: string;
      body: string;
      token_id: string;
      batch_id: string | null;
      batch_line: number | null;
      received_at: string;
    }>(
      `SELECT seq, unit_id, body, token_id, batch_id, batch_line,
              to_char(received_at AT TIME ZONE 'UTC', ${ISO}) AS received_at
         FROM events
        WHERE plan_id = $1 AND seq > $2 AND seq <= $3 AND ($5::text[] IS NULL OR unit_id = ANY($5::text[]))
        ORDER BY seq LIMIT $4`,
      [id, afterSeq, untilSeq, limit, units ?? null],
    );
    return rows.map((r) => ({
      seq: toNumber(r.seq),
      unit: r.unit_id,
      body: r.body,
      token: r.token_id,
      batch: r.batch_id,
      line: r.batch_line,
      receivedAt: r.received_at,
    }));
  }

  /** Closes the database. */
  async close(): Promise<void> {
    await this.db.close();
  }
}

/** Reads a plan file's text; 422 with the SDK's issues when it is not a valid plan. */
function readPlan(text: string): { data: Plan; issues: Issue<string>[] } {
  const read = parsePlanJson(text);
  if (!read.success)
    throw new HttpError(422, 'invalid-plan', [serviceIssue('plan/invalid'), ...read.issues]);
  return { data: read.data, issues: read.issues };
}
