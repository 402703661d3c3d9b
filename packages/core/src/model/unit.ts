import * as z from 'zod/mini';
import { IdSchema, TextSchema } from './common.js';
import { TierLevelSchema } from './tier.js';

/**
 * One real organisation in the tree: *Tỉnh ủy Thanh Hóa*, *Huyện ủy Nga Sơn*,
 * *Đảng ủy xã …*, *Chi hội …*.
 *
 * @remarks `level` places the unit at a tier level; `tier` may name the plan's
 * tier id when a plan has several tiers at one level. `parent` is the id of the
 * unit above it (absent at the root). `members` is its head count; `expected`
 * the expected attendance by audience id.
 * @example
 * ```ts
 * const unit: Unit = UnitSchema.parse({
 *   id: 'nga-son',
 *   name: 'Huyện ủy Nga Sơn',
 *   level: 'district',
 *   parent: 'thanh-hoa',
 *   members: 9800,
 * });
 * unit.parent; // => 'thanh-hoa'
 * ```
 * @category Model
 */
export const UnitSchema = z.strictObject({
  /** The unit's id, unique in its tree. */
  id: IdSchema,
  /** Its name as people write it: *Huyện ủy Nga Sơn*. */
  name: TextSchema,
  /** The tier level it sits at. */
  level: TierLevelSchema,
  /** The plan's tier id, when a plan has several tiers at one level. */
  tier: z.optional(IdSchema),
  /** The id of the unit above it; absent at the root. */
  parent: z.optional(IdSchema),
  /** What kind of unit it is (*Đảng ủy xã*, *Chi hội* …), free text. */
  kind: z.optional(TextSchema),
  /** Its head count (members). */
  members: z.optional(z.int().check(z.minimum(0))),
  /** The expected attendance, by audience id. */
  expected: z.optional(z.record(IdSchema, z.int().check(z.minimum(0)))),
});

/** One real organisation in the tree. @category Model */
export type Unit = z.infer<typeof UnitSchema>;

/**
 * A tree of units, as a flat list with parent links.
 *
 * @example
 * ```ts
 * const tree: UnitTree = UnitTreeSchema.parse({
 *   units: [
 *     { id: 'th', name: 'Tỉnh ủy Thanh Hóa', level: 'province' },
 *     { id: 'ns', name: 'Huyện ủy Nga Sơn', level: 'district', parent: 'th' },
 *   ],
 * });
 * tree.units.length; // => 2
 * ```
 * @category Model
 */
export const UnitTreeSchema = z.strictObject({
  /** Every unit of the tree, in any order; parents are named by id. */
  units: z.array(UnitSchema),
});

/** A tree of units. @category Model */
export type UnitTree = z.infer<typeof UnitTreeSchema>;
