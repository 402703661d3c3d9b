import { PLAN_FORMAT_VERSION } from './envelope.js';
import { createJsonIssue, type JsonIssue } from './issues.js';

/**
 * One step of the plan format's history: upgrades a plan object of version
 * `from` to version `to = from + 1`.
 *
 * @remarks `migrate` receives the plan object (not the envelope) as read from
 * JSON, of unknown shape, and returns a new object; it must not mutate its
 * input, and it leaves alone what it does not recognise (validation reports
 * it afterwards).
 * @category Model
 */
export interface Migration {
  /** The version it reads. */
  readonly from: number;
  /** The version it writes: `from + 1`. */
  readonly to: number;
  /** What changed, for people. */
  readonly description: string;
  /**
   * Upgrades one plan object.
   *
   * @param plan - A plan object of version `from`, as read from JSON.
   * @returns A new plan object of version `to`.
   */
  migrate(plan: unknown): unknown;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);
const own = (o: Obj, k: string): unknown => (Object.hasOwn(o, k) ? o[k] : undefined);

/** The keys of `o` but `used`, copied: what a step does not understand it passes on, for validation to report. */
function rest(o: Obj, used: readonly string[]): Obj {
  const out: Obj = {};
  for (const k of Object.keys(o)) if (!used.includes(k)) out[k] = o[k];
  return out;
}

/** Version 0 date rules: `{ type: 'before' | 'in-month' | 'in-quarter' | 'in-year' | 'between' | 'after' | 'held', … }`. */
function ruleV0(rule: unknown): unknown {
  if (!isObj(rule) || Object.hasOwn(rule, 'kind')) return rule;
  const type = own(rule, 'type');
  switch (type) {
    case 'before':
      return { ...rest(rule, ['type', 'date']), kind: 'by', date: own(rule, 'date') };
    case 'held':
      return { ...rest(rule, ['type', 'date']), kind: 'held', date: own(rule, 'date') };
    case 'in-month':
      return { ...rest(rule, ['type', 'month']), kind: 'within', month: own(rule, 'month') };
    case 'in-quarter': {
      const year = own(rule, 'year');
      const quarter = own(rule, 'quarter');
      return {
        ...rest(rule, ['type', 'year', 'quarter']),
        kind: 'within',
        quarter: `${String(year)}-Q${String(quarter)}`,
      };
    }
    case 'in-year':
      return { ...rest(rule, ['type', 'year']), kind: 'within', year: String(own(rule, 'year')) };
    case 'between':
      return {
        ...rest(rule, ['type', 'from', 'to']),
        kind: 'span',
        from: own(rule, 'from'),
        to: own(rule, 'to'),
      };
    case 'after': {
      // `working` was a boolean; anything else is passed on as the calendar for
      // validation to refuse, never read as calendar days.
      const working = own(rule, 'working');
      return {
        ...rest(rule, ['type', 'ref', 'days', 'working']),
        kind: 'after',
        ref: own(rule, 'ref'),
        days: own(rule, 'days'),
        calendar:
          working === true
            ? 'working'
            : working === false || working === undefined
              ? 'calendar'
              : working,
      };
    }
    default:
      return rule;
  }
}

/** Version 0 durations: `{ days: 0.5 }` (one *buổi* is half a day). */
function durationV0(d: unknown): unknown {
  if (!isObj(d) || Object.hasOwn(d, 'halfDays')) return d;
  const days = own(d, 'days');
  return typeof days === 'number' ? { halfDays: days * 2 } : d;
}

const PURPOSES_V0: Readonly<Record<string, string>> = {
  'b/c': 'report',
  't/h': 'implement',
  'c/đ': 'direct',
  biết: 'inform',
  lưu: 'archive',
};
const MODES_V0: Readonly<Record<string, string>> = {
  't/m': 'on-behalf',
  'k.t.': 'acting-for',
  kt: 'acting-for',
  't/l': 'by-order',
};
const lookup = (table: Readonly<Record<string, string>>, v: unknown): unknown => {
  if (typeof v !== 'string') return v;
  const key = v.normalize('NFC').trim().toLowerCase();
  return Object.hasOwn(table, key) ? table[key] : v;
};

const mapArray = (v: unknown, f: (x: unknown) => unknown): unknown =>
  Array.isArray(v) ? v.map(f) : v;

/**
 * Version 0 → 1: date rules get `kind` (was `type` with other names), durations
 * count half-days (were days), recipients' purposes and the signature's mode
 * are English words (were the Vietnamese abbreviations *B/c*, *T/h*, *C/đ*,
 * *Biết*, *Lưu*; *T/M*, *K.T.*, *T/L*).
 */
const V0_TO_V1: Migration = {
  from: 0,
  to: 1,
  description:
    'Date rules { type } → { kind }; durations { days } → { halfDays }; recipient purposes and signature modes from Vietnamese abbreviations to words.',
  migrate(plan: unknown): unknown {
    if (!isObj(plan)) return plan;
    const out: Obj = { ...plan };
    if (Object.hasOwn(plan, 'sessions')) {
      out.sessions = mapArray(plan.sessions, (s) => {
        if (!isObj(s)) return s;
        const t: Obj = { ...s };
        if (Object.hasOwn(s, 'deadline')) t.deadline = ruleV0(s.deadline);
        if (Object.hasOwn(s, 'duration')) t.duration = durationV0(s.duration);
        if (Object.hasOwn(s, 'discussion')) t.discussion = durationV0(s.discussion);
        return t;
      });
    }
    if (Object.hasOwn(plan, 'deliverables')) {
      out.deliverables = mapArray(plan.deliverables, (d) => {
        if (!isObj(d) || !Object.hasOwn(d, 'due')) return d;
        return { ...d, due: ruleV0(d.due) };
      });
    }
    if (Object.hasOwn(plan, 'recipients')) {
      out.recipients = mapArray(plan.recipients, (r) => {
        if (!isObj(r) || !Object.hasOwn(r, 'purpose')) return r;
        return { ...r, purpose: lookup(PURPOSES_V0, r.purpose) };
      });
    }
    const sig = own(plan, 'signature');
    if (isObj(sig) && Object.hasOwn(sig, 'mode')) {
      out.signature = { ...sig, mode: lookup(MODES_V0, sig.mode) };
    }
    return out;
  },
};

/**
 * Version 1 → 2: `after` rules may name what they count from by relation
 * (`{ kind: 'after', anchor: 'own-session' | 'upper-session', days, calendar }`)
 * instead of by id. Every version-1 file is a version-2 file as it is; the
 * step exists so that a reader of version 1 refuses a version-2 file by its
 * version instead of by an unknown key.
 */
const V1_TO_V2: Migration = {
  from: 1,
  to: 2,
  description:
    'after rules may name an anchor (own-session, upper-session) instead of a ref; version-1 plans are unchanged.',
  migrate(plan: unknown): unknown {
    return plan;
  },
};

/**
 * A deep copy of JSON-shaped data (objects, arrays, primitives), made with an
 * explicit stack so that any depth is safe: a migration never shares an
 * object with its input.
 */
function copyJson(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  const root: unknown = Array.isArray(value) ? [] : {};
  const stack: [unknown, Record<string | number, unknown>][] = [
    [value, root as Record<string, unknown>],
  ];
  while (stack.length > 0) {
    const [from, to] = stack.pop()!;
    const keys = Array.isArray(from) ? from.map((_, i) => i) : Object.keys(from as object);
    for (const k of keys) {
      const v = (from as Record<string | number, unknown>)[k];
      if (v !== null && typeof v === 'object') {
        const c: unknown = Array.isArray(v) ? [] : {};
        Object.defineProperty(to, k, {
          value: c,
          enumerable: true,
          writable: true,
          configurable: true,
        });
        stack.push([v, c as Record<string, unknown>]);
      } else {
        Object.defineProperty(to, k, {
          value: v,
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
    }
  }
  return root;
}

/**
 * The registry of migrations, one per version step, in order.
 *
 * @remarks To move the format on: bump {@link PLAN_FORMAT_VERSION}, append a
 * step `{ from: n, to: n + 1, migrate }`, and add a fixture of version `n`
 * with its expected upgrade to the tests.
 * @example
 * ```ts
 * MIGRATIONS.map((m) => `${m.from}→${m.to}`); // => ['0→1', '1→2']
 * ```
 * @see {@link migratePlanObject}
 * @category Model
 */
export const MIGRATIONS: readonly Migration[] = [V0_TO_V1, V1_TO_V2];

/**
 * The result of {@link migratePlanObject}.
 *
 * @category Model
 */
export type MigrateResult =
  | {
      /** `true`: every step ran and the target version was reached. */
      readonly success: true;
      /** The upgraded plan object (not validated). */
      readonly data: unknown;
      /** Always empty on success. */
      readonly issues: JsonIssue[];
    }
  | {
      /** `false`: a step was missing or failed. */
      readonly success: false;
      /** Why: `json/unsupported-version` or `json/migration-failed`. */
      readonly issues: JsonIssue[];
    };

/**
 * Upgrades a plan object from one format version to the current one, step by step.
 *
 * @remarks Never throws: a missing step or a version newer than this package
 * gives `json/unsupported-version`, a step that throws gives
 * `json/migration-failed`. The input is neither mutated nor shared: the
 * result is a deep copy (made without recursion, whatever the depth). Keys a
 * step does not know are passed on, so validation reports them. The result
 * is not validated; {@link parsePlanJson} validates it with core's `parsePlan`.
 * @param plan - A plan object as read from JSON.
 * @param from - Its format version.
 * @param migrations - The registry to use (default {@link MIGRATIONS}).
 * @param to - The version to reach (default {@link PLAN_FORMAT_VERSION}).
 * @returns `{ success: true, data }` or `{ success: false, issues }`.
 * @example Upgrading a version-0 deadline
 * ```ts
 * const r = migratePlanObject({ sessions: [{ deadline: { type: 'before', date: '2020-09-15' } }] }, 0);
 * r.success && r.data; // => { sessions: [{ deadline: { kind: 'by', date: '2020-09-15' } }] }
 * ```
 * @see {@link MIGRATIONS}
 * @category Model
 */
export function migratePlanObject(
  plan: unknown,
  from: number,
  migrations: readonly Migration[] = MIGRATIONS,
  to: number = PLAN_FORMAT_VERSION,
): MigrateResult {
  let value = from < to ? copyJson(plan) : plan;
  let version = from;
  while (version < to) {
    const step = migrations.find((m) => m.from === version);
    if (!step || step.to !== version + 1) {
      return {
        success: false,
        issues: [
          createJsonIssue('json/unsupported-version', ['version'], { version: from, current: to }),
        ],
      };
    }
    try {
      value = step.migrate(value);
    } catch (error) {
      const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      return {
        success: false,
        issues: [
          createJsonIssue('json/migration-failed', ['version'], {
            from: step.from,
            to: step.to,
            reason: reason.slice(0, 200),
          }),
        ],
      };
    }
    version = step.to;
  }
  if (version !== to) {
    return {
      success: false,
      issues: [
        createJsonIssue('json/unsupported-version', ['version'], { version: from, current: to }),
      ],
    };
  }
  return { success: true, data: value, issues: [] };
}
