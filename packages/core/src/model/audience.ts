import * as z from 'zod/mini';
import { IdSchema, TextSchema } from './common.js';

/**
 * An audience (*thành phần*): who attends a session.
 *
 * @remarks `name` is the description as the plan words it; `members` lists its
 * parts when the plan enumerates them; `tier` ties it to a tier where it
 * belongs to one; `expected` is a head count when known.
 * @example
 * ```ts
 * const audience: Audience = AudienceSchema.parse({
 *   id: 'aud-district',
 *   tier: 'district',
 *   name: 'Ban Chấp hành huyện Hội, Chủ tịch, Phó Chủ tịch Hội Nông dân các xã, phường, thị trấn',
 *   members: ['Ban Chấp hành huyện Hội', 'Chủ tịch, Phó Chủ tịch Hội Nông dân các xã, phường, thị trấn'],
 * });
 * audience.members?.length; // => 2
 * ```
 * @category Model
 */
export const AudienceSchema = z.strictObject({
  /** The audience's id in the plan. */
  id: IdSchema,
  /** The description as the plan words it. */
  name: TextSchema,
  /** The tier it belongs to, if one. */
  tier: z.optional(IdSchema),
  /** Its parts, when the plan enumerates them. */
  members: z.optional(z.array(TextSchema)),
  /** The expected head count, when known. */
  expected: z.optional(z.int().check(z.minimum(0))),
});

/** An audience of a session. @category Model */
export type Audience = z.infer<typeof AudienceSchema>;
