/**
 * Segment: the zones of a document — header (up to the *KẾ HOẠCH* title), the
 * title, the body, and the tail (*Nơi nhận*, signature) — and boilerplate lines
 * (page numbers, photo captions, image names, the motto's second line).
 */

import type { PlanContext } from '../extract/context.js';
import { signatureMode } from '../recognise/signature-words.js';
import { clean, type Line, type Span } from './lines.js';
import { trimSpan } from './reader.js';
import { NUMBERED, ROMAN_HEADING } from './sections.js';
import { capitalize, isUpper } from './words.js';

export function findTitleLine(ctx: PlanContext): number {
  const limit = Math.min(ctx.lines.length, 40);
  for (let i = 0; i < limit; i++) {
    const line = ctx.lines[i]!;
    for (const cell of line.cells) {
      const f = ctx.r.fold(cell);
      const t = ctx.r.text(cell);
      if (/^ke hoach\b/.test(f) && isUpper(t.slice(0, 8)) && (f.length <= 12 || isUpper(t)))
        return i;
    }
  }
  return -1;
}

export function findTail(ctx: PlanContext, from: number): number {
  for (let i = from; i < ctx.lines.length; i++) {
    const f = ctx.r.fold(ctx.lines[i]!.cells[0]!);
    if (/^noi nhan\b/.test(f)) return i;
  }
  // A signature block without recipients: T/M, K.T., T/L near the end.
  for (let i = Math.max(from, ctx.lines.length - 12); i < ctx.lines.length; i++) {
    for (const cell of ctx.lines[i]!.cells) {
      if (signatureMode(ctx.r.fold(cell)) !== undefined) return i;
    }
  }
  return -1;
}

/**
 * Where the tail that starts at `from` ends: at the first line of prose after
 * it (a line past 120 characters, as a following article's), or 40 lines on.
 */
export function findTailEnd(ctx: PlanContext, from: number): number {
  const last = Math.min(ctx.lines.length, from + 40);
  for (let i = from + 1; i < last; i++) {
    const line = ctx.lines[i]!;
    if (line.cells.length === 1 && line.end - line.start > 120) return i;
  }
  return last;
}

export function boilerplate(ctx: PlanContext, line: Line): void {
  for (const cell of line.cells) {
    const f = ctx.r.fold(cell).trim();
    if (
      /^[*\s\-_=.]+$/.test(f) ||
      /^(?:trang\s+)?\d{1,3}$/.test(f) ||
      /^-\s*\d{1,3}\s*-$/.test(f) ||
      /^anh(?:\s*:)?\s*(?:minh hoa|tu lieu)\b/.test(f) ||
      /^\(?anh\s*:/.test(f) ||
      /^[\w-]{1,80}\.(?:jpe?g|png|gif|webp)$/.test(f) ||
      /^\((?:da ky|ky ten|da ky va dong dau)\)$/.test(f) ||
      /^doc lap\s*-\s*tu do\s*-\s*hanh phuc$/.test(f) ||
      /^(?:s?tt|cap(?: to chuc)?|thanh phan|thoi gian|hinh thuc|phuong thuc|ghi chu|noi dung|don vi(?: thuc hien)?|dia diem|chu tri)$/.test(
        f,
      )
    ) {
      ctx.r.mark(cell);
    }
  }
}

export function readTitle(ctx: PlanContext, titleIdx: number, bodyEnd: number) {
  const r = ctx.r;
  const line = ctx.lines[titleIdx]!;
  const cell = line.cells.find((c) => /^ke hoach\b/.test(r.fold(c)))!;
  r.mark(cell);
  const parts: Span[] = [];
  const rest = trimSpan(r, { start: cell.start + 8, end: cell.end });
  if (rest.end > rest.start) parts.push(rest);
  let i = titleIdx + 1;
  for (; i < bodyEnd && parts.length < 6; i++) {
    const l = ctx.lines[i]!;
    const t = r.text(l);
    const f = r.fold(l);
    if (t.length > 220 || (ROMAN_HEADING.test(t) && isUpper(t.slice(0, 12)))) break;
    if (/^(?:can cu|thuc hien|de |voi |nham )/.test(f) && parts.length > 0) break;
    if (/^[-–(]/.test(t) && parts.length > 0 && !/^\(/.test(t)) break;
    if (parts.length > 0 && (NUMBERED.test(t) || /^[IVX]{1,4}\s*[.)]\s/u.test(t))) break;
    if (/^[-–]+$/.test(t)) {
      r.mark(l);
      i++;
      break;
    }
    parts.push(l);
    if (/[.:]$/.test(t)) {
      i++;
      break;
    }
  }
  if (parts.length === 0) return { title: undefined, next: titleIdx + 1 };
  const span = { start: parts[0]!.start, end: parts[parts.length - 1]!.end };
  const text = clean(parts.map((p) => r.text(p)).join(' ')).replace(/[.:]$/, '');
  return { title: { text: capitalize(text), span }, next: i };
}
