import type { ReadonlyPlan } from '@rollout/core';
import { type Plan, type UnitTree, UnitTreeSchema } from '@rollout/core';
import { PLAN_FORMAT, PLAN_FORMAT_VERSION, PlanEnvelopeSchema } from './envelope.js';
import { keyOrderOf } from './internal/key-order.js';
import { writeJson } from './internal/write-json.js';

/**
 * Options of {@link stringifyPlan} and {@link stringifyUnitTree}.
 *
 * @category Model
 */
export interface StringifyOptions {
  /** Indent with two spaces and end with a newline (default `false`: one line, no newline). */
  readonly pretty?: boolean;
}

/**
 * Writes a plan as the text of a plan file: the envelope
 * `{ "format": "rollout/plan", "version": 2, "plan": … }`.
 *
 * @remarks Deterministic: the same plan gives the same bytes, whatever the
 * order its keys were set in. Object keys come in the order the schema
 * declares them (`header`, `resolutions`, `tiers` …; in a date rule `kind`
 * first), then any other keys sorted by UTF-16 code units; record keys
 * (`expected`) are sorted. Keys whose value is `undefined` are left out, as
 * `JSON.stringify` does. Pretty output indents by two spaces and ends with a
 * newline. The plan is not validated here: validate it first (core's
 * `parsePlan`) if it did not come from a validated source.
 * @param plan - The plan.
 * @param options - `{ pretty }`.
 * @returns The JSON text of the envelope.
 * @throws TypeError when the plan holds a cycle or a BigInt (as `JSON.stringify` does).
 * @example
 * ```ts
 * import { plan985KhHndt } from '@rollout/core';
 * const text = stringifyPlan(plan985KhHndt);
 * text.startsWith('{"format":"rollout/plan","version":1,"plan":{"id":"985-KH-HNDT","header":'); // => true
 * stringifyPlan(structuredClone(plan985KhHndt)) === text; // => true
 * ```
 * @see {@link parsePlanJson}
 * @category Model
 */
export function stringifyPlan(plan: ReadonlyPlan, options: StringifyOptions = {}): string {
  // Read only: stringifyPlan never changes what it is given (the fuzz tests check it).
  return stringifyPlanOf(plan as Plan, options);
}

function stringifyPlanOf(plan: Plan, options: StringifyOptions = {}): string {
  const envelope = { format: PLAN_FORMAT, version: PLAN_FORMAT_VERSION, plan };
  const text = writeJson(envelope, keyOrderOf(PlanEnvelopeSchema), options.pretty ? 2 : 0);
  return options.pretty ? `${text}\n` : text;
}

/**
 * Writes a unit tree as JSON text, `{ "units": [ … ] }`, deterministically.
 *
 * @remarks The same key order rules as {@link stringifyPlan}: `id`, `name`,
 * `level`, `tier`, `parent`, `kind`, `members`, `expected`. For trees of
 * hundreds of thousands of units, NDJSON ({@link writeNdjson}) streams
 * better.
 * @param tree - The unit tree.
 * @param options - `{ pretty }`.
 * @returns The JSON text.
 * @throws TypeError when the tree holds a cycle or a BigInt.
 * @example
 * ```ts
 * stringifyUnitTree({ units: [{ level: 'province', name: 'Tỉnh ủy Thanh Hóa', id: 'th' }] });
 * // => '{"units":[{"id":"th","name":"Tỉnh ủy Thanh Hóa","level":"province"}]}'
 * ```
 * @see {@link parseUnitTreeJson}
 * @category Model
 */
export function stringifyUnitTree(tree: UnitTree, options: StringifyOptions = {}): string {
  const text = writeJson(tree, keyOrderOf(UnitTreeSchema), options.pretty ? 2 : 0);
  return options.pretty ? `${text}\n` : text;
}
