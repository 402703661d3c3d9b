import { type DateRule, daysBetween, type WorkingCalendar } from '@rollout/core';

/**
 * A rule whose last day is moved to `date`, in the rule's own kind (dragging a
 * bar's end on the chart): `by`/`held` take the date, a `span` ends there
 * (starting there too if it began later), `within` takes the month, quarter or
 * year holding the date, and `after` keeps its reference and counts the days
 * from the day the reference ends (`refEnd`) in its own calendar. A relative
 * rule stays relative.
 */
export function moveRuleEnd(
  rule: DateRule | undefined,
  date: string,
  context: { refEnd: string | null; calendar: WorkingCalendar },
): DateRule {
  if (!rule) return { kind: 'by', date };
  switch (rule.kind) {
    case 'by':
    case 'held':
      return { ...rule, date };
    case 'span':
      return { kind: 'span', from: rule.from <= date ? rule.from : date, to: date };
    case 'within': {
      const y = date.slice(0, 4);
      if ('month' in rule) return { kind: 'within', month: date.slice(0, 7) };
      if ('quarter' in rule)
        return {
          kind: 'within',
          quarter: `${y}-Q${Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1}`,
        };
      return { kind: 'within', year: y };
    }
    case 'after': {
      if (!context.refEnd) return rule;
      const days =
        rule.calendar === 'calendar'
          ? daysBetween(context.refEnd, date)
          : context.calendar.countWorkingDays(context.refEnd, date);
      return { ...rule, days: Math.max(0, days) };
    }
  }
}
