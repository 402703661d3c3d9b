import { dayOfWeek, isValidIsoDate } from '../../calendar/iso-date.js';
import type { DateRule } from '../../model/date-rule.js';
import type { RuleContext } from '../context.js';
import type { IssuePath } from '../issue.js';

const WEEKDAY_VI = ['Chủ nhật', 'thứ Hai', 'thứ Ba', 'thứ Tư', 'thứ Năm', 'thứ Sáu', 'thứ Bảy'];

/**
 * `date/nonexistent`, `date/span-reversed`, `date/weekend-deadline`: every
 * date exists; spans run forwards; a `by` deadline on a weekend is flagged.
 */
export function checkDates(ctx: RuleContext): void {
  const { plan } = ctx;
  const exists = (date: string, path: IssuePath): boolean => {
    if (isValidIsoDate(date)) return true;
    ctx.report('date/nonexistent', path, { date });
    return false;
  };
  const rule = (r: DateRule | undefined, path: IssuePath) => {
    if (!r) return;
    switch (r.kind) {
      case 'by':
        if (exists(r.date, [...path, 'date'])) {
          const d = dayOfWeek(r.date);
          if (d === 0 || d === 6) {
            ctx.report('date/weekend-deadline', [...path, 'date'], {
              date: r.date,
              weekday: WEEKDAY_VI[d]!,
            });
          }
        }
        return;
      case 'held':
        exists(r.date, [...path, 'date']);
        return;
      case 'span': {
        const a = exists(r.from, [...path, 'from']);
        const b = exists(r.to, [...path, 'to']);
        if (a && b && r.to < r.from)
          ctx.report('date/span-reversed', path, { from: r.from, to: r.to });
        return;
      }
      default:
        return;
    }
  };
  if (plan.header.date !== undefined) exists(plan.header.date, ['header', 'date']);
  plan.resolutions.forEach((r, i) => {
    exists(r.issuedOn, ['resolutions', i, 'issuedOn']);
  });
  plan.sessions.forEach((s, i) => {
    rule(s.deadline, ['sessions', i, 'deadline']);
  });
  plan.deliverables.forEach((d, i) => {
    rule(d.due, ['deliverables', i, 'due']);
  });
}
