import type { IsoDate } from '../calendar/iso-date.js';
import type { WorkingCalendar } from '../calendar/working-calendar.js';
import type { TierLevel } from '../model/tier.js';
import type { Unit } from '../model/unit.js';
import type { Issue } from '../validate/issue.js';

/**
 * The progress figures of one unit, one subtree, one tier or the whole nation.
 *
 * @remarks Plain data. Sessions are counted per (unit × session the unit must
 * hold). A session is *due* once its deadline has come (deadline ≤ `today`);
 * *held late* when held after its deadline; *overdue* when neither held nor
 * exempted and its deadline has passed (deadline < `today`: *hoàn thành trước
 * ngày D* is read as "done by D", inclusive). `late` = `heldLate` + `overdue`,
 * and `daysLate` sums the days late of all of them (an overdue one counts
 * `today − deadline`). Rates are `null` when nothing was expected.
 * @category Progress
 */
export interface ProgressCounts {
  /** Study sessions (*hội nghị học tập, quán triệt*). */
  readonly sessions: {
    /** Sessions the units must hold (units × sessions of their tier). */
    readonly expected: number;
    /** Of those, the ones whose deadline has come (deadline ≤ today). */
    readonly due: number;
    /** Held (*đã tổ chức*). */
    readonly held: number;
    /** Not held under an exemption (*được miễn*): counted as done, never late. */
    readonly exempted: number;
    /** `held + exempted`: the sessions done. */
    readonly done: number;
    /** Held after the deadline. */
    readonly heldLate: number;
    /** Neither held nor exempted, deadline passed. */
    readonly overdue: number;
    /** `heldLate + overdue` (*chậm*). */
    readonly late: number;
    /** The days late, summed over the late sessions. */
    readonly daysLate: number;
  };
  /** Attendance (*dự học*). */
  readonly attendance: {
    /** People present, all reports. */
    readonly present: number;
    /** People expected, over the reports that give an expected figure. */
    readonly expected: number;
    /** Present / expected over the reports that give both; `null` when none. */
    readonly rate: number | null;
  };
  /** Bridge points (*điểm cầu*) run. */
  readonly bridgePoints: number;
  /** Personal reflections (*thu hoạch*). */
  readonly reflections: {
    /** Handed in. */
    readonly submitted: number;
    /** Expected, over the reports that give an expected figure. */
    readonly expected: number;
    /** Submitted / expected over the reports that give both; `null` when none. */
    readonly rate: number | null;
  };
  /** Action plans (*kế hoạch hành động*). */
  readonly actionPlans: {
    /** Action plans the units must issue. */
    readonly expected: number;
    /** Issued. */
    readonly issued: number;
    /** Not issued, deadline passed. */
    readonly overdue: number;
  };
  /** Reports sent upward (*báo cáo*). */
  readonly reports: number;
  /** Inspections done (*kiểm tra*). */
  readonly inspections: number;
  /** Events counted (after duplicates and rejected events are left out). */
  readonly events: number;
}

/**
 * The progress of one unit: its own figures and those of its subtree.
 *
 * @category Progress
 */
export interface UnitProgress {
  /** The unit id. */
  readonly unit: string;
  /** The unit's name. */
  readonly name: string;
  /** The plan tier id the unit sits at, or `null` when the plan has none for it. */
  readonly tier: string | null;
  /** The unit's level. */
  readonly level: TierLevel;
  /** The parent unit id, or `null` at a root. */
  readonly parent: string | null;
  /** The unit's own figures. */
  readonly own: ProgressCounts;
  /** The figures of the unit and every unit below it. */
  readonly subtree: ProgressCounts;
}

/**
 * The progress of one tier: the sum of its units' own figures.
 *
 * @category Progress
 */
export interface TierProgress {
  /** The tier id. */
  readonly tier: string;
  /** The tier's name. */
  readonly name: string;
  /** The tier's level. */
  readonly level: TierLevel;
  /** How many units sit at this tier. */
  readonly units: number;
  /** The sum of their own figures. */
  readonly counts: ProgressCounts;
}

/**
 * One overdue item: a session or an action plan not done, deadline passed.
 *
 * @category Progress
 */
export interface OverdueItem {
  /** The unit id. */
  readonly unit: string;
  /** The unit's name. */
  readonly name: string;
  /** The tier id. */
  readonly tier: string;
  /** The session or deliverable id. */
  readonly activity: string;
  /** `session` or `action-plan`. */
  readonly kind: 'session' | 'action-plan';
  /** The deadline (the last allowed day). */
  readonly deadline: IsoDate;
  /** `today − deadline`, in days (≥ 1). */
  readonly daysLate: number;
}

/**
 * What was done with the events read.
 *
 * @category Progress
 */
export interface RollupEventStats {
  /** Events given to the roll-up. */
  readonly read: number;
  /** Counted. */
  readonly accepted: number;
  /** Left out as duplicates (`progress/duplicate-event`). */
  readonly duplicates: number;
  /** Left out for another issue (unknown unit, contradiction, bad shape …). */
  readonly rejected: number;
}

/**
 * The whole roll-up as plain JSON data: what `rollout progress --format json`
 * prints and what a progress report is rendered from.
 *
 * @remarks The shape is stable (`format: 'rollout/progress'`, `version: 1`).
 * `units` lists every unit, in the tree's order, unless the roll-up was asked
 * for without them (a nation has tens of thousands); `overdue` is sorted by
 * days late, most first, then unit id, then activity id.
 * @category Progress
 */
export interface RollupResult {
  /** Always `'rollout/progress'`. */
  readonly format: 'rollout/progress';
  /** The version of this shape: `1`. */
  readonly version: 1;
  /** The day lateness is measured on, or `null` when none was given. */
  readonly today: IsoDate | null;
  /** The figures of the whole tree. */
  readonly totals: ProgressCounts;
  /** One entry per plan tier, from the top down. */
  readonly tiers: TierProgress[];
  /** Every unit, or `null` when left out. */
  readonly units: UnitProgress[] | null;
  /** Overdue items, most late first (at most the requested number). */
  readonly overdue: OverdueItem[];
  /** The number of overdue items in all. */
  readonly overdueTotal: number;
  /** What was done with the events. */
  readonly events: RollupEventStats;
  /** Issues met: unknown units and activities, duplicates, contradictions … */
  readonly issues: Issue[];
}

/**
 * The options of {@link rollup} and {@link createRollup}.
 *
 * @category Progress
 */
export interface RollupOptions {
  /**
   * The real tree of units. Without it, each plan tier stands for one unit
   * whose id is the tier id (events then name tier ids as units).
   */
  readonly units?: readonly Unit[];
  /** The day lateness is measured on (never read from the clock). Without it nothing is due. */
  readonly today?: IsoDate;
  /** Which days are working days (default Vietnam's, {@link workingCalendar}). */
  readonly calendar?: WorkingCalendar;
  /** What a deadline on a day off means; see {@link ScheduleOptions.dayOffDeadline}. */
  readonly dayOffDeadline?: 'keep' | 'next-working-day';
}

/**
 * The options of {@link ProgressRollup.toJSON}.
 *
 * @category Progress
 */
export interface RollupJsonOptions {
  /** Include every unit (default `true`). */
  readonly units?: boolean;
  /** At most this many overdue items (default: all). */
  readonly overdueLimit?: number;
}

/**
 * A live roll-up: the counters of every unit, updated one event at a time.
 *
 * @remarks Made by {@link createRollup} (empty) or {@link rollup} (with
 * events); {@link applyEvent} adds one event in O(depth of the tree). The
 * counters live in typed arrays indexed by unit; plain objects are made only
 * when asked for (`unit(id)`, `tiers`, `overdue()`, `toJSON()`), so a nation
 * of 100,000 units and millions of events stays small. `JSON.stringify`
 * writes the whole {@link RollupResult}.
 * @category Progress
 */
export interface ProgressRollup {
  /** The day lateness is measured on, or `null`. */
  readonly today: IsoDate | null;
  /** The figures of the whole tree. */
  readonly totals: ProgressCounts;
  /** One entry per plan tier, from the top down. */
  readonly tiers: TierProgress[];
  /** Issues met so far (a copy). */
  readonly issues: Issue[];
  /** What was done with the events so far. */
  readonly events: RollupEventStats;
  /** The number of units in the tree. */
  readonly size: number;
  /**
   * The progress of one unit (own and subtree figures).
   *
   * @param id - A unit id.
   * @returns Its progress, or `undefined` for an unknown id.
   */
  unit(id: string): UnitProgress | undefined;
  /**
   * The overdue items, most late first.
   *
   * @param limit - At most this many (default: all).
   * @returns The items, sorted by days late, then unit id, then activity id.
   */
  overdue(limit?: number): OverdueItem[];
  /**
   * The whole roll-up as plain data.
   *
   * @param options - Whether to list every unit, and how many overdue items.
   * @returns A new {@link RollupResult}.
   */
  toJSON(options?: RollupJsonOptions): RollupResult;
}
