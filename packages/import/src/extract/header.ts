/**
 * Extract: the header of a document (issuer and parent, motto, number and
 * symbol, place and date) and, for an article, the same facts from its prose.
 */

import type { IssuerKind, Motto } from '@rollout/core';
import { findDates } from '../recognise/deadlines.js';
import { type Cell, clean, type Line, type Span } from '../segment/lines.js';
import { type Paragraph, type Reader, trimSpan } from '../segment/reader.js';
import { capitalize, isUpper } from '../segment/words.js';
import type { PlanContext } from './context.js';

export function issuerKind(f: string, motto: Motto | undefined): IssuerKind {
  if (/uy ban nhan dan|\bubnd\b|hoi dong nhan dan|\bhdnd\b|^so\s|^bo\s(?!chinh tri)/.test(f))
    return 'state';
  if (
    /\b(?:tinh|thanh|huyen|quan|thi) doan\b|doan thanh nien|\bhoi\b|\bhnd\b|mat tran|mttq|cong doan|lien doan|hlhpn|\bdoan\b(?! ket)/.test(
      f,
    ) &&
    !/\b(?:huyen|tinh|thanh|quan|thi|dang) uy\b(?!.*\b(?:hoi|doan)\b)/.test(f)
  )
    return 'mass-organisation';
  if (/\b(?:huyen|tinh|thanh|quan|thi|dang) uy\b|\bdang bo\b|\bchi bo\b|\bban thuong vu\b/.test(f))
    return 'party';
  return motto === 'state' ? 'state' : 'party';
}

export function readReference(r: Reader, cell: Cell): { value: string; span: Span } | undefined {
  const f = r.fold(cell);
  const state =
    /^so\s*:?\s*(\d{1,6})\s*\/\s*(?:(\d{4})\s*\/\s*)?([a-z]{1,8})\s*-\s*([a-z0-9]+(?:[.-][a-z0-9]+)*)/.exec(
      f,
    );
  if (state) {
    const span = { start: cell.start, end: cell.start + state[0].length };
    const tail = r.nfc.slice(span.start, span.end);
    const sym = /([\p{L}]{1,8})\s*-\s*([\p{L}0-9]+(?:[.-][\p{L}0-9]+)*)$/u.exec(tail);
    if (sym) {
      const year = state[2] ? `${state[2]}/` : '';
      return {
        value: `${state[1]}/${year}${sym[1]!.toUpperCase()}-${sym[2]!.toUpperCase()}`,
        span,
      };
    }
  }
  const m = /^so\s*:?\s*(\d{0,6})\s*-\s*([a-z]{1,8})\s*\/\s*([a-z0-9]+(?:[.-][a-z0-9]+)*)/.exec(f);
  if (!m) return undefined;
  const span = { start: cell.start, end: cell.start + m[0].length };
  const idx = m[0].lastIndexOf(m[3]!);
  const tIdx = m[0].indexOf(m[2]!, m[0].indexOf('-'));
  const issuer = r.nfc.slice(cell.start + idx, cell.start + idx + m[3]!.length).toUpperCase();
  const type = r.nfc.slice(cell.start + tIdx, cell.start + tIdx + m[2]!.length).toUpperCase();
  return { value: `${m[1]}-${type}/${issuer}`, span };
}

export function readPlaceDate(
  r: Reader,
  cell: Cell,
): { place?: { value: string; span: Span }; date?: { value: string; span: Span } } | undefined {
  const f = r.fold(cell);
  const m = /^(?:([^,\d]{2,60}?)\s*,\s*)?ngay\b\s*/.exec(f);
  if (!m) return undefined;
  const out: { place?: { value: string; span: Span }; date?: { value: string; span: Span } } = {};
  if (m[1]) {
    const span = { start: cell.start, end: cell.start + m[1].length };
    out.place = { value: clean(r.text(span)), span };
  }
  const d = findDates(f.slice(m[0].length))[0];
  if (d && d.start === 0 && d.value.iso) {
    out.date = {
      value: d.value.iso,
      span: { start: cell.start + m[0].length - 5, end: cell.start + m[0].length + d.end },
    };
  }
  r.mark(cell);
  return out;
}

/** The first proper name after *tỉnh*, *thành phố*, *huyện*, *xã*, *Tỉnh ủy* … in a span. */
export function properName(r: Reader, span: Span): { value: string; span: Span } | undefined {
  const f = r.fold(span);
  const re =
    /\b(?:tinh uy|thanh uy|huyen uy|tinh doan|thanh doan|huyen doan|tinh hoi|dang uy xa|tinh|thanh pho|tp\.?|huyen|xa|phuong)\s+(?=\S)/g;
  for (let m = re.exec(f); m !== null; m = re.exec(f)) {
    const s = span.start + m.index + m[0].length;
    const words = /^\p{Lu}[\p{Ll}\p{M}]*(?:\s+\p{Lu}[\p{Ll}\p{M}]*){0,3}/u.exec(
      r.nfc.slice(s, Math.min(s + 60, span.end)),
    );
    if (words) return { value: words[0], span: { start: s, end: s + words[0].length } };
  }
  return undefined;
}

export function readHeaderBlock(ctx: PlanContext, headerLines: readonly Line[]) {
  const r = ctx.r;
  let motto: { value: Motto; span: Span } | undefined;
  let reference: { value: string; span: Span } | undefined;
  let place: { value: string; span: Span } | undefined;
  let date: { value: string; span: Span } | undefined;
  const names: Cell[] = [];
  for (const line of headerLines) {
    for (const cell of line.cells) {
      const f = r.fold(cell);
      const t = r.text(cell);
      if (/cong hoa xa hoi chu nghia viet nam/.test(f)) {
        motto ??= { value: 'state', span: cell };
        r.mark(cell);
      } else if (/^dang cong san viet nam$/.test(f.trim())) {
        motto ??= { value: 'party', span: cell };
        r.mark(cell);
      } else if (
        /^doc lap\s*-\s*tu do\s*-\s*hanh phuc/.test(f) ||
        /^(?:thang|nam)$/.test(f.trim())
      ) {
        r.mark(cell);
      } else if (/^so\s*:?\s*[\d/-]/.test(f)) {
        const ref = readReference(r, cell);
        if (ref) reference ??= ref;
      } else if (/,\s*ngay\b/.test(f) || /^ngay\s+\d/.test(f)) {
        const pd = readPlaceDate(r, cell);
        if (pd) {
          if (pd.place) place ??= pd.place;
          if (pd.date) date ??= pd.date;
        }
      } else if (isUpper(t) && !/^[*\s-]+$/.test(t)) {
        names.push(cell);
      }
    }
  }
  let issuerName: { value: string; span: Span } | undefined;
  let parent: { value: string; span: Span } | undefined;
  if (names.length >= 2) {
    parent = { value: clean(r.text(names[0]!)), span: names[0]! };
    const rest = names.slice(1);
    issuerName = {
      value: clean(rest.map((c) => r.text(c)).join(' ')),
      span: { start: rest[0]!.start, end: rest[rest.length - 1]!.end },
    };
  } else if (names.length === 1) {
    issuerName = { value: clean(r.text(names[0]!)), span: names[0]! };
  }
  return { motto, reference, place, date, issuerName, parent };
}

export function articleHeader(ctx: PlanContext, body: Paragraph[]) {
  const r = ctx.r;
  let issuer: { value: string; span: Span } | undefined;
  let reference: { value: string; span: Span } | undefined;
  let place: { value: string; span: Span } | undefined;
  let title: { text: string; span: Span } | undefined;
  let date: { value: string; span: Span } | undefined;
  let titleCited = false;
  let placeFromIssuer = false;
  for (const p of body) {
    const f = r.fold(p);
    if (!issuer) {
      const m =
        /(?<![\p{L}\d])((?:(?:ban thuong vu|ban chap hanh|thuong truc|bch|btv)\s{1,3})?(?:tinh uy|thanh uy|huyen uy|quan uy|dang uy|hoi nong dan|hoi lien hiep phu nu|tinh doan|uy ban mat tran to quoc|uy ban nhan dan|ubnd)(?:\s+(?:tinh|thanh pho|huyen|xa|phuong)\b)?[^,.;:]{0,40}?)\s+(?:(?:vua|moi|da|cung)\s+){0,3}(?:xay dung\s+(?:va\s+)?)?ban hanh\s+(?:ke hoach|kh)\b/u.exec(
          f,
        );
      if (m) {
        const s = p.start + m.index + m[0].indexOf(m[1]!);
        const span = trimSpan(r, { start: s, end: s + m[1]!.length });
        issuer = { value: clean(r.text(span)), span };
      }
    }
    if (!reference) {
      const m = /\bke hoach\s+so\s*:?\s*(\d{1,6})\s*-\s*(kh)\s*\/\s*([a-z0-9.-]{1,12})/.exec(f);
      if (m) {
        const span = { start: p.start + m.index, end: p.start + m.index + m[0].length };
        const sym = r.nfc.slice(span.end - m[3]!.length, span.end).toUpperCase();
        reference = { value: `${m[1]}-KH/${sym}`, span };
        const after = f.slice(m.index + m[0].length, m.index + m[0].length + 40);
        const dm = /^\s*,?\s*ngay\s+/.exec(after);
        if (dm) {
          const d = findDates(after.slice(dm[0].length))[0];
          if (d?.start === 0 && d.value.iso) {
            const ds = span.end + dm[0].length;
            date = { value: d.value.iso, span: { start: ds, end: ds + d.end } };
          }
        }
      }
    }
    {
      const m =
        /\bke hoach\s+(?:so\s+\S+\s+)?(?:,?\s*ngay\s+\S+\s+)?(?:ve\s+(?:viec\s+)?)?(?:to chuc\s+)?((?:nghien cuu|hoc tap|quan triet)[^.;\n“”"]{5,300}?)(?=\s+(?:voi|nham|de|theo)\s|[.;\n“"]|$)/.exec(
          f,
        );
      if (m) {
        const s = p.start + m.index + m[0].indexOf(m[1]!);
        const span = trimSpan(r, { start: s, end: s + m[1]!.length });
        const cited = /(?:nghi quyet|chi thi|ket luan|quy dinh)\s+(?:so\s+)?\d/.test(r.fold(span));
        const capital = r.nfc.charAt(p.start + m.index) === 'K';
        if (capital && (!title || (cited && !titleCited))) {
          title = { text: capitalize(clean(r.text(span)).replace(/[,:]$/, '')), span };
          titleCited = cited;
        }
      }
    }
    if (!placeFromIssuer && issuer) {
      placeFromIssuer = true;
      const found = properName(r, issuer.span);
      if (found) place = found;
    }
    if (!place) place = properName(r, p);
  }
  return { issuer, reference, place, title, date };
}

/** What {@link readHeaderBlock} reads. */
export type HeaderBlock = ReturnType<typeof readHeaderBlock>;
