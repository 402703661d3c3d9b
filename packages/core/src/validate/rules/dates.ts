import { dayOfWeek, isValidIsoDate } from '../../calendar/iso-date.js';
import type { DateRule } from '../../model/date-rule.js';
import type { RuleContext } from '../context.js';

const WEEKDAY_VI = ['Chủ nhật', 'thứ Hai', 'thứ Ba', 'thứ Tư', 'thứ Năm', 'thứ Sáu', 'thứ Bảy'];

/**
 * `date/nonexistent`, `date/span-reversed`, `date/weekend-deadline`: every
 * date exists; spans run forwards; a `by` deadline on a weekend is flagged.
 */
export function checkDates(ctx: RuleContext): void {
  const { plan } = ctx;
  // Paths are made only when there is an issue to report.
  if (plan.header.date !== undefined && !isValidIsoDate(plan.header.date))
    ctx.report('date/nonexistent', ['header', 'date'], { date: plan.header.date });
  const resolutions = plan.resolutions;
  for (let i = 0; i < resolutions.length; i++) {
    const issuedOn = (resolutions[i] as (typeof resolutions)[number]).issuedOn;
    if (!isValidIsoDate(issuedOn))
      ctx.report('date/nonexistent', ['resolutions', i, 'issuedOn'], { date: issuedOn });
  }
  const sessions = plan.sessions;
  for (let i = 0; i < sessions.length; i++)
    checkRule(ctx, sessions[i]?.deadline, 'sessions', i, 'deadline');
  const deliverables = plan.deliverables;
  for (let i = 0; i < deliverables.length; i++)
    checkRule(ctx, deliverables[i]?.due, 'deliverables', i, 'due');
}

function checkRule(
  ctx: RuleContext,
  r: DateRule | undefined,
  list: string,
  i: number,
  key: string,
): void {
  if (!r) return;
  switch (r.kind) {
    case 'by':
      if (exists(ctx, r.date, list, i, key, 'date')) {
        const d = dayOfWeek(r.date);
        if (d === 0 || d === 6) {
          ctx.report('date/weekend-deadline', [list, i, key, 'date'], {
            date: r.date,
            weekday: WEEKDAY_VI[d] as string,
          });
        }
      }
      return;
    case 'held':
      exists(ctx, r.date, list, i, key, 'date');
      return;
    case 'span': {
      const a = exists(ctx, r.from, list, i, key, 'from');
      const b = exists(ctx, r.to, list, i, key, 'to');
      if (a && b && r.to < r.from)
        ctx.report('date/span-reversed', [list, i, key], { from: r.from, to: r.to });
      return;
    }
    default:
      return;
  }
}

/** Whether a date exists; reports `date/nonexistent` at `list[i].key.field` when not. */
function exists(
  ctx: RuleContext,
  date: string,
  list: string,
  i: number,
  key: string,
  field: string,
): boolean {
  if (isValidIsoDate(date)) return true;
  ctx.report('date/nonexistent', [list, i, key, field], { date });
  return false;
}
