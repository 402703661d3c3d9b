import { defaultCalendar } from '../calendar/default-calendar.js';
import { fromEpochDay, type IsoDate, isValidIsoDate, toEpochDay } from '../calendar/iso-date.js';
import type { WorkingCalendar } from '../calendar/working-calendar.js';
import type { Deliverable } from '../model/deliverable.js';
import type { Plan, ReadonlyPlan } from '../model/plan.js';
import { parentSessionOf, sessionsOfDeliverable } from '../model/relations.js';
import type { Session } from '../model/session.js';
import type { IssueCode } from '../validate/codes.js';
import { createIssue, type Issue, type IssuePath } from '../validate/issue.js';
import type { IssueArgs } from '../validate/names.js';
import { F, STRIDE, toCounts } from './counters.js';
import { dueDates, NO_DEADLINE } from './due-dates.js';
import type { ProgressEvent } from './events.js';
import { IdSet } from './id-set.js';
import { parseProgressEvent } from './parse-event.js';
import type {
  OverdueItem,
  ProgressCounts,
  ProgressRollup,
  RollupEventStats,
  RollupJsonOptions,
  RollupOptions,
  RollupResult,
  TierProgress,
  UnitProgress,
} from './types.js';
import { indexUnits, type UnitIndex } from './unit-index.js';

const NOT_HELD = 0;
const HELD = 1;
const SKIPPED = 2;

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;
const MAX_COUNT = 1_000_000_000;
const DATE_CACHE_LIMIT = 20_000;

const isId = (v: unknown): v is string => typeof v === 'string' && v.length > 0;
const isCount = (v: unknown): v is number =>
  typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= MAX_COUNT;
const optCount = (v: unknown): boolean => v === undefined || isCount(v);
// Arrays pass this test but fail every field check after it.
const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object';

/** The live roll-up; see {@link ProgressRollup}. */
class RollupState implements ProgressRollup {
  readonly plan: Plan;
  readonly idx: UnitIndex;
  readonly todayIso: IsoDate | null;
  readonly todayDay: number;
  readonly own: Float64Array;
  /** Subtree sums, made from `own` on demand (see {@link RollupState.subtree}). */
  private readonly sub: Float64Array;
  /** Whether `own` changed since `sub` was last made. */
  private subDirty = true;
  /** Units ordered children before parents (made once, on the first read of `sub`). */
  private upward: Int32Array | undefined;
  readonly tierSums: Float64Array;
  readonly nation: Float64Array;
  readonly tierUnits: Int32Array;
  readonly sessions: Session[];
  readonly sessionIndex = new Map<string, number>();
  readonly sessionsByTier: number[][];
  readonly sessionDeadline: Int32Array[] = [];
  /** The plan tier index of each session (-1 for an unknown tier). */
  readonly sessionTier: number[] = [];
  readonly status: Uint8Array[] = [];
  readonly heldDay: Int32Array[] = [];
  readonly actionPlans: Deliverable[] = [];
  readonly actionPlanIndex = new Map<string, number>();
  readonly actionPlansByTier: number[][];
  readonly actionPlanDeadline: Int32Array[] = [];
  /**
   * Per action plan with an `after` rule on sessions: the sessions it counts
   * from and its lag, so a held date moves its deadline (null otherwise).
   */
  readonly actionPlanAfter: ({
    readonly refs: readonly number[];
    readonly days: number;
    readonly working: boolean;
  } | null)[] = [];
  /** Per session: the action plans whose `after` rule counts from it. */
  readonly dependents: number[][] = [];
  readonly calendar: WorkingCalendar;
  readonly nextWorkingDeadline: boolean;
  /** Children of each unit in CSR form (made on the first fan-out). */
  private children: { off: Int32Array; list: Int32Array } | undefined;
  readonly issued: Uint8Array[] = [];
  readonly deliverableIds = new Set<string>();
  readonly seenIds = new IdSet();
  readonly seenContent = new IdSet();
  readonly issueList: Issue[] = [];
  readonly dateCache = new Map<string, number>();
  read = 0;
  accepted = 0;
  duplicates = 0;
  rejected = 0;

  constructor(plan: Plan, options: RollupOptions) {
    this.plan = plan;
    this.calendar = options.calendar ?? defaultCalendar();
    this.nextWorkingDeadline = options.dayOffDeadline === 'next-working-day';
    this.idx = indexUnits(plan, options.units);
    this.issueList.push(...this.idx.issues);
    const today = options.today;
    if (today !== undefined && isValidIsoDate(today)) {
      this.todayIso = today;
      this.todayDay = toEpochDay(today);
    } else {
      if (today !== undefined)
        this.issueList.push(createIssue('date/nonexistent', ['today'], { date: String(today) }));
      this.todayIso = null;
      this.todayDay = Number.NaN;
    }
    const n = this.idx.size;
    const tiers = plan.tiers.length;
    this.own = new Float64Array(n * STRIDE);
    this.sub = new Float64Array(n * STRIDE);
    this.tierSums = new Float64Array(tiers * STRIDE);
    this.nation = new Float64Array(STRIDE);
    this.tierUnits = new Int32Array(tiers);
    const tierIndex = new Map<string, number>();
    plan.tiers.forEach((t, i) => {
      if (!tierIndex.has(t.id)) tierIndex.set(t.id, i);
    });
    const due = dueDates(plan, this.idx, options.units, {
      calendar: this.calendar,
      ...(options.dayOffDeadline ? { dayOffDeadline: options.dayOffDeadline } : {}),
    });
    const none = new Int32Array(n).fill(NO_DEADLINE);

    this.sessions = [];
    this.sessionsByTier = plan.tiers.map(() => []);
    for (const s of plan.sessions) {
      if (this.sessionIndex.has(s.id)) continue;
      const k = this.sessions.length;
      this.sessions.push(s);
      this.sessionIndex.set(s.id, k);
      this.sessionDeadline.push(due.get(s.id) ?? none);
      this.status.push(new Uint8Array(n));
      this.heldDay.push(new Int32Array(n));
      this.dependents.push([]);
      const t = tierIndex.get(s.tier);
      this.sessionTier.push(t ?? -1);
      if (t !== undefined) this.sessionsByTier[t]!.push(k);
    }
    this.actionPlansByTier = plan.tiers.map(() => []);
    for (const d of plan.deliverables) this.deliverableIds.add(d.id);
    for (const d of plan.deliverables) {
      if (d.kind !== 'action-plan' || d.per === 'attendee' || this.actionPlanIndex.has(d.id))
        continue;
      const k = this.actionPlans.length;
      this.actionPlans.push(d);
      this.actionPlanIndex.set(d.id, k);
      const after = this.afterOf(d);
      this.actionPlanAfter.push(after);
      // An after-rule deadline changes per unit as sessions are held: its own array.
      const planned = due.get(d.id);
      this.actionPlanDeadline.push(
        after ? (planned ? planned.slice() : none.slice()) : (planned ?? none),
      );
      if (after) for (const r of after.refs) this.dependents[r]!.push(k);
      this.issued.push(new Uint8Array(n));
      const tierIds =
        d.tier !== undefined ? [d.tier] : sessionsOfDeliverable(plan, d).map((s) => s.tier);
      for (const id of new Set(tierIds)) {
        const t = tierIndex.get(id);
        if (t !== undefined) this.actionPlansByTier[t]!.push(k);
      }
    }

    // What every unit must do, and what is already late before any event.
    for (let u = 0; u < n; u++) {
      const t = this.idx.tierOf[u]!;
      if (t < 0) continue;
      this.tierUnits[t]!++;
      for (const k of this.sessionsByTier[t]!) {
        this.add(u, F.sExpected, 1);
        const s = this.sessions[k]!;
        const deadline = this.sessionDeadline[k]![u]!;
        if (s.deadline.kind === 'held' && deadline !== NO_DEADLINE) {
          // A `held` rule is a fact: the session took place on that day.
          this.status[k]![u] = HELD;
          this.heldDay[k]![u] = deadline;
          this.add(u, F.sHeld, 1);
          if (deadline <= this.todayDay) this.add(u, F.sDue, 1);
          continue;
        }
        if (deadline === NO_DEADLINE) continue;
        if (deadline <= this.todayDay) this.add(u, F.sDue, 1);
        if (deadline < this.todayDay) {
          this.add(u, F.sOverdue, 1);
          this.add(u, F.sDaysLate, this.todayDay - deadline);
        }
      }
      for (const k of this.actionPlansByTier[t]!) {
        this.add(u, F.apExpected, 1);
        const deadline = this.actionPlanDeadline[k]![u]!;
        if (deadline !== NO_DEADLINE && deadline < this.todayDay) this.add(u, F.apOverdue, 1);
      }
    }
  }

  /** Adds to one counter of a unit, its tier and the nation: O(1) (subtrees are summed on demand). */
  add(u: number, f: number, delta: number): void {
    this.own[u * STRIDE + f]! += delta;
    this.nation[f]! += delta;
    const t = this.idx.tierOf[u]!;
    if (t >= 0) this.tierSums[t * STRIDE + f]! += delta;
    this.subDirty = true;
  }

  /**
   * The subtree sums, remade from the units' own counters when they changed:
   * one pass over the units, children before parents, so reading a roll-up
   * costs O(units) once after any number of events, and an event never walks
   * its ancestors (a 100,000-deep chain costs what a flat tree does).
   */
  subtree(): Float64Array {
    if (!this.subDirty) return this.sub;
    const n = this.idx.size;
    if (!this.upward) this.upward = upwardOrder(this.idx.parent);
    const sub = this.sub;
    sub.set(this.own);
    const parent = this.idx.parent;
    const order = this.upward;
    for (let k = 0; k < n; k++) {
      const u = order[k]!;
      const p = parent[u]!;
      if (p < 0) continue;
      const ub = u * STRIDE;
      const pb = p * STRIDE;
      for (let f = 0; f < STRIDE; f++) sub[pb + f]! += sub[ub + f]!;
    }
    this.subDirty = false;
    return sub;
  }

  private readonly pendField = new Int32Array(STRIDE);
  private readonly pendDelta = new Float64Array(STRIDE);
  private pending = 0;

  /** Queues a change of one counter of the unit being updated; {@link flush} applies the queue. */
  private pend(f: number, delta: number): void {
    const k = this.pending++;
    this.pendField[k] = f;
    this.pendDelta[k] = delta;
  }

  /** Applies the queued changes to the unit, its tier, the nation and its ancestors in one walk. */
  private flush(u: number): void {
    const k = this.pending;
    if (k === 0) return;
    this.pending = 0;
    const fields = this.pendField;
    const deltas = this.pendDelta;
    const own = this.own;
    const nation = this.nation;
    const base = u * STRIDE;
    for (let i = 0; i < k; i++) {
      own[base + fields[i]!]! += deltas[i]!;
      nation[fields[i]!]! += deltas[i]!;
    }
    const t = this.idx.tierOf[u]!;
    if (t >= 0) {
      const tb = t * STRIDE;
      for (let i = 0; i < k; i++) this.tierSums[tb + fields[i]!]! += deltas[i]!;
    }
    this.subDirty = true;
  }

  private lastDate = '';
  private lastSession = '';
  private lastSessionIndex = 0;
  private lastDay = Number.NaN;
  private lastRecordedAt = '';

  /** The epoch day of a valid ISO date, or NaN. */
  day(date: unknown): number {
    if (typeof date !== 'string') return Number.NaN;
    if (date === this.lastDate) return this.lastDay;
    const cached = this.dateCache.get(date);
    if (cached !== undefined) {
      this.lastDate = date;
      this.lastDay = cached;
      return cached;
    }
    const d = isValidIsoDate(date) ? toEpochDay(date) : Number.NaN;
    if (this.dateCache.size < DATE_CACHE_LIMIT) this.dateCache.set(date, d);
    this.lastDate = date;
    this.lastDay = d;
    return d;
  }

  get today(): IsoDate | null {
    return this.todayIso;
  }

  get size(): number {
    return this.idx.size;
  }

  get totals(): ProgressCounts {
    return toCounts(this.nation, 0);
  }

  get tiers(): TierProgress[] {
    return this.plan.tiers.map((t, i) => ({
      tier: t.id,
      name: t.name,
      level: t.level,
      units: this.tierUnits[i] ?? 0,
      counts: toCounts(this.tierSums, i * STRIDE),
    }));
  }

  get issues(): Issue[] {
    return [...this.issueList];
  }

  get events(): RollupEventStats {
    return {
      read: this.read,
      accepted: this.accepted,
      duplicates: this.duplicates,
      rejected: this.rejected,
    };
  }

  unitAt(u: number): UnitProgress {
    const t = this.idx.tierOf[u]!;
    const p = this.idx.parent[u]!;
    return {
      unit: this.idx.ids[u]!,
      name: this.idx.names[u]!,
      tier: t >= 0 ? this.plan.tiers[t]!.id : null,
      level: this.idx.levels[u]!,
      parent: p >= 0 ? this.idx.ids[p]! : null,
      own: toCounts(this.own, u * STRIDE),
      subtree: toCounts(this.subtree(), u * STRIDE),
    };
  }

  unit(id: string): UnitProgress | undefined {
    const u = this.idx.byId.get(id);
    return u === undefined ? undefined : this.unitAt(u);
  }

  overdue(limit?: number): OverdueItem[] {
    const items = this.overdueItems();
    return limit === undefined ? items : items.slice(0, Math.max(0, Math.floor(limit)));
  }

  overdueItems(): OverdueItem[] {
    const out: OverdueItem[] = [];
    const today = this.todayDay;
    if (Number.isNaN(today)) return out;
    for (let u = 0; u < this.idx.size; u++) {
      const t = this.idx.tierOf[u]!;
      if (t < 0) continue;
      const tier = this.plan.tiers[t]!.id;
      for (const k of this.sessionsByTier[t]!) {
        const deadline = this.sessionDeadline[k]![u]!;
        if (deadline === NO_DEADLINE || deadline >= today || this.status[k]![u] !== NOT_HELD)
          continue;
        out.push({
          unit: this.idx.ids[u]!,
          name: this.idx.names[u]!,
          tier,
          activity: this.sessions[k]!.id,
          kind: 'session',
          deadline: fromEpochDay(deadline) ?? '',
          daysLate: today - deadline,
        });
      }
      for (const k of this.actionPlansByTier[t]!) {
        const deadline = this.actionPlanDeadline[k]![u]!;
        if (deadline === NO_DEADLINE || deadline >= today || this.issued[k]![u] !== 0) continue;
        out.push({
          unit: this.idx.ids[u]!,
          name: this.idx.names[u]!,
          tier,
          activity: this.actionPlans[k]!.id,
          kind: 'action-plan',
          deadline: fromEpochDay(deadline) ?? '',
          daysLate: today - deadline,
        });
      }
    }
    const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
    out.sort(
      (a, b) => b.daysLate - a.daysLate || cmp(a.unit, b.unit) || cmp(a.activity, b.activity),
    );
    return out;
  }

  toJSON(options?: RollupJsonOptions | string): RollupResult {
    const o: RollupJsonOptions = typeof options === 'object' && options !== null ? options : {};
    const overdue = this.overdueItems();
    const units: UnitProgress[] | null = o.units === false ? null : [];
    if (units) for (let u = 0; u < this.idx.size; u++) units.push(this.unitAt(u));
    const limit = o.overdueLimit;
    return {
      format: 'rollout/progress',
      version: 1,
      today: this.todayIso,
      totals: this.totals,
      tiers: this.tiers,
      units,
      overdue: limit === undefined ? overdue : overdue.slice(0, Math.max(0, Math.floor(limit))),
      overdueTotal: overdue.length,
      events: this.events,
      issues: this.issues,
    };
  }

  // --- applying one event ------------------------------------------------

  /** Where the event being applied is, for issue paths (set per event). */
  private at: IssuePath | undefined;
  /** The issues the event being applied raised (made on the first one). */
  private raised: Issue[] | undefined;

  private path(): IssuePath {
    return this.at ?? ['events', this.read - 1];
  }

  private report<C extends IssueCode>(code: C, sub: IssuePath, ...rest: IssueArgs<C>): void {
    const issue = createIssue(code, [...this.path(), ...sub], ...rest) as Issue;
    if (this.raised) this.raised.push(issue);
    else this.raised = [issue];
    this.issueList.push(issue);
  }

  apply(event: unknown, at: IssuePath | undefined): Issue[] {
    this.read++;
    this.at = at;
    this.raised = undefined;
    this.step(event);
    const raised = this.raised ?? [];
    this.raised = undefined;
    this.at = undefined;
    return raised;
  }

  private step(event: unknown): void {
    let e: ProgressEvent;
    try {
      if (this.shapeOk(event)) e = event;
      else {
        const parsed = parseProgressEvent(event, this.path());
        if (!parsed.success) {
          this.rejected++;
          this.issueList.push(...parsed.issues);
          this.raised = parsed.issues;
          return;
        }
        e = parsed.data;
      }
    } catch (error) {
      const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      this.report('schema/unreadable', [], { reason: reason.slice(0, 200) });
      this.rejected++;
      return;
    }
    // Duplicates: the same id, or (without an id) the same content.
    if (e.id !== undefined) {
      if (!this.seenIds.add(e.id)) {
        this.duplicates++;
        this.report('progress/duplicate-event', ['id'], { detail: `id ${e.id}` });
        return;
      }
    } else {
      if (!this.seenContent.add(contentKey(e))) {
        this.duplicates++;
        this.report('progress/duplicate-event', [], { detail: `${e.kind} ${e.unit}` });
        return;
      }
    }
    const u = this.idx.byId.get(e.unit);
    if (u === undefined) {
      this.rejected++;
      this.report('progress/unknown-unit', ['unit'], { unit: e.unit });
      return;
    }
    if (this.applyKnown(e, u)) {
      this.accepted++;
      this.pend(F.events, 1);
    } else this.rejected++;
    this.flush(u);
  }

  private applyKnown(e: ProgressEvent, u: number): boolean {
    // Once per event, the roll-up's hot path: a plain switch, not ts-pattern (no
    // closures per event); its boolean return type makes it exhaustive, so a new
    // kind of event is a compile error here too.
    switch (e.kind) {
      case 'session-held':
      case 'session-skipped': {
        let k: number | undefined;
        if (e.session === this.lastSession) k = this.lastSessionIndex;
        else {
          k = this.sessionIndex.get(e.session);
          if (k === undefined) {
            this.report('progress/unknown-activity', ['session'], { activity: e.session });
            return false;
          }
          this.lastSession = e.session;
          this.lastSessionIndex = k;
        }
        const s = this.sessions[k]!;
        const t = this.idx.tierOf[u]!;
        if (t < 0 || this.sessionTier[k] !== t) {
          this.report('progress/wrong-tier', ['session'], { unit: e.unit, session: e.session });
          return false;
        }
        const status = this.status[k]!;
        const day = this.day(e.date);
        const deadline = this.sessionDeadline[k]![u]!;
        if (e.kind === 'session-skipped') {
          if (s.exemption === undefined || s.exemption.session !== e.exemption) {
            this.report('progress/invalid-exemption', ['exemption'], {
              session: e.session,
              exemption: e.exemption,
            });
            return false;
          }
          if (status[u] === SKIPPED) {
            this.duplicates++;
            this.rejected--; // counted as a duplicate, not as rejected
            this.report('progress/duplicate-event', [], {
              detail: `${e.session} @ ${e.unit}: session-skipped`,
            });
            return false;
          }
          if (status[u] === HELD) {
            this.report('progress/contradictory-event', [], {
              detail: `${e.session} @ ${e.unit}: session-skipped ≠ session-held ${fromEpochDay(this.heldDay[k]![u]!)}`,
            });
            return false;
          }
          status[u] = SKIPPED;
          this.heldDay[k]![u] = day;
          this.pend(F.sExempted, 1);
          this.clearOverdue(deadline);
          return true;
        }
        // session-held
        if (status[u] === SKIPPED) {
          this.report('progress/contradictory-event', [], {
            detail: `${e.session} @ ${e.unit}: session-held ${e.date} ≠ session-skipped`,
          });
          return false;
        }
        if (status[u] === HELD && this.heldDay[k]![u] !== day) {
          this.report('progress/contradictory-event', ['date'], {
            detail: `${e.session} @ ${e.unit}: ${e.date} ≠ ${fromEpochDay(this.heldDay[k]![u]!)}`,
          });
          return false;
        }
        if (status[u] === NOT_HELD) {
          status[u] = HELD;
          this.heldDay[k]![u] = day;
          this.pend(F.sHeld, 1);
          if (deadline !== NO_DEADLINE) {
            if (day > deadline) {
              this.pend(F.sHeldLate, 1);
              this.pend(F.sDaysLate, day - deadline);
            }
            this.clearOverdue(deadline);
          }
          if (this.dependents[k]!.length > 0) this.moveAfterDeadlines(k, u);
        }
        if (e.bridgePoints !== undefined) this.pend(F.bridge, e.bridgePoints);
        this.countAttendance(e);
        return true;
      }
      case 'reflections-submitted': {
        if (e.session !== undefined && !this.sessionIndex.has(e.session)) {
          this.report('progress/unknown-activity', ['session'], { activity: e.session });
          return false;
        }
        if (e.expected !== undefined && e.submitted > e.expected) {
          this.report('progress/inconsistent-counts', ['submitted'], {
            detail: `${e.submitted} > ${e.expected}`,
          });
          return false;
        }
        this.pend(F.rSubmitted, e.submitted);
        if (e.expected !== undefined) {
          this.pend(F.rExpected, e.expected);
          this.pend(F.rSubmittedCounted, e.submitted);
        }
        return true;
      }
      case 'action-plan-issued': {
        let k: number | undefined;
        if (e.deliverable !== undefined) {
          k = this.actionPlanIndex.get(e.deliverable);
          if (k === undefined) {
            this.report('progress/unknown-activity', ['deliverable'], { activity: e.deliverable });
            return false;
          }
        } else {
          const t = this.idx.tierOf[u]!;
          k = t >= 0 ? this.actionPlansByTier[t]![0] : undefined;
        }
        if (k !== undefined) {
          const issued = this.issued[k]!;
          if (issued[u] !== 0) {
            this.report('progress/contradictory-event', ['reference'], {
              detail: `${this.actionPlans[k]!.id} @ ${e.unit}: ${e.reference}`,
            });
            return false;
          }
          issued[u] = 1;
          const deadline = this.actionPlanDeadline[k]![u]!;
          if (deadline !== NO_DEADLINE && deadline < this.todayDay) this.pend(F.apOverdue, -1);
        }
        this.pend(F.apIssued, 1);
        return true;
      }
      case 'report-sent':
        this.pend(F.reports, 1);
        return true;
      case 'inspection-done':
        this.pend(F.inspections, 1);
        return true;
    }
  }

  /**
   * The sessions an action plan's `after` rule counts from (by id, or the
   * plan's own sessions for `own-session`, their upper sessions for
   * `upper-session`), or null when its deadline does not depend on a session's
   * held date (no `after` rule, or one naming a deliverable).
   */
  private afterOf(d: Deliverable): {
    refs: number[];
    days: number;
    working: boolean;
  } | null {
    const rule = d.due;
    if (rule?.kind !== 'after') return null;
    const ids: string[] = [];
    if ('ref' in rule) ids.push(rule.ref);
    else {
      for (const s of sessionsOfDeliverable(this.plan, d)) {
        if (rule.anchor === 'own-session') ids.push(s.id);
        else {
          const p = parentSessionOf(this.plan, s);
          if (p) ids.push(p.id);
        }
      }
    }
    const refs: number[] = [];
    for (const id of ids) {
      const k = this.sessionIndex.get(id);
      if (k === undefined) return null;
      if (!refs.includes(k)) refs.push(k);
    }
    return refs.length === 0
      ? null
      : { refs, days: rule.days, working: rule.calendar === 'working' };
  }

  /**
   * Session k was just held at unit u: the action plans whose `after` rule
   * counts from it get their deadline from the held date, at u and — for a
   * session of an upper tier — at every unit below u at the action plan's
   * tier; what is overdue as of today follows.
   */
  private moveAfterDeadlines(k: number, u: number): void {
    const tierOfU = this.idx.tierOf[u]!;
    for (const a of this.dependents[k]!) {
      const apTiers = this.actionPlanTierSet(a);
      if (apTiers.has(tierOfU)) this.recomputeAfter(a, u, u);
      else
        this.forEachBelow(u, (w) => {
          if (apTiers.has(this.idx.tierOf[w]!)) this.recomputeAfter(a, w, u);
        });
    }
  }

  private readonly apTierSets = new Map<number, Set<number>>();
  private actionPlanTierSet(a: number): Set<number> {
    let set = this.apTierSets.get(a);
    if (!set) {
      set = new Set();
      this.actionPlansByTier.forEach((list, t) => {
        if (list.includes(a)) set!.add(t);
      });
      this.apTierSets.set(a, set);
    }
    return set;
  }

  /** Calls `fn` for every unit strictly below u (iterative). */
  private forEachBelow(u: number, fn: (w: number) => void): void {
    if (!this.children) this.children = childLists(this.idx.parent);
    const { off, list } = this.children;
    const stack = [u];
    while (stack.length > 0) {
      const x = stack.pop()!;
      for (let i = off[x]!, end = off[x + 1]!; i < end; i++) {
        const w = list[i]!;
        fn(w);
        stack.push(w);
      }
    }
  }

  /** The unit at or above w whose node of session k counts (w itself, or its ancestor at k's tier). */
  private unitOfSession(k: number, w: number): number {
    const t = this.sessionTier[k]!;
    const parent = this.idx.parent;
    for (let x = w; x >= 0; x = parent[x]!) if (this.idx.tierOf[x] === t) return x;
    return -1;
  }

  /** Remakes action plan a's deadline at unit w from its reference sessions' held (or planned) ends. */
  private recomputeAfter(a: number, w: number, heldAt: number): void {
    const info = this.actionPlanAfter[a]!;
    let re = Number.NEGATIVE_INFINITY;
    for (const r of info.refs) {
      const at = this.unitOfSession(r, w);
      const x = at >= 0 ? at : heldAt;
      const s = this.sessions[r]!;
      const end =
        this.status[r]![x] === HELD
          ? this.heldDay[r]![x]! + Math.max(1, Math.ceil(s.duration.halfDays / 2)) - 1
          : this.sessionDeadline[r]![x]!;
      if (end === NO_DEADLINE) return;
      if (end > re) re = end;
    }
    let due = info.working ? this.calendar.addWorkingEpochDays(re, info.days) : re + info.days;
    if (!info.working && this.nextWorkingDeadline && !Number.isNaN(due))
      due = this.calendar.nextWorkingEpochDay(due);
    const next = Number.isNaN(due) ? NO_DEADLINE : due;
    const arr = this.actionPlanDeadline[a]!;
    const old = arr[w]!;
    if (old === next) return;
    arr[w] = next;
    if (this.issued[a]![w] !== 0) return;
    const today = this.todayDay;
    const was = old !== NO_DEADLINE && old < today ? 1 : 0;
    const now = next !== NO_DEADLINE && next < today ? 1 : 0;
    if (was === now) return;
    if (w === heldAt) this.pend(F.apOverdue, now - was);
    else this.add(w, F.apOverdue, now - was);
  }

  /** A session that was overdue is done now: it no longer counts as overdue. */
  private clearOverdue(deadline: number): void {
    if (deadline !== NO_DEADLINE && deadline < this.todayDay) {
      this.pend(F.sOverdue, -1);
      this.pend(F.sDaysLate, -(this.todayDay - deadline));
    }
  }

  private countAttendance(e: Extract<ProgressEvent, { kind: 'session-held' }>): void {
    let present = 0;
    let expected = 0;
    let presentCounted = 0;
    if (e.byAudience !== undefined) {
      let sum = 0;
      for (let i = 0; i < e.byAudience.length; i++) {
        const a = e.byAudience[i]!;
        if (a.expected !== undefined && a.present > a.expected) {
          this.report('progress/inconsistent-counts', ['byAudience', i, 'present'], {
            detail: `${a.audience}: ${a.present} > ${a.expected}`,
          });
          return;
        }
        sum += a.present;
        present += a.present;
        if (a.expected !== undefined) {
          expected += a.expected;
          presentCounted += a.present;
        }
      }
      if (e.attendees !== undefined && sum !== e.attendees.present) {
        this.report('progress/inconsistent-counts', ['byAudience'], {
          detail: `Σ ${sum} ≠ ${e.attendees.present}`,
        });
      }
    }
    if (e.attendees !== undefined) {
      const a = e.attendees;
      if (a.expected !== undefined && a.present > a.expected) {
        this.report('progress/inconsistent-counts', ['attendees', 'present'], {
          detail: `${a.present} > ${a.expected}`,
        });
        return;
      }
      present = a.present;
      expected = a.expected ?? 0;
      presentCounted = a.expected !== undefined ? a.present : 0;
    }
    if (present !== 0) this.pend(F.aPresent, present);
    if (expected !== 0) this.pend(F.aExpected, expected);
    if (presentCounted !== 0) this.pend(F.aPresentCounted, presentCounted);
  }

  /** A fast check of what the roll-up reads; anything else goes through the schema. */
  private shapeOk(x: unknown): x is ProgressEvent {
    if (!isObject(x)) return false;
    if (!isId(x.unit) || !isId(x.recordedBy) || typeof x.recordedAt !== 'string') return false;
    if (x.id !== undefined && !isId(x.id)) return false;
    if (x.recordedAt !== this.lastRecordedAt) {
      if (!DATE_TIME.test(x.recordedAt)) return false;
      this.lastRecordedAt = x.recordedAt;
    }
    switch (x.kind) {
      case 'session-held': {
        if (!isId(x.session) || Number.isNaN(this.day(x.date))) return false;
        const m = x.method;
        if (m !== 'online' && m !== 'in-person' && m !== 'broadcast' && m !== 'self-study')
          return false;
        if (!optCount(x.bridgePoints)) return false;
        if (x.attendees === undefined && x.byAudience === undefined) return false;
        if (x.attendees !== undefined) {
          const a = x.attendees;
          if (!isObject(a) || !isCount(a.present) || !optCount(a.expected)) return false;
        }
        if (x.byAudience !== undefined) {
          const list = x.byAudience;
          if (!Array.isArray(list) || list.length === 0) return false;
          for (const a of list as unknown[]) {
            if (!isObject(a) || !isId(a.audience) || !isCount(a.present) || !optCount(a.expected))
              return false;
          }
        }
        return true;
      }
      case 'session-skipped':
        return isId(x.session) && isId(x.exemption) && !Number.isNaN(this.day(x.date));
      case 'reflections-submitted':
        return (
          (x.session === undefined || isId(x.session)) &&
          (x.date === undefined || !Number.isNaN(this.day(x.date))) &&
          isCount(x.submitted) &&
          optCount(x.expected)
        );
      case 'action-plan-issued':
        return (
          isId(x.reference) &&
          !Number.isNaN(this.day(x.date)) &&
          (x.deliverable === undefined || isId(x.deliverable))
        );
      case 'report-sent':
        return !Number.isNaN(this.day(x.date)) && (x.period === undefined || isId(x.period));
      case 'inspection-done':
        return !Number.isNaN(this.day(x.date)) && (x.by === undefined || isId(x.by));
      default:
        return false;
    }
  }
}

/** The content of an event without its id and recording details: equal content, same fact. */
/** Units ordered so that every unit comes before its parent (deepest first), in O(units). */
function upwardOrder(parent: Int32Array): Int32Array {
  const n = parent.length;
  const depth = new Int32Array(n).fill(-1);
  const walk: number[] = [];
  let maxDepth = 0;
  for (let i = 0; i < n; i++) {
    if (depth[i]! >= 0) continue;
    walk.length = 0;
    let x = i;
    while (x >= 0 && depth[x]! < 0) {
      walk.push(x);
      x = parent[x]!;
    }
    let d = x >= 0 ? depth[x]! : -1;
    for (let j = walk.length - 1; j >= 0; j--) depth[walk[j]!] = ++d;
    if (d > maxDepth) maxDepth = d;
  }
  // Counting sort by depth, deepest first.
  const count = new Int32Array(maxDepth + 2);
  for (let i = 0; i < n; i++) count[maxDepth - depth[i]! + 1]!++;
  for (let d = 1; d < count.length; d++) count[d]! += count[d - 1]!;
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[count[maxDepth - depth[i]!]!++] = i;
  return order;
}

/** The children of every unit, in CSR form. */
function childLists(parent: Int32Array): { off: Int32Array; list: Int32Array } {
  const n = parent.length;
  const off = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) if (parent[i]! >= 0) off[parent[i]! + 1]!++;
  for (let i = 0; i < n; i++) off[i + 1]! += off[i]!;
  const fill = off.slice(0, n);
  const list = new Int32Array(off[n]!);
  for (let i = 0; i < n; i++) if (parent[i]! >= 0) list[fill[parent[i]!]!++] = i;
  return { off, list };
}

function contentKey(e: ProgressEvent): string {
  switch (e.kind) {
    case 'session-held':
      return JSON.stringify([
        e.kind,
        e.unit,
        e.session,
        e.date,
        e.method,
        e.bridgePoints ?? null,
        e.attendees ? [e.attendees.present, e.attendees.expected ?? null] : null,
        e.byAudience ? e.byAudience.map((a) => [a.audience, a.present, a.expected ?? null]) : null,
      ]);
    case 'session-skipped':
      return JSON.stringify([e.kind, e.unit, e.session, e.date, e.exemption]);
    case 'reflections-submitted':
      return JSON.stringify([
        e.kind,
        e.unit,
        e.session ?? null,
        e.date ?? null,
        e.submitted,
        e.expected ?? null,
      ]);
    case 'action-plan-issued':
      return JSON.stringify([e.kind, e.unit, e.reference, e.date, e.deliverable ?? null]);
    case 'report-sent':
      return JSON.stringify([e.kind, e.unit, e.date, e.period ?? null]);
    case 'inspection-done':
      return JSON.stringify([e.kind, e.unit, e.date, e.by ?? null]);
  }
}

/**
 * Starts an empty roll-up of a plan over a unit tree, ready for {@link applyEvent}.
 *
 * @remarks Indexes the units (integer indexes, typed-array counters), works
 * out each unit's deadlines and counts what is already overdue on `today`.
 * Units sit at the plan tier named by `unit.tier`, else at the first tier of
 * their level. Without `units`, each tier stands for one unit whose id is the
 * tier id. A session whose rule is `held` counts as held on that day at every
 * unit of its tier. Problems with the tree (duplicate ids, unknown parents,
 * cycles) become issues; nothing throws.
 * @param plan - A valid plan (see {@link parsePlan}).
 * @param options - The unit tree and `today` (an ISO date; never the clock).
 * @returns A live {@link ProgressRollup}.
 * @example
 * ```ts
 * const live = createRollup(plan985KhHndt, { today: '2020-09-20' });
 * live.unit('district')?.own.sessions.overdue; // => 1 (due 15/9, not held)
 * applyEvent(live, {
 *   kind: 'session-held', unit: 'district', session: 's-district', date: '2020-09-18', method: 'online',
 *   attendees: { present: 40, expected: 42 }, recordedBy: 'Ban Tuyên giáo', recordedAt: '2020-09-18T17:00:00+07:00',
 * });
 * live.unit('district')?.own.sessions.heldLate; // => 1
 * ```
 * @see {@link applyEvent}, {@link rollup}
 * @category Progress
 */
export function createRollup(plan: ReadonlyPlan, options: RollupOptions = {}): ProgressRollup {
  // Read only: createRollup never changes what it is given (the fuzz tests check it).
  return createRollupOf(plan as Plan, options);
}

function createRollupOf(plan: Plan, options: RollupOptions = {}): ProgressRollup {
  return safeState(plan, options);
}

/** An empty plan, for a roll-up of input that is not a plan. */
const NO_PLAN: Plan = {
  header: {
    issuer: { name: '—', kind: 'party' },
    reference: '—',
    place: '—',
    title: '—',
  },
  resolutions: [],
  tiers: [],
  audiences: [],
  materials: [],
  sessions: [],
  deliverables: [],
  recipients: [],
};

/**
 * A roll-up of a plan; for input that is not a plan (a caller without types),
 * an empty roll-up whose issues say so (`schema/unreadable`), never a throw.
 */
function safeState(plan: Plan, options: RollupOptions): RollupState {
  try {
    return new RollupState(plan, options);
  } catch (error) {
    const state = new RollupState(NO_PLAN, {});
    const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    state.issueList.push(createIssue('schema/unreadable', [], { reason: reason.slice(0, 200) }));
    return state;
  }
}

/**
 * Adds one event to a live roll-up, updating only the unit and its ancestors.
 *
 * @remarks O(depth of the tree): well under a millisecond on a national tree.
 * The roll-up is updated in place (it is the accumulator; the event is not
 * touched). Events with an `id` already seen, or without an id and with the
 * same content as one already seen (`recordedBy`/`recordedAt` aside), are
 * counted once (`progress/duplicate-event`). A session held on two different
 * dates, held and skipped, or an action plan issued twice, is a
 * `progress/contradictory-event`: the later event is not counted. A skip
 * counts as done only under the session's own exemption
 * (`progress/invalid-exemption`). Counts that do not add up (more present
 * than expected) are `progress/inconsistent-counts`: the session still counts
 * as held, its figures are left out. Unknown units and activities are issues,
 * never a crash. Folding every event of a list through `applyEvent` gives
 * exactly what {@link rollup} gives for that list.
 * @param state - A roll-up made by {@link createRollup} or {@link rollup}.
 * @param event - One event (input of unknown shape is checked against {@link ProgressEventSchema}).
 * @param at - Where the event is, for issue paths (default `['events', n]`, n counting from 0).
 * @returns The issues this event raised (also kept in `state.issues`).
 * @throws TypeError when `state` was not made by {@link createRollup} or {@link rollup}.
 * @example
 * ```ts
 * const live = createRollup(plan985KhHndt, { today: '2020-10-20' });
 * applyEvent(live, { kind: 'report-sent', unit: 'nowhere', date: '2020-10-01',
 *   recordedBy: 'VP', recordedAt: '2020-10-01T08:00:00Z' })[0]?.code; // => 'progress/unknown-unit'
 * ```
 * @see {@link createRollup}
 * @category Progress
 */
export function applyEvent(state: ProgressRollup, event: ProgressEvent, at?: IssuePath): Issue[] {
  if (!(state instanceof RollupState))
    throw new TypeError('applyEvent: the state was not made by createRollup or rollup');
  return state.apply(event, at);
}

/**
 * Rolls progress events up a unit tree: per unit, per subtree, per tier.
 *
 * @remarks Sessions held / due / late (with days late as of `today`),
 * attendance rate, bridge points, reflections rate, action plans issued, and
 * the overdue list sorted by lateness. Exemptions are honoured (a skip under
 * the session's exemption counts as done, never late). See
 * {@link applyEvent} for duplicates and contradictions. Equals folding
 * {@link applyEvent} over the events from {@link createRollup}. The events
 * are read once, in order, and may be any iterable (a generator reading a
 * file line by line), so millions of them need not be held in memory.
 * Neither the plan nor the events are mutated; ask the result for plain data
 * (`unit(id)`, `tiers`, `overdue()`, `toJSON()`).
 * @param plan - A valid plan.
 * @param events - The events, in the order they were recorded.
 * @param options - The unit tree and `today`.
 * @returns A live {@link ProgressRollup}; `JSON.stringify` gives its {@link RollupResult}.
 * @example
 * ```ts
 * const result = rollup(plan985KhHndt, [
 *   { kind: 'session-held', unit: 'district', session: 's-district', date: '2020-09-12', method: 'online',
 *     bridgePoints: 3, attendees: { present: 85, expected: 90 },
 *     recordedBy: 'Ban Tuyên giáo', recordedAt: '2020-09-12T17:00:00+07:00' },
 * ], { today: '2020-09-20' });
 * result.unit('district')?.own.attendance.rate; // => 0.9444444444444444
 * result.tiers.map((t) => t.counts.sessions.held); // => [1, 1, 0]
 * ```
 * @see {@link createRollup}, {@link applyEvent}
 * @category Progress
 */
export function rollup(
  plan: ReadonlyPlan,
  events: Iterable<ProgressEvent>,
  options: RollupOptions = {},
): ProgressRollup {
  // Read only: rollup never changes what it is given (the fuzz tests check it).
  return rollupOf(plan as Plan, events, options);
}

function rollupOf(
  plan: Plan,
  events: Iterable<ProgressEvent>,
  options: RollupOptions = {},
): ProgressRollup {
  const state = safeState(plan, options);
  try {
    for (const e of events) state.apply(e, undefined);
  } catch (error) {
    // The events could not be iterated (a throwing iterator): what was read stays counted.
    const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    state.issueList.push(
      createIssue('schema/unreadable', ['events'], { reason: reason.slice(0, 200) }),
    );
  }
  return state;
}
