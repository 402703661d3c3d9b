import { isValidIsoDate, toEpochDay } from '../calendar/iso-date.js';
import { schedule } from '../cascade/schedule.js';
import type { ScheduleNode, ScheduleOptions } from '../cascade/types.js';
import type { Plan } from '../model/plan.js';
import type { Unit } from '../model/unit.js';
import type { UnitIndex } from './unit-index.js';

/** The deadline of an activity that has none. @internal */
export const NO_DEADLINE = -2_147_483_648;

/**
 * The deadline (epoch day, or {@link NO_DEADLINE}) of each activity at each
 * unit: `deadlines.get(activityId)[unitIndex]`. @internal
 */
export type DueDates = Map<string, Int32Array>;

/**
 * The one source of the deadlines the roll-up measures lateness against.
 *
 * @remarks Taken from the cascade engine ({@link schedule}) run over the same
 * unit tree: each (activity × unit) node's `deadline`, the last day its own
 * rule allows (`by` its date, `within` the period's last day, `span` its last
 * day, `held` its date, `after` N calendar or working days — Vietnam's
 * working calendar — after its reference). The schedule is run on the plan
 * alone (no actuals, no `today`), so deadlines do not move as events arrive.
 * Activities or units the schedule gives no node (a unit whose level the plan
 * has no tier for, a rule cycle) have no deadline. When no unit tree is given,
 * the tier-level nodes stand for the tiers' stand-in units.
 * @internal
 */
export function dueDates(
  plan: Plan,
  units: UnitIndex,
  tree: readonly Unit[] | undefined,
  options: Pick<ScheduleOptions, 'calendar' | 'dayOffDeadline'> = {},
): DueDates {
  const hasTree = tree !== undefined;
  const out: DueDates = new Map();
  const arrayOf = (id: string): void => {
    if (!out.has(id)) out.set(id, new Int32Array(units.size).fill(NO_DEADLINE));
  };
  for (const s of plan.sessions) arrayOf(s.id);
  for (const d of plan.deliverables) arrayOf(d.id);
  // A clean tree goes to the schedule as given; a repaired one (duplicates,
  // unknown parents, cycles cut) as the index sees it.
  const unitList: Unit[] = [];
  if (hasTree && units.issues.length === 0 && tree.length === units.size) {
    for (const u of tree) unitList.push(u);
  } else if (hasTree) {
    for (let i = 0; i < units.size; i++) {
      const t = units.tierOf[i]!;
      const parent = units.parent[i]!;
      const base = { id: units.ids[i]!, name: units.names[i]!, level: units.levels[i]! };
      unitList.push({
        ...base,
        ...(t >= 0 ? { tier: plan.tiers[t]!.id } : {}),
        ...(parent >= 0 ? { parent: units.ids[parent]! } : {}),
      });
    }
  }
  let nodes: readonly ScheduleNode[];
  try {
    nodes = schedule(plan, hasTree ? { ...options, units: unitList } : options).nodes;
  } catch {
    nodes = [];
  }
  const dayOf = new Map<string, number>();
  let lastActivity = '';
  let arr: Int32Array | undefined;
  for (const node of nodes) {
    if (node.deadline === null) continue;
    if (node.activity !== lastActivity) {
      lastActivity = node.activity;
      arr = out.get(node.activity);
    }
    if (!arr) continue;
    let day = dayOf.get(node.deadline);
    if (day === undefined) {
      day = isValidIsoDate(node.deadline) ? toEpochDay(node.deadline) : NO_DEADLINE;
      dayOf.set(node.deadline, day);
    }
    if (node.unit !== undefined) {
      const u = units.byId.get(node.unit);
      if (u !== undefined) arr[u] = day;
    } else if (!hasTree) {
      const u = units.byId.get(node.tier);
      if (u !== undefined) arr[u] = day;
    }
  }
  return out;
}
