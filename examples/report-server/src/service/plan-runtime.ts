import type { Issue, Plan, ProgressEvent } from '@rollout/core';
import type { Database } from '../db/database.js';
import { toNumber } from '../db/database.js';
import { canonicalJson } from './event-key.js';
import { Lane } from './lane.js';
import { TrackedRollup } from './tracked-rollup.js';
import type { TreeIndex } from './tree-index.js';

/** One event ready to store: checked by the SDK and by access rules. */
export interface PendingEvent {
  /** The event. */
  readonly event: ProgressEvent;
  /** Its key (see `eventKey`). */
  readonly key: string;
  /** Its line in an NDJSON batch (from 1), or `null` when sent alone. */
  readonly line: number | null;
  /** Its JSON text, as stored. */
  readonly body: string;
}

/** Where a write came from. */
export interface WriteSource {
  /** The id of the token that sent it. */
  readonly token: string;
  /** The batch id of an NDJSON batch, or `null`. */
  readonly batch: string | null;
}

/** What became of one event sent. */
export type WriteOutcome =
  | {
      /** Stored now. */
      readonly status: 'stored';
      /** Its place in the plan's order. */
      readonly seq: number;
      /** Whether the roll-up counted it. */
      readonly counted: boolean;
      /** What the roll-up said about it. */
      readonly issues: Issue[];
    }
  | {
      /** Stored before (the same key and the same content): not stored again. */
      readonly status: 'duplicate';
      /** The seq of the stored one. */
      readonly seq: number;
    }
  | {
      /** Its key was stored before with other content: not stored. */
      readonly status: 'conflict';
      /** The seq of the stored one. */
      readonly seq: number;
    };

/**
 * Whether an event sent again is the one stored under its key: for a key made
 * of the content, always (what it says is the key); for an id, when it says
 * the same, field by field.
 */
function sameEvent(key: string, storedCanonical: string, event: ProgressEvent): boolean {
  return key.startsWith('content:') || storedCanonical === canonicalJson(event);
}

/** The database could not take a write: nothing is acknowledged, the client sends again. */
export class WriteFailedError extends Error {
  override readonly name = 'WriteFailedError';
}

interface WriteRequest {
  readonly items: readonly PendingEvent[];
  readonly source: WriteSource;
  readonly resolve: (outcomes: WriteOutcome[]) => void;
  readonly reject: (error: unknown) => void;
}

/** Options of a {@link PlanRuntime}. */
export interface PlanRuntimeOptions {
  /** At most this many events in one transaction (requests waiting are grouped up to it). */
  readonly maxEventsPerTransaction: number;
  /** Rows read per page when the roll-up is rebuilt. */
  readonly pageSize: number;
}

/**
 * One plan at work: its current version, its tree, its live roll-up and its
 * one writer.
 *
 * @remarks Writes go through a {@link Lane}: requests that arrive while a
 * transaction runs wait and are then written together in one transaction
 * (group commit), so the plan's `seq` order is the order of commit and the
 * order the live roll-up applies. An event is acknowledged only after its
 * transaction committed. When a transaction fails the live roll-up is marked
 * stale (the commit may have happened) and rebuilt from the database before
 * the next write or read.
 */
export class PlanRuntime {
  readonly id: string;
  readonly tree: TreeIndex;
  #plan: Plan;
  #version: number;
  #live: TrackedRollup | undefined;
  readonly #db: Database;
  readonly #lane = new Lane();
  readonly #queue: WriteRequest[] = [];
  #scheduled = false;
  readonly #options: PlanRuntimeOptions;
  readonly #today: () => string;
  /** Folds for other days, by `version|today|lastSeq` (the last few). */
  readonly #folds = new Map<string, Promise<TrackedRollup>>();

  /**
   * @param db - The database.
   * @param id - The plan id.
   * @param tree - Its unit tree.
   * @param plan - Its current version's content.
   * @param version - Its current version number.
   * @param today - The day lateness is measured on, asked afresh at each read.
   * @param options - Transaction and page sizes.
   */
  constructor(
    db: Database,
    id: string,
    tree: TreeIndex,
    plan: Plan,
    version: number,
    today: () => string,
    options: PlanRuntimeOptions,
  ) {
    this.#db = db;
    this.id = id;
    this.tree = tree;
    this.#plan = plan;
    this.#version = version;
    this.#today = today;
    this.#options = options;
  }

  /** The current plan. */
  get plan(): Plan {
    return this.#plan;
  }

  /** Its version. */
  get version(): number {
    return this.#version;
  }

  /**
   * Runs work in the plan's lane (after the writes queued before it).
   *
   * @param task - The work.
   * @returns Its result.
   */
  exclusive<T>(task: () => Promise<T>): Promise<T> {
    return this.#lane.run(task);
  }

  /**
   * Switches to a new version (call inside {@link exclusive}, after it was stored).
   *
   * @param plan - The new content.
   * @param version - Its number.
   */
  async switchVersion(plan: Plan, version: number): Promise<void> {
    this.#plan = plan;
    this.#version = version;
    this.#folds.clear();
    this.#live = undefined;
    await this.#ensureLive();
  }

  /** Builds the live roll-up from the database (in the lane). */
  async start(): Promise<void> {
    await this.#lane.run(() => this.#ensureLive());
  }

  /**
   * The live roll-up, current for today's date (rebuilt first when the day
   * has changed or a failed write left it stale).
   *
   * @returns It; read it at once (later writes change it).
   */
  async live(): Promise<TrackedRollup> {
    const live = this.#live;
    if (live && live.today === this.#today() && live.version === this.#version) return live;
    return this.#lane.run(async () => {
      await this.#ensureLive();
      return this.#live!;
    });
  }

  /**
   * The roll-up as of any day: the live one for today, else a fold of the
   * stored events up to the live one's last `seq`, with lateness measured on
   * `today`.
   *
   * @param today - An ISO date.
   * @returns The roll-up.
   */
  async asOf(today: string): Promise<TrackedRollup> {
    const live = await this.live();
    if (today === live.today) return live;
    return this.fold(today, live.lastSeq);
  }

  /**
   * A fresh roll-up of the stored events with `seq` ≤ `untilSeq`, read from
   * the database page by page (the last few are kept).
   *
   * @param today - The day lateness is measured on.
   * @param untilSeq - The last `seq` to read.
   * @returns The roll-up.
   */
  fold(today: string, untilSeq: number): Promise<TrackedRollup> {
    const key = `${this.#version}|${today}|${untilSeq}`;
    let found = this.#folds.get(key);
    if (!found) {
      const target = new TrackedRollup(this.#plan, this.#version, this.tree, today);
      found = this.#readInto(target, untilSeq).then(() => target);
      found.catch(() => this.#folds.delete(key));
      this.#folds.set(key, found);
      while (this.#folds.size > 3) this.#folds.delete(this.#folds.keys().next().value!);
    }
    return found;
  }

  /**
   * Stores events (one transaction with whatever else is waiting) and
   * applies the stored ones to the live roll-up.
   *
   * @param items - The events, checked.
   * @param source - Who sent them.
   * @returns One outcome per item, in order, once committed.
   * @throws WriteFailedError when the database did not take them.
   */
  submit(items: readonly PendingEvent[], source: WriteSource): Promise<WriteOutcome[]> {
    if (items.length === 0) return Promise.resolve([]);
    return new Promise((resolve, reject) => {
      this.#queue.push({ items, source, resolve, reject });
      this.#schedule();
    });
  }

  #schedule(): void {
    if (this.#scheduled) return;
    this.#scheduled = true;
    void this.#lane.run(() => this.#drainOnce());
  }

  /** Writes one group of waiting requests, then queues itself again behind other work. */
  async #drainOnce(): Promise<void> {
    // Let requests that have arrived on their sockets reach the queue first:
    // PGlite runs in this thread and blocks it while a transaction runs, so the
    // requests that came meanwhile are read only after it. A few turns of the
    // event loop, while the queue still grows, make one transaction of them.
    for (let turn = 0, still = 0; turn < 10 && still < 2; turn++) {
      const before = this.#queue.length;
      await new Promise<void>((resolve) => setImmediate(resolve));
      still = this.#queue.length === before ? still + 1 : 0;
    }
    this.#scheduled = false;
    const group: WriteRequest[] = [];
    let size = 0;
    while (this.#queue.length > 0) {
      const next = this.#queue[0]!;
      if (group.length > 0 && size + next.items.length > this.#options.maxEventsPerTransaction)
        break;
      group.push(this.#queue.shift()!);
      size += next.items.length;
    }
    if (group.length > 0) await this.#write(group);
    if (this.#queue.length > 0) this.#schedule();
  }

  async #write(group: WriteRequest[]): Promise<void> {
    const failAll = (error: unknown) => {
      const failure =
        error instanceof WriteFailedError ? error : new WriteFailedError(String(error));
      for (const r of group) r.reject(failure);
    };
    try {
      await this.#ensureLive();
    } catch (error) {
      failAll(error);
      return;
    }
    // The first item of each key is written; later ones of the group answer after it.
    const first = new Map<string, PendingEvent>();
    const records: unknown[] = [];
    const keys: string[] = [];
    for (const r of group) {
      for (const item of r.items) {
        if (first.has(item.key)) continue;
        first.set(item.key, item);
        keys.push(item.key);
        records.push({
          k: item.key,
          u: item.event.unit,
          kd: item.event.kind,
          d: item.event.date ?? null,
          b: item.body,
          tk: r.source.token,
          bt: r.source.batch,
          ln: item.line,
        });
      }
    }
    let inserted: { seq: unknown; event_key: string }[];
    let existing: { seq: unknown; event_key: string; body: string }[];
    try {
      [inserted, existing] = await this.#db.transaction(async (tx) => {
        // One JSON parameter carries every row: PostgreSQL parses it in C, far
        // faster than the drivers write and the server reads one array per column.
        const rows = await tx.query<{ seq: unknown; event_key: string }>(
          `INSERT INTO events (plan_id, event_key, unit_id, kind, event_date, body, token_id, batch_id, batch_line)
           SELECT $1, t.k, t.u, t.kd, t.d, t.b, t.tk, t.bt, t.ln
             FROM json_array_elements($2::json) WITH ORDINALITY AS e(v, n),
                  LATERAL json_to_record(e.v) AS t(k text, u text, kd text, d text, b text, tk text, bt text, ln integer)
            ORDER BY e.n
           ON CONFLICT (plan_id, event_key) DO NOTHING
           RETURNING seq, event_key`,
          [this.id, JSON.stringify(records)],
        );
        const got = new Set(rows.map((row) => row.event_key));
        const missing = keys.filter((k) => !got.has(k));
        const old =
          missing.length === 0
            ? []
            : await tx.query<{ seq: unknown; event_key: string; body: string }>(
                'SELECT seq, event_key, body FROM events WHERE plan_id = $1 AND event_key = ANY($2::text[])',
                [this.id, missing],
              );
        return [rows, old] as const;
      });
    } catch (error) {
      // The commit may or may not have happened: read the truth back before going on.
      this.#live = undefined;
      failAll(error);
      return;
    }
    const outcome = new Map<string, WriteOutcome>();
    const storedBody = new Map<string, string>();
    const live = this.#live!;
    const fresh = inserted
      .map((row) => ({ seq: toNumber(row.seq), key: row.event_key }))
      .sort((a, b) => a.seq - b.seq);
    for (const row of fresh) {
      const item = first.get(row.key)!;
      const applied = live.apply(item.event, row.seq);
      outcome.set(row.key, { status: 'stored', seq: row.seq, ...applied });
      storedBody.set(row.key, canonicalJson(item.event));
    }
    for (const row of existing) {
      const item = first.get(row.event_key)!;
      const seq = toNumber(row.seq);
      const body = canonicalJson(JSON.parse(row.body));
      storedBody.set(row.event_key, body);
      outcome.set(row.event_key, {
        status: sameEvent(row.event_key, body, item.event) ? 'duplicate' : 'conflict',
        seq,
      });
    }
    for (const r of group) {
      r.resolve(
        r.items.map((item) => {
          const o = outcome.get(item.key)!;
          if (first.get(item.key) === item) return o;
          // A second item of one key in the same group: the first one's fate decides.
          const same = sameEvent(item.key, storedBody.get(item.key)!, item.event);
          return { status: same ? 'duplicate' : 'conflict', seq: o.seq };
        }),
      );
    }
  }

  /** Makes the live roll-up current (inside the lane). */
  async #ensureLive(): Promise<void> {
    const today = this.#today();
    const live = this.#live;
    if (live && live.today === today && live.version === this.#version) return;
    const next = new TrackedRollup(this.#plan, this.#version, this.tree, today);
    await this.#readInto(next, Number.MAX_SAFE_INTEGER);
    this.#live = next;
  }

  /** Applies the stored events after `target.lastSeq` up to `untilSeq`, in `seq` order. */
  async #readInto(target: TrackedRollup, untilSeq: number): Promise<void> {
    const page = this.#options.pageSize;
    for (;;) {
      const rows = await this.#db.query<{ seq: unknown; body: string }>(
        `SELECT seq, body FROM events WHERE plan_id = $1 AND seq > $2 AND seq <= $3 ORDER BY seq LIMIT $4`,
        [this.id, target.lastSeq, untilSeq, page],
      );
      for (const row of rows)
        target.apply(JSON.parse(row.body) as ProgressEvent, toNumber(row.seq));
      if (rows.length < page) return;
    }
  }
}
