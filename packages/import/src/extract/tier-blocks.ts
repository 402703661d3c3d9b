/**
 * Extract: sessions from the tier blocks of a document (*1. Cấp tỉnh — Thành
 * phần: … — Thời gian: ½ ngày, hoàn thành trước ngày …*), table rows included,
 * and from prose clauses that name a tier and a deadline.
 */
import { EXEMPTION, LEARNING } from '../recognise/cues.js';
import { findAfter, findDeadlines } from '../recognise/deadlines.js';
import { findDiscussion, findDuration } from '../recognise/durations.js';
import { findMethods } from '../recognise/methods.js';
import { findTierWords } from '../recognise/tier-words.js';
import { clean, type Span, stripItem } from '../segment/lines.js';
import { clauses, trimSpan } from '../segment/reader.js';
import { NUMBERED, type Sectioned } from '../segment/sections.js';
import { capitalize } from '../segment/words.js';
import { emptyDraft, type PlanContext, type SessionDraft } from './context.js';
import { levelOf, noTier, proseSession } from './prose-sessions.js';
import { sessionUnits } from './session-units.js';

export function readSessions(ctx: PlanContext, sectioned: Sectioned[]): SessionDraft[] {
  const r = ctx.r;
  const drafts: SessionDraft[] = [];
  let group: { draft: SessionDraft; paras: Span[] } | undefined;
  /** A tier heading with no facts of its own: its sessions follow as a), b) … */
  let pendingTier: SessionDraft | undefined;
  const closeGroup = () => {
    if (!group) return;
    ctx.groupParas.add(group.draft.span.start);
    for (const p of group.paras) ctx.groupParas.add(p.start);
    const units = sessionUnits(ctx, group.paras);
    if (units.length >= 2) {
      // Several conferences at one tier (*Tổ chức 3 hội nghị: Hội nghị do … tổ chức. Thời gian …*).
      for (const u of units) {
        const d: SessionDraft = { ...group.draft, methods: [], span: u.span, order: u.span.start };
        if (u.host) d.host = u.host;
        fillGroup(ctx, d, u.spans);
        drafts.push(d);
      }
      pendingTier = undefined;
      group = undefined;
      return;
    }
    fillGroup(ctx, group.draft, group.paras);
    const d = group.draft;
    if (d.audience || d.deadline || d.duration) {
      drafts.push(d);
      pendingTier = undefined;
    } else pendingTier = d;
    group = undefined;
  };
  const inherit = (d: SessionDraft): SessionDraft =>
    pendingTier && pendingTier.level === d.level
      ? { ...d, tierName: pendingTier.tierName, tierNameSpan: pendingTier.tierNameSpan }
      : d;
  for (const s of sectioned) {
    const t = r.text(s.para);
    const f = r.fold(s.para);
    if (s.heading) {
      closeGroup();
      continue;
    }
    if ((s.sub ?? s.section) === 'materials') {
      closeGroup();
      continue;
    }
    const lettered = /^[a-zđ]\s*\)\s*/.exec(t);
    const openTier = group?.draft ?? pendingTier;
    if (lettered && openTier && t.length <= 160 && !/:\s*\S/.test(t) && !/[.;]$/.test(t)) {
      closeGroup();
      const base = pendingTier ?? openTier;
      const title = capitalize(clean(t.slice(lettered[0].length)));
      r.mark(s.para);
      group = {
        draft: {
          ...base,
          ...emptyDraft(base.level, s.para),
          tierName: base.tierName,
          tierNameSpan: base.tierNameSpan,
          unitKind: base.unitKind,
          title,
        },
        paras: [],
      };
      continue;
    }
    const heading = tierHeading(ctx, s.para, t, f);
    if (heading) {
      closeGroup();
      group = { draft: inherit(heading.draft), paras: heading.rest ? [heading.rest] : [] };
      continue;
    }
    if (group) {
      if (
        /^[-–+•]?\s*(?:thanh phan|thoi gian|dia diem|phuong thuc|hinh thuc|chu tri|bao cao vien|doi tuong)/.test(
          f,
        ) ||
        !/^(?:\d|[IVX]+\.)/.test(t)
      ) {
        if (
          NUMBERED.test(t) &&
          !/^[-–+•]/.test(t) &&
          !/^(?:thanh phan|thoi gian)/.test(f.replace(NUMBERED, ''))
        ) {
          closeGroup();
        } else {
          group.paras.push(s.para);
          continue;
        }
      } else closeGroup();
    }
    // Prose: clause by clause (not the methods, which say how, not who).
    if ((s.sub ?? s.section) === 'methods') continue;
    const learningParagraph = LEARNING.test(f) || (s.sub ?? s.section) === 'tiers';
    for (const c of clauses(r, s.para)) {
      if (EXEMPTION.test(r.fold(c))) continue;
      const d = proseSession(ctx, c, learningParagraph);
      if (!d) noTier(ctx, c);
      if (d) drafts.push(d);
    }
  }
  closeGroup();
  const grouped = new Set(drafts.filter((d) => d.tierNameSpan).map((d) => d.level));
  return drafts.filter((d) => d.tierNameSpan || !grouped.has(d.level));
}

export function tierHeading(
  ctx: PlanContext,
  para: Span,
  t: string,
  f: string,
): { draft: SessionDraft; rest: Span | undefined } | undefined {
  const num = NUMBERED.exec(t) ?? /^[-–+•]\s*/.exec(t);
  const lead = num ? num[0].length : 0;
  const colon = t.indexOf(':', lead);
  const headEnd = colon !== -1 && colon < 140 ? colon : t.length;
  const headF = f.slice(lead, headEnd);
  if (headEnd - lead > 140 || headEnd - lead < 3) return undefined;
  if (/[.;]\s*\S/.test(headF.trim().replace(/\d\.\d/g, ''))) return undefined;
  if (/^\s*(?:thanh phan|thoi gian|dia diem|tai lieu)/.test(headF)) return undefined;
  const words = findTierWords(headF);
  if (words.length === 0) return undefined;
  const stripped = headF.replace(/^\s*(?:doi voi|tai|o)\s+/, '').trim();
  // The heading must be about the tier: little text besides tier words.
  const tierLen = words.reduce((n, w) => n + (w.end - w.start), 0);
  if (stripped.length - tierLen > 45) return undefined;
  // A bare line (a table cell, *Cấp tỉnh*) is a heading only when it is the tier words alone.
  if (!num && colon === -1 && (stripped.length - tierLen > 12 || /[.;,]$/.test(t.trim())))
    return undefined;
  const nameStart =
    para.start +
    lead +
    (headF.length - headF.trimStart().length) +
    (headF.trimStart().length - stripped.length);
  const nameSpan = trimSpan(ctx.r, { start: nameStart, end: para.start + headEnd });
  ctx.r.mark({ start: para.start, end: para.start + headEnd + (colon !== -1 ? 1 : 0) });
  const name = capitalize(clean(ctx.r.text(nameSpan)).replace(/[:.]$/, ''));
  const draft: SessionDraft = {
    ...emptyDraft(levelOf(ctx, words[0]!, headF), para),
    tierName: name,
    tierNameSpan: nameSpan,
  };
  const rest =
    colon !== -1 ? trimSpan(ctx.r, { start: para.start + colon + 1, end: para.end }) : undefined;
  return { draft, rest: rest && rest.end > rest.start ? rest : undefined };
}

export function fillGroup(ctx: PlanContext, draft: SessionDraft, paras: Span[]): void {
  const r = ctx.r;
  fillLabelled(ctx, draft, paras);
  if (draft.audience) return;
  // A table row (or unlabelled block): the first cell that is not a time, a method or a label.
  for (const p of paras) {
    const f = r.fold(p);
    const t = r.text(p).trim();
    if (t.length > 300 || r.isRead(p)) continue;
    if (/^[-–+•]?\s*[\p{L} ]{2,30}:/u.test(f)) continue;
    if (findDeadlines(f).length > 0 || findDuration(f) || findMethods(f).length > 0) continue;
    if (/^\d{1,3}$/.test(t)) continue;
    draft.audience = stripItem(t);
    draft.audienceSpan = trimSpan(r, p);
    r.mark(p);
    return;
  }
}

export function fillLabelled(ctx: PlanContext, draft: SessionDraft, paras: Span[]): void {
  const r = ctx.r;
  for (const p of paras) {
    const f = r.fold(p);
    const tp =
      /\b(?:thanh phan|doi tuong)(?:\s+(?:tham du|tham gia|hoc tap|du hoc))?\s*(?::|gom(?:\s+co)?\b|la\b)\s*/.exec(
        f,
      );
    if (tp && !draft.audience) {
      const start = p.start + tp.index + tp[0].length;
      let end = p.end;
      const tail = r.fold({ start, end });
      const stop =
        /\s-\s*thoi gian\b|[;,]?\s*\bthoi gian(?: hoc tap| to chuc)?\s*:|;\s*(?:thoi gian|hoan thanh|dia diem|phuong thuc|hinh thuc)\b|\.\s+(?=\S)/.exec(
          tail,
        );
      if (stop) end = start + stop.index;
      const span = trimSpan(r, { start, end });
      draft.audience = stripItem(r.text(span));
      draft.audienceSpan = span;
      r.mark({ start: p.start + tp.index, end: span.end });
    }
    const label = /^[-–+•]?\s*(chu tri|phoi hop(?: voi)?|dia diem|diem cau|tai lieu)\s*:\s*/.exec(
      f,
    );
    if (label) {
      const rest = trimSpan(r, { start: p.start + label[0].length, end: p.end });
      const value = stripItem(r.text(rest));
      if (value) {
        if (label[1] === 'chu tri') draft.host ??= value;
        else if (label[1] === 'dia diem') draft.location ??= value;
        else if (label[1] === 'diem cau') draft.bridgePoints ??= value;
        else if (label[1]!.startsWith('phoi hop'))
          draft.coHosts ??= value
            .split(/[;,]/)
            .map((x) => clean(x))
            .filter((x) => x.length > 0);
        r.mark(p);
        if (label[1] !== 'tai lieu') continue;
      }
    }
    const body =
      tp &&
      draft.audienceSpan &&
      draft.audienceSpan.start >= p.start &&
      draft.audienceSpan.end <= p.end
        ? [
            { start: p.start, end: p.start + tp.index },
            { start: draft.audienceSpan.end, end: p.end },
          ]
        : [p];
    for (const b of body) readTimes(ctx, draft, b);
  }
}

export function readTimes(ctx: PlanContext, draft: SessionDraft, span: Span): void {
  const r = ctx.r;
  const f = r.fold(span);
  const disc = findDiscussion(f);
  if (disc && !draft.discussion)
    draft.discussion = { ...disc, start: disc.start + span.start, end: disc.end + span.start };
  const deadlines = findDeadlines(f).filter(
    (d) => !ctx.article || (d.value.rule?.kind !== 'held' && d.value.dayMonth?.kind !== 'held'),
  );
  const dl = deadlines[0];
  if (dl && !draft.deadline && !draft.after)
    draft.deadline = { ...dl, start: dl.start + span.start, end: dl.end + span.start };
  const after = dl ? undefined : findAfter(f);
  if (after && !draft.after && !draft.deadline)
    draft.after = { ...after, start: after.start + span.start, end: after.end + span.start };
  const dur = findDuration(f, disc, after);
  if (dur && !draft.duration && !(dl && dur.start >= dl.start && dur.end <= dl.end))
    draft.duration = { ...dur, start: dur.start + span.start, end: dur.end + span.start };
  const methods = findMethods(f);
  const labelled = /^[-–+•]?\s*(?:phuong thuc|hinh thuc)(?: hoc tap)?\s*:\s*/.exec(f);
  if (labelled) {
    const bare = /\b(?:tap trung|truc tiep)\b/.exec(f.slice(labelled[0].length));
    if (bare && !methods.some((m) => m.value === 'in-person')) {
      const at = labelled[0].length + bare.index;
      methods.push({ start: at, end: at + bare[0].length, value: 'in-person' });
      methods.sort((a, b) => a.start - b.start);
    }
  }
  for (const m of methods) {
    if (!draft.methods.some((x) => x.value === m.value))
      draft.methods.push({ ...m, start: m.start + span.start, end: m.end + span.start });
  }
  if (/\bthoi gian\s*:/.test(f)) {
    const tg = /\bthoi gian\s*:/.exec(f)!;
    r.mark({ start: span.start + tg.index, end: span.start + tg.index + tg[0].length });
  }
}
