import * as z from 'zod/mini';

/** Characters an id may not hold: controls, format and bidi controls, line breaks, lone surrogates, U+FFFE/FFFF. */
const UNPRINTABLE_IN_ID = /[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}\uFFFE\uFFFF]/u;

/**
 * An identifier of an entity inside a plan (a tier, a session, an audience …).
 *
 * @remarks Any non-empty string of at most 200 characters without leading or
 * trailing white space, and without control, format (bidi, zero-width) or
 * line-break characters and lone surrogates, so that an id printed by a
 * terminal or written into a document can never drive it (ESC, BEL) or
 * reorder what is shown. Ids are for code and references, not shown to people.
 * @example
 * ```ts
 * IdSchema.parse('tier-province'); // => 'tier-province'
 * ```
 * @category Model
 */
export const IdSchema = z.string().check(
  z.minLength(1),
  z.maxLength(200),
  z.regex(/^\S(?:.*\S)?$/s, { error: 'An id has no leading or trailing white space' }),
  // A search, not a whole-string pattern: V8 runs out of stack matching
  // `^[^…]*$` against a 10 MB string.
  z.refine((id) => !UNPRINTABLE_IN_ID.test(id), {
    error: 'An id has no control, format or line-break characters',
  }),
);

/** An identifier of an entity inside a plan. @category Model */
export type Id = z.infer<typeof IdSchema>;

/**
 * A calendar date as an ISO `YYYY-MM-DD` string.
 *
 * @remarks The schema checks the form only; whether the day exists (no 31/2)
 * is checked by {@link validatePlan} as `date/nonexistent`, so that the issue
 * carries a clear code and the rest of the plan is still checked.
 * @example
 * ```ts
 * IsoDateSchema.parse('2020-09-15'); // => '2020-09-15'
 * ```
 * @category Model
 */
export const IsoDateSchema = z
  .string()
  .check(z.regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Expected a date as YYYY-MM-DD' }));

/**
 * A piece of text shown to people (Vietnamese, NFC).
 *
 * @example
 * ```ts
 * TextSchema.parse('Ban Chấp hành Tỉnh hội'); // => 'Ban Chấp hành Tỉnh hội'
 * ```
 * @category Model
 */
export const TextSchema = z.string().check(z.minLength(1));
