import type { FormatLang } from '@rollout/core';

/** The 23 letters Vietnamese documents letter items with: no f, j, w, z; đ after d. */
const VI_LETTERS = [...'abcdđeghiklmnopqrstuvxy'];
const EN_LETTERS = [...'abcdefghijklmnopqrstuvwxyz'];

/**
 * The letter of the item at a position of a lettered list: *a)*, *b)* … in
 * the order of Vietnamese documents.
 *
 * @remarks Vietnamese documents letter items a, b, c, d, đ, e, g, h, i, k, l,
 * m, n, o, p, q, r, s, t, u, v, x, y (the Vietnamese alphabet without the
 * letters with marks other than đ, and without f, j, w, z). Past the 23rd
 * item the letters go on as spreadsheet columns do, two letters from the
 * same alphabet: the 24th item is *aa*, then *ab* … *ay*, *ba* … *yy*, then
 * three letters (*aaa*). No letter is ever used twice in a list. English
 * (`lang: 'en'`) uses a–z, then *aa*, *ab* … alike.
 * @param index - The item's position, from 0.
 * @param lang - `vi` (default) or `en`.
 * @returns The letter(s), without the closing parenthesis; empty for an index that
 * is not a finite number.
 * @example
 * ```ts
 * [0, 3, 4, 5, 6].map((i) => listLetter(i)); // => ['a', 'd', 'đ', 'e', 'g']
 * listLetter(22); // => 'y'
 * listLetter(23); // => 'aa'
 * listLetter(39); // => 'ar'
 * listLetter(5, 'en'); // => 'f'
 * ```
 * @category Rendering
 */
export function listLetter(index: number, lang: FormatLang = 'vi'): string {
  const letters = lang === 'en' ? EN_LETTERS : VI_LETTERS;
  // Not a finite number (Infinity would loop until the string overflows): no letter.
  if (!Number.isFinite(index)) return '';
  let n = Math.max(0, Math.trunc(index)) + 1;
  let out = '';
  while (n > 0) {
    n--;
    out = `${letters[n % letters.length]}${out}`;
    n = Math.floor(n / letters.length);
  }
  return out;
}
