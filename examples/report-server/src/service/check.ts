import {
  applyEvent,
  createRollup,
  type ProgressEvent,
  type RollupResult,
  rollup,
} from '@rollout/core';
import type { Database } from '../db/database.js';
import { toNumber } from '../db/database.js';
import type { PlanRuntime } from './plan-runtime.js';

/** The answer of the check: is the live roll-up what a full roll-up of the database gives? */
export interface CheckResult {
  /** `true` when the two are equal, to the last figure, issue and overdue item. */
  readonly equal: boolean;
  /**
   * How the full roll-up was made: `rollup` (the SDK's `rollup()` over every
   * stored event, held in memory), or `fold` (past `inMemoryLimit` events: a
   * fresh `createRollup` fed by `applyEvent` page by page, which the SDK
   * documents as the same thing).
   */
  readonly method: 'rollup' | 'fold';
  /** Stored events compared. */
  readonly events: number;
  /** The last `seq` the live roll-up had applied. */
  readonly lastSeq: number;
  /** The day lateness was measured on. */
  readonly today: string;
  /** The first paths that differ (at most 20), empty when equal. */
  readonly differences: string[];
}

/** Lists where two JSON values differ, up to `max` paths. */
export function differences(a: unknown, b: unknown, max = 20): string[] {
  const out: string[] = [];
  const walk = (x: unknown, y: unknown, path: string) => {
    if (out.length >= max) return;
    if (Object.is(x, y)) return;
    if (Array.isArray(x) && Array.isArray(y)) {
      if (x.length !== y.length) out.push(`${path}.length`);
      for (let i = 0; i < Math.min(x.length, y.length); i++) walk(x[i], y[i], `${path}[${i}]`);
      return;
    }
    if (
      x !== null &&
      y !== null &&
      typeof x === 'object' &&
      typeof y === 'object' &&
      !Array.isArray(x) &&
      !Array.isArray(y)
    ) {
      const keys = new Set([...Object.keys(x), ...Object.keys(y)]);
      for (const k of keys)
        walk((x as Record<string, unknown>)[k], (y as Record<string, unknown>)[k], `${path}.${k}`);
      return;
    }
    out.push(path || '(root)');
  };
  walk(a, b, '');
  return out;
}

/**
 * Compares a plan's live roll-up with a full roll-up of its stored events.
 *
 * @remarks The live roll-up is read at one instant with its last `seq`; the
 * stored events up to that `seq` are then read back in `seq` order (writes
 * may go on meanwhile: they come after it). The whole `RollupResult` is
 * compared: totals, tiers, every unit, the overdue list, the event
 * statistics and the issues.
 * @param db - The database.
 * @param runtime - The plan.
 * @param inMemoryLimit - Up to this many events, `rollup()` over a list in memory.
 * @param pageSize - Rows read per page.
 * @returns The verdict.
 */
export async function checkLive(
  db: Database,
  runtime: PlanRuntime,
  inMemoryLimit = 500_000,
  pageSize = 10_000,
): Promise<CheckResult> {
  const live = await runtime.live();
  // Read at one instant: nothing else runs between these lines.
  const snapshot: RollupResult = live.roll.toJSON();
  const lastSeq = live.lastSeq;
  const today = live.today;
  const plan = runtime.plan;
  const units = runtime.tree.units;
  const held: ProgressEvent[] = [];
  let fold: ReturnType<typeof createRollup> | undefined;
  let after = 0;
  let count = 0;
  for (;;) {
    const rows = await db.query<{ seq: unknown; body: string }>(
      'SELECT seq, body FROM events WHERE plan_id = $1 AND seq > $2 AND seq <= $3 ORDER BY seq LIMIT $4',
      [runtime.id, after, lastSeq, pageSize],
    );
    for (const row of rows) {
      const event = JSON.parse(row.body) as ProgressEvent;
      count++;
      if (fold) applyEvent(fold, event);
      else {
        held.push(event);
        if (held.length > inMemoryLimit) {
          fold = createRollup(plan, { units, today });
          for (const e of held) applyEvent(fold, e);
          held.length = 0;
        }
      }
    }
    if (rows.length < pageSize) break;
    after = toNumber(rows[rows.length - 1]!.seq);
  }
  const full = (fold ?? rollup(plan, held, { units, today })).toJSON();
  const diff = differences(snapshot, full);
  return {
    equal: diff.length === 0,
    method: fold ? 'fold' : 'rollup',
    events: count,
    lastSeq,
    today,
    differences: diff,
  };
}
