/**
 * Extract: the resolutions a plan studies, with their number and symbol, date,
 * issuer, term, plenum and title; a symbol left out (*Nghị quyết số 27*) is
 * inferred from the context and reported.
 */

import type { Resolution, ResolutionKind } from '@rollout/core';
import { findDates } from '../recognise/deadlines.js';
import type { Found } from '../recognise/found.js';
import { findMentions, type Mention } from '../recognise/resolution-mentions.js';
import { clean, type Span } from '../segment/lines.js';
import { NUMBER_WORDS } from '../segment/words.js';
import { PLACEHOLDER, PLACEHOLDER_DATE, type PlanContext } from './context.js';

interface Acc {
  res: {
    kind: ResolutionKind;
    reference: string;
    issuedOn?: string;
    issuer?: string;
    term?: string;
    plenum?: number;
    title?: string;
  };
  spans: Record<string, Span>;
  cited: boolean;
  inTitle: boolean;
  inferred?: { text: string; context: string };
}

/** The type word of a kind in a symbol (*NQ*, *CT*, *KL*, *QĐ*). */
const typeOf = (k: ResolutionKind) =>
  k === 'directive' ? 'CT' : k === 'conclusion' ? 'KL' : k === 'regulation' ? 'QĐ' : 'NQ';

export function readResolutions(ctx: PlanContext, titleSpan: Span | undefined, bodySpan: Span) {
  const r = ctx.r;
  const mentions = findMentions(r, titleSpan, bodySpan);
  const byRef = new Map<string, Acc>();
  /** number|TYPE/ISSUER → reference, and number|TYPE → reference: lookups stay O(1). */
  const byKey = new Map<string, string>();
  const byNumber = new Map<string, string>();
  const ordered = [...mentions.filter((m) => m.type), ...mentions.filter((m) => !m.type)];
  let year: number | undefined;
  for (const m of ordered) {
    const sent = context(ctx, m.span);
    const cf = r.fold(sent);
    const rel = m.span.start - sent.start;
    const found = referenceOf(ctx, m, sent, cf, byKey, byNumber);
    const ref = found?.ref;
    const inferred = found?.inferred;
    if (!ref) continue;
    let acc = byRef.get(ref);
    if (!acc) {
      acc = {
        res: { kind: m.kind, reference: ref },
        spans: { reference: m.span },
        cited: false,
        inTitle: false,
      };
      if (inferred) acc.inferred = inferred;
      byRef.set(ref, acc);
      const [num, sym = ''] = ref.split(/-(.*)/s);
      byKey.set(`${Number(num)}|${sym}`, ref);
      const numberKey = `${Number(num)}|${sym.split('/')[0]}`;
      if (!byNumber.has(numberKey)) byNumber.set(numberKey, ref);
    }
    acc.inTitle ||= m.inTitle;
    const near: Near = {
      sent,
      cf,
      rel,
      after: cf.slice(rel + (m.span.end - m.span.start)),
      len: m.span.end - m.span.start,
    };
    const issued = readIssuedOn(near);
    if (issued && !acc.res.issuedOn) {
      acc.res.issuedOn = issued.iso;
      acc.spans.issuedOn = issued.span;
      acc.cited = true;
      year ??= Number(issued.iso.slice(0, 4));
    }
    readIssuer(ctx, acc, near);
    readTermAndPlenum(acc, near);
    readQuotedTitle(ctx, acc, near);
  }
  // A resolution whose issuer its own sentence does not name takes the one the
  // plan's title names (*Nghị quyết Hội nghị lần thứ năm Ban Chấp hành Trung ương khóa XIII*).
  if (titleSpan) {
    const tf = r.fold(titleSpan);
    const central =
      /ban chap hanh trung uong|hoi nghi (?:lan thu \S+\s+)?(?:ban chap hanh\s+)?trung uong|bo chinh tri|ban bi thu/.exec(
        tf,
      );
    if (central) {
      const name = /bo chinh tri/.test(central[0])
        ? 'Bộ Chính trị'
        : /ban bi thu/.test(central[0])
          ? 'Ban Bí thư'
          : 'Ban Chấp hành Trung ương';
      const term = /\bkhoa\s+([xvil]{1,6})\b/.exec(tf);
      const plenum = /hoi nghi (?:lan thu|trung uong)\s+(\d{1,2}|[a-z]+)\b/.exec(tf);
      for (const acc of byRef.values()) {
        if (acc.res.issuer || !acc.res.reference.endsWith('/TW')) continue;
        acc.res.issuer = name;
        acc.spans.issuer = {
          start: titleSpan.start + central.index,
          end: titleSpan.start + central.index + central[0].length,
        };
        if (term && !acc.res.term) acc.res.term = term[1]!.toUpperCase();
        if (plenum && name === 'Ban Chấp hành Trung ương' && acc.res.plenum === undefined) {
          const n = Number(plenum[1]) || NUMBER_WORDS[plenum[1]!];
          if (n) acc.res.plenum = n;
        }
      }
    }
  }
  const all = [...byRef.values()];
  const keep = all.filter((a) => a.inTitle || a.cited || all.length === 1);
  const list: Array<{
    res: Resolution;
    spans: Record<string, Span>;
    inferred?: { text: string; context: string };
  }> = [];
  const ids = new Set<string>();
  for (const a of keep) {
    let id = `${typeOf(a.res.kind).toLowerCase().replace('đ', 'd')}-${a.res.reference.split('-')[0]}`;
    while (ids.has(id)) id += '-b';
    ids.add(id);
    const res: Resolution = {
      id,
      kind: a.res.kind,
      reference: a.res.reference,
      issuedOn: a.res.issuedOn ?? PLACEHOLDER_DATE,
      issuer: a.res.issuer ?? PLACEHOLDER,
      ...(a.res.term ? { term: a.res.term } : {}),
      ...(a.res.plenum !== undefined ? { plenum: a.res.plenum } : {}),
      ...(a.res.title ? { title: a.res.title } : {}),
    };
    list.push({ res, spans: a.spans, ...(a.inferred ? { inferred: a.inferred } : {}) });
  }
  return { list, year };
}

export function context(ctx: PlanContext, span: Span): Span {
  const f = ctx.r.folded;
  let start = span.start;
  const min = Math.max(0, span.start - 700);
  const nfc = ctx.r.nfc;
  const breaks = (i: number) => {
    // A line break ends the sentence unless the next line starts in lower case.
    let j = i + 1;
    while (j < nfc.length && (nfc[j] === ' ' || nfc[j] === '\t')) j++;
    const c = nfc.charAt(j);
    if (c === '' || c === '\n') return true;
    // Continues across the break unless the line before ends a sentence or the next starts an item.
    let k = i - 1;
    while (k > 0 && (nfc[k] === ' ' || nfc[k] === '\t')) k--;
    if (/[.;:!?]/.test(nfc.charAt(k))) return true;
    if (/^(?:[-–—+•*]|\d{1,2}[.)]\s|[IVX]{1,4}\.\s)/u.test(nfc.slice(j, j + 6))) return true;
    return false;
  };
  while (
    start > min &&
    !(f[start - 1] === '\n' && breaks(start - 1)) &&
    !(f[start - 1] === '.' && /\s/.test(f[start] ?? ''))
  )
    start--;
  let end = span.end;
  const max = Math.min(f.length, span.end + 500);
  let quote = false;
  while (end < max) {
    const c = f[end]!;
    if (c === '“') quote = true;
    if (c === '”') quote = false;
    if (
      !quote &&
      ((c === '\n' && breaks(end)) ||
        (c === '.' && /\s/.test(f[end + 1] ?? ' ') && !/\d/.test(f[end - 1]!)))
    )
      break;
    if (!quote && c === ';') break;
    end++;
  }
  return { start, end };
}

/** Where a mention sits: its sentence (folded), its offset in it, and what follows it. */
interface Near {
  readonly sent: Span;
  readonly cf: string;
  readonly rel: number;
  readonly after: string;
  readonly len: number;
}

type ReferenceMaps = Map<string, string>;

/** A mention's number and symbol: as written, as another mention wrote it, or inferred from a central context. */
function referenceOf(
  ctx: PlanContext,
  m: Mention,
  sent: Span,
  cf: string,
  byKey: ReferenceMaps,
  byNumber: ReferenceMaps,
): { ref: string; inferred?: { text: string; context: string } } | undefined {
  const r = ctx.r;
  let ref: string | undefined;
  let inferred: { text: string; context: string } | undefined;
  if (m.type && m.issuerAbbr) {
    const known = byKey.get(`${m.number}|${m.type}/${m.issuerAbbr}`);
    ref = known ?? `${m.digits}-${m.type}/${m.issuerAbbr}`;
  } else {
    const same = byNumber.get(`${m.number}|${typeOf(m.kind)}`);
    if (same) ref = same;
    else {
      const central =
        /bo chinh tri|ban chap hanh trung uong|ban bi thu|hoi nghi (?:lan thu \S+\s+)?(?:ban chap hanh\s+)?trung uong|trung uong dang/.exec(
          cf,
        );
      if (central) {
        ref = `${m.digits}-${typeOf(m.kind)}/TW`;
        inferred = {
          text: clean(r.text(m.span)),
          context: clean(
            r.nfc.slice(sent.start + central.index, sent.start + central.index + central[0].length),
          ),
        };
      }
    }
  }
  if (!ref) return undefined;
  return inferred ? { ref, inferred } : { ref };
}

/** A mention's date: right after it (*, ngày 5/8/2020*) or just before it (*ngày 05/8/2020, … ban hành Nghị quyết*). */
function readIssuedOn(near: Near): { iso: string; span: Span } | undefined {
  const { sent, cf, rel, after, len } = near;
  const dAfter = /^\s*,?\s*(?:ngay|ban hanh ngay)\s+/.exec(after);
  let dateFound: Found<{ iso: string | undefined; text: string }> | undefined;
  if (dAfter) {
    const d = findDates(after.slice(dAfter[0].length, dAfter[0].length + 30))[0];
    if (d && d.start === 0)
      dateFound = {
        ...d,
        start: d.start + rel + len + dAfter[0].length,
        end: d.end + rel + len + dAfter[0].length,
      };
  }
  if (!dateFound) {
    const before = cf.slice(Math.max(0, rel - 90), rel);
    const ds = findDates(before).filter((d) => /ngay\s*$/.test(before.slice(0, d.start)));
    const d = ds[ds.length - 1];
    if (d && !/[.;]/.test(before.slice(d.end).replace(/\d\.\d/g, ''))) {
      const base = Math.max(0, rel - 90);
      dateFound = { ...d, start: d.start + base, end: d.end + base };
    }
  }
  if (!dateFound?.value.iso) return undefined;
  return {
    iso: dateFound.value.iso,
    span: { start: sent.start + dateFound.start, end: sent.start + dateFound.end },
  };
}

/** A mention's issuer: the nearest central body for a central resolution, *của X* for a local one. */
function readIssuer(ctx: PlanContext, acc: Acc, near: Near): void {
  const r = ctx.r;
  const { sent, cf, rel, after, len } = near;
  // Issuer: the nearest central body in the context.
  const issuers: Array<[RegExp, string]> = [
    [/bo chinh tri/g, 'Bộ Chính trị'],
    [/ban bi thu/g, 'Ban Bí thư'],
    [
      /ban chap hanh trung uong|hoi nghi (?:lan thu \S+\s+)?(?:ban chap hanh\s+)?trung uong|\btrung uong dang\b/g,
      'Ban Chấp hành Trung ương',
    ],
  ];
  let best: { d: number; name: string; span: Span } | undefined;
  for (const [ire, name] of issuers) {
    ire.lastIndex = 0;
    for (let im = ire.exec(cf); im !== null; im = ire.exec(cf)) {
      const d = Math.abs(im.index - rel);
      if (!best || d < best.d)
        best = {
          d,
          name,
          span: { start: sent.start + im.index, end: sent.start + im.index + im[0].length },
        };
    }
  }
  const central = acc.res.reference.endsWith('/TW');
  if (best && central && !acc.res.issuer) {
    acc.res.issuer = best.name;
    acc.spans.issuer = best.span;
  }
  if (!acc.res.issuer && !central) {
    // A local resolution: "… số 05-NQ/TU của Ban Thường vụ Tỉnh ủy về …".
    const own =
      /^\s*(?:,?\s*ngay\s+[\d/.-]+\s*)?,?\s*cua\s+([^“",;.]{3,60}?)(?=\s+(?:ve|khoa)\b|\s*[“",;.]|$)/.exec(
        after,
      );
    if (own) {
      const is = sent.start + rel + len + own[0].length - own[1]!.length;
      acc.res.issuer = clean(r.nfc.slice(is, is + own[1]!.length));
      acc.spans.issuer = { start: is, end: is + own[1]!.length };
    }
  }
}

/** The term (*khóa XII*) and, for the Central Committee, the plenum (*Hội nghị lần thứ 6*). */
function readTermAndPlenum(acc: Acc, near: Near): void {
  const { sent, cf } = near;
  const term = /\bkhoa\s+([xvil]{1,6})\b/.exec(cf);
  if (term && !acc.res.term) {
    acc.res.term = term[1]!.toUpperCase();
    acc.spans.term = {
      start: sent.start + term.index,
      end: sent.start + term.index + term[0].length,
    };
  }
  const plenum = /hoi nghi (?:lan thu|trung uong)\s+(\d{1,2}|[a-z]+)\b/.exec(cf);
  if (plenum && acc.res.plenum === undefined && acc.res.issuer === 'Ban Chấp hành Trung ương') {
    const n = Number(plenum[1]) || NUMBER_WORDS[plenum[1]!];
    if (n) acc.res.plenum = n;
  }
}

/** The title in quotes just after the reference. */
function readQuotedTitle(ctx: PlanContext, acc: Acc, near: Near): void {
  const { sent, rel, after, len } = near;
  // Title in quotes just after the reference.
  const q = /^[^“"”.;]{0,80}?[“"]([^“”"]{3,400})[”"]/.exec(after);
  if (
    q &&
    !acc.res.title &&
    !/nghi quyet|chi thi|ket luan/.test(
      after.slice(0, q.index + q[0].indexOf(q[1]!) - 1).replace(/^[^“"]*$/, ''),
    )
  ) {
    const qs = sent.start + rel + len + q[0].indexOf(q[1]!, q[0].search(/[“"]/));
    const span = { start: qs, end: qs + q[1]!.length };
    acc.res.title = clean(ctx.r.text(span));
    acc.spans.title = span;
    acc.cited = true;
  }
}
