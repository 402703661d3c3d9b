import {
  type Actual,
  AudienceSchema,
  DeliverableSchema,
  IdSchema,
  ImplementationItemSchema,
  type Issue,
  MaterialSchema,
  type Plan,
  PlanHeaderSchema,
  PlanSchema,
  type ProgressEvent,
  parsePlan,
  RecipientSchema,
  ResolutionSchema,
  type ScheduleNode,
  SessionSchema,
  SignatureSchema,
  schedule,
  TextSchema,
  TierSchema,
  type Unit,
  validatePlan,
  type WorkingCalendar,
  workingCalendar,
} from '@rollout/core';
import { type Path, pathKey } from './edit.js';
import { sortIssues } from './names.js';

/** What the app knows about a plan after each edit: issues, the cascade, what is red and why. */
export interface Analysis {
  readonly plan: Plan;
  /** Whether the plan has the shape of the model (else only shape issues are known). */
  readonly shapeOk: boolean;
  /** Every issue, errors first. */
  readonly issues: readonly Issue<string>[];
  readonly counts: { readonly error: number; readonly warning: number; readonly info: number };
  /** The cascade's nodes by tier (of the last plan of the right shape). */
  readonly nodes: readonly ScheduleNode[];
  /** The cascade's nodes per unit, when a unit tree is loaded. */
  readonly unitNodes: readonly ScheduleNode[] | null;
  /** Error issues per activity id, and per `activity|unit` for a unit's own (from path or params). */
  readonly errorsByActivity: ReadonlyMap<string, readonly Issue<string>[]>;
  /** Issues per field path key and every prefix of it (`sessions.1.deadline`, `sessions.1`, `sessions`). */
  readonly issuesByPath: ReadonlyMap<string, readonly Issue<string>[]>;
  /** Milliseconds the checks and the cascade took. */
  readonly millis: number;
}

export interface AnalyseOptions {
  readonly units?: readonly Unit[] | null;
  readonly events?: readonly ProgressEvent[];
  readonly today?: string | null;
  /** The previous analysis: its nodes are kept while the plan's shape is broken. */
  readonly previous?: Analysis | null;
  /** The working calendar (default Vietnam's, as `rollout validate` and `schedule` use). */
  readonly calendar?: WorkingCalendar;
}

let vietnam: WorkingCalendar | undefined;
/** Vietnam's working calendar, made once (its year tables are kept between edits). */
export function vietnamCalendar(): WorkingCalendar {
  vietnam ??= workingCalendar();
  return vietnam;
}

/** The actual dates the progress records give (a session held by a unit, or a tier). */
export function actualsOf(events: readonly ProgressEvent[]): Actual[] {
  const out: Actual[] = [];
  for (const e of events) {
    if (e.kind === 'session-held') out.push({ activity: e.session, unit: e.unit, date: e.date });
  }
  return out;
}

function activityOfPath(plan: Plan, path: Path): string | undefined {
  const [head, index] = path;
  if (typeof index !== 'number') return undefined;
  if (head === 'sessions') return plan.sessions[index]?.id;
  if (head === 'deliverables') return plan.deliverables[index]?.id;
  return undefined;
}

interface Checkable {
  safeParse(value: unknown): { success: boolean };
}

/** Each top-level key of a plan and the schema of its value (`list` for each item of an array). */
const PARTS: Record<string, { schema: Checkable; list: boolean; optional: boolean }> = {
  id: { schema: IdSchema, list: false, optional: true },
  header: { schema: PlanHeaderSchema, list: false, optional: false },
  intro: { schema: TextSchema, list: false, optional: true },
  resolutions: { schema: ResolutionSchema, list: true, optional: false },
  purposes: { schema: TextSchema, list: true, optional: true },
  requirements: { schema: TextSchema, list: true, optional: true },
  content: { schema: TextSchema, list: true, optional: true },
  methodNotes: { schema: TextSchema, list: true, optional: true },
  actionPlanNotes: { schema: TextSchema, list: true, optional: true },
  tiers: { schema: TierSchema, list: true, optional: false },
  audiences: { schema: AudienceSchema, list: true, optional: false },
  materials: { schema: MaterialSchema, list: true, optional: false },
  sessions: { schema: SessionSchema, list: true, optional: false },
  deliverables: { schema: DeliverableSchema, list: true, optional: false },
  implementation: { schema: ImplementationItemSchema, list: true, optional: true },
  recipients: { schema: RecipientSchema, list: true, optional: false },
  signature: { schema: SignatureSchema, list: false, optional: true },
};

/** Parts already checked: an edit copies only what it changes, so the rest is not checked again. */
const checked = new WeakMap<object, boolean>();

function partOk(schema: Checkable, value: unknown): boolean {
  const key = value !== null && typeof value === 'object' ? value : null;
  const known = key ? checked.get(key) : undefined;
  if (known !== undefined) return known;
  const ok = schema.safeParse(value).success;
  if (key) checked.set(key, ok);
  return ok;
}

/**
 * Whether a plan has the model's shape, as `PlanSchema.safeParse` says, but
 * checking only the parts an edit made anew (each session, deliverable … with
 * its own exported schema, results kept per object). A key this table does not
 * know (a newer model) sends the plan to `PlanSchema` whole.
 */
export function hasPlanShape(plan: unknown): boolean {
  if (plan === null || typeof plan !== 'object' || Array.isArray(plan)) return false;
  const known = checked.get(plan);
  if (known !== undefined) return known;
  const record = plan as Record<string, unknown>;
  let ok = true;
  const unknownKey = Object.keys(record).some((key) => !Object.hasOwn(PARTS, key));
  if (unknownKey) ok = PlanSchema.safeParse(plan).success;
  else
    for (const [key, part] of Object.entries(PARTS)) {
      const value = record[key];
      if (value === undefined) ok = part.optional;
      else if (part.list)
        ok = Array.isArray(value) && value.every((item) => partOk(part.schema, item));
      else ok = partOk(part.schema, value);
      if (!ok) break;
    }
  checked.set(plan, ok);
  return ok;
}

/** Checks and schedules a plan: validation, the cascade over tiers or units, issues sorted. */
export function analyse(plan: Plan, options: AnalyseOptions = {}): Analysis {
  const started = performance.now();
  const shapeOk = hasPlanShape(plan);
  let issues: Issue<string>[];
  let nodes: readonly ScheduleNode[];
  let unitNodes: readonly ScheduleNode[] | null = null;
  if (!shapeOk) {
    issues = parsePlan(plan).issues;
    nodes = options.previous?.nodes ?? [];
    unitNodes = options.previous?.unitNodes ?? null;
  } else {
    const calendar = options.calendar ?? vietnamCalendar();
    issues = validatePlan(plan, { calendar });
    const events = options.events ?? [];
    const units = options.units && options.units.length > 0 ? options.units : undefined;
    const actuals = actualsOf(events);
    const live = {
      calendar,
      ...(actuals.length > 0 ? { actuals } : {}),
      ...(options.today ? { today: options.today } : {}),
    };
    const run = (o: Parameters<typeof schedule>[1]) => {
      try {
        return schedule(plan, o);
      } catch {
        return { nodes: [], issues: [] };
      }
    };
    // By tier always (the chart's rows); over the unit tree too when there is one.
    const byTier = run(units ? { calendar } : live);
    const byUnit = units ? run({ units, ...live }) : null;
    nodes = byTier.nodes;
    unitNodes = byUnit?.nodes ?? null;
    const extra = byUnit ? [...byUnit.issues, ...byTier.issues] : byTier.issues;
    const keyOf = (i: Issue<string>) =>
      `${i.code} ${pathKey(i.path)} ${String(i.params.unit ?? '')}`;
    const seen = new Set(issues.map(keyOf));
    for (const i of extra) {
      const k = keyOf(i);
      if (seen.has(k)) continue;
      seen.add(k);
      issues.push(i);
    }
  }
  const sorted = sortIssues(issues);
  const counts = { error: 0, warning: 0, info: 0 };
  const errorsByActivity = new Map<string, Issue<string>[]>();
  const issuesByPath = new Map<string, Issue<string>[]>();
  const push = <K>(map: Map<K, Issue<string>[]>, k: K, issue: Issue<string>) => {
    const list = map.get(k);
    if (list) list.push(issue);
    else map.set(k, [issue]);
  };
  for (const issue of sorted) {
    counts[issue.severity] += 1;
    for (let n = issue.path.length; n >= 1; n--)
      push(issuesByPath, pathKey(issue.path.slice(0, n)), issue);
    if (issue.severity !== 'error') continue;
    const ids = new Set<string>();
    const fromPath = activityOfPath(plan, issue.path);
    if (fromPath) ids.add(fromPath);
    const named = issue.params.activity;
    if (typeof named === 'string') ids.add(named);
    const unit = issue.params.unit;
    for (const id of ids) {
      push(errorsByActivity, id, issue);
      if (typeof unit === 'string') push(errorsByActivity, `${id}|${unit}`, issue);
    }
  }
  return {
    plan,
    shapeOk,
    issues: sorted,
    counts,
    nodes,
    unitNodes,
    errorsByActivity,
    issuesByPath,
    millis: performance.now() - started,
  };
}
