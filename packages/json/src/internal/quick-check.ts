/**
 * Proves, after `JSON.parse`, that the text has nothing the scanner would
 * report: no duplicate key, no lone surrogate, no unsafe number, no nesting
 * deeper than `maxDepth`. `false` means "not proven": the caller then runs
 * the scanner, which finds and places the issues.
 *
 * @remarks The proof has two forms; both start with a walk of the parsed
 * value that fails on a number that is not finite or an integer that is not
 * safe (the scanner flags exactly those among the numbers it reads, and a
 * number JSON.parse dropped with a duplicate is caught by the key count), or
 * on nesting deeper than `maxDepth`, and counts the keys of every object.
 *
 * **Fast form: the text holds no `\u` at all.** Then every code unit of a
 * parsed string is either a code unit copied from the text or the ASCII
 * result of a short escape (`\"`, `\\`, `\/`, `\b`, `\f`, `\n`, `\r`,
 * `\t`), and none of those is a colon; so each colon of a parsed string is
 * one literal colon inside a string token of the text, and the text's other
 * colons are exactly one per member of an object. Hence
 * `colons(text) = members(text) + colons inside the string tokens`. The
 * walk counts `keys(value) + colons inside every parsed key and string
 * value`. With no duplicate key every member and string token of the text
 * appears exactly once in the value, and the two counts are equal. A
 * duplicate key makes `JSON.parse` drop one member (and with it its value's
 * keys and strings), which lowers the walk's count by at least one, and
 * nothing can raise it: so equal counts prove that no key was lost. Colons
 * are counted in the text with `indexOf`, not character by character.
 * Surrogates: the same copying argument shows that a surrogate of a parsed
 * string has, as its neighbours in the string, either its neighbours in the
 * text or ASCII characters standing for a `\` or `"` of the text; so it is
 * paired in the string exactly when it is paired in the text, and a text
 * that `isWellFormed()` has no lone surrogate in any parsed string
 * (well-formed astral characters take the fast form). On a runtime without
 * `isWellFormed`, any surrogate code unit sends the text to the slow form.
 *
 * **Slow form: the text holds a `\u`.** An escape such as `\u003a` makes a
 * colon that the text does not show, so the text is walked character by
 * character: colons outside strings must number exactly the keys (one `:`
 * per key in JSON text), and any surrogate code unit or `\uD800`–`\uDFFF`
 * escape means "not proven" (the scanner accepts well-formed pairs).
 *
 * **One pass with the shape test.** Where the value must also pass a zod
 * schema (plans, unit trees, NDJSON records), the compiled shape test counts
 * the same keys and colons while it checks the shape (`tallyOf` in
 * `fast-check.ts`), so the readers use {@link plainText} and
 * {@link colonsOf} with that count instead of this walk; a value that passes
 * the test nests no deeper than the schema, and its numbers are checked as
 * here.
 * @internal
 */
export function provenClean(text: string, from: number, value: unknown, maxDepth: number): boolean {
  // A number with a negative exponent may have read as 0 (1e-400): the scanner decides.
  if (NEGATIVE_EXPONENT.test(text)) return false;
  keys = 0;
  const fast = plainText(text, from);
  countColons = fast;
  if (!walk(value, 0, maxDepth)) return false;
  if (fast) return colonsOf(text, from) === keys;
  return slowColons(text, from) === keys;
}

/** A digit, then e- or E-: a number written with a negative exponent (or, rarely, such text in a string). */
const NEGATIVE_EXPONENT = /\d[eE]-/;

/**
 * Whether a text is fit for the fast form of {@link provenClean}: no `\u`
 * at all, and no lone surrogate. A part of such a text cut at line ends is
 * fit too.
 * @internal
 */
export function plainText(text: string, from: number): boolean {
  return text.indexOf('\\u', from) < 0 && wellFormed(text);
}

/**
 * The colons of a text from `from`. For a {@link plainText} whose parsed
 * value's keys plus colons inside keys and strings number exactly this
 * (counted by a walk, or by a passing `tallyOf` of the fast shape test), no
 * key was lost to a duplicate: the fast form of {@link provenClean}.
 * @internal
 */
export function colonsOf(text: string, from: number): number {
  let colons = 0;
  for (let i = text.indexOf(':', from); i >= 0; i = text.indexOf(':', i + 1)) colons++;
  return colons;
}

/** Whether the text has no lone surrogate (conservative without `isWellFormed`: no surrogate). */
const wellFormed: (text: string) => boolean =
  typeof (String.prototype as { isWellFormed?: unknown }).isWellFormed === 'function'
    ? (text) => (text as unknown as { isWellFormed(): boolean }).isWellFormed()
    : (text) => !/[\uD800-\uDFFF]/.test(text);

/**
 * The colons outside strings, or -1 when a string holds a surrogate code unit
 * or a surrogate escape (then nothing is proven).
 */
function slowColons(text: string, from: number): number {
  let colons = 0;
  const n = text.length;
  for (let i = from; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 58) colons++;
    else if (c === 34) {
      // A string: skip to its closing quote.
      for (i++; i < n; i++) {
        const d = text.charCodeAt(i);
        if (d === 34) break;
        if (d === 92) {
          // \uD8.. to \uDF..: a surrogate escape.
          if (
            text.charCodeAt(i + 1) === 117 &&
            (text.charCodeAt(i + 2) | 0x20) === 100 &&
            SURROGATE_HEX[text.charCodeAt(i + 3) | 0x20] === 1
          ) {
            return -1;
          }
          i++;
        } else if (d >= 0xd800 && d <= 0xdfff) return -1;
      }
    }
  }
  return colons;
}

/** Keys counted by the walk, plus the colons inside parsed strings when `countColons`. */
let keys = 0;
let countColons = false;

/** 1 for the (lower-cased) third hex digit of a surrogate escape: 8, 9, a–f. */
const SURROGATE_HEX = new Uint8Array(128);
for (const ch of '89abcdef') SURROGATE_HEX[ch.charCodeAt(0)] = 1;

function walk(v: unknown, depth: number, maxDepth: number): boolean {
  if (typeof v === 'string') {
    if (countColons) keys += colonsOf(v, 0);
    return true;
  }
  if (typeof v === 'number')
    return Number.isFinite(v) && (!Number.isInteger(v) || Number.isSafeInteger(v));
  if (v === null || typeof v !== 'object') return true;
  if (depth >= maxDepth) return false;
  if (Array.isArray(v)) {
    for (let k = 0; k < v.length; k++) if (!walk(v[k], depth + 1, maxDepth)) return false;
    return true;
  }
  for (const key in v) {
    keys++;
    if (countColons) keys += colonsOf(key, 0);
    if (!walk((v as Record<string, unknown>)[key], depth + 1, maxDepth)) return false;
  }
  return true;
}
