// What derivePlan, checkAgainstUpper and diffPlans share (internal): reading a
// plan's shape without throwing, and the last allowed day of each activity as
// the cascade engine computes it.
import type { IsoDate } from '../calendar/iso-date.js';
import { schedule } from '../cascade/schedule.js';
import type { DateRule } from '../model/date-rule.js';
import { type Plan, PlanSchema } from '../model/plan.js';
import { tierLevelRank } from '../model/tier.js';
import { issuesFromZod } from '../validate/from-zod.js';
import { createIssue, type Issue, type IssuePath } from '../validate/issue.js';

/** A plan of the right shape (a new object), or the shape issues with their paths under `prefix`. */
export function readShape(
  input: unknown,
  prefix: IssuePath,
): { plan: Plan; issues?: undefined } | { plan?: undefined; issues: Issue[] } {
  const under = (issues: Issue[]): Issue[] =>
    issues.map((i) => ({ ...i, path: [...prefix, ...i.path] }));
  try {
    const parsed = PlanSchema.safeParse(input);
    if (parsed.success) return { plan: parsed.data };
    const issues = issuesFromZod(parsed.error.issues, input);
    return {
      issues: under(
        issues.length > 0 ? issues : [createIssue('schema/invalid', [], { detail: 'not a plan' })],
      ),
    };
  } catch (error) {
    const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return {
      issues: under([createIssue('schema/unreadable', [], { reason: reason.slice(0, 200) })]),
    };
  }
}

/** The key of an (activity, tier) pair in {@link lastDays}. */
export const nodeKey = (activity: string, tier: string): string => `${activity}\u0000${tier}`;

/**
 * The last day each activity may happen at each tier by its own rule, as
 * {@link schedule} computes it per tier (`after` rules resolved against their
 * reference): `(activity, tier)` → date, or `null` where no rule bounds it.
 */
export function lastDays(plan: Plan): Map<string, IsoDate | null> {
  const out = new Map<string, IsoDate | null>();
  for (const n of schedule(plan).nodes) out.set(nodeKey(n.activity, n.tier), n.deadline);
  return out;
}

const UPPER_PREFIX = 'upper\u0000';

/**
 * The lower plan with the upper plan's tiers above `ownRank` and their
 * sessions put before its own (ids prefixed so that none clashes), so that
 * the cascade dates the lower plan's activities as it dates them in the upper
 * plan: the lower plan's own session follows the upper session it learns from,
 * and `after` rules count from the same days. Used for {@link lastDays} only.
 */
export function inContext(lower: Plan, upper: Plan, ownRank: number): Plan {
  const above = new Set(
    upper.tiers.filter((t) => tierLevelRank(t.level) < ownRank).map((t) => t.id),
  );
  if (above.size === 0) return lower;
  const sessions = upper.sessions.filter((s) => above.has(s.tier));
  const ids = new Set(sessions.map((s) => s.id));
  const rule = (r: DateRule): DateRule => {
    const ref = ruleRef(r);
    if (ref === undefined || r.kind !== 'after') return r;
    return ids.has(ref) ? { ...r, ref: UPPER_PREFIX + ref } : { kind: 'held', date: '0001-01-01' };
  };
  return {
    ...lower,
    tiers: [
      ...upper.tiers.filter((t) => above.has(t.id)).map((t) => ({ ...t, id: UPPER_PREFIX + t.id })),
      ...lower.tiers,
    ],
    sessions: [
      ...sessions.map(({ learnsFrom, exemption, ...s }) => ({
        ...s,
        id: UPPER_PREFIX + s.id,
        tier: UPPER_PREFIX + s.tier,
        audiences: [],
        deadline: rule(s.deadline),
        ...(learnsFrom !== undefined && ids.has(learnsFrom)
          ? { learnsFrom: UPPER_PREFIX + learnsFrom }
          : {}),
      })),
      ...lower.sessions,
    ],
  };
}

/** Whether a date rule refers to another activity by id (an `after` rule with `ref`). */
export function ruleRef(rule: DateRule | undefined): string | undefined {
  return rule?.kind === 'after' && 'ref' in rule ? rule.ref : undefined;
}

/** A JSON pointer (`/sessions/0/deadline`) from path parts. */
export function pointer(...parts: readonly (string | number)[]): string {
  return parts.map((p) => `/${String(p).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}
