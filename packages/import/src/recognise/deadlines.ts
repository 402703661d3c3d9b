/**
 * Recognise: the time expressions of a clause that are deadlines of a plan
 * (*hoàn thành trước ngày 15/9/2020*, *trong tháng 12/2020*, *từ ngày 16 –
 * 17/3/2021*, *đã học trực tuyến ngày 31/8/2020*), as date rules or, when the
 * text left the year out, as parts for `resolve/years.ts` to complete.
 */
import type { DateRule } from '@rollout/core';
import { describe, findTimes, isoDate, isoOf, type TimeFound } from './dates.js';
import type { Found } from './found.js';

/** A deadline read from a clause. */
export interface DeadlineFound {
  /** The rule; undefined when the year is implied or the date does not exist. */
  readonly rule: DateRule | undefined;
  /** The expression as written (folded), for messages. */
  readonly text: string;
  /** A month without a year (*trong tháng 11*): the caller implies the year. */
  readonly month?: number;
  /** Set when the date does not exist (*31/2/2021*). */
  readonly invalid?: string;
  /** A day and month without a year (*trước ngày 30/9*): the caller implies the year. */
  readonly dayMonth?: {
    readonly day: number;
    readonly month: number;
    readonly kind: 'by' | 'held';
  };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The deadline a time expression makes in a plan, or undefined when it is none. */
export function deadlineOf(t: TimeFound, text: string): DeadlineFound | undefined {
  const v = t.value;
  const cue = t.cue;
  if (cue === 'focus' || cue === 'progress') return undefined;
  switch (v.kind) {
    case 'date': {
      const { day, month, year } = v.date;
      if (cue === 'bare') return undefined;
      const kind = cue === 'held' ? 'held' : cue === 'on' ? 'on' : 'by';
      if (year === undefined) {
        if (kind === 'on') return undefined;
        if (month < 1 || month > 12 || day < 1 || day > 31)
          return { rule: undefined, text, invalid: text };
        return { rule: undefined, text, dayMonth: { day, month, kind } };
      }
      const iso = isoDate(year, month, day);
      if (!iso) return { rule: undefined, text, invalid: describe(v) };
      return {
        rule: kind === 'on' ? { kind: 'span', from: iso, to: iso } : { kind, date: iso },
        text,
      };
    }
    case 'range': {
      if (v.to.year === undefined) return undefined;
      const to = isoOf(v.to, undefined);
      const from = isoOf(
        { day: v.from.day ?? 0, month: v.from.month ?? v.to.month },
        v.from.year ?? v.to.year,
      );
      if (!from || !to || from > to) return { rule: undefined, text, invalid: text };
      return { rule: { kind: 'span', from, to }, text };
    }
    case 'month': {
      if (cue !== 'within' && !(cue === 'bare' && v.year !== undefined)) return undefined;
      if (v.month < 1 || v.month > 12) return { rule: undefined, text, invalid: text };
      if (v.year === undefined) return { rule: undefined, text, month: v.month };
      return { rule: { kind: 'within', month: `${v.year}-${pad(v.month)}` }, text };
    }
    case 'quarter':
      if (v.year === undefined || (cue !== 'within' && cue !== 'bare')) return undefined;
      return { rule: { kind: 'within', quarter: `${v.year}-Q${v.quarter}` }, text };
    case 'year':
      return cue === 'within'
        ? { rule: { kind: 'within', year: String(v.year) }, text }
        : undefined;
    default:
      return undefined;
  }
}

/** Every deadline in a folded clause, in text order. */
export function findDeadlines(folded: string): Found<DeadlineFound>[] {
  const out: Found<DeadlineFound>[] = [];
  for (const t of findTimes(folded)) {
    const d = deadlineOf(t, folded.slice(t.start, t.end));
    if (d) out.push({ start: t.start, end: t.end, value: d });
  }
  return out;
}

/** A date the text wrote, even when it does not exist (for the issue). */
export interface DateFound {
  readonly iso: string | undefined;
  readonly text: string;
}

/** Every full date (with its year) in a folded text. */
export function findDates(folded: string): Found<DateFound>[] {
  const out: Found<DateFound>[] = [];
  for (const t of findTimes(folded)) {
    if (t.value.kind !== 'date' || t.value.date.year === undefined) continue;
    const { day, month, year } = t.value.date;
    out.push({
      start: t.dateStart,
      end: t.end,
      value: { iso: isoDate(year, month, day), text: `${day}/${month}/${year}` },
    });
  }
  return out;
}

/** A relative deadline: N (working) days after something. */
export function findAfter(
  folded: string,
): Found<{ days: number; calendar: 'working' | 'calendar' }> | undefined {
  for (const t of findTimes(folded)) {
    if (t.value.kind === 'after')
      return {
        start: t.start,
        end: t.end,
        value: { days: t.value.days, calendar: t.value.calendar },
      };
  }
  return undefined;
}
