import { isValidIsoDate } from '../../calendar/iso-date.js';
import type { RuleContext } from '../context.js';

/**
 * `date/plan-before-resolution`, `date/before-resolution`: the plan is dated on
 * or after each resolution it rolls out; no deadline falls before the
 * resolution it serves was issued.
 */
export function checkResolutionDates(ctx: RuleContext): void {
  const { plan } = ctx;
  const issued = plan.resolutions.filter((r) => isValidIsoDate(r.issuedOn));
  if (issued.length === 0) return;
  const planDate = plan.header.date;
  if (planDate !== undefined && isValidIsoDate(planDate)) {
    plan.resolutions.forEach((r, i) => {
      if (isValidIsoDate(r.issuedOn) && planDate < r.issuedOn) {
        ctx.report('date/plan-before-resolution', ['header', 'date'], {
          planDate,
          resolution: r.reference,
          issuedOn: r.issuedOn,
          resolutionIndex: i,
        });
      }
    });
  }
  const windows = ctx.windows();
  const firstOfAll = earliestOf(issued);
  const earliestIssued = (ids: readonly string[] | undefined) =>
    ids && ids.length > 0 ? earliestOf(issued.filter((r) => ids.includes(r.id))) : firstOfAll;
  // The path is made only for an issue.
  const check = (id: string, ids: readonly string[] | undefined, list: string, i: number) => {
    const end = windows.get(id)?.end;
    const r = end ? earliestIssued(ids) : undefined;
    if (end && r && end < r.issuedOn) {
      ctx.report('date/before-resolution', [list, i, list === 'sessions' ? 'deadline' : 'due'], {
        deadline: end,
        resolution: r.reference,
        issuedOn: r.issuedOn,
      });
    }
  };
  plan.sessions.forEach((s, i) => {
    check(s.id, s.resolutions, 'sessions', i);
  });
  plan.deliverables.forEach((d, i) => {
    if (d.due) check(d.id, undefined, 'deliverables', i);
  });
}

function earliestOf<T extends { issuedOn: string }>(pool: readonly T[]): T | undefined {
  let first = pool[0];
  for (const r of pool) if (first && r.issuedOn < first.issuedOn) first = r;
  return first;
}
