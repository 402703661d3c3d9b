import * as z from 'zod/mini';
import { TextSchema } from './common.js';

/**
 * Why a recipient (*nơi nhận*) receives the document.
 *
 * @remarks `report` = *B/c* (báo cáo, to report to); `implement` = *T/h*
 * (thực hiện); `direct` = *C/đ* (chỉ đạo); `inform` = *Biết* (for
 * information); `archive` = *Lưu* (kept on file).
 * @example
 * ```ts
 * RecipientPurposeSchema.parse('implement'); // => 'implement'
 * ```
 * @category Model
 */
export const RecipientPurposeSchema = z.enum([
  'report',
  'implement',
  'direct',
  'inform',
  'archive',
]);

/** Why a recipient receives the document. @category Model */
export type RecipientPurpose = z.infer<typeof RecipientPurposeSchema>;

/**
 * A recipient of the document (*nơi nhận*).
 *
 * @remarks `purpose` may be absent where the document gives none
 * (*- Như trên;*).
 * @example
 * ```ts
 * const r: Recipient = RecipientSchema.parse({ name: '27 huyện, thị, thành Hội', purpose: 'implement' });
 * r.purpose; // => 'implement'
 * ```
 * @category Model
 */
export const RecipientSchema = z.strictObject({
  /** Who receives the document, as printed. */
  name: TextSchema,
  /** Why: B/c, T/h, C/đ, Biết or Lưu; absent when the plan says nothing. */
  purpose: z.optional(RecipientPurposeSchema),
});

/** A recipient of the document. @category Model */
export type Recipient = z.infer<typeof RecipientSchema>;
