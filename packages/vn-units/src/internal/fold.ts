// Keys for looking names up: the same key for every way people write one name.

/** Tone marks as combining characters (grave, acute, tilde, hook above, dot below). */
const TONE = '[\u0300\u0301\u0303\u0309\u0323]';
/**
 * The tone on the first vowel of *oa*, *oe*, *uy* moved to the second (*hòa* →
 * *hoà*, *thủy* → *thuỷ*): both placements are in use, the data file has the
 * second (*Thanh Hoá*), people type either.
 */
const TONE_ON_FIRST = new RegExp(`(o)(${TONE})([ae])|(u)(${TONE})(y)`, 'g');

/**
 * The lookup key of a name: NFC, lower case, one tone placement for *oa / oe /
 * uy*, dashes and spaces collapsed. Locale-independent (no `toLocaleLowerCase`).
 * @internal
 */
export function foldName(text: string): string {
  return text
    .normalize('NFD')
    .toLowerCase()
    .replace(TONE_ON_FIRST, (_, o, t1, a, u, t2, y) =>
      o !== undefined ? `${o}${a}${t1}` : `${u}${y}${t2}`,
    )
    .normalize('NFC')
    .replace(/\s*[-–—]\s*/g, ' - ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * An ASCII slug of a name: no diacritics, *đ* → *d*, words joined by `-`
 * (*Thanh Hoá* → `thanh-hoa`). @internal
 */
export function slugName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/đ/g, 'd')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
