import { match } from 'ts-pattern';
import { withinRange } from '../../calendar/date-rule-window.js';
import { isValidIsoDate } from '../../calendar/iso-date.js';
import type { DateRule } from '../../model/date-rule.js';
import type { RuleContext } from '../context.js';
import type { IssuePath } from '../issue.js';
import { activityNames } from '../names.js';

/**
 * `date/nonexistent`, `date/span-reversed`, `date/deadline-on-day-off`: every
 * date exists; spans run forwards; a deadline whose last day (a `by` date, the
 * end of a `within` period or of a `span`) is a day off on the calendar is
 * flagged, naming the day off, when a calendar was given. (`schedule` flags
 * every kind, `after` deadlines included, with the same code.)
 */
export function checkDates(ctx: RuleContext): void {
  const { plan } = ctx;
  const exists = (date: string, path: IssuePath): boolean => {
    if (isValidIsoDate(date)) return true;
    ctx.report('date/nonexistent', path, { date });
    return false;
  };
  const dayOff = (activity: string, date: string, path: IssuePath, period = false): void => {
    const off = ctx.calendar?.dayOff(date);
    if (off)
      ctx.report(
        'date/deadline-on-day-off',
        path,
        {
          ...activityNames(plan, activity),
          date,
          holiday: off.name,
          holidayEn: off.nameEn,
          dayOffKind: off.kind,
        },
        // A month or quarter that ends on a weekend is only a note; on a holiday, a warning.
        period && off.kind === 'weekend' ? 'info' : undefined,
      );
  };
  const rule = (r: DateRule | undefined, id: string, path: IssuePath) => {
    if (!r) return;
    // Exhaustive: a new kind of rule does not compile until its dates are checked.
    match<DateRule, void>(r)
      .with({ kind: 'by' }, (x) => {
        if (exists(x.date, [...path, 'date'])) dayOff(id, x.date, [...path, 'date']);
      })
      .with({ kind: 'within' }, (x) => {
        const end = withinRange(x).end;
        if (isValidIsoDate(end)) dayOff(id, end, path, true);
      })
      .with({ kind: 'held' }, (x) => {
        exists(x.date, [...path, 'date']);
      })
      .with({ kind: 'span' }, (x) => {
        const a = exists(x.from, [...path, 'from']);
        const b = exists(x.to, [...path, 'to']);
        if (a && b && x.to < x.from)
          ctx.report('date/span-reversed', path, { from: x.from, to: x.to });
        else if (b) dayOff(id, x.to, [...path, 'to']);
      })
      // An `after` rule's dates are the cascade's: `schedule` checks them.
      .with({ kind: 'after' }, () => undefined)
      .exhaustive();
  };
  if (plan.header.date !== undefined) exists(plan.header.date, ['header', 'date']);
  plan.resolutions.forEach((r, i) => {
    exists(r.issuedOn, ['resolutions', i, 'issuedOn']);
  });
  plan.sessions.forEach((s, i) => {
    rule(s.deadline, s.id, ['sessions', i, 'deadline']);
  });
  plan.deliverables.forEach((d, i) => {
    rule(d.due, d.id, ['deliverables', i, 'due']);
  });
}
