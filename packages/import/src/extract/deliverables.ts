/**
 * Extract: follow-ups — reflections (*viết thu hoạch*), action plans, periodic
 * reports, inspection — with their due rules, and the exemption of those who
 * attended the upper online session.
 */

import type { Deliverable } from '@rollout/core';
import { ACTION_PLAN, ACTION_VERB, EXEMPTION } from '../recognise/cues.js';
import { findAfter, findDeadlines } from '../recognise/deadlines.js';
import { findTierWords } from '../recognise/tier-words.js';
import { clean } from '../segment/lines.js';
import { clauses } from '../segment/reader.js';
import type { Sectioned } from '../segment/sections.js';
import { unquote } from '../segment/words.js';
import type { DeliverableDraft, PlanContext } from './context.js';

export function readDeliverables(ctx: PlanContext, sectioned: Sectioned[]): DeliverableDraft[] {
  const r = ctx.r;
  const out: DeliverableDraft[] = [];
  for (const s of sectioned) {
    if (s.heading || (s.sub ?? s.section) === 'materials') continue;
    for (const c of clauses(r, s.para)) {
      // Quoted titles ("Tiếp tục xây dựng và hoàn thiện …") are not what the clause does.
      const f = unquote(r.fold(c));
      const dl = findDeadlines(f).find((d) => d.value.rule?.kind !== 'held');
      const dueSpan = dl ? { start: c.start + dl.start, end: c.start + dl.end } : undefined;
      const sentence = clean(r.text(c)).replace(/^[-–+•]\s*/, '');
      const before = out.length;
      const afterFound = dl ? undefined : findAfter(f);
      if (/\bthu hoach\b/.test(f) && !out.some((d) => d.d.kind === 'reflection')) {
        const d: Deliverable = {
          id: 'reflection',
          kind: 'reflection',
          per: 'attendee',
          description: sentence,
        };
        if (/thi dua|xep loai|danh gia/.test(f)) d.countsInEvaluation = true;
        if (dl?.value.rule) d.due = dl.value.rule;
        out.push({ d, span: c, dueSpan: dl?.value.rule ? dueSpan : undefined });
      }
      if (
        ACTION_PLAN.test(f) &&
        (ACTION_VERB.test(f) ||
          ((s.sub ?? s.section) === 'followUps' &&
            /^\W*(?:ke hoach|chuong trinh) hanh dong/.test(f))) &&
        s.section !== 'content'
      ) {
        const existing = out.filter((d) => d.d.kind === 'action-plan');
        const rule = dl?.value.rule;
        const same = existing.find((d) => JSON.stringify(d.d.due) === JSON.stringify(rule));
        if (!same && (existing.length === 0 || rule)) {
          const noDue = existing.find((d) => d.d.due === undefined);
          const d: Deliverable = noDue?.d ?? {
            id: 'action-plan',
            kind: 'action-plan',
            per: 'unit',
            description: sentence,
          };
          if (rule) {
            d.due = rule;
            d.description = sentence;
          }
          if (!noDue) {
            if (existing.length > 0) d.id = `action-plan-${existing.length + 1}`;
            out.push({ d, span: c, dueSpan: rule ? dueSpan : undefined });
          } else if (rule) {
            noDue.span = c;
            noDue.dueSpan = dueSpan;
          }
        }
      }
      if (
        /\bbao cao\b/.test(f) &&
        /\bdinh ky\b|\bhang (?:thang|quy|nam)\b|\bbao cao ket qua\b|\b6 thang\b/.test(f) &&
        !out.some((d) => d.d.kind === 'report')
      ) {
        const d: Deliverable = {
          id: 'report',
          kind: 'report',
          per: 'unit',
          description: sentence,
        };
        if (/\bhang thang\b/.test(f)) d.recurrence = 'monthly';
        else if (/\bhang quy\b/.test(f)) d.recurrence = 'quarterly';
        else if (/\b6 thang\b|\bsau thang\b/.test(f)) d.recurrence = 'half-yearly';
        else if (/\bhang nam\b/.test(f)) d.recurrence = 'yearly';
        else if (/\bdinh ky\b/.test(f)) d.recurrence = 'periodic';
        const to = /\bbao cao\b[^.;]*?\s(?:ve|len|gui)\s+(.{3,120}?)\s*(?:[.;]|$)/.exec(f);
        if (to) {
          const ts = c.start + to.index + to[0].lastIndexOf(to[1]!);
          const cut = /\s+(?:truoc|cham nhat|hoan thanh|trong|theo|dinh ky|hang)\b/.exec(to[1]!);
          const len = cut ? cut.index : to[1]!.length;
          d.submitTo = clean(r.nfc.slice(ts, ts + len)).replace(/[,;]$/, '');
        }
        const tw = findTierWords(f)[0];
        if (tw) (d as { tier?: string }).tier = tw.value;
        if (dl?.value.rule) d.due = dl.value.rule;
        out.push({ d, span: c, dueSpan: dl?.value.rule ? dueSpan : undefined });
      }
      if (/\bkiem tra\s*,?\s*don doc\b/.test(f) && !out.some((d) => d.d.kind === 'inspection')) {
        out.push({
          d: { id: 'inspection', kind: 'inspection', per: 'unit', description: sentence },
          span: c,
          dueSpan: undefined,
        });
      }
      if (afterFound) {
        for (const e of out.slice(before)) {
          if (e.d.kind === 'action-plan' || e.d.kind === 'report' || e.d.kind === 'reflection')
            e.after = {
              ...afterFound,
              start: afterFound.start + c.start,
              end: afterFound.end + c.start,
            };
        }
      }
    }
  }
  return out;
}

export function readExemption(ctx: PlanContext, sectioned: Sectioned[]) {
  const r = ctx.r;
  for (const s of sectioned) {
    for (const c of clauses(r, s.para)) {
      const f = r.fold(c);
      if (EXEMPTION.test(f)) {
        return { note: clean(r.text(c)).replace(/^[-–+•]\s*/, ''), span: c };
      }
    }
  }
  return undefined;
}
