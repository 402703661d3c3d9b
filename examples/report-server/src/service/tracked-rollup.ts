import {
  applyEvent,
  createRollup,
  type Issue,
  type Plan,
  type ProgressEvent,
  type ProgressRollup,
} from '@rollout/core';
import type { TreeIndex } from './tree-index.js';

/** What applying one event did. */
export interface Applied {
  /** Whether the roll-up counted it. */
  readonly counted: boolean;
  /** The issues it raised (duplicate, contradiction, inconsistent counts …). */
  readonly issues: Issue[];
}

/**
 * A roll-up of one plan over its tree, fed with stored events in the order
 * of `seq`, and what the service needs beside the SDK's counters to answer
 * for a subtree: how many events each unit stored, and which unit each
 * issue-raising event came from.
 *
 * @remarks Events are applied with `applyEvent` and no `at`, so issue paths
 * are `['events', n]` with `n` counting the events applied from 0: the same
 * paths `rollup()` gives over the same list. A `TrackedRollup` fed every
 * stored event therefore equals `rollup(plan, storedEvents, options)`.
 */
export class TrackedRollup {
  /** The SDK's live roll-up. */
  readonly roll: ProgressRollup;
  /** The day lateness is measured on. */
  readonly today: string;
  /** The plan version it rolls up. */
  readonly version: number;
  /** The `seq` of the last event applied (0 before any). */
  lastSeq = 0;
  /** Events applied. */
  applied = 0;
  /** Events stored per unit, in tree order. */
  readonly storedPerUnit: Int32Array;
  /** Ordinal of each event that raised an issue → the place of its unit in the tree. */
  readonly issueUnit = new Map<number, number>();
  readonly #tree: TreeIndex;

  /**
   * @param plan - The plan.
   * @param version - Its version.
   * @param tree - The unit tree it is rolled out over.
   * @param today - The day lateness is measured on.
   */
  constructor(plan: Plan, version: number, tree: TreeIndex, today: string) {
    this.roll = createRollup(plan, { units: tree.units, today });
    this.today = today;
    this.version = version;
    this.#tree = tree;
    this.storedPerUnit = new Int32Array(tree.units.length);
  }

  /**
   * Applies one stored event.
   *
   * @param event - The event, as stored.
   * @param seq - Its `seq` (must grow from call to call).
   * @returns Whether it was counted, and its issues.
   */
  apply(event: ProgressEvent, seq: number): Applied {
    const before = this.roll.events.accepted;
    const ordinal = this.applied++;
    const issues = applyEvent(this.roll, event);
    this.lastSeq = seq;
    const u = this.#tree.byId.get(event.unit);
    if (u !== undefined) {
      this.storedPerUnit[u]!++;
      if (issues.length > 0) this.issueUnit.set(ordinal, u);
    }
    return { counted: this.roll.events.accepted > before, issues };
  }
}
