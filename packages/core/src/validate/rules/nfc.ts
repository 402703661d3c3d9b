import type { RuleContext } from '../context.js';

/**
 * Text made only of U+0000–U+02FF (ASCII, Latin-1, Latin extensions; no
 * combining marks), the precomposed Vietnamese letters of U+1E00–U+1EFF,
 * general punctuation from U+2002 and the đồng sign holds no combining mark and
 * no character that NFC replaces, so it is NFC as it stands; the costly
 * `normalize` runs only on the rest. A property test checks this against
 * `normalize` on arbitrary text.
 */
function surelyNfc(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x300 || (c >= 0x1e00 && c <= 0x1eff) || (c >= 0x2002 && c <= 0x206f) || c === 0x20ab) {
      continue;
    }
    return false;
  }
  return true;
}

const isNfc = (text: string): boolean => surelyNfc(text) || text === text.normalize('NFC');

/** `text/not-nfc`: every text of the plan is in Unicode NFC. */
export function checkNfc(ctx: RuleContext): void {
  const path: (string | number)[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === 'string') {
      if (!isNfc(value)) {
        ctx.report('text/not-nfc', [...path]);
      }
      return;
    }
    if (value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        path.push(i);
        walk(value[i]);
        path.pop();
      }
      return;
    }
    for (const key in value) {
      if (!Object.hasOwn(value, key)) continue;
      path.push(key);
      walk((value as Record<string, unknown>)[key]);
      path.pop();
    }
  };
  walk(ctx.plan);
}
