import type { RuleContext } from '../context.js';

/**
 * Text made only of characters that cannot take part in any canonical
 * composition or decomposition (ASCII, Latin-1 and Latin extensions without
 * combining marks, the precomposed Vietnamese letters of U+1E00–U+1EFF, general
 * punctuation from U+2002, the đồng sign) is NFC as it stands, so the costly
 * `normalize` runs only on the rest.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the range starts at U+0000 on purpose.
const SURELY_NFC = /^[\u0000-\u02ff\u1e00-\u1eff\u2002-\u206f\u20ab]*$/;

/** `text/not-nfc`: every text of the plan is in Unicode NFC. */
export function checkNfc(ctx: RuleContext): void {
  const path: (string | number)[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === 'string') {
      if (!SURELY_NFC.test(value) && value !== value.normalize('NFC')) {
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
