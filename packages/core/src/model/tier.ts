import * as z from 'zod/mini';
import { IdSchema, TextSchema } from './common.js';

/**
 * The canonical levels of the tiers, from the top down.
 *
 * @remarks `central` = *Trung ương*; `province` = *cấp tỉnh*; `district` =
 * *cấp huyện và tương đương*; `commune` = *cấp cơ sở* (xã, phường, thị trấn);
 * `branch` = *chi bộ* / *chi hội*. The order of this list is the order of rank.
 * @example
 * ```ts
 * TIER_LEVELS.indexOf('district'); // => 2
 * ```
 * @category Model
 */
export const TIER_LEVELS = ['central', 'province', 'district', 'commune', 'branch'] as const;

/**
 * A tier's canonical level; see {@link TIER_LEVELS}.
 *
 * @example
 * ```ts
 * TierLevelSchema.parse('commune'); // => 'commune'
 * ```
 * @category Model
 */
export const TierLevelSchema = z.enum(TIER_LEVELS);

/** A tier's canonical level. @category Model */
export type TierLevel = z.infer<typeof TierLevelSchema>;

/**
 * The rank of a tier level: 0 for `central` down to 4 for `branch`.
 *
 * @param level - A tier level.
 * @returns Its rank; a smaller rank is higher up.
 * @example
 * ```ts
 * tierLevelRank('province') < tierLevelRank('commune'); // => true
 * ```
 * @category Model
 */
export function tierLevelRank(level: TierLevel): number {
  return TIER_LEVELS.indexOf(level);
}

/**
 * A tier of the rollout: the level at which a group of units study.
 *
 * @remarks Tiers are data, not an enum: a plan lists its own, from the top
 * down. `unitKinds` names the kinds of unit that sit at one tier (*và tương
 * đương*: district party committees, party committees directly under the
 * province, the Fatherland Front and the mass organisations at that level).
 * @example The district tier of a mass organisation
 * ```ts
 * const tier: Tier = TierSchema.parse({
 *   id: 'district',
 *   level: 'district',
 *   name: 'Hội Nông dân các huyện, thị, thành phố',
 * });
 * tier.level; // => 'district'
 * ```
 * @category Model
 */
export const TierSchema = z.strictObject({
  /** The tier's id in the plan. */
  id: IdSchema,
  /** Its canonical level, which gives its rank. */
  level: TierLevelSchema,
  /** Its name as the plan words it (*Hội Nông dân các huyện, thị, thành phố*). */
  name: TextSchema,
  /** The kinds of unit at this tier ("*và tương đương*"). */
  unitKinds: z.optional(z.array(TextSchema)),
});

/** A tier of the rollout. @category Model */
export type Tier = z.infer<typeof TierSchema>;
