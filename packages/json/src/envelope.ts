import { PlanSchema } from '@rollout/core';
import * as z from 'zod/mini';

/**
 * The `format` of a plan file: `rollout/plan`.
 *
 * @example
 * ```ts
 * PLAN_FORMAT; // => 'rollout/plan'
 * ```
 * @category Model
 */
export const PLAN_FORMAT = 'rollout/plan';

/**
 * The version of the plan file format this package writes.
 *
 * @remarks Files of older versions are upgraded on read by {@link MIGRATIONS};
 * files of newer versions are refused with `json/unsupported-version`.
 * @example
 * ```ts
 * PLAN_FORMAT_VERSION; // => 2
 * ```
 * @category Model
 */
export const PLAN_FORMAT_VERSION = 2;

/**
 * The envelope of a plan file of the current version:
 * `{ "format": "rollout/plan", "version": 2, "plan": { … } }`.
 *
 * @remarks `envelope.json` of this package is generated from this schema.
 * Readers ({@link parsePlanJson}) also accept a bare plan object and older
 * versions; this schema describes what {@link stringifyPlan} writes.
 * @example
 * ```ts
 * import { plan985KhHndt } from '@rollout/core';
 * PlanEnvelopeSchema.safeParse({ format: 'rollout/plan', version: 2, plan: plan985KhHndt }).success; // => true
 * ```
 * @category Model
 */
export const PlanEnvelopeSchema: z.ZodMiniObject<
  {
    format: z.ZodMiniLiteral<typeof PLAN_FORMAT>;
    version: z.ZodMiniLiteral<typeof PLAN_FORMAT_VERSION>;
    plan: typeof PlanSchema;
  },
  z.core.$strict
> = z.strictObject({
  format: z.literal(PLAN_FORMAT),
  version: z.literal(PLAN_FORMAT_VERSION),
  plan: PlanSchema,
});

/**
 * A plan file of the current version.
 *
 * @category Model
 */
export type PlanEnvelope = z.infer<typeof PlanEnvelopeSchema>;
