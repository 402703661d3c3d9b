/**
 * Assemble: the draft plan of one segment, from what the extract stages read —
 * every required field filled (a placeholder reported where the text is
 * silent), every fact's source span recorded.
 */
import {
  type Audience,
  type DateRule,
  type Duration,
  type IssuerKind,
  type Material,
  type Method,
  type Plan,
  type Resolution,
  type Session,
  type Tier,
  type TierLevel,
  tierLevelRank,
} from '@rollout/core';
import { ownerPlace } from './extract/article.js';
import {
  type DeliverableDraft,
  issue,
  PLACEHOLDER,
  PLACEHOLDER_DATE,
  type PlanContext,
  type SessionDraft,
  src,
} from './extract/context.js';
import type { Actor } from './extract/events.js';
import { articleHeader, type HeaderBlock, issuerKind } from './extract/header.js';
import type { Tail } from './extract/tail.js';
import type { TextParts } from './extract/text-parts.js';
import { isoDate } from './recognise/dates.js';
import type { DeadlineFound } from './recognise/deadlines.js';
import type { Found } from './recognise/found.js';
import { type ImpliedYear, impliedYear, YEAR_REASONS } from './resolve/years.js';
import { clean, type Span } from './segment/lines.js';
import type { Paragraph } from './segment/reader.js';
import { foldStr } from './segment/words.js';

export const LEVEL_NAMES: Record<TierLevel, string> = {
  central: 'Cấp Trung ương',
  province: 'Cấp tỉnh',
  district: 'Cấp huyện và tương đương',
  commune: 'Cấp cơ sở',
  branch: 'Chi bộ, chi hội',
};

/** What the extract stages read of one plan, for {@link assemble}. */
export interface PlanParts {
  header: HeaderBlock;
  title: { text: string; span: Span } | undefined;
  resolutions: Array<{
    res: Resolution;
    spans: Record<string, Span>;
    inferred?: { text: string; context: string };
  }>;
  textParts: TextParts;
  planMethods: Found<Method>[];
  defaults: { duration: Found<Duration> | undefined; discussion: Found<Duration> | undefined };
  drafts: SessionDraft[];
  materials: Array<{ m: Omit<Material, 'id'>; span: Span }>;
  deliverables: DeliverableDraft[];
  exemption: { note: string; span: Span } | undefined;
  tail: Tail;
  yearContext: number | undefined;
  planMonth: number | undefined;
  body: Paragraph[];
  /** An article's header facts, read by `articleHeader` (documents: undefined). */
  article?: ReturnType<typeof articleHeader> | undefined;
  /** The body an article's held sessions belong to, when no header names the issuer. */
  owner?: Actor | undefined;
  /** An article's headline. */
  headline?: { readonly text: string; readonly span: Span } | undefined;
}

/** The draft plan of one segment, from what the extract stages read. */
export function assemble(ctx: PlanContext, x: PlanParts): Plan {
  const plan = headerOf(ctx, x);
  addTextParts(ctx, x, plan);
  addResolutions(ctx, x, plan);
  addSessions(ctx, x, plan);
  addFollowUps(ctx, x, plan);
  addTail(ctx, x, plan);
  return plan;
}

/** Makes the plan with its header: issuer, motto, number, place, date, title. */
function headerOf(ctx: PlanContext, x: PlanParts): Plan {
  const r = ctx.r;
  const { header } = x;
  // --- Header.
  const article = x.article ?? articleHeader(ctx, x.body);
  const ownerName = x.owner
    ? { value: clean(r.text(x.owner.body)), span: x.owner.body as Span }
    : undefined;
  const ownerPlaceFound = x.owner ? ownerPlace(ctx, x.owner) : undefined;
  const issuerName = header.issuerName ?? article.issuer ?? ownerName;
  const name = issuerName?.value ?? PLACEHOLDER;
  if (!issuerName)
    issue(ctx, 'import/missing-field', ['header', 'issuer', 'name'], {
      field: 'header.issuer.name',
      placeholder: PLACEHOLDER,
    });
  const kindText = r.fold({ start: 0, end: 0 }) + foldStr(`${name} ${header.parent?.value ?? ''}`);
  const kind: IssuerKind = issuerKind(kindText, header.motto?.value);
  const reference = header.reference ?? article.reference;
  if (!reference)
    issue(ctx, 'import/missing-field', ['header', 'reference'], {
      field: 'header.reference',
      placeholder: PLACEHOLDER,
    });
  const place = header.place ?? ownerPlaceFound ?? article.place;
  if (!place)
    issue(ctx, 'import/missing-field', ['header', 'place'], {
      field: 'header.place',
      placeholder: PLACEHOLDER,
    });
  const title = x.title ?? article.title ?? x.headline;
  if (!title)
    issue(ctx, 'import/missing-field', ['header', 'title'], {
      field: 'header.title',
      placeholder: PLACEHOLDER,
    });
  const date = header.date ?? article.date;
  const plan: Plan = {
    header: {
      issuer: {
        name,
        ...(header.parent ? { parent: header.parent.value } : {}),
        kind,
      },
      ...(header.motto ? { motto: header.motto.value } : {}),
      reference: reference?.value ?? PLACEHOLDER,
      place: place?.value ?? PLACEHOLDER,
      ...(date ? { date: date.value } : {}),
      title: title?.text ?? PLACEHOLDER,
    },
    resolutions: [],
    tiers: [],
    audiences: [],
    materials: [],
    sessions: [],
    deliverables: [],
    recipients: [],
  };
  src(ctx, '/header/issuer/name', issuerName?.span);
  src(ctx, '/header/issuer/parent', header.parent?.span);
  src(ctx, '/header/motto', header.motto?.span);
  src(ctx, '/header/reference', reference?.span);
  src(ctx, '/header/place', place?.span);
  src(ctx, '/header/date', date?.span);
  src(ctx, '/header/title', title?.span);
  return plan;
}

/** Adds the text parts: intro, purposes, requirements, content, notes, implementation. */
function addTextParts(ctx: PlanContext, x: PlanParts, plan: Plan): void {
  const r = ctx.r;
  // --- Text parts.
  for (const key of [
    'intro',
    'purposes',
    'requirements',
    'content',
    'methodNotes',
    'actionPlanNotes',
    'implementation',
  ] as const) {
    const items = x.textParts[key];
    if (items.length === 0) continue;
    if (key === 'intro') {
      plan.intro = items.map((i) => i.text).join('\n');
      src(ctx, '/intro', { start: items[0]!.span.start, end: items[items.length - 1]!.span.end });
      for (const i of items) r.mark(i.span);
    } else if (key === 'implementation') {
      plan.implementation = items.map((i) => ({ text: i.text }));
      items.forEach((i, n) => {
        src(ctx, `/implementation/${n}`, i.span);
      });
    } else {
      plan[key] = items.map((i) => i.text);
      items.forEach((i, n) => {
        src(ctx, `/${key}/${n}`, i.span);
      });
    }
  }
}

/** Adds the resolutions, with an issue for each inferred symbol and placeholder. */
function addResolutions(ctx: PlanContext, x: PlanParts, plan: Plan): void {
  const _r = ctx.r;
  // --- Resolutions.
  x.resolutions.forEach((e, i) => {
    plan.resolutions.push(e.res);
    for (const [k, span] of Object.entries(e.spans)) src(ctx, `/resolutions/${i}/${k}`, span);
    if (e.inferred)
      issue(ctx, 'import/inferred-symbol', ['resolutions', i, 'reference'], {
        ...e.inferred,
        reference: e.res.reference,
      });
    if (e.res.issuedOn === PLACEHOLDER_DATE)
      issue(ctx, 'import/missing-field', ['resolutions', i, 'issuedOn'], {
        field: `resolutions[${i}].issuedOn`,
        placeholder: PLACEHOLDER_DATE,
      });
    if (e.res.issuer === PLACEHOLDER)
      issue(ctx, 'import/missing-field', ['resolutions', i, 'issuer'], {
        field: `resolutions[${i}].issuer`,
        placeholder: PLACEHOLDER,
      });
  });
}

/** Adds the tiers and sessions: method, duration and deadline of each, placeholders reported; the exemption. */
function addSessions(ctx: PlanContext, x: PlanParts, plan: Plan): void {
  const r = ctx.r;
  // --- Tiers and sessions.
  // An article's session whose date the context cannot complete is reported, not invented.
  const resolvable = (d: SessionDraft) =>
    !ctx.article ||
    d.after !== undefined ||
    d.deadline === undefined ||
    d.deadline.value.rule !== undefined ||
    d.deadline.value.invalid !== undefined ||
    yearFor(ctx, d.deadline, x.yearContext, x.planMonth) !== undefined;
  for (const d of x.drafts)
    if (!resolvable(d)) issue(ctx, 'import/no-year', [], { text: clean(r.text(d.deadline!)) });
  const drafts = x.drafts
    .filter(resolvable)
    .sort((a, b) => tierLevelRank(a.level) - tierLevelRank(b.level) || a.order - b.order);
  const tiers = new Map<TierLevel, { tier: Tier; span: Span | undefined; kinds: string[] }>();
  for (const d of drafts) {
    let t = tiers.get(d.level);
    if (!t) {
      t = {
        tier: { id: d.level, level: d.level, name: d.tierName || LEVEL_NAMES[d.level] },
        span: d.tierNameSpan,
        kinds: [],
      };
      tiers.set(d.level, t);
    }
    if (!t.tier.name || (t.tier.name === LEVEL_NAMES[d.level] && d.tierName))
      t.tier.name = d.tierName || LEVEL_NAMES[d.level];
    if (d.unitKind && !t.kinds.includes(d.unitKind)) t.kinds.push(d.unitKind);
  }
  let ti = 0;
  for (const t of tiers.values()) {
    if (t.kinds.length >= 2) t.tier.unitKinds = t.kinds;
    plan.tiers.push(t.tier);
    src(ctx, `/tiers/${ti}/level`, t.span);
    src(ctx, `/tiers/${ti}/name`, t.span);
    ti++;
  }
  const mainMethod = x.planMethods.find((m) => m.value !== 'self-study') ?? x.planMethods[0];
  const altMethods = x.planMethods.filter(
    (m) => m !== mainMethod && m.value !== 'self-study' && m.value !== mainMethod?.value,
  );
  const ids = { sessions: new Set<string>(), perBase: new Map<string, number>() };
  drafts.forEach((d, i) => {
    addSession(ctx, x, plan, d, i, { mainMethod, altMethods, ...ids });
  });
  // Exemption: those who attended the top tier's online session.
  if (x.exemption && plan.sessions.length > 1) {
    const top = plan.sessions[0]!;
    const online = plan.sessions.find((s) => s.tier === top.tier && s.method === 'online');
    if (online) {
      plan.sessions.forEach((s, i) => {
        if (s.tier === top.tier) return;
        s.exemption = { session: online.id, note: x.exemption!.note };
        src(ctx, `/sessions/${i}/exemption`, x.exemption!.span);
      });
    }
  }
}

/** Adds one session (and its audience): its method, duration and deadline, placeholders reported. */
function addSession(
  ctx: PlanContext,
  x: PlanParts,
  plan: Plan,
  d: SessionDraft,
  i: number,
  env: {
    mainMethod: Found<Method> | undefined;
    altMethods: Found<Method>[];
    sessions: Set<string>;
    perBase: Map<string, number>;
  },
): void {
  const _r = ctx.r;
  const base = `s-${d.level}`;
  const count = (env.perBase.get(base) ?? 0) + 1;
  env.perBase.set(base, count);
  let id = count === 1 ? base : `${base}-${count}`;
  while (env.sessions.has(id)) id = `${id}-b`;
  env.sessions.add(id);
  const audId = id.replace(/^s-/, 'aud-');
  const audName =
    d.audience && d.audience.length > 0 ? d.audience : d.tierName || LEVEL_NAMES[d.level];
  const aud: Audience = { id: audId, name: audName, tier: d.level };
  plan.audiences.push(aud);
  src(ctx, `/audiences/${plan.audiences.length - 1}/name`, d.audienceSpan);
  const { method, alternatives } = methodOf(ctx, d, i, env);
  const { duration, disc } = durationOf(ctx, x, d, i);
  const deadline = deadlineRuleOf(ctx, x, plan, d, i);
  const session: Session = {
    id,
    tier: d.level,
    audiences: [audId],
    method,
    ...(alternatives.length > 0
      ? { alternativeMethods: [...new Set(alternatives)].filter((m) => m !== method) }
      : {}),
    duration,
    ...(disc && disc.value.halfDays <= duration.halfDays ? { discussion: disc.value } : {}),
    deadline,
    ...(d.title ? { title: d.title } : {}),
    ...(d.host ? { host: d.host } : {}),
    ...(d.bridgePoints && method === 'online'
      ? { bridgePoints: { description: d.bridgePoints } }
      : {}),
    ...(d.bridgeCount ? { bridgePoints: { count: d.bridgeCount.value } } : {}),
    ...(d.attendees ? { expectedAttendees: d.attendees.value } : {}),
    ...(d.location ? { location: d.location } : {}),
    ...(d.coHosts && d.coHosts.length > 0 ? { coHosts: d.coHosts } : {}),
  };
  if (session.alternativeMethods?.length === 0) delete session.alternativeMethods;
  if (disc && session.discussion) src(ctx, `/sessions/${i}/discussion`, disc);
  if (d.bridgeCount) src(ctx, `/sessions/${i}/bridgePoints`, d.bridgeCount);
  if (d.attendees) src(ctx, `/sessions/${i}/expectedAttendees`, d.attendees);
  if (d.host) src(ctx, `/sessions/${i}/host`, d.hostSpan);
  src(ctx, `/sessions/${i}/tier`, d.tierNameSpan ?? d.audienceSpan);
  src(ctx, `/sessions/${i}`, d.span);
  if (x.resolutions.length === 1) session.resolutions = [x.resolutions[0]!.res.id];
  plan.sessions.push(session);
}

/** A session's method: its own, else the plan's, else in person (reported as assumed). */
function methodOf(
  ctx: PlanContext,
  d: SessionDraft,
  i: number,
  env: { mainMethod: Found<Method> | undefined; altMethods: Found<Method>[] },
): { method: Method; alternatives: Method[] } {
  const r = ctx.r;
  // Method.
  let method: Method;
  let alternatives: Method[] = [];
  const own = d.methods.filter((m) => m.value !== 'self-study');
  if (own.length > 0) {
    method = own[0]!.value;
    alternatives = own.slice(1).map((m) => m.value);
    src(ctx, `/sessions/${i}/method`, own[0]);
    for (const m of own) r.mark(m);
  } else if (env.mainMethod) {
    method = env.mainMethod.value;
    alternatives = env.altMethods.map((m) => m.value);
    src(ctx, `/sessions/${i}/method`, env.mainMethod);
  } else {
    method = 'in-person';
    issue(ctx, 'import/assumed-method', ['sessions', i, 'method']);
  }
  return { method, alternatives };
}

/** A session's duration: its own, else the plan's, else ½ ngày (reported as a placeholder). */
function durationOf(
  ctx: PlanContext,
  x: PlanParts,
  d: SessionDraft,
  i: number,
): { duration: Duration; disc: Found<Duration> | undefined } {
  // Duration.
  const dur = d.duration ?? x.defaults.duration;
  const disc = d.duration ? d.discussion : (d.discussion ?? x.defaults.discussion);
  let duration: Duration;
  if (dur) {
    duration = dur.value;
    src(ctx, `/sessions/${i}/duration`, dur);
  } else {
    duration = { halfDays: 1 };
    issue(ctx, 'import/missing-field', ['sessions', i, 'duration'], {
      field: `sessions[${i}].duration`,
      placeholder: '½ ngày',
    });
  }
  return { duration, disc };
}

/** A session's deadline: its rule, else N days after the upper tier, else a reported placeholder. */
function deadlineRuleOf(
  ctx: PlanContext,
  x: PlanParts,
  plan: Plan,
  d: SessionDraft,
  i: number,
): DateRule {
  // Deadline.
  let deadline: DateRule | undefined;
  if (d.deadline) {
    deadline = resolveDeadline(
      ctx,
      d.deadline,
      ['sessions', i, 'deadline'],
      x.yearContext,
      x.planMonth,
    );
    if (deadline) src(ctx, `/sessions/${i}/deadline`, d.deadline);
  }
  if (!deadline) {
    const upper = plan.sessions.filter(
      (s) => tierLevelRank(s.tier as TierLevel) < tierLevelRank(d.level),
    );
    const nearest = upper[upper.length - 1];
    const parent = nearest ? upper.find((s) => s.tier === nearest.tier) : undefined;
    if (parent && d.after) {
      deadline = {
        kind: 'after',
        ref: parent.id,
        days: d.after.value.days,
        calendar: d.after.value.calendar,
      };
      src(ctx, `/sessions/${i}/deadline`, d.after);
    } else if (parent) {
      deadline = { kind: 'after', ref: parent.id, days: 0, calendar: 'calendar' };
      issue(ctx, 'import/missing-field', ['sessions', i, 'deadline'], {
        field: `sessions[${i}].deadline`,
        placeholder: `sau ${parent.id}`,
      });
    } else {
      const y = x.yearContext ?? 2000;
      deadline = { kind: 'within', year: String(y) };
      issue(ctx, 'import/missing-field', ['sessions', i, 'deadline'], {
        field: `sessions[${i}].deadline`,
        placeholder: `trong năm ${y}`,
      });
    }
  }
  return deadline;
}

/** Adds the materials and the follow-ups with their due rules. */
function addFollowUps(ctx: PlanContext, x: PlanParts, plan: Plan): void {
  const _r = ctx.r;
  // --- Materials.
  x.materials.forEach((e, i) => {
    const m: Material = { id: `mat-${i + 1}`, ...e.m };
    plan.materials.push(m);
    src(ctx, `/materials/${i}`, e.span);
  });
  // --- Deliverables.
  const tierIds = new Set(plan.tiers.map((t) => t.id));
  x.deliverables.forEach((e, i) => {
    const d = { ...e.d };
    if (d.tier !== undefined && !tierIds.has(d.tier)) delete d.tier;
    if (!d.due && e.after && plan.sessions.length > 0) {
      const own =
        plan.sessions.find((s) => s.tier === d.tier) ?? plan.sessions[plan.sessions.length - 1]!;
      d.due = {
        kind: 'after',
        ref: own.id,
        days: e.after.value.days,
        calendar: e.after.value.calendar,
      };
      src(ctx, `/deliverables/${i}/due`, e.after);
    }
    if (d.due) {
      const due = resolveDeadline(
        ctx,
        {
          start: e.dueSpan?.start ?? e.span.start,
          end: e.dueSpan?.end ?? e.span.end,
          value: { rule: d.due, text: '' },
        },
        ['deliverables', i, 'due'],
        x.yearContext,
        x.planMonth,
      );
      if (due) d.due = due;
      else delete d.due;
      src(ctx, `/deliverables/${i}/due`, e.dueSpan);
    } else if (e.dueSpan === undefined && !d.due) {
      // A month without a year.
    }
    plan.deliverables.push(d);
    src(ctx, `/deliverables/${i}`, e.span);
  });
}

/** Adds the recipients and the signature. */
function addTail(ctx: PlanContext, x: PlanParts, plan: Plan): void {
  const _r = ctx.r;
  // --- Recipients and signature.
  x.tail.recipients.forEach((e, i) => {
    plan.recipients.push(e.rec);
    src(ctx, `/recipients/${i}/name`, e.span);
    src(ctx, `/recipients/${i}/purpose`, e.purposeSpan);
  });
  if (x.tail.signature) {
    plan.signature = x.tail.signature.sig;
    src(ctx, '/signature', x.tail.signature.span);
  }
}

/**
 * The year a deadline the text wrote without one takes, and why: in an article
 * from its year context (held sessions look back from the post date, rules
 * forward, a year written just before first); in a document from the nearest
 * year written before it, else the plan's date (a month before the plan's own
 * month falls in the next year).
 */
export function yearFor(
  ctx: PlanContext,
  found: Found<DeadlineFound>,
  year: number | undefined,
  planMonth: number | undefined,
): ImpliedYear | undefined {
  const v = found.value;
  const month = v.dayMonth?.month ?? v.month;
  if (month === undefined) return undefined;
  const day = v.dayMonth?.day ?? 0;
  const kind = v.dayMonth?.kind ?? 'within';
  const prior = yearBefore(ctx, found.start);
  if (ctx.article && ctx.years) {
    if (kind === 'held') return impliedYear(month, day, 'past', ctx.years);
    if (prior !== undefined) return { year: prior, reason: 'nearby' };
    return impliedYear(month, day, 'future', ctx.years);
  }
  const base = prior ?? year;
  if (base === undefined) return undefined;
  const y =
    kind !== 'held' && planMonth !== undefined && month < planMonth && base === year
      ? base + 1
      : base;
  return { year: y, reason: prior !== undefined ? 'nearby' : 'plan-date' };
}

/** The rule of a deadline, its year implied (and reported) where the text gave none. */
export function resolveDeadline(
  ctx: PlanContext,
  found: Found<DeadlineFound>,
  path: (string | number)[],
  year: number | undefined,
  planMonth: number | undefined,
): DateRule | undefined {
  const v = found.value;
  if (v.rule) return v.rule;
  if (v.invalid) {
    issue(ctx, 'import/invalid-date', path, { text: v.invalid });
    return undefined;
  }
  const implied = yearFor(ctx, found, year, planMonth);
  if (!implied) return undefined;
  const why = {
    reasonVi: YEAR_REASONS[implied.reason].vi,
    reasonEn: YEAR_REASONS[implied.reason].en,
    reason: implied.reason,
  };
  const y = implied.year;
  if (v.dayMonth) {
    const { day, month, kind } = v.dayMonth;
    const iso = isoDate(y, month, day);
    if (!iso) {
      issue(ctx, 'import/invalid-date', path, { text: clean(v.text) });
      return undefined;
    }
    issue(ctx, 'import/inferred-year', path, { text: clean(v.text), year: y, ...why });
    return { kind, date: iso };
  }
  if (v.month !== undefined) {
    issue(ctx, 'import/inferred-year', path, { text: clean(v.text), year: y, ...why });
    return { kind: 'within', month: `${y}-${String(v.month).padStart(2, '0')}` };
  }
  return undefined;
}

export function yearBefore(ctx: PlanContext, offset: number): number | undefined {
  const from = Math.max(ctx.lines[0]?.start ?? 0, offset - 2000);
  const f = ctx.r.folded.slice(from, offset);
  const re = /(?:\/|-|nam\s+)((?:19|20)\d\d)\b/g;
  let last: number | undefined;
  for (let m = re.exec(f); m !== null; m = re.exec(f)) last = Number(m[1]);
  return last;
}
