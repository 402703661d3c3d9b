// Text hygiene shared by the renderers (internal: not exported from the package).
import { cleanText } from '@rollout/core';

/**
 * Plan text as one clean NFC line: `cleanText` of `@rollout/core` (controls, bidi
 * controls, non-characters and lone surrogates removed), line breaks and runs of white
 * space folded into one space, ends trimmed. A missing text (not a string) is empty.
 */
export function clean(text: string): string {
  // A text missing from unchecked input (a report read from a file) prints as nothing.
  const t = typeof text === 'string' ? text : typeof text === 'number' ? String(text) : '';
  return cleanText(t, { newlines: 'space' });
}

/** Words that keep their capital as the first word of a name: bodies that are proper names on their own. */
const PROPER_HEAD =
  /^(?:tỉnh|thành|huyện|quận|thị|xã|phường|đảng|tổng) (?:ủy|uỷ|hội|đoàn)(?:\s|,|$)/iu;

/**
 * Lower-cases the first letter of a name put inside a sentence (*hội nghị của
 * các huyện, thị, thành ủy*), unless the name is proper: its second letter is
 * a capital (an acronym: *BTV Tỉnh hội*), its second word starts with a capital
 * (*Hội Nông dân*, *Ban Thường vụ*), it holds an acronym (*Ủy ban MTTQ*), or it
 * starts with a body that is a proper name on its own (*Tỉnh ủy*, *Tỉnh hội*).
 */
export function lowerFirst(text: string): string {
  const [a, b] = [text.charAt(0), text.charAt(1)];
  const upper = (c: string) => c !== '' && c === c.toUpperCase() && c !== c.toLowerCase();
  if (upper(b)) return text;
  const words = text.split(/\s+/);
  if (upper((words[1] ?? '').charAt(0))) return text;
  if (words.some((w) => /^\p{Lu}{2,}/u.test(w))) return text;
  if (PROPER_HEAD.test(text)) return text;
  return a.toLowerCase() + text.slice(1);
}

/** Upper-cases the first letter. */
export function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Ends a sentence with a full stop unless it already ends with punctuation. */
export function endSentence(text: string, mark = '.'): string {
  return /[.!?:;…]$/.test(text) ? text : `${text}${mark}`;
}

/** Replaces the final punctuation of an item with `mark` (list items end in `;`, the last in `.`). */
export function endItem(text: string, mark: ';' | '.'): string {
  return `${text.replace(/[.;,:]+$/, '')}${mark}`;
}

/**
 * A text reduced for comparing what two texts say: NFC, lower case, dashes as
 * hyphens, white space folded, no space before punctuation and no final
 * punctuation, and dates written alike (`30-9-2020`, `30/09/2020` → `30/9/2020`).
 */
export function sayingOf(text: string): string {
  return clean(text)
    .toLowerCase()
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\b0?(\d{1,2})[-/.]0?(\d{1,2})[-/.](\d{4})\b/g, '$1/$2/$3')
    .replace(/\s+([,;.:)])/g, '$1')
    .replace(/[\s.;:,]+$/, '');
}
