/**
 * Proves, after `JSON.parse`, that the text has nothing the scanner would
 * report: no duplicate key, no lone surrogate, no unsafe number, no nesting
 * deeper than `maxDepth`. `false` means "not proven": the caller then runs
 * the scanner, which finds and places the issues.
 *
 * @remarks Duplicate keys: in JSON text every key is followed by exactly one
 * `:`, and no other colon sits outside strings; so when the text holds as
 * many colons outside strings as the parsed value holds keys, no key was
 * lost to a duplicate. Surrogates: a text with no surrogate code unit and no
 * `\uD800`–`\uDFFF` escape has none in its strings (texts with astral
 * characters go to the scanner, which accepts well-formed pairs). Numbers
 * must be finite and integers safe (a large float such as `1.5e300` is "not
 * proven" here and accepted by the scanner).
 * @internal
 */
export function provenClean(text: string, from: number, value: unknown, maxDepth: number): boolean {
  keys = 0;
  if (!walk(value, 0, maxDepth)) return false;
  // Colons outside strings: one per key in JSON text.
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
            return false;
          }
          i++;
        } else if (d >= 0xd800 && d <= 0xdfff) return false;
      }
    }
  }
  return colons === keys;
}

let keys = 0;

/** 1 for the (lower-cased) third hex digit of a surrogate escape: 8, 9, a–f. */
const SURROGATE_HEX = new Uint8Array(128);
for (const ch of '89abcdef') SURROGATE_HEX[ch.charCodeAt(0)] = 1;

function walk(v: unknown, depth: number, maxDepth: number): boolean {
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
    if (!walk((v as Record<string, unknown>)[key], depth + 1, maxDepth)) return false;
  }
  return true;
}
