import { type DateRule, daysBetween, type WorkingCalendar } from '@rollout/core';

/**
 * A rule whose last day is moved to `date`, in the rule's own kind (dragging a
 * bar's end on the chart): `by`/`held` take the date, a `span` ends there
 * (starting there too if it began later), `within` takes the month, quarter or
 * year holding the date, and `after` keeps its reference (an id or an anchor)
 * and gains or loses the days between its current last day (`end`) and the
 * new one, counted in its own calendar. A relative rule stays relative.
 */
export function moveRuleEnd(
  rule: DateRule | undefined,
  date: string,
  context: { end: string | null; calendar: WorkingCalendar },
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
      const end = context.end;
      if (!end) return rule;
      const delta =
        rule.calendar === 'calendar'
          ? daysBetween(end, date)
          : date >= end
            ? context.calendar.countWorkingDays(end, date)
            : -context.calendar.countWorkingDays(date, end);
      return { ...rule, days: Math.max(0, rule.days + delta) };
    }
  }
}
