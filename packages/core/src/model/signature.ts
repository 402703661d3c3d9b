import * as z from 'zod/mini';
import { TextSchema } from './common.js';

/**
 * How the signer signs.
 *
 * @remarks `on-behalf` = *T/M* (thay mặt, on behalf of a collective body such
 * as the Standing Board); `acting-for` = *K.T.* (ký thay, a deputy signing for
 * the head); `by-order` = *T/L* (thừa lệnh); `direct` = the head signs in
 * their own name.
 * @example
 * ```ts
 * SignatureModeSchema.parse('on-behalf'); // => 'on-behalf'
 * ```
 * @category Model
 */
export const SignatureModeSchema = z.enum(['on-behalf', 'acting-for', 'by-order', 'direct']);

/** How the signer signs. @category Model */
export type SignatureMode = z.infer<typeof SignatureModeSchema>;

/**
 * The signature block.
 *
 * @remarks `authority` is what the signer signs for: the collective body with
 * `on-behalf` (*Ban Thường vụ*), the head's title with `acting-for`
 * (*Bí thư*). `title` is the signer's own title, `name` their name (absent in
 * a draft not yet signed).
 * @example T/M BAN THƯỜNG VỤ — CHỦ TỊCH
 * ```ts
 * const s: Signature = SignatureSchema.parse({
 *   mode: 'on-behalf',
 *   authority: 'Ban Thường vụ',
 *   title: 'Chủ tịch',
 *   name: 'Trần Bình Quân',
 * });
 * s.mode; // => 'on-behalf'
 * ```
 * @category Model
 */
export const SignatureSchema = z.strictObject({
  /** T/M, K.T., T/L or a direct signature. */
  mode: SignatureModeSchema,
  /** What the signer signs for: the body (*Ban Thường vụ*) or the head's title. */
  authority: z.optional(TextSchema),
  /** The signer's own title (*Chủ tịch*). */
  title: TextSchema,
  /** The signer's name; absent in a draft not yet signed. */
  name: z.optional(TextSchema),
});

/** The signature block. @category Model */
export type Signature = z.infer<typeof SignatureSchema>;
