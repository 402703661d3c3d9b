import * as z from 'zod/mini';
import { IdSchema, TextSchema } from './common.js';

/**
 * The kinds of study material (*tài liệu học tập*).
 *
 * @remarks `resolution` = the resolution itself; `scheme` = an *Đề án*;
 * `plan` = a study plan (*kế hoạch*); `action-plan` = an action plan or
 * programme (*kế hoạch hành động*, *chương trình hành động*); `guide` = a
 * guidance or outline (*hướng dẫn*, *đề cương*); `other` = anything else.
 * @example
 * ```ts
 * MaterialKindSchema.parse('scheme'); // => 'scheme'
 * ```
 * @category Model
 */
export const MaterialKindSchema = z.enum([
  'resolution',
  'scheme',
  'plan',
  'action-plan',
  'guide',
  'other',
]);

/** The kind of a study material. @category Model */
export type MaterialKind = z.infer<typeof MaterialKindSchema>;

/**
 * A study material (*tài liệu học tập*).
 *
 * @remarks A material may point at a resolution of the plan (`resolution`),
 * or at a deliverable that a tier produces (`deliverable`, e.g. each tier's own
 * action plan). `issuer` names who issued it when the plan says so.
 * @example
 * ```ts
 * const m: Material = MaterialSchema.parse({
 *   id: 'mat-nq',
 *   kind: 'resolution',
 *   title: 'Nghị quyết số 58-NQ/TW, ngày 05/8/2020 của Bộ Chính trị',
 *   resolution: 'nq-58',
 * });
 * m.kind; // => 'resolution'
 * ```
 * @category Model
 */
export const MaterialSchema = z.strictObject({
  /** The material's id in the plan. */
  id: IdSchema,
  /** The kind of material. */
  kind: MaterialKindSchema,
  /** The title as the plan lists it. */
  title: TextSchema,
  /** Who issued it, when the plan says so. */
  issuer: z.optional(TextSchema),
  /** The id of the plan's resolution it is, for `kind: 'resolution'`. */
  resolution: z.optional(IdSchema),
  /** The id of the deliverable it is, when a tier produces it (each tier's action plan). */
  deliverable: z.optional(IdSchema),
});

/** A study material. @category Model */
export type Material = z.infer<typeof MaterialSchema>;
