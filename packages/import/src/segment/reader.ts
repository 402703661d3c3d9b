import type { SourceText } from '../normalise/source-text.js';
import { type Line, type Span, splitLines } from './lines.js';

/** A stretch of text in the NFC string with its folded twin. */
export interface Paragraph extends Span {
  readonly lines: readonly Line[];
}

/**
 * Shared state while reading one input: the text, its lines, which parts
 * were read, and helpers to slice and test text.
 */
export class Reader {
  readonly src: SourceText;
  readonly nfc: string;
  readonly folded: string;
  readonly lines: Line[];
  readonly covered: Uint8Array;

  constructor(src: SourceText) {
    this.src = src;
    this.nfc = src.nfc;
    this.folded = src.folded;
    this.lines = splitLines(src.nfc);
    this.covered = new Uint8Array(src.nfc.length);
  }

  /** Marks a span as read. */
  mark(span: Span): void {
    this.covered.fill(1, Math.max(0, span.start), Math.min(this.covered.length, span.end));
  }

  /** NFC text of a span. */
  text(span: Span): string {
    return this.nfc.slice(span.start, span.end);
  }

  /** Folded text of a span. */
  fold(span: Span): string {
    return this.folded.slice(span.start, span.end);
  }

  /** Whether any character of the span was read. */
  isRead(span: Span): boolean {
    const c = this.covered;
    for (let i = span.start; i < span.end; i++) if (c[i] === 1) return true;
    return false;
  }
}

const TERMINAL = /[.;:!?]["”)]*$/;
const STARTS_ITEM = /^(?:[-–—+•*]|\d{1,2}[.)](?:\s|$)|[IVX]{1,4}\.|[a-zđ]\)|[A-ZĐ]\))/u;

/**
 * Joins lines into paragraphs: a line that starts in lower case after a line
 * that does not end a sentence continues it (a line break inside a sentence).
 */
export function paragraphs(reader: Reader, lines: readonly Line[]): Paragraph[] {
  const out: Paragraph[] = [];
  let current: Line[] = [];
  const flush = () => {
    if (current.length === 0) return;
    out.push({ start: current[0]!.start, end: current[current.length - 1]!.end, lines: current });
    current = [];
  };
  for (const line of lines) {
    const prev = current[current.length - 1];
    if (prev) {
      const prevText = reader.nfc.slice(prev.start, prev.end);
      const text = reader.nfc.slice(line.start, line.end);
      const first = text.charAt(0);
      const lowerStart = first !== first.toUpperCase() || /^\d+\s*[/-]/.test(text);
      const continues =
        !TERMINAL.test(prevText) &&
        !STARTS_ITEM.test(text) &&
        (lowerStart ||
          /[,(–-]$/.test(prevText) ||
          // A hard-wrapped long line (text copied from a PDF) continues before a capital too,
          // unless the next line starts a time or a label (a table's next cell).
          (prevText.length >= 60 &&
            /\p{L}$/u.test(prevText) &&
            !/^(?:hoan thanh|truoc|trong (?:thang|quy|nam)|thoi gian|tu ngay|du kien|thanh phan|hinh thuc|phuong thuc|noi nhan)\b/.test(
              reader.folded.slice(line.start, line.end),
            ))) &&
        prev.cells.length === 1 &&
        line.cells.length === 1;
      if (!continues) flush();
    }
    current.push(line);
  }
  flush();
  return out;
}

/** Splits a paragraph into clauses at `;` and at sentence ends. */
export function clauses(reader: Reader, para: Span): Span[] {
  const f = reader.folded;
  const out: Span[] = [];
  let start = para.start;
  let quote = false;
  let depth = 0;
  for (let i = para.start; i < para.end; i++) {
    const c = f[i];
    if (c === '“') quote = true;
    else if (c === '”') quote = false;
    else if (quote) continue;
    // An aside in brackets (*(mỗi đơn vị; hoàn thành trước …)*) stays in its clause.
    if (c === '(') depth++;
    else if (c === ')' && depth > 0) depth--;
    if (depth > 0 && depth < 4) continue;
    let cut = false;
    if (c === ';') cut = true;
    else if (c === '.' || c === '!' || c === '?') {
      const next = f[i + 1];
      const prev = f[i - 1];
      // Not inside 15.9.2020 or 1.5, not "v.v."
      if (
        (next === undefined || next === ' ' || next === '\n' || next === '"') &&
        !/\d/.test(prev ?? '')
      )
        cut = true;
      else if ((next === ' ' || next === '\n' || next === undefined) && /\d/.test(prev ?? ''))
        cut = true;
    }
    if (cut) {
      if (i > start) out.push(trimSpan(reader, { start, end: i + 1 }));
      start = i + 1;
    }
  }
  if (start < para.end) out.push(trimSpan(reader, { start, end: para.end }));
  return out.filter((s) => s.end > s.start);
}

/** Trims white space off both ends of a span. */
export function trimSpan(reader: Reader, span: Span): Span {
  let { start, end } = span;
  const t = reader.nfc;
  while (start < end && /\s/.test(t[start]!)) start++;
  while (end > start && /\s/.test(t[end - 1]!)) end--;
  return { start, end };
}
