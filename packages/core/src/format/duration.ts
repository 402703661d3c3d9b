import type { Duration } from '../model/date-rule.js';
import type { FormatLang } from './labels.js';

/**
 * Writes a duration the way plans write it: *½ ngày*, *1 ngày*, *1,5 ngày*,
 * *2 ngày*.
 *
 * @remarks One *buổi* (half a day) is `{ halfDays: 1 }`. Vietnamese uses a
 * decimal comma (*1,5 ngày*); English a decimal point and a plural
 * (*1.5 days*). Grammar for readers: `½ ngày` = 1; `N ngày` = 2N;
 * `N,5 ngày` = 2N + 1.
 * @param duration - A duration in half-days.
 * @param lang - `vi` (default) or `en`.
 * @returns The duration in words.
 * @example
 * ```ts
 * formatDuration({ halfDays: 1 }); // => '½ ngày'
 * formatDuration({ halfDays: 3 }); // => '1,5 ngày'
 * formatDuration({ halfDays: 4 }, 'en'); // => '2 days'
 * ```
 * @category Rendering
 */
export function formatDuration(duration: Duration, lang: FormatLang = 'vi'): string {
  const h = duration.halfDays;
  const whole = Math.floor(h / 2);
  const half = h % 2 === 1;
  if (lang === 'en') {
    if (h === 1) return '½ day';
    const n = half ? `${whole}.5` : String(whole);
    return `${n} ${h === 2 ? 'day' : 'days'}`;
  }
  if (h === 1) return '½ ngày';
  return `${half ? `${whole},5` : String(whole)} ngày`;
}
