import type { IsoDate } from '../calendar/iso-date.js';
import type { WorkingCalendar } from '../calendar/working-calendar.js';
import type { Unit } from '../model/unit.js';
import type { Issue } from '../validate/issue.js';

/**
 * One node of the schedule: an activity (a session or a deliverable) at a tier,
 * or at one unit when a unit tree is given.
 *
 * @remarks This is the stable JSON shape `rollout schedule --format json`
 * prints. `earliest` is the first day the activity can happen (forward pass);
 * `latest` the last day it may happen without making any deadline below it
 * impossible (backward pass); `deadline` the last day its own rule allows, or
 * `null` where no rule bounds it; `slack` is `latest − earliest` in calendar
 * days and `slackWorkingDays` the same in working days; `feasible` is
 * `earliest <= latest`. A session's `earliest` and `latest` are working days
 * (a held date is a fact and stays as it is).
 * @category Cascade
 */
export interface ScheduleNode {
  /** The session or deliverable id. */
  readonly activity: string;
  /** The tier id. */
  readonly tier: string;
  /** The unit id, when the schedule runs over a unit tree. */
  readonly unit?: string;
  /** The first day the activity can happen. */
  readonly earliest: IsoDate | null;
  /** The last day it may happen. */
  readonly latest: IsoDate | null;
  /** The last day its own rule allows, or `null`. */
  readonly deadline: IsoDate | null;
  /** `latest − earliest`, in calendar days (negative when infeasible), or `null` when either is open. */
  readonly slack: number | null;
  /**
   * The same slack counted in working days: the working days after `earliest`
   * up to and including `latest` (negative when infeasible), or `null`.
   */
  readonly slackWorkingDays: number | null;
  /** Whether a date satisfies every rule. */
  readonly feasible: boolean;
}

/**
 * A session held (or a deliverable handed in) on a date: a fact that replaces the rule.
 *
 * @category Cascade
 */
export interface Actual {
  /** The session or deliverable id. */
  readonly activity: string;
  /** The unit that held it; absent when it holds for the whole tier. */
  readonly unit?: string;
  /** The date it was held. */
  readonly date: IsoDate;
}

/**
 * The result of {@link schedule}: plain data that survives `JSON.stringify`.
 *
 * @category Cascade
 */
export interface ScheduleResult {
  /** The nodes, in a stable order (tiers top-down, then activity order, then unit order). */
  readonly nodes: ScheduleNode[];
  /** Cycles, infeasible deadlines, late units and other findings. */
  readonly issues: Issue[];
}

/**
 * A minimum gap between an upper tier's session and a lower tier's session
 * that learns from it.
 *
 * @remarks The lower session starts no earlier than the `days`-th (working or
 * calendar) day after the upper session's last day, and never on that last
 * day itself. Without a gap the lower session may start the day after.
 * @example Communes need five working days after their district
 * ```ts
 * const gap: ScheduleGap = { days: 5, calendar: 'working' };
 * ```
 * @category Cascade
 */
export interface ScheduleGap {
  /** How many days, 0 or more. */
  readonly days: number;
  /** `working` counts working days only (see {@link WorkingCalendar}); `calendar` every day. */
  readonly calendar: 'working' | 'calendar';
}

/**
 * The options of {@link schedule}.
 *
 * @category Cascade
 */
export interface ScheduleOptions {
  /** The real tree of units; without it, the schedule runs per tier. */
  readonly units?: readonly Unit[];
  /** Which days are working days (defaults to Vietnam's calendar, {@link workingCalendar}). */
  readonly calendar?: WorkingCalendar;
  /** Dates already held. */
  readonly actuals?: readonly Actual[];
  /** Today's date, for lateness; never read from the clock. */
  readonly today?: IsoDate;
  /**
   * The least gap between every upper session and each lower session that
   * learns from it (default: the lower one may start the day after).
   */
  readonly minGap?: ScheduleGap;
  /** Gaps per lower tier id, overriding {@link ScheduleOptions.minGap} for that tier. */
  readonly minGapByTier?: Readonly<Record<string, ScheduleGap>>;
  /**
   * Units (or, for tiers without units, tier ids) whose audience attended the
   * upper session named by a session's `exemption`: they hold no session of
   * their own for it, and whatever follows their session (their action plan,
   * their reflections, the units below them) follows that upper session.
   */
  readonly exempt?: readonly string[];
  /**
   * What a deadline that falls on a day off means: `'keep'` (the default)
   * keeps the plan's own day — the date the issuing body wrote is the date
   * units are held to, and a warning (`date/deadline-on-day-off`) names the
   * holiday so the clerk can see it; `'next-working-day'` moves it to the next
   * working day, as the Civil Code does for time limits (Bộ luật Dân sự 2015,
   * art. 148(5): a time limit whose last day is a day off ends with the next
   * working day). It applies to every deadline, `after` rules included, and so
   * to `latest`, `deadline`, feasibility and lateness.
   */
  readonly dayOffDeadline?: 'keep' | 'next-working-day';
}
