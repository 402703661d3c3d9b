import { isValidIsoDate } from '../../calendar/iso-date.js';
import type { Resolution } from '../../model/resolution.js';
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
  // Paths are made only when there is an issue to report.
  const sessions = plan.sessions;
  for (let i = 0; i < sessions.length; i++) {
    const s = sessions[i] as (typeof sessions)[number];
    const ids = s.resolutions;
    const end = windows.get(s.id)?.end;
    if (!end) continue;
    const r =
      ids && ids.length > 0 ? earliestOf(issued.filter((x) => ids.includes(x.id))) : firstOfAll;
    if (r && end < r.issuedOn) report(ctx, ['sessions', i, 'deadline'], end, r);
  }
  const deliverables = plan.deliverables;
  for (let i = 0; i < deliverables.length; i++) {
    const d = deliverables[i] as (typeof deliverables)[number];
    if (!d.due) continue;
    const end = windows.get(d.id)?.end;
    if (end && firstOfAll && end < firstOfAll.issuedOn)
      report(ctx, ['deliverables', i, 'due'], end, firstOfAll);
  }
}

function report(ctx: RuleContext, path: (string | number)[], end: string, r: Resolution): void {
  ctx.report('date/before-resolution', path, {
    deadline: end,
    resolution: r.reference,
    issuedOn: r.issuedOn,
  });
}

function earliestOf<T extends { issuedOn: string }>(pool: readonly T[]): T | undefined {
  let first = pool[0];
  for (const r of pool) if (first && r.issuedOn < first.issuedOn) first = r;
  return first;
}
