/** Small helpers on words and lists shared by the readers. */

import type { Span } from './lines.js';
import { clean } from './lines.js';
import { type Reader, trimSpan } from './reader.js';

export const NUMBER_WORDS: Record<string, number> = {
  nhat: 1,
  mot: 1,
  hai: 2,
  ba: 3,
  tu: 4,
  nam: 5,
  sau: 6,
  bay: 7,
  tam: 8,
  chin: 9,
  muoi: 10,
};

/** Sentence-case for an upper-case Vietnamese title such as `BAN THƯỜNG VỤ`. */
export function sentenceCase(text: string): string {
  const t = clean(text);
  if (t !== t.toUpperCase()) return t;
  const words = t.toLowerCase().split(' ');
  return words
    .map((w, i) => {
      const prev = i > 0 ? words[i - 1] : undefined;
      const cap = i === 0 || prev === 'ban' || prev === 'phó' || prev === 'hội';
      return cap ? w.charAt(0).toUpperCase() + w.slice(1) : w;
    })
    .join(' ');
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function isUpper(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toUpperCase();
}

export function foldStr(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();
}

/** Blanks out quoted text (same length), so that words in cited titles do not count. */
export function unquote(f: string): string {
  return f.replace(/“[^“”]*”|"[^"]*"/g, (q) => ' '.repeat(q.length));
}

/** Splits a list on `;` (outside quotes) into items; bullets become items too. */
export function splitList(r: Reader, span: Span): Span[] {
  const f = r.folded;
  const out: Span[] = [];
  let start = span.start;
  let quote = false;
  for (let i = span.start; i < span.end; i++) {
    const c = f[i];
    if (c === '“') quote = true;
    else if (c === '”') quote = false;
    else if (!quote && (c === ';' || (c === '\n' && /^\s*[-–+•]/.test(f.slice(i + 1, i + 4))))) {
      const s = trimSpan(r, { start, end: i });
      if (s.end > s.start) out.push(s);
      start = i + 1;
    }
  }
  const s = trimSpan(r, { start, end: span.end });
  if (s.end > s.start) out.push(s);
  return out;
}
