import type { DateRule, WithinRule } from '../model/date-rule.js';
import { daysInMonth, type IsoDate } from './iso-date.js';

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
    return { start: `${rule.month}-01`, end: `${rule.month}-${pad(daysInMonth(y, m))}` };
  }
  if ('quarter' in rule) {
    const y = rule.quarter.slice(0, 4);
    const q = Number(rule.quarter.slice(6, 7));
    const first = (q - 1) * 3 + 1;
    const last = first + 2;
    return {
      start: `${y}-${pad(first)}-01`,
      end: `${y}-${pad(last)}-${pad(daysInMonth(Number(y), last))}`,
    };
  }
  return { start: `${rule.year}-01-01`, end: `${rule.year}-12-31` };
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
  switch (rule.kind) {
    case 'by':
      return { start: null, end: rule.date };
    case 'within':
      return withinRange(rule);
    case 'span':
      return { start: rule.from, end: rule.to };
    case 'held':
      return { start: rule.date, end: rule.date };
    case 'after':
      return { start: null, end: null };
  }
}
