import type { DeepReadonly } from '../model/deep-readonly.js';
import type { ReadonlyPlan } from '../model/plan.js';
import type { Deliverable } from './deliverable.js';
import type { Plan } from './plan.js';
import type { Session } from './session.js';
import { tierLevelRank } from './tier.js';

/**
 * The upper-tier session a session learns from.
 *
 * @remarks `session.learnsFrom` when given; otherwise the first session of the
 * nearest tier above (the closest earlier tier in `plan.tiers` with a higher
 * level that has a session). `undefined` for the top tier. The cascade engine
 * and the validation rules share this one definition.
 * @param plan - A plan.
 * @param session - One of its sessions.
 * @returns The parent session, or `undefined`.
 * @example
 * ```ts
 * parentSessionOf(plan985KhHndt, plan985KhHndt.sessions[1]!)?.id; // => 's-province'
 * ```
 * @category Model
 */
export function parentSessionOf(
  plan: ReadonlyPlan,
  session: DeepReadonly<Session>,
): Session | undefined {
  // Read only: parentSessionOf never changes what it is given (the fuzz tests check it).
  return parentSessionOfOf(plan as Plan, session as Session);
}

function parentSessionOfOf(plan: Plan, session: Session): Session | undefined {
  if (session.learnsFrom !== undefined) {
    return plan.sessions.find((s) => s.id === session.learnsFrom);
  }
  const tierIndex = plan.tiers.findIndex((t) => t.id === session.tier);
  if (tierIndex < 0) return undefined;
  const rank = tierLevelRank(plan.tiers[tierIndex]!.level);
  for (let i = tierIndex - 1; i >= 0; i--) {
    const upper = plan.tiers[i]!;
    if (tierLevelRank(upper.level) >= rank) continue;
    const first = plan.sessions.find((s) => s.tier === upper.id);
    if (first) return first;
  }
  return undefined;
}

/**
 * The parent session of every session at once: the same answer as
 * {@link parentSessionOf} for each, in linear time.
 *
 * @param plan - A plan.
 * @returns One entry per session of `plan.sessions`, in order: its parent or `undefined`.
 * @example
 * ```ts
 * parentSessions(plan985KhHndt).map((s) => s?.id); // => [undefined, 's-province', 's-district']
 * ```
 * @category Model
 */
export function parentSessions(plan: ReadonlyPlan): (Session | undefined)[] {
  // Read only: parentSessions never changes what it is given (the fuzz tests check it).
  return parentSessionsOf(plan as Plan);
}

function parentSessionsOf(plan: Plan): (Session | undefined)[] {
  const byId = new Map<string, Session>();
  const firstOfTier = new Map<string, Session>();
  for (const s of plan.sessions) {
    if (!byId.has(s.id)) byId.set(s.id, s);
    if (!firstOfTier.has(s.tier)) firstOfTier.set(s.tier, s);
  }
  // For each tier: the first session of the nearest earlier tier with a higher level that
  // has one. `latest[rank]` holds, for each level, the last tier seen so far that has a
  // session, so each tier looks at five entries, not at every tier before it.
  const tierIndex = new Map<string, number>();
  const upperOfTier: (Session | undefined)[] = [];
  const latest: ({ index: number; session: Session } | undefined)[] = [];
  plan.tiers.forEach((tier, i) => {
    if (!tierIndex.has(tier.id)) tierIndex.set(tier.id, i);
    const rank = tierLevelRank(tier.level);
    let best: { index: number; session: Session } | undefined;
    for (let r = 0; r < rank; r++) {
      const candidate = latest[r];
      if (candidate && (!best || candidate.index > best.index)) best = candidate;
    }
    upperOfTier.push(best?.session);
    const own = firstOfTier.get(tier.id);
    if (own) latest[rank] = { index: i, session: own };
  });
  return plan.sessions.map((s) => {
    if (s.learnsFrom !== undefined) return byId.get(s.learnsFrom);
    const i = tierIndex.get(s.tier);
    return i === undefined ? undefined : upperOfTier[i];
  });
}

/**
 * The sessions a deliverable follows.
 *
 * @remarks `deliverable.session` when given; else every session of
 * `deliverable.tier`; else every session of the plan (a follow-up that applies
 * at every tier, such as personal reflections).
 * @param plan - A plan.
 * @param deliverable - One of its deliverables.
 * @returns The sessions, possibly none.
 * @example
 * ```ts
 * sessionsOfDeliverable(plan985KhHndt, plan985KhHndt.deliverables[0]!).length; // => 3
 * ```
 * @category Model
 */
export function sessionsOfDeliverable(
  plan: ReadonlyPlan,
  deliverable: DeepReadonly<Deliverable>,
): Session[] {
  // Read only: sessionsOfDeliverable never changes what it is given (the fuzz tests check it).
  return sessionsOfDeliverableOf(plan as Plan, deliverable as Deliverable);
}

function sessionsOfDeliverableOf(plan: Plan, deliverable: Deliverable): Session[] {
  if (deliverable.session !== undefined) {
    return plan.sessions.filter((s) => s.id === deliverable.session);
  }
  if (deliverable.tier !== undefined) {
    return plan.sessions.filter((s) => s.tier === deliverable.tier);
  }
  return [...plan.sessions];
}
