// Text hygiene shared by the renderers (internal: not exported from the package).

/** Whether a code point is a control character (C0 but tab/newlines, DEL, C1) or U+2028/U+2029. */
function isControl(code: number): boolean {
  return (
    (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) ||
    (code >= 0x7f && code <= 0x9f) ||
    code === 0x2028 ||
    code === 0x2029
  );
}

/**
 * Plan text as one clean NFC line: control characters removed, runs of white
 * space (newlines included) collapsed to one space, ends trimmed.
 */
export function cleanText(text: string): string {
  let t = text.normalize('NFC');
  for (let i = 0; i < t.length; i++) {
    if (isControl(t.charCodeAt(i))) {
      let out = '';
      for (const ch of t) out += isControl(ch.codePointAt(0) ?? 0) ? ' ' : ch;
      t = out;
      break;
    }
  }
  return t.replace(/\s+/g, ' ').trim();
}

/** Lower-cases the first letter unless the second is a capital too (an acronym). */
export function lowerFirst(text: string): string {
  const [a, b] = [text.charAt(0), text.charAt(1)];
  if (b !== '' && b === b.toUpperCase() && b !== b.toLowerCase()) return text;
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
