/** Stage 2 of the pipeline, segment: a text into lines, and lines into cells (two-column layouts). */
/** A stretch of the NFC text: [start, end). */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** One cell of a line: lines laid out in two columns split on runs of ≥ 3 spaces. */
export interface Cell extends Span {
  /** 0 for the first cell of its line, 1 for the next … */
  readonly column: number;
  /** The number of spaces before the cell (indentation or the gap before it). */
  readonly indent: number;
  readonly line: number;
}

/** One line of the text, trimmed, with its cells. */
export interface Line extends Span {
  readonly index: number;
  readonly cells: readonly Cell[];
  readonly indent: number;
}

const GAP = / {3,}|\t+/g;

/** Splits a text into lines and the lines into cells. Linear in the text. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let pos = 0;
  while (pos <= text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl === -1) nl = text.length;
    let s = pos;
    let e = nl;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) {
      const index = lines.length;
      const cells: Cell[] = [];
      const body = text.slice(s, e);
      let cs = 0;
      let gapBefore = s - pos;
      GAP.lastIndex = 0;
      for (let m = GAP.exec(body); m !== null; m = GAP.exec(body)) {
        cells.push({
          start: s + cs,
          end: s + m.index,
          column: cells.length,
          indent: gapBefore,
          line: index,
        });
        gapBefore = m[0].length;
        cs = m.index + m[0].length;
      }
      cells.push({ start: s + cs, end: e, column: cells.length, indent: gapBefore, line: index });
      lines.push({ start: s, end: e, index, cells, indent: s - pos });
    }
    pos = nl + 1;
  }
  return lines;
}

function isSpace(c: number): boolean {
  return (
    c === 32 || c === 9 || c === 0xa0 || c === 13 || c === 0xfeff || (c >= 0x2000 && c <= 0x200b)
  );
}

/** Collapses runs of white space and trims. */
export function clean(text: string): string {
  return text
    .replace(/[\s\u00a0]+/g, ' ')
    .replace(/ ([,;.:])/g, '$1')
    .trim();
}

/** Removes a leading bullet (`-`, `–`, `+`, `•`, `*`) and trailing `;`, `,`, `.`, `…`. */
export function stripItem(text: string): string {
  const t = clean(text).replace(/^[-–—+•*]\s*/, '');
  // Trailing punctuation trimmed in a loop: the pattern /[…]+$/ is quadratic on long runs.
  let end = t.length;
  while (end > 0 && ' \t\n;,.…'.includes(t.charAt(end - 1))) end--;
  return t.slice(0, end).trim();
}
