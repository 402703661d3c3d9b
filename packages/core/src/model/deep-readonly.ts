import type { Plan } from './plan.js';
/**
 * A value of type `T` that cannot be changed at any depth: every property is
 * `readonly`, every array a `readonly` array.
 *
 * @remarks The type of the exported example plans and tier presets, which are
 * deeply frozen. Every function of Rollout that takes a plan takes a
 * `DeepReadonly<Plan>` too (a mutable `Plan` is one); to edit an example, copy
 * it first: `clonePlan(plan985KhHndt)`.
 * @example
 * ```ts
 * const tiers: DeepReadonly<Tier[]> = PARTY_TIERS;
 * tiers[0]?.name; // => 'Cấp tỉnh'
 * ```
 * @category Model
 */
export type DeepReadonly<T> = T extends (...args: never[]) => unknown
  ? T
  : T extends readonly (infer U)[]
    ? readonly DeepReadonly<U>[]
    : T extends object
      ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
      : T;

/**
 * The mutable form of a {@link DeepReadonly} type: what a deep copy of a
 * frozen value can be typed as.
 *
 * @example
 * ```ts
 * const copy = structuredClone(PARTY_TIERS) as DeepMutable<typeof PARTY_TIERS>;
 * copy.push({ id: 'x', level: 'branch', name: 'Tổ' });
 * copy.length; // => 5
 * ```
 * @category Model
 */
export type DeepMutable<T> = T extends (...args: never[]) => unknown
  ? T
  : T extends readonly (infer U)[]
    ? DeepMutable<U>[]
    : T extends object
      ? { -readonly [K in keyof T]: DeepMutable<T[K]> }
      : T;

/**
 * Freezes a value and everything it holds (objects and arrays, at any depth),
 * without recursion, and returns it typed {@link DeepReadonly}.
 *
 * @remarks A frozen value cannot be changed: in strict-mode code (every ES
 * module) `plan.sessions.push(x)` throws `TypeError: Cannot add property 3,
 * object is not extensible` at once, instead of breaking later calls.
 * @param value - The value; frozen in place.
 * @returns The same value.
 * @example
 * ```ts
 * const t = deepFreeze({ tiers: [{ id: 'a' }] });
 * Object.isFrozen(t.tiers[0]); // => true
 * ```
 * @category Model
 */
export function deepFreeze<T>(value: T): DeepReadonly<T> {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (v === null || typeof v !== 'object' || Object.isFrozen(v)) continue;
    Object.freeze(v);
    for (const k of Object.keys(v)) stack.push((v as Record<string, unknown>)[k]);
  }
  return value as DeepReadonly<T>;
}

/**
 * A copy of a plan that can be changed, for editing one of the frozen example
 * plans (or any {@link ReadonlyPlan}).
 *
 * @param plan - Any plan; not changed.
 * @returns A deep copy, typed as a mutable {@link Plan}.
 * @example
 * ```ts
 * const draft = clonePlan(plan985KhHndt);
 * draft.sessions[1]!.deadline = { kind: 'by', date: '2020-09-18' };
 * plan985KhHndt.sessions[1]?.deadline; // => { kind: 'by', date: '2020-09-15' }
 * ```
 * @category Model
 */
export function clonePlan(plan: DeepReadonly<Plan>): Plan {
  // Plans are JSON data (the schema admits nothing else).
  return JSON.parse(JSON.stringify(plan)) as Plan;
}
