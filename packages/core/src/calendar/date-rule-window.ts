import { UTCDate } from '@date-fns/utc';
import { endOfMonth, endOfQuarter } from 'date-fns';
import { match } from 'ts-pattern';
import type { DateRule, WithinRule } from '../model/date-rule.js';
import type { IsoDate } from './iso-date.js';

/**
 * The dates a rule allows on its own, before any other rule is taken into account.
 *
 * @category Calendar
 */
export interface DateWindow {
  /** The first allowed day, or `null` when the rule sets none. */
  readonly start: IsoDate | null;
  /** The last allowed day (the deadline), or `null` when the rule sets none. */
  readonly end: IsoDate | null;
}

const pad = (n: number): string => (n < 10 ? `0${n}` : String(n));

/**
 * The first and last day of a `within` rule's month, quarter or year.
 *
 * @param rule - A `within` rule.
 * @returns Both ends, inclusive.
 * @example
 * ```ts
 * withinRange({ kind: 'within', quarter: '2021-Q1' }); // => { start: '2021-01-01', end: '2021-03-31' }
 * withinRange({ kind: 'within', month: '2024-02' }); // => { start: '2024-02-01', end: '2024-02-29' }
 * ```
 * @category Calendar
 */
export function withinRange(rule: WithinRule): {
  /** The first day of the period. */
  start: IsoDate;
  /** The last day of the period. */
  end: IsoDate;
} {
  if ('month' in rule) {
    const y = Number(rule.month.slice(0, 4));
    const m = Number(rule.month.slice(5, 7));
    return { start: `${rule.month}-01`, end: lastDayOf(y, m, endOfMonth, rule.month) };
  }
  if ('quarter' in rule) {
    const y = rule.quarter.slice(0, 4);
    const q = Number(rule.quarter.slice(6, 7));
    const first = (q - 1) * 3 + 1;
    return {
      start: `${y}-${pad(first)}-01`,
      end: lastDayOf(Number(y), first, endOfQuarter, `${y}-${pad(first + 2)}`),
    };
  }
  return { start: `${rule.year}-01-01`, end: `${rule.year}-12-31` };
}

/**
 * The last day of the month or quarter that holds the first of month `m` of
 * year `y`, by date-fns on a UTC date (no time zone can shift it). The date
 * is made with `setUTCFullYear`, not the `Date` constructor, which would read
 * the years 1–99 as 1901–1999. A month outside 1–12 (a rule that was not
 * validated) keeps its text, so the result is not a date and is reported as
 * one that does not exist, never rolled into the next year.
 */
function lastDayOf(y: number, m: number, end: (date: UTCDate) => Date, fallback: string): IsoDate {
  if (!Number.isInteger(y) || !Number.isInteger(m) || m < 1 || m > 12) return `${fallback}-00`;
  const first = new UTCDate(0);
  first.setUTCFullYear(y, m - 1, 1);
  const last = end(first);
  return `${String(last.getUTCFullYear()).padStart(4, '0')}-${pad(last.getUTCMonth() + 1)}-${pad(last.getUTCDate())}`;
}

/**
 * The window of dates a rule allows by itself.
 *
 * @remarks `by` has no start and ends on its date (inclusive); `within` spans
 * its period; `span` its two dates; `held` is one day; `after` depends on
 * another activity, so on its own it has neither end — the cascade engine
 * ({@link schedule}) resolves it.
 * @param rule - A date rule.
 * @returns The window; ends are `null` where the rule sets none.
 * @example
 * ```ts
 * dateRuleWindow({ kind: 'by', date: '2020-09-15' }); // => { start: null, end: '2020-09-15' }
 * dateRuleWindow({ kind: 'within', month: '2020-12' }); // => { start: '2020-12-01', end: '2020-12-31' }
 * ```
 * @category Calendar
 */
export function dateRuleWindow(rule: DateRule): DateWindow {
  // Exhaustive: a new kind of rule does not compile until it has a window.
  return match<DateRule, DateWindow>(rule)
    .with({ kind: 'by' }, (r) => ({ start: null, end: r.date }))
    .with({ kind: 'within' }, (r) => withinRange(r))
    .with({ kind: 'span' }, (r) => ({ start: r.from, end: r.to }))
    .with({ kind: 'held' }, (r) => ({ start: r.date, end: r.date }))
    .with({ kind: 'after' }, () => ({ start: null, end: null }))
    .exhaustive();
}
