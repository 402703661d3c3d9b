/** Extract: recipients (*Nơi nhận*) with their purposes, and the signature block. */

import type { Recipient, RecipientPurpose, Signature, SignatureMode } from '@rollout/core';
import { purposeOf, signatureMode } from '../recognise/signature-words.js';
import { type Cell, clean, type Line, type Span, stripItem } from '../segment/lines.js';
import { isUpper, sentenceCase } from '../segment/words.js';
import { issue, PLACEHOLDER, type PlanContext } from './context.js';

/**
 * Reads the tail: its lines split into the recipients' column and the
 * signature's (side by side, or one below the other), then each read.
 */
export function readTail(ctx: PlanContext, tailLines: readonly Line[]) {
  const r = ctx.r;
  const left: Cell[] = [];
  const right: Cell[] = [];
  /** A purpose marker laid out in its own column, keyed by the left cell it belongs to. */
  const purposeCells = new Map<Cell, Cell>();
  const PURPOSE_ONLY =
    /^\((?:de\s+)?(?:b\/c|bc|t\/h|th|c\/d|cd|biet|luu|thuc hien|bao cao|chi dao|phoi hop)\)[;,.]?$/;
  let inRecipients = false;
  let signatureSeen = false;
  const pushRight = (c: Cell) => {
    right.push(c);
    if (!signatureSeen && signatureMode(r.fold(c)) !== undefined) signatureSeen = true;
  };
  for (const line of tailLines) {
    const cells = line.cells;
    const first = cells[0]!;
    const f0 = r.fold(first);
    if (cells.length === 1 && /^(?:trang\s+)?\d{1,3}$|^[*\s_=-]+$/.test(f0.trim())) {
      r.mark(first);
      continue;
    }
    if (/^noi nhan\b/.test(f0)) inRecipients = true;
    if (cells.length >= 2) {
      const [head, ...others] = cells;
      const isSig = signatureMode(f0) !== undefined || (!inRecipients && head!.indent >= 20);
      if (isSig) {
        for (const x of cells) pushRight(x);
        continue;
      }
      left.push(head!);
      for (const c of others) {
        if (PURPOSE_ONLY.test(r.fold(c).trim())) purposeCells.set(head!, c);
        else pushRight(c);
      }
      continue;
    }
    const c = first;
    const f = f0;
    const sigStarted = signatureSeen;
    const ct = r.text(c);
    const bulletOrPurpose = /^[-–+•]/.test(f) || PURPOSE_ONLY.test(f.trim());
    const continuation =
      /[;,.]$/.test(ct.trim()) || /\((?:de\s+)?(?:b\/c|t\/h|c\/d|biet)\)/.test(f);
    const personName = /^\p{Lu}[\p{Ll}\p{M}]*(?:\s+\p{Lu}[\p{Ll}\p{M}]*){1,4}$/u.test(ct.trim());
    const sig =
      signatureMode(f) !== undefined ||
      (!bulletOrPurpose &&
        !/^noi nhan/.test(f) &&
        (isUpper(ct) ||
          /^\((?:da ky|ky ten)/.test(f.trim()) ||
          (!continuation &&
            (c.indent >= 20 || (sigStarted && personName) || (sigStarted && !inRecipients)))));
    if (sig) pushRight(c);
    else if (
      inRecipients &&
      (/^[-–+•]/.test(f) || /^noi nhan\b/.test(f) || PURPOSE_ONLY.test(f.trim()) || c.indent < 20)
    )
      left.push(c);
    else pushRight(c);
  }
  const recipients = readRecipients(ctx, left, purposeCells);
  const signature = readSignature(ctx, right);
  return { recipients, signature };
}

/** The recipients (*Nơi nhận*) with their purposes (*B/c*, *T/h*, *C/đ*, *Biết*, *Lưu*). */
function readRecipients(
  ctx: PlanContext,
  left: readonly Cell[],
  purposeCells: ReadonlyMap<Cell, Cell>,
) {
  const r = ctx.r;
  // Recipients.
  const recipients: Array<{
    rec: Recipient;
    span: Span;
    purposeSpan: Span | undefined;
    more?: string[];
  }> = [];
  let pendingFrom = 0;
  for (const c of left) {
    const f = r.fold(c);
    let text = r.text(c);
    let offset = c.start;
    const nn = /^noi nhan\s*:?\s*/.exec(f);
    if (nn) {
      r.mark({ start: c.start, end: c.start + nn[0].length });
      text = text.slice(nn[0].length);
      offset += nn[0].length;
      if (!text.trim()) continue;
    }
    const ft = f.slice(offset - c.start);
    const bullet = /^[-–+•]\s*/.test(ft);
    const purposeRe =
      /\((?:de\s+)?(b\/c|bc|t\/h|th|c\/d|cd|biet|luu|thuc hien|bao cao|chi dao|phoi hop)\)/;
    let pm = purposeRe.exec(ft);
    let pmBase = offset;
    const extra = purposeCells.get(c);
    if (!pm && extra) {
      pm = purposeRe.exec(r.fold(extra));
      pmBase = extra.start;
      r.mark(extra);
    }
    const luu = /^[-–+•]?\s*luu\s*:?\s*/.exec(ft);
    let purpose: RecipientPurpose | undefined;
    let purposeSpan: Span | undefined;
    if (pm) {
      purpose = purposeOf(pm[1]!);
      purposeSpan = { start: pmBase + pm.index, end: pmBase + pm.index + pm[0].length };
    }
    let name = text;
    if (pm && pmBase === offset)
      name = name.slice(0, pm.index) + name.slice(pm.index + pm[0].length);
    if (luu) {
      name = name.slice(luu[0].length);
      purpose = 'archive';
      purposeSpan = { start: offset, end: offset + luu[0].length };
    }
    const cleanName = stripItem(name).replace(/\s*,$/, '');
    if (bullet || luu || recipients.length === 0) {
      if (cleanName.length === 0 && purpose && recipients.length > 0) {
        // A purpose alone on a line applies to the items before it.
        for (let i = pendingFrom; i < recipients.length; i++)
          recipients[i]!.rec.purpose ??= purpose;
        pendingFrom = recipients.length;
        r.mark(c);
        continue;
      }
      if (cleanName.length === 0) continue;
      recipients.push({
        rec: luu ? { name: cleanName, purpose: 'archive' } : { name: cleanName },
        span: c,
        purposeSpan,
      });
    } else {
      const last = recipients[recipients.length - 1]!;
      // A recipient's name wrapped onto the next lines: its parts joined once, at the end.
      last.more ??= [];
      last.more.push(cleanName);
      last.span = { start: last.span.start, end: c.end };
      if (purposeSpan) last.purposeSpan = purposeSpan;
    }
    r.mark(c);
    if (luu) pendingFrom = recipients.length;
    else if (purpose) {
      for (let i = pendingFrom; i < recipients.length; i++) {
        const e = recipients[i]!;
        if (e.rec.purpose === undefined) {
          e.rec.purpose = purpose;
          e.purposeSpan ??= purposeSpan;
        }
      }
      pendingFrom = recipients.length;
    }
  }
  for (const e of recipients) {
    if (e.more) e.rec.name = stripItem([e.rec.name, ...e.more].join(', ').replace(/,\s*,/g, ','));
    delete e.more;
  }
  return recipients;
}

/** The signature block: its mode (*T/M*, *K.T.*, *T/L*), authority, title and name. */
function readSignature(ctx: PlanContext, right: readonly Cell[]) {
  const r = ctx.r;
  // Signature.
  let signature: { sig: Signature; span: Span } | undefined;
  let mode: SignatureMode | undefined;
  let authority: string | undefined;
  let title: string | undefined;
  let name: string | undefined;
  let start = -1;
  let end = -1;
  for (const c of right) {
    const t = clean(r.text(c));
    const f = r.fold(c);
    if (!t) continue;
    const m = signatureMode(f);
    if (m !== undefined && mode === undefined) {
      mode = m.mode;
      const rest = t.slice(m.length).trim();
      if (rest) authority = sentenceCase(rest);
      start = c.start;
      end = c.end;
      r.mark(c);
      continue;
    }
    if (/^\((?:da ky|ky|ky ten)[^)]*\)$/.test(f.trim())) {
      r.mark(c);
      continue;
    }
    if (isUpper(t) && !title) {
      title = sentenceCase(t);
      if (start === -1) start = c.start;
      end = c.end;
      r.mark(c);
      continue;
    }
    if (title && !name && /^(?:\p{Lu}\p{Ll}*)(?:\s+\p{Lu}\p{Ll}*){1,5}$/u.test(t)) {
      name = t;
      end = c.end;
      r.mark(c);
    }
  }
  if (title || mode) {
    const sig: Signature = {
      mode: mode ?? 'direct',
      ...(authority ? { authority } : {}),
      title: title ?? PLACEHOLDER,
      ...(name ? { name } : {}),
    };
    if (!title)
      issue(ctx, 'import/missing-field', ['signature', 'title'], {
        field: 'signature.title',
        placeholder: PLACEHOLDER,
      });
    signature = { sig, span: { start, end } };
  }
  return signature;
}

/** What {@link readTail} reads. */
export type Tail = ReturnType<typeof readTail>;
