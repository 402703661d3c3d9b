// Text helpers shared by derivePlan, checkAgainstUpper and diffPlans (internal).
//
// Everything here is independent of the process locale: `toLowerCase` and
// `toUpperCase` use the default Unicode case mappings, which are the same for
// Vietnamese in every locale (Vietnamese has no locale-specific casing).

const COMBINING_MARKS = /\p{M}/gu;

/**
 * Folds text for comparison: NFC, lower case, diacritics removed (`đ` → `d`),
 * so that *Thanh Hoá* and *Thanh Hóa*, or an NFD text, compare equal.
 */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(COMBINING_MARKS, '').replace(/đ/gi, 'd').toLowerCase();
}

/** The folded words of a text: letters and digits only, every other character a separator. */
export function wordsOf(text: string): string[] {
  return foldText(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '');
}

/**
 * Common abbreviations of body names in the genre, folded (*BCH HND* → *ban
 * chấp hành hội nông dân*), so that *BCH HND tỉnh* and *Ban Chấp hành Hội
 * Nông dân tỉnh* compare equal.
 */
const ABBREVIATIONS: Readonly<Record<string, readonly string[]>> = {
  bch: ['ban', 'chap', 'hanh'],
  btv: ['ban', 'thuong', 'vu'],
  hnd: ['hoi', 'nong', 'dan'],
  mttq: ['mat', 'tran', 'to', 'quoc'],
  ubmttq: ['uy', 'ban', 'mat', 'tran', 'to', 'quoc'],
  lhpn: ['lien', 'hiep', 'phu', 'nu'],
  hlhpn: ['hoi', 'lien', 'hiep', 'phu', 'nu'],
  hccb: ['hoi', 'cuu', 'chien', 'binh'],
  tncs: ['thanh', 'nien', 'cong', 'san'],
  ubnd: ['uy', 'ban', 'nhan', 'dan'],
  tw: ['trung', 'uong'],
};

/** The folded words of a body's name with the genre's abbreviations written out. */
export function bodyWords(text: string): string[] {
  const out: string[] = [];
  for (const w of wordsOf(text)) {
    const long = ABBREVIATIONS[w];
    if (long) out.push(...long);
    else out.push(w);
  }
  return out;
}

/** Whether `needle` occurs in `hay` as a run of whole consecutive words. */
export function containsWords(hay: readonly string[], needle: readonly string[]): boolean {
  if (needle.length === 0 || needle.length > hay.length) return false;
  outer: for (let i = 0; i + needle.length <= hay.length; i++) {
    for (let j = 0; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/** The text with its first letter in lower case (*Nghiên cứu* → *nghiên cứu*), unless it starts with an abbreviation. */
export function lowerFirstLetter(text: string): string {
  const first = text.split(/\s/, 1)[0] ?? '';
  if (first.length > 1 && first === first.toUpperCase()) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** The text with its first letter in upper case. */
export function upperFirstLetter(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Deep equality of JSON-like values (plain objects, arrays, primitives). */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((x, i) => jsonEqual(x, b[i]));
  }
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  if (ka.length !== kb.length) return false;
  return ka.every(
    (k) =>
      Object.hasOwn(b, k) &&
      jsonEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]),
  );
}

/** A deep copy of a JSON-like value (what the plan model holds). */
export function cloneJson<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}
