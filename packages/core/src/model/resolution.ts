import * as z from 'zod/mini';
import { IdSchema, IsoDateSchema, TextSchema } from './common.js';

/**
 * The kinds of Party document a plan rolls out.
 *
 * @remarks `resolution` = *Nghị quyết*, `directive` = *Chỉ thị*,
 * `conclusion` = *Kết luận*, `regulation` = *Quy định*, `decision` = *Quyết định*.
 * @example
 * ```ts
 * ResolutionKindSchema.parse('directive'); // => 'directive'
 * ```
 * @category Model
 */
export const ResolutionKindSchema = z.enum([
  'resolution',
  'directive',
  'conclusion',
  'regulation',
  'decision',
  'other',
]);

/** The kind of a resolution document. @category Model */
export type ResolutionKind = z.infer<typeof ResolutionKindSchema>;

/**
 * A resolution (*Nghị quyết*) or a like document that a plan rolls out.
 *
 * @remarks `reference` is the number and symbol as printed, e.g. `58-NQ/TW`;
 * {@link parseDocumentReference} splits it. `term` is the Central Committee's
 * term (*khóa*), e.g. `XII`; `plenum` the plenum (*Hội nghị lần thứ 6*) if any.
 * @example Resolution 58-NQ/TW
 * ```ts
 * const nq58: Resolution = ResolutionSchema.parse({
 *   id: 'nq-58',
 *   kind: 'resolution',
 *   reference: '58-NQ/TW',
 *   issuedOn: '2020-08-05',
 *   issuer: 'Bộ Chính trị',
 *   term: 'XII',
 *   title: 'Về xây dựng và phát triển tỉnh Thanh Hóa đến năm 2030, tầm nhìn đến năm 2045',
 * });
 * nq58.reference; // => '58-NQ/TW'
 * ```
 * @category Model
 */
export const ResolutionSchema = z.strictObject({
  /** The resolution's id in the plan. */
  id: IdSchema,
  /** Resolution, directive, conclusion, regulation … */
  kind: ResolutionKindSchema,
  /** The number and symbol as printed, `58-NQ/TW`. */
  reference: TextSchema,
  /** The date it was issued. */
  issuedOn: IsoDateSchema,
  /** Who issued it (*Bộ Chính trị*, *Ban Chấp hành Trung ương*). */
  issuer: TextSchema,
  /** The Central Committee's term (*khóa*), e.g. `XII`. */
  term: z.optional(TextSchema),
  /** The plenum (*Hội nghị lần thứ …*), if any. */
  plenum: z.optional(z.int().check(z.minimum(1), z.maximum(99))),
  /** Its title (*Về xây dựng và phát triển tỉnh Thanh Hóa …*). */
  title: z.optional(TextSchema),
});

/** A resolution that a plan rolls out. @category Model */
export type Resolution = z.infer<typeof ResolutionSchema>;
