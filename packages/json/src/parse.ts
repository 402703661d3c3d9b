import {
  createIssue,
  hasErrors,
  type ParsePlanResult,
  type Plan,
  PlanSchema,
  parsePlan,
  type UnitTree,
  UnitTreeSchema,
  type ValidatePlanOptions,
  validatePlan,
  type WorkingCalendar,
} from '@rollout/core';
import { PLAN_FORMAT, PLAN_FORMAT_VERSION } from './envelope.js';
import { compileFastCheck, type FastCheck, nestingOf, tallyProves } from './internal/fast-check.js';
import { colonsOf, plainText, provenClean } from './internal/quick-check.js';
import { scanJson } from './internal/scan.js';
import { schemaIssues } from './internal/zod-issues.js';
import { type AnyIssue, createJsonIssue } from './issues.js';
import { MIGRATIONS, type Migration, migratePlanObject } from './migrations.js';

/**
 * Limits of the JSON readers.
 *
 * @category Validation
 */
export interface ParseJsonOptions {
  /** The deepest nesting of arrays and objects allowed (default 512). */
  readonly maxDepth?: number;
  /** The longest text accepted, in UTF-16 code units (default 2^28 = 268,435,456). */
  readonly maxLength?: number;
  /** The most warnings and non-fatal issues of the text listed (default 100). */
  readonly maxIssues?: number;
}

/**
 * The result of {@link parseJson}.
 *
 * @category Validation
 */
export type ParseJsonResult =
  | {
      /** `true`: no issue is an error. */
      readonly success: true;
      /** The value the text holds. */
      readonly value: unknown;
      /** The warnings (such as duplicate keys); empty when there are none. */
      readonly issues: AnyIssue[];
    }
  | {
      /** `false`: some issue is an error. */
      readonly success: false;
      /** The value the text holds when it could still be read (unsafe numbers, lone surrogates), else absent. */
      readonly value?: unknown;
      /** Every issue found, errors and warnings. */
      readonly issues: AnyIssue[];
    };

const DEFAULT_MAX_DEPTH = 512;
const DEFAULT_MAX_LENGTH = 2 ** 28;
const DEFAULT_MAX_ISSUES = 100;

/**
 * Reads JSON text safely: syntax errors with line and column, duplicate keys,
 * lone surrogates, unsafe numbers, too deep or too large input, all as issues.
 *
 * @remarks Never throws. One non-recursive pass checks the text, then
 * `JSON.parse` builds the value (so a `__proto__` key becomes an ordinary own
 * key, never a prototype). A leading byte order mark is skipped. Duplicate keys
 * are warnings and the last value wins, as in `JSON.parse`; unsafe numbers and
 * lone surrogates are errors, but the value is still returned in `value` so
 * that callers can go on checking. Paths point into the document; `line` and
 * `column` (from 1, in UTF-16 code units) are in each issue's `params`.
 * @param text - JSON text.
 * @param options - Limits: `maxDepth`, `maxLength`, `maxIssues`.
 * @returns `{ success, value, issues }`; `success` is `false` when some issue is an error.
 * @example
 * ```ts
 * const r = parseJson('{"a": 1,\n "a": 2}');
 * r.success; // => true
 * r.value; // => { a: 2 }
 * r.issues[0].code; // => 'json/duplicate-key'
 * r.issues[0].params; // => { key: 'a', line: 2, column: 2 }
 * parseJson('[1, 2').issues[0].code; // => 'json/syntax'
 * ```
 * @category Validation
 */
export function parseJson(text: string, options: ParseJsonOptions = {}): ParseJsonResult {
  if (typeof text !== 'string') {
    return {
      success: false,
      issues: [
        createJsonIssue('json/syntax', [], {
          line: 1,
          column: 1,
          detail: `expected text, received ${text === null ? 'null' : typeof text}`,
          detailVi: `cần văn bản, nhận được ${text === null ? 'null' : typeof text}`,
        }),
      ],
    };
  }
  const maxLength = options.maxLength ?? DEFAULT_MAX_LENGTH;
  if (text.length > maxLength) {
    return {
      success: false,
      issues: [createJsonIssue('json/too-large', [], { length: text.length, maxLength })],
    };
  }
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const maxDepth = options.maxDepth ?? DEFAULT_MAX_DEPTH;
  // Fast path: JSON.parse, then prove there is nothing to report; else scan.
  let value: unknown;
  let parsed = false;
  try {
    value = JSON.parse(start === 0 ? text : text.slice(start));
    parsed = true;
    if (provenClean(text, start, value, maxDepth)) return { success: true, value, issues: [] };
  } catch {
    // Not JSON: the scan says where and why.
  }
  const scan = scanJson(text, start, {
    maxDepth,
    maxIssues: options.maxIssues ?? DEFAULT_MAX_ISSUES,
  });
  const issues: AnyIssue[] = scan.issues;
  if (scan.fatal) return { success: false, issues };
  try {
    if (!parsed) value = JSON.parse(start === 0 ? text : text.slice(start));
  } catch (error) {
    // The scan accepted what JSON.parse refused: never expected, still not a throw.
    const detail = error instanceof Error ? error.message : String(error);
    issues.push(
      createJsonIssue('json/syntax', [], { line: 1, column: 1, detail, detailVi: detail }),
    );
    return { success: false, issues };
  }
  if (hasErrors(issues)) return { success: false, value, issues };
  return { success: true, value, issues };
}

/**
 * Options of {@link parsePlanJson}.
 *
 * @category Validation
 */
export interface ParsePlanJsonOptions extends ParseJsonOptions {
  /** The migrations to upgrade older files with (default {@link MIGRATIONS}). */
  readonly migrations?: readonly Migration[];
  /**
   * A working calendar to read deadlines on: with it, deadlines on days off
   * are reported (core's `ValidatePlanOptions.calendar`); without it they are
   * not, and a browser bundle that only reads plans carries no calendar.
   */
  readonly calendar?: WorkingCalendar;
}

/**
 * The result of {@link parsePlanJson}.
 *
 * @remarks `envelope` tells whether the text was an envelope or a bare plan;
 * `version` is the format version read (a bare plan is read as the current
 * version), `null` when unknown.
 * @category Validation
 */
export type ParsePlanJsonResult =
  | {
      /** `true`: the text is a valid plan and no issue is an error. */
      readonly success: true;
      /** The plan, upgraded to the current format version and validated. */
      readonly data: Plan;
      /** The warnings, from the JSON text and from core's validation. */
      readonly issues: AnyIssue[];
      /** Whether the text was an envelope (`true`) or a bare plan (`false`). */
      readonly envelope: boolean;
      /** The format version read (a bare plan is read as the current version). */
      readonly version: number;
    }
  | {
      /** `false`: some issue is an error. */
      readonly success: false;
      /** Always absent: no valid plan on failure. */
      readonly data?: undefined;
      /**
       * The plan, upgraded, when its shape is right and only its meaning has
       * errors (see core's `parsePlan`): enough to schedule or edit it.
       */
      readonly draft?: Plan;
      /** Every issue found, errors and warnings. */
      readonly issues: AnyIssue[];
      /** Whether the text was an envelope (`true`) or a bare plan (`false`); `false` when it was not JSON. */
      readonly envelope: boolean;
      /** The format version read, or `null` when it is unknown. */
      readonly version: number | null;
    };

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * Reads the text of a plan file: an envelope of any known version, or a bare
 * plan object, checked as JSON, upgraded, then validated by core's `parsePlan`.
 *
 * @remarks Never throws. `success` is `true` when no issue is an error; the
 * warnings (duplicate keys, core's warnings) are then in `issues`.
 *
 * Paths: issues inside the plan are relative to the **plan object**, whether it
 * came bare or inside an envelope, so a file gives the same paths in both
 * forms (`sessions[0].deadline`, not `plan.sessions[0].deadline`). Issues
 * about the envelope itself (`json/unknown-format`, `json/unsupported-version`,
 * `json/invalid-envelope`) point at its keys (`format`, `version`, `plan`).
 * A `json/syntax` or `json/too-deep` issue points at the place in the
 * document, as the text is not a plan yet; every issue found in the text has
 * `line` and `column` in its `params`.
 *
 * Versions: an envelope of an older version is upgraded by {@link MIGRATIONS};
 * a newer one gives `json/unsupported-version`; a bare plan is read as the
 * current version. A document whose `format` is not `rollout/plan` gives
 * `json/unknown-format`.
 * @param text - The text of a plan file (a leading byte order mark is skipped).
 * @param options - Limits (see {@link ParseJsonOptions}) and `migrations`.
 * @returns `{ success, data, issues, envelope, version }`.
 * @example
 * ```ts
 * import { plan985KhHndt } from '@rollout/core';
 * const result = parsePlanJson(stringifyPlan(plan985KhHndt));
 * result.success; // => true
 * result.success && result.data.header.reference; // => '985-KH/HNDT'
 * parsePlanJson('{"format":"rollout/plan","version":99,"plan":{}}').issues[0].code;
 * // => 'json/unsupported-version'
 * ```
 * @see {@link stringifyPlan}, {@link parseJson}
 * @category Validation
 */
export function parsePlanJson(
  text: string,
  options: ParsePlanJsonOptions = {},
): ParsePlanJsonResult {
  return quickPlan(text, options) ?? parsePlanJsonFully(text, options);
}

/**
 * {@link parsePlanJson} without its quick path: the reference the quick path
 * must agree with (tests compare them).
 * @internal
 */
export function parsePlanJsonFully(
  text: string,
  options: ParsePlanJsonOptions = {},
): ParsePlanJsonResult {
  const json = parseJson(text, options);
  if (!json.success && json.value === undefined) {
    return { success: false, issues: json.issues, envelope: false, version: null };
  }
  const root = json.value;
  const isEnvelope = isObj(root) && Object.hasOwn(root, 'format');
  if (!isEnvelope) {
    return finish(root, json.issues, false, PLAN_FORMAT_VERSION, PLAN_FORMAT_VERSION, options);
  }
  // Text issues inside the plan: make their paths relative to the plan object.
  const issues: AnyIssue[] = json.issues.map((i) =>
    i.path[0] === 'plan' ? { ...i, path: i.path.slice(1) } : i,
  );
  const format = root.format;
  if (format !== PLAN_FORMAT) {
    issues.push(
      createJsonIssue('json/unknown-format', ['format'], {
        format:
          typeof format === 'string'
            ? format.slice(0, 100)
            : (JSON.stringify(format) ?? 'undefined'),
        expected: PLAN_FORMAT,
      }),
    );
    return { success: false, issues, envelope: true, version: null };
  }
  const version = Object.hasOwn(root, 'version') ? root.version : undefined;
  // A version the text wrote as a number JSON cannot hold (1e-400 reads as 0) is no version.
  const unsafeVersion = issues.some(
    (i) => i.code === 'json/unsafe-number' && i.path.length === 1 && i.path[0] === 'version',
  );
  if (
    unsafeVersion ||
    typeof version !== 'number' ||
    !Number.isSafeInteger(version) ||
    version < 0
  ) {
    issues.push(
      createJsonIssue('json/invalid-envelope', ['version'], {
        detail: 'the version must be a non-negative integer',
        detailVi: 'phiên bản phải là số nguyên không âm',
      }),
    );
    return { success: false, issues, envelope: true, version: null };
  }
  if (version > PLAN_FORMAT_VERSION) {
    issues.push(
      createJsonIssue('json/unsupported-version', ['version'], {
        version,
        current: PLAN_FORMAT_VERSION,
      }),
    );
    return { success: false, issues, envelope: true, version };
  }
  let envelopeOk = true;
  for (const key of Object.keys(root)) {
    if (key !== 'format' && key !== 'version' && key !== 'plan') {
      envelopeOk = false;
      issues.push(
        createJsonIssue('json/invalid-envelope', [key], {
          detail: `unknown key "${key.slice(0, 100)}"`,
          detailVi: `khóa lạ "${key.slice(0, 100)}"`,
        }),
      );
    }
  }
  if (!Object.hasOwn(root, 'plan')) {
    issues.push(
      createJsonIssue('json/invalid-envelope', ['plan'], {
        detail: 'the envelope has no "plan"',
        detailVi: 'phong bì không có "plan"',
      }),
    );
    return { success: false, issues, envelope: true, version };
  }
  const result = finish(root.plan, issues, true, version, PLAN_FORMAT_VERSION, options);
  if (!envelopeOk && result.success) {
    return { success: false, issues: result.issues, envelope: true, version };
  }
  return result;
}

/**
 * The common case of {@link parsePlanJson} in one pass over the value: a
 * current envelope (or a bare plan) whose text is proven clean by the shape
 * test itself, counting keys and colons as it goes (see `tallyOf` and
 * `provenClean`), instead of a walk of its own and then the shape test.
 * `null` when it does not apply; the full path then gives the answer, and
 * where this one applies both give the same.
 * @internal
 */
export function quickPlan(text: string, options: ParsePlanJsonOptions): ParsePlanJsonResult | null {
  const json = fastPlan === null ? undefined : plainJson(text, options);
  if (json === undefined) return null;
  const [root, start] = json;
  let plan = root;
  let outer = 0;
  if (isObj(root) && Object.hasOwn(root, 'format')) {
    if (root.format !== PLAN_FORMAT || root.version !== PLAN_FORMAT_VERSION) return null;
    if (!Object.hasOwn(root, 'plan')) return null;
    for (const key in root) {
      if (key !== 'format' && key !== 'version' && key !== 'plan') return null;
      outer++;
    }
    // The envelope's keys, and the colons of its one string, `format`.
    outer += colonsOf(PLAN_FORMAT, 0);
    plan = root.plan;
  }
  const envelope = plan !== root;
  const depth = nestingOf(fastPlan as FastCheck) + (envelope ? 1 : 0);
  if (depth > (options.maxDepth ?? DEFAULT_MAX_DEPTH)) return null;
  if (!tallyProves(fastPlan as FastCheck, plan, text, start, outer)) return null;
  return finish(plan, [], envelope, PLAN_FORMAT_VERSION, PLAN_FORMAT_VERSION, options, true);
}

/**
 * The value of a JSON text within `maxLength` that is a `plainText` (no `\u`,
 * no lone surrogate: see `provenClean`), and where it starts (after a byte
 * order mark); else `undefined`.
 */
function plainJson(text: string, options: ParseJsonOptions): [unknown, number] | undefined {
  if (typeof text !== 'string' || text.length > (options.maxLength ?? DEFAULT_MAX_LENGTH))
    return undefined;
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  try {
    const value: unknown = JSON.parse(start === 0 ? text : text.slice(start));
    return plainText(text, start) ? [value, start] : undefined;
  } catch {
    return undefined;
  }
}

function finish(
  plan: unknown,
  issues: AnyIssue[],
  envelope: boolean,
  version: number,
  current: number,
  options: ParsePlanJsonOptions,
  shaped = false,
): ParsePlanJsonResult {
  let value = plan;
  if (version < current) {
    const migrated = migratePlanObject(plan, version, options.migrations ?? MIGRATIONS, current);
    if (!migrated.success) {
      return { success: false, issues: [...issues, ...migrated.issues], envelope, version };
    }
    value = migrated.data;
  }
  // A plan the schema-derived fast test passes is exactly what zod would
  // return: only the rules of `validatePlan` remain (as `parsePlan` does).
  const validation = options.calendar ? { calendar: options.calendar } : {};
  const parsed =
    shaped || fastPlan?.(value)
      ? validateShaped(value as Plan, validation)
      : parsePlan(value, validation);
  const all = [...issues, ...parsed.issues];
  if (parsed.success && !hasErrors(all)) {
    return { success: true, data: parsed.data, issues: all, envelope, version };
  }
  const draft = parsed.success ? parsed.data : parsed.draft;
  return draft === undefined || hasErrors(issues)
    ? { success: false, issues: all, envelope, version }
    : { success: false, issues: all, envelope, version, draft };
}

const fastPlan = compileFastCheck(PlanSchema);

/** `parsePlan` for a value known to have the plan's shape: its meaning only. */
function validateShaped(plan: Plan, options: ValidatePlanOptions): ParsePlanResult {
  const issues = validatePlan(plan, options);
  if (hasErrors(issues)) return { success: false, issues, draft: plan };
  return { success: true, data: plan, issues };
}

/**
 * The result of {@link parseUnitTreeJson}.
 *
 * @category Validation
 */
export type ParseUnitTreeJsonResult =
  | {
      /** `true`: the text is a valid unit tree and no issue is an error. */
      readonly success: true;
      /** The unit tree. */
      readonly data: UnitTree;
      /** The warnings (such as duplicate keys); empty when there are none. */
      readonly issues: AnyIssue[];
    }
  | {
      /** `false`: some issue is an error. */
      readonly success: false;
      /** Always absent: no unit tree on failure. */
      readonly data?: undefined;
      /** Every issue found, errors and warnings. */
      readonly issues: AnyIssue[];
    };

/**
 * Reads the text of a unit tree file, `{ "units": [ … ] }`, checked as JSON
 * and against core's `UnitTreeSchema`; unit ids must be unique.
 *
 * @remarks Never throws. The same JSON checks as {@link parseJson}; shape
 * issues use core's `schema/…` codes with paths into the document
 * (`units[3].level`), and a repeated unit id gives `ref/duplicate-id`. Parent
 * links are not checked here (the cascade checks the tree it is given).
 * @param text - The JSON text.
 * @param options - Limits (see {@link ParseJsonOptions}).
 * @returns `{ success, data, issues }`.
 * @example
 * ```ts
 * const r = parseUnitTreeJson('{"units":[{"id":"th","name":"Tỉnh ủy Thanh Hóa","level":"province"}]}');
 * r.success && r.data.units[0].name; // => 'Tỉnh ủy Thanh Hóa'
 * parseUnitTreeJson('{"units":[{"id":"th"}]}').issues[0].code; // => 'schema/required'
 * ```
 * @see {@link readUnitsNdjson}, {@link stringifyUnitTree}
 * @category Validation
 */
export function parseUnitTreeJson(
  text: string,
  options: ParseJsonOptions = {},
): ParseUnitTreeJsonResult {
  const quick = fastUnitTree === null ? undefined : shapedJson(text, options, fastUnitTree);
  const json: ParseJsonResult =
    quick === undefined ? parseJson(text, options) : { success: true, value: quick, issues: [] };
  if (!json.success && json.value === undefined) return { success: false, issues: json.issues };
  const issues = json.issues;
  let tree: UnitTree;
  if (quick !== undefined || (json.success && fastUnitTree?.(json.value))) {
    tree = json.value as UnitTree;
  } else {
    const parsed = UnitTreeSchema.safeParse(json.value);
    if (!parsed.success) {
      issues.push(...schemaIssues(parsed.error.issues, json.value));
      return { success: false, issues };
    }
    tree = parsed.data;
  }
  const first = new Map<string, number>();
  const units = tree.units;
  for (let k = 0; k < units.length; k++) {
    const id = (units[k] as { id: string }).id;
    const prior = first.get(id);
    if (prior === undefined) first.set(id, k);
    else
      issues.push(
        createIssue('ref/duplicate-id', ['units', k, 'id'], {
          id,
          firstPath: `units[${prior}].id`,
        }),
      );
  }
  if (hasErrors(issues)) return { success: false, issues };
  return { success: true, data: tree, issues };
}

// Pure: a bundle that reads no unit tree drops it.
const fastUnitTree = /* @__PURE__ */ compileFastCheck(UnitTreeSchema);

/**
 * The value of a JSON text when the fast shape test passes on it and, by
 * counting as it goes, proves the text clean (see `tallyOf`): what
 * {@link parseJson} would return with no issue, and the test would pass.
 * `undefined` when not proven; the caller then takes the full path.
 */
function shapedJson(text: string, options: ParseJsonOptions, fast: FastCheck): unknown {
  if (nestingOf(fast) > (options.maxDepth ?? DEFAULT_MAX_DEPTH)) return undefined;
  const json = plainJson(text, options);
  if (json === undefined) return undefined;
  return tallyProves(fast, json[0], text, json[1]) ? json[0] : undefined;
}
