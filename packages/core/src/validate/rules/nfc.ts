import type { RuleContext } from '../context.js';
import type { IssuePath } from '../issue.js';

/** `text/not-nfc`: every text of the plan is in Unicode NFC. */
export function checkNfc(ctx: RuleContext): void {
  const walk = (value: unknown, path: (string | number)[]): void => {
    if (typeof value === 'string') {
      if (value !== value.normalize('NFC')) ctx.report('text/not-nfc', path as IssuePath);
      return;
    }
    if (Array.isArray(value)) {
      value.forEach((v, i) => {
        walk(v, [...path, i]);
      });
      return;
    }
    if (value !== null && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
    }
  };
  walk(ctx.plan, []);
}
