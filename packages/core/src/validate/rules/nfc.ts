import type { RuleContext } from '../context.js';

/**
 * Text made only of U+0000–U+02FF (ASCII, Latin-1, Latin extensions; no
 * combining marks), the precomposed Vietnamese letters of U+1E00–U+1EFF,
 * general punctuation from U+2002 and the đồng sign holds no combining mark and
 * no character that NFC replaces, so it is NFC as it stands; the costly
 * `normalize` runs only on the rest. A property test checks this against
 * `normalize` on arbitrary text. One regular expression tests the ranges
 * (written as the UTF-16 code units outside them); it is faster than a loop
 * over the characters.
 */
// biome-ignore lint/suspicious/noMisleadingCharacterClass: it matches UTF-16 code units (no `u` flag), combining marks included on purpose.
const SURELY_NFC = /^[^\u0300-\u1dff\u1f00-\u2001\u2070-\u20aa\u20ac-\uffff]*$/;

const isNfc = (text: string): boolean => SURELY_NFC.test(text) || text === text.normalize('NFC');

/** `text/not-nfc`: every text of the plan is in Unicode NFC. */
export function checkNfc(ctx: RuleContext): void {
  // `for…in` also lists inherited enumerable keys; when `Object.prototype` has
  // none, an object whose prototype is it (or null) lists only its own keys.
  plainProtoClean = true;
  for (const _ in Object.prototype) {
    plainProtoClean = false;
    break;
  }
  walk(ctx, ctx.plan, []);
}

/** Whether `Object.prototype` has no enumerable key (set for each walk). */
let plainProtoClean = true;

/** Whether `for…in` over an object lists only its own keys, known without asking per key. */
function ownKeysOnly(value: object): boolean {
  if (!plainProtoClean) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** Visits every string under `value` (keys are not texts); `path` is where `value` is. */
function walk(ctx: RuleContext, value: unknown, path: (string | number)[]): void {
  if (typeof value === 'string') {
    if (!isNfc(value)) ctx.report('text/not-nfc', [...path]);
    return;
  }
  if (value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      path.push(i);
      walk(ctx, value[i], path);
      path.pop();
    }
    return;
  }
  const own = ownKeysOnly(value);
  for (const key in value) {
    if (!own && !Object.hasOwn(value, key)) continue;
    path.push(key);
    walk(ctx, (value as Record<string, unknown>)[key], path);
    path.pop();
  }
}
