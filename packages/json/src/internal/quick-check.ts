/**
 * Proves, after `JSON.parse`, that the text has nothing the scanner would
 * report: no duplicate key, no lone surrogate, no unsafe number, no nesting
 * deeper than `maxDepth`. `false` means "not proven": the caller then runs
 * the scanner, which finds and places the issues.
 *
 * @remarks Duplicate keys: every key of the text is followed by exactly one
 * `:`, and other colons can only sit inside strings; so when the text holds
 * as many colons as the parsed value holds keys, no key was lost to a
 * duplicate. Strings (keys too) must be well formed; numbers finite, and
 * integers safe (a large float such as `1.5e300` is "not proven" here and
 * accepted by the scanner).
 * @internal
 */
export function provenClean(text: string, from: number, value: unknown, maxDepth: number): boolean {
  keys = 0;
  if (!walk(value, 0, maxDepth)) return false;
  let colons = 0;
  let k = text.indexOf(':', from);
  while (k >= 0) {
    if (++colons > keys) return false;
    k = text.indexOf(':', k + 1);
  }
  return colons === keys;
}

let keys = 0;

const isWellFormed: ((s: string) => boolean) | undefined = (
  String.prototype as { isWellFormed?: () => boolean }
).isWellFormed
  ? (s) => (s as unknown as { isWellFormed(): boolean }).isWellFormed()
  : undefined;

const LONE = /[\ud800-\udfff]/;
const wellFormed = (s: string): boolean =>
  isWellFormed
    ? isWellFormed(s)
    : !LONE.test(s) || /^(?:[^\ud800-\udfff]|[\ud800-\udbff][\udc00-\udfff])*$/.test(s);

function walk(v: unknown, depth: number, maxDepth: number): boolean {
  switch (typeof v) {
    case 'string':
      return wellFormed(v);
    case 'number':
      return Number.isFinite(v) && (!Number.isInteger(v) || Number.isSafeInteger(v));
    case 'object': {
      if (v === null) return true;
      if (depth >= maxDepth) return false;
      if (Array.isArray(v)) {
        for (let k = 0; k < v.length; k++) if (!walk(v[k], depth + 1, maxDepth)) return false;
        return true;
      }
      for (const key in v) {
        keys++;
        if (!wellFormed(key) || !walk((v as Record<string, unknown>)[key], depth + 1, maxDepth))
          return false;
      }
      return true;
    }
    default:
      return true;
  }
}
