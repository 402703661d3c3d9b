/**
 * Extract: the text parts of a document (intro, purposes, requirements,
 * content, method notes, implementation), the plan-wide methods and the
 * plan-wide default duration.
 */
import type { Duration, Method } from '@rollout/core';
import { findDeadlines } from '../recognise/deadlines.js';
import { findDiscussion, findDuration } from '../recognise/durations.js';
import type { Found } from '../recognise/found.js';
import { findMethods } from '../recognise/methods.js';
import { findTierWords } from '../recognise/tier-words.js';
import { type Span, stripItem } from '../segment/lines.js';
import { clauses } from '../segment/reader.js';
import { NUMBERED, type Sectioned } from '../segment/sections.js';
import type { PlanContext } from './context.js';

export function readTextParts(ctx: PlanContext, sectioned: Sectioned[]) {
  const r = ctx.r;
  const parts: Record<
    | 'intro'
    | 'purposes'
    | 'requirements'
    | 'content'
    | 'methodNotes'
    | 'actionPlanNotes'
    | 'implementation',
    Array<{ text: string; span: Span }>
  > = {
    intro: [],
    purposes: [],
    requirements: [],
    content: [],
    methodNotes: [],
    actionPlanNotes: [],
    implementation: [],
  };
  let purposeSub: 'purposes' | 'requirements' | undefined;
  for (const s of sectioned) {
    const t = r.text(s.para);
    const f = r.fold(s.para);
    if (s.heading) {
      if (s.section === 'purposes') {
        const body = f.replace(NUMBERED, '');
        purposeSub = /^\s*yeu cau/.test(body)
          ? 'requirements'
          : /^\s*muc dich/.test(body) && !/yeu cau/.test(body)
            ? 'purposes'
            : undefined;
      }
      continue;
    }
    if (ctx.groupParas.has(s.para.start)) continue;
    const item = { text: stripItem(t.replace(NUMBERED, '')), span: s.para as Span };
    if (item.text.length === 0) continue;
    if (s.intro) {
      if (ctx.hasTitle) parts.intro.push(item);
      continue;
    }
    const kind = s.sub ?? s.section;
    if (s.section === 'purposes') {
      const key = purposeSub ?? (parts.purposes.length === 0 ? 'purposes' : 'requirements');
      parts[key].push(item);
    } else if (kind === 'content') parts.content.push(item);
    else if (kind === 'methods') parts.methodNotes.push(item);
    else if (kind === 'actionPlan') parts.actionPlanNotes.push(item);
    else if (s.section === 'implementation') parts.implementation.push(item);
  }
  return parts;
}

export function readPlanMethods(ctx: PlanContext, sectioned: Sectioned[]) {
  const r = ctx.r;
  const found: Found<Method>[] = [];
  for (const s of sectioned) {
    const f = r.fold(s.para);
    const inMethods = (s.sub ?? s.section) === 'methods';
    if (ctx.groupParas.has(s.para.start)) continue;
    if (!inMethods && !/phuong thuc|hinh thuc/.test(f)) continue;
    for (const m of findMethods(f)) {
      if (!found.some((x) => x.value === m.value))
        found.push({ ...m, start: m.start + s.para.start, end: m.end + s.para.start });
    }
  }
  return found;
}

export function readDefaults(ctx: PlanContext, sectioned: Sectioned[]) {
  const r = ctx.r;
  let duration: Found<Duration> | undefined;
  let discussion: Found<Duration> | undefined;
  for (const s of sectioned) {
    if (s.heading || s.section === 'tiers') continue;
    for (const c of clauses(r, s.para)) {
      const f = r.fold(c);
      if (findTierWords(f).length > 0 && findDeadlines(f).length > 0) continue;
      if (!/thoi gian|hoi nghi|hoc tap/.test(f)) continue;
      const disc = findDiscussion(f);
      const dur = findDuration(f, disc);
      if (dur && !duration) {
        duration = { ...dur, start: dur.start + c.start, end: dur.end + c.start };
        if (disc) discussion = { ...disc, start: disc.start + c.start, end: disc.end + c.start };
      }
    }
  }
  return { duration, discussion };
}

/** What {@link readTextParts} reads. */
export type TextParts = ReturnType<typeof readTextParts>;
