/**
 * Extract: what a news article adds to the plan its text reports — the held
 * sessions it tells of, the body whose plan they belong to, and the sessions
 * of other bodies (another district, the city whose online conference a
 * district attended), which become plans of their own.
 */
import type { Resolution, TierLevel } from '@rollout/core';
import { type BodyFound, findBodies } from '../recognise/bodies.js';
import { isoDate } from '../recognise/dates.js';
import type { DeadlineFound } from '../recognise/deadlines.js';
import { levelOfBody } from '../resolve/levels.js';
import { yearContext } from '../resolve/years.js';
import type { ArticleMeta } from '../segment/article.js';
import type { Span } from '../segment/lines.js';
import type { Paragraph } from '../segment/reader.js';
import { emptyDraft, type PlanContext, type SessionDraft } from './context.js';
import { type Actor, type EventDraft, readEvents } from './events.js';

/** The owner of a plan read from an article, and the events of other owners. */
export interface ArticleReading {
  readonly owner: Actor | undefined;
  readonly own: SessionDraft[];
  readonly foreign: Map<string, EventDraft[]>;
}

const fold = (s: string) =>
  s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase().trim();

/** Sets up the year context of an article (its date line, address, resolution, term). */
export function articleYears(
  ctx: PlanContext,
  meta: ArticleMeta,
  span: Span,
  resolutions: ReadonlyArray<{ res: Resolution }>,
): void {
  const skip = [meta.post?.span, meta.address?.span].filter((s): s is Span => s !== undefined);
  const f = ctx.r.fold(span);
  const base = yearContext(
    f,
    meta.post?.iso,
    meta.addressDate,
    skip.map((s) => ({ start: s.start - span.start, end: s.end - span.start })),
  );
  const dated = resolutions
    .map((x) => x.res.issuedOn)
    .filter((d) => d !== '0000-01-01')
    .sort();
  const last = [dated[dated.length - 1], base.resolution?.iso]
    .filter((d): d is string => !!d)
    .sort()
    .at(-1);
  ctx.years = last ? { ...base, resolution: { iso: last } } : base;
}

/** The body a rule sentence names (*Thông tin từ Ban Tuyên giáo Tỉnh ủy, theo kế hoạch, …*). */
function ruleOwner(ctx: PlanContext, drafts: readonly SessionDraft[], year: number | undefined) {
  for (const d of drafts) {
    const s = d.span;
    const bodies = findBodies(ctx.r.folded, ctx.r.nfc, s.start, s.end).filter(
      (b) =>
        !b.title &&
        !b.generic &&
        b.kind !== 'central' &&
        (b.name !== undefined || /committee$|union$/.test(b.kind)),
    );
    for (const b of bodies) {
      const level = levelOfBody(b, year);
      if (level && level !== 'central' && level !== d.level)
        return { body: b, level, key: `${b.kind}|${fold(b.name ?? '')}` } satisfies Actor;
    }
  }
  return undefined;
}

/** The issuer named by *X ban hành kế hoạch*, as an actor. */
function issuerActor(
  ctx: PlanContext,
  span: Span | undefined,
  year: number | undefined,
): Actor | undefined {
  if (!span) return undefined;
  const b = findBodies(ctx.r.folded, ctx.r.nfc, span.start, span.end).find(
    (x) => x.kind !== 'central',
  );
  const level = b && levelOfBody(b, year);
  return b && level && level !== 'central'
    ? { body: b, level, key: `${b.kind}|${fold(b.name ?? '')}` }
    : undefined;
}

/** The held sessions an article reports, in text order. */
export function readArticleEvents(ctx: PlanContext, body: readonly Paragraph[]): EventDraft[] {
  const scope = { start: ctx.lines[0]?.start ?? 0, end: ctx.lines[ctx.lines.length - 1]?.end ?? 0 };
  return readEvents(ctx.r, body, yearOf(ctx), () => false, scope);
}

function yearOf(ctx: PlanContext): number | undefined {
  const yc = ctx.years;
  return yc?.post ? Number(yc.post.iso.slice(0, 4)) : (yc?.text?.year ?? yc?.term?.year);
}

/** The level of the plan's own issuer: the body of *X ban hành kế hoạch*, else the first event's owner. */
export function ownLevel(
  ctx: PlanContext,
  issuerSpan: Span | undefined,
  events: readonly EventDraft[],
): TierLevel | undefined {
  return (issuerActor(ctx, issuerSpan, yearOf(ctx)) ?? events[0]?.owner)?.level;
}

/**
 * Decides whose plan each event belongs to: the plan's issuer (*X ban hành kế
 * hoạch*), else the body its rule sentences name, else the body of the first
 * event; the events of other bodies are returned by owner.
 */
export function splitEvents(
  ctx: PlanContext,
  events: readonly EventDraft[],
  drafts: readonly SessionDraft[],
  issuerSpan: Span | undefined,
): ArticleReading {
  const year = yearOf(ctx);
  const taken = drafts.map((d) => d.span);
  const fresh = events.filter(
    (e) => !taken.some((t) => e.span.start < t.end && e.span.end > t.start),
  );
  const owner =
    issuerActor(ctx, issuerSpan, year) ?? ruleOwner(ctx, drafts, year) ?? fresh[0]?.owner;
  const own: SessionDraft[] = [];
  const foreign = new Map<string, EventDraft[]>();
  for (const e of fresh) {
    if (!owner || e.owner.key === owner.key) own.push(eventDraft(ctx, e));
    else foreign.set(e.owner.key, [...(foreign.get(e.owner.key) ?? []), e]);
  }
  return { owner, own, foreign };
}

/** A held session's draft from an event. */
export function eventDraft(ctx: PlanContext, e: EventDraft): SessionDraft {
  const v = e.date.value;
  let deadline: DeadlineFound | undefined;
  const text = ctx.r.fold({ start: e.date.dateStart, end: e.date.end });
  if (v.kind === 'date') {
    const { day, month, year } = v.date;
    if (year === undefined)
      deadline = { rule: undefined, text, dayMonth: { day, month, kind: 'held' } };
    else {
      const iso = isoDate(year, month, day);
      deadline = iso
        ? { rule: { kind: 'held', date: iso }, text }
        : { rule: undefined, text, invalid: text };
    }
  }
  const organiser = ctx.r.text(e.organiser.body);
  const d: SessionDraft = {
    ...emptyDraft(e.organiser.level, e.span),
    duration: e.duration,
    deadline: deadline && { start: e.date.dateStart, end: e.date.end, value: deadline },
    methods: e.method ? [e.method] : [],
    host: organiser,
    hostSpan: e.organiser.body,
  };
  if (e.bridgePoints?.value !== undefined)
    d.bridgeCount = { ...e.bridgePoints, value: e.bridgePoints.value };
  if (e.attendees?.value !== undefined) d.attendees = { ...e.attendees, value: e.attendees.value };
  ctx.r.mark(e.organiser.body);
  return d;
}

/**
 * The place of an owner: its own name, else the name after its unit word most
 * often written in the text (*phường Thị Cầu* over a typo *ThCầu*), else the
 * name of a unit of its level anywhere in the text (*tỉnh Phú Thọ*).
 */
export function ownerPlace(
  ctx: PlanContext,
  owner: Actor,
): { value: string; span: Span } | undefined {
  const r = ctx.r;
  const b: BodyFound = owner.body;
  const unitWords =
    owner.level === 'province'
      ? 'tinh|thanh pho'
      : owner.level === 'district'
        ? 'huyen|quan|thi xa|thanh pho'
        : owner.level === 'commune'
          ? 'xa|phuong|thi tran|dac khu'
          : '';
  const tally = new Map<string, { n: number; span: Span; value: string }>();
  if (unitWords) {
    const re = new RegExp(String.raw`\b(?:${unitWords})\s+(?=\S)`, 'g');
    const from = ctx.lines[0]?.start ?? 0;
    const to = ctx.lines[ctx.lines.length - 1]?.end ?? 0;
    const f = r.folded.slice(from, to);
    for (let m = re.exec(f); m !== null; m = re.exec(f)) {
      const s = from + m.index + m[0].length;
      const w = /^\p{Lu}[\p{L}\p{M}]*(?:\s\p{Lu}[\p{L}\p{M}]*){0,3}/u.exec(r.nfc.slice(s, s + 60));
      if (!w) continue;
      const key = fold(w[0]);
      const t = tally.get(key);
      if (t) t.n++;
      else tally.set(key, { n: 1, span: { start: s, end: s + w[0].length }, value: w[0] });
    }
  }
  const best =
    [...tally.values()].sort((a, c) => c.n - a.n || a.span.start - c.span.start)[0] ??
    namedPeer(ctx, owner);
  if (b.name !== undefined) {
    const own = tally.get(fold(b.name));
    // A name written once beside one written more often after the same unit word is a typo of it.
    if (best && b.unit && best.n >= 2 && (!own || own.n === 1) && best.value !== b.name)
      return best;
    const at = r.nfc.lastIndexOf(b.name, b.end);
    return { value: b.name, span: { start: at, end: at + b.name.length } };
  }
  return best;
}

/** The name of another body of the owner's level the text names (*Đoàn ĐBQH Thanh Hóa* for *Tỉnh ủy*). */
function namedPeer(
  ctx: PlanContext,
  owner: Actor,
): { n: number; span: Span; value: string } | undefined {
  const from = ctx.lines[0]?.start ?? 0;
  const to = ctx.lines[ctx.lines.length - 1]?.end ?? 0;
  for (const b of findBodies(ctx.r.folded, ctx.r.nfc, from, to)) {
    if (b.name === undefined || b.generic || levelOfBody(b) !== owner.level) continue;
    const at = ctx.r.nfc.lastIndexOf(b.name, b.end);
    return { n: 1, span: { start: at, end: at + b.name.length }, value: b.name };
  }
  return undefined;
}
