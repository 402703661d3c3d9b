import type * as z from 'zod/mini';

/** Tells whether a value certainly passes a schema unchanged. `false` means "ask zod". */
export type FastCheck = (value: unknown) => boolean;

interface Check {
  readonly _zod: {
    readonly def: { readonly check?: string };
    check(payload: { value: unknown; issues: unknown[] }): unknown;
  };
}
interface Def {
  readonly type: string;
  readonly checks?: readonly Check[];
  readonly shape?: Record<string, z.core.$ZodType>;
  readonly catchall?: z.core.$ZodType;
  readonly innerType?: z.core.$ZodType;
  readonly element?: z.core.$ZodType;
  readonly keyType?: z.core.$ZodType;
  readonly valueType?: z.core.$ZodType;
  readonly options?: readonly z.core.$ZodType[];
}

const cache = new WeakMap<object, FastCheck | null>();
/** The deepest nesting of arrays and objects a compiled test lets through (0: none). */
const depths = new WeakMap<FastCheck, number>();
const payload: { value: unknown; issues: unknown[] } = { value: undefined, issues: [] };

/**
 * Compiles a zod schema into a fast acceptance test, from the schema itself
 * (no hand-written copy): types, object shapes, enums and literals are tested
 * directly, and the schema's own checks (lengths, patterns, integer bounds,
 * refinements) are run as zod runs them.
 *
 * @remarks The test is conservative: `true` only when zod would accept the
 * value and return it unchanged (strict objects, no transforms, no
 * defaults); anything else gives `false`, and the caller runs zod, which also
 * makes the issues. Returns `null` for schemas it cannot compile (transforms,
 * pipes, lazy, async), so that the caller always runs zod.
 * @internal
 */
export function compileFastCheck(schema: z.core.$ZodType): FastCheck | null {
  return compile(schema, 0);
}

function compile(schema: z.core.$ZodType, guard: number): FastCheck | null {
  if (guard > 64) return null;
  const hit = cache.get(schema);
  if (hit !== undefined) return hit;
  const result = build(schema, guard);
  cache.set(schema, result);
  return result;
}

/** Records how deep a compiled test lets values nest, and returns it. */
function withDepth(test: FastCheck, depth: number): FastCheck {
  depths.set(test, depth);
  return test;
}
const depthOf = (test: FastCheck): number => depths.get(test) ?? 0;

// Counting mode (see `tallyOf`): while `counting`, every test that passes adds
// to `tally` the keys of the objects it read and the colons inside their keys
// and inside every string it read.
let counting = false;
let tally = 0;

/** The colons in a string. */
function colonsIn(s: string): number {
  let n = 0;
  for (let i = s.indexOf(':'); i >= 0; i = s.indexOf(':', i + 1)) n++;
  return n;
}

/**
 * Runs a compiled test and, when it passes, counts what `provenClean` counts
 * in its walk: the keys of every object plus the colons inside every key and
 * string of the value. A passing test reads every object key, array item and
 * string of the value (strict objects and records read all their keys; a
 * union counts only the option that passed), so the count is the walk's.
 * In this mode a number that is an integer must also be a safe one (the
 * scanner flags the others), else the test fails.
 *
 * @returns The count, or -1 when the test fails (or a check throws).
 * @internal
 */
export function tallyOf(test: FastCheck, value: unknown): number {
  counting = true;
  tally = 0;
  try {
    return test(value) ? tally : -1;
  } catch {
    // A check that throws: not proven here (the caller's full path decides).
    return -1;
  } finally {
    counting = false;
  }
}

/**
 * How deep the values a compiled test accepts can nest: arrays and objects
 * within one another, the outermost counted (a flat object is 1).
 * @internal
 */
export function nestingOf(test: FastCheck): number {
  return depthOf(test);
}

function checksOf(schema: z.core.$ZodType): Check[] | null {
  const inst = schema as unknown as Check & { _zod: { traits: Set<string>; def: Def } };
  const own = inst._zod.traits.has('$ZodCheck') ? [inst] : [];
  const list = [...own, ...(inst._zod.def.checks ?? [])];
  for (const c of list) if (c._zod.def.check === 'overwrite') return null;
  return list;
}

function runChecks(checks: readonly Check[], value: unknown): boolean {
  const issues = payload.issues;
  for (const c of checks) {
    payload.value = value;
    c._zod.check(payload);
    if (issues.length > 0 || payload.value !== value) {
      payload.issues = [];
      return false;
    }
  }
  return true;
}

interface CheckDef {
  readonly check?: string;
  readonly minimum?: unknown;
  readonly maximum?: unknown;
  readonly value?: unknown;
  readonly inclusive?: boolean;
  readonly format?: string;
  readonly pattern?: unknown;
}

/**
 * One of a schema's checks as a test: the common ones (lengths, patterns,
 * bounds, safe integers) are tested directly, exactly as zod decides them or
 * more strictly (`false` only asks zod); any other check is run as zod runs it.
 */
function compileCheck(c: Check): FastCheck {
  const def = c._zod.def as CheckDef;
  const one = [c];
  const slow: FastCheck = (v) => runChecks(one, v);
  switch (def.check) {
    case 'min_length': {
      const min = def.minimum;
      if (typeof min !== 'number') return slow;
      // zod counts a string's code points: at least half its UTF-16 units, rounded up.
      return (v) => {
        const n = (v as { length: number }).length;
        return (typeof v === 'string' ? n >= 2 * min - 1 : n >= min) || slow(v);
      };
    }
    case 'max_length': {
      const max = def.maximum;
      if (typeof max !== 'number') return slow;
      // Code points never outnumber UTF-16 units.
      return (v) => (v as { length: number }).length <= max || slow(v);
    }
    case 'string_format': {
      const pattern = def.pattern;
      if (def.format !== 'regex' || !(pattern instanceof RegExp)) return slow;
      return (v) => {
        pattern.lastIndex = 0;
        return pattern.test(v as string);
      };
    }
    case 'greater_than': {
      const bound = def.value;
      if (typeof bound !== 'number') return slow;
      return def.inclusive ? (v) => (v as number) >= bound : (v) => (v as number) > bound;
    }
    case 'less_than': {
      const bound = def.value;
      if (typeof bound !== 'number') return slow;
      return def.inclusive ? (v) => (v as number) <= bound : (v) => (v as number) < bound;
    }
    case 'number_format':
      return def.format === 'safeint' ? (v) => Number.isSafeInteger(v) : slow;
    default:
      return slow;
  }
}

/** The literal values a schema allows, when it is a literal (for discriminated unions). */
function literalValues(schema: z.core.$ZodType): ReadonlySet<unknown> | null {
  const zod = schema._zod as unknown as { def: Def; values?: Set<unknown> };
  return zod.def.type === 'literal' && zod.values && (zod.def.checks ?? []).length === 0
    ? zod.values
    : null;
}

/**
 * A key that every option of a union of strict objects holds as a required
 * literal (such as `kind`), with the options for each of its values.
 */
function discriminator(
  options: readonly z.core.$ZodType[],
  tests: readonly FastCheck[],
): { key: string; byValue: Map<unknown, FastCheck[]> } | null {
  const shapes = options.map((o) => (o._zod as unknown as { def: Def }).def.shape);
  const first = shapes[0];
  if (!first || shapes.some((s) => s === undefined)) return null;
  for (const key of Object.keys(first)) {
    const byValue = new Map<unknown, FastCheck[]>();
    let ok = true;
    for (let k = 0; k < options.length && ok; k++) {
      const field = (shapes[k] as Record<string, z.core.$ZodType>)[key];
      const values = field && Object.hasOwn(shapes[k] as object, key) ? literalValues(field) : null;
      if (!values) ok = false;
      else
        for (const value of values) {
          const list = byValue.get(value);
          if (list) list.push(tests[k] as FastCheck);
          else byValue.set(value, [tests[k] as FastCheck]);
        }
    }
    if (ok) return { key, byValue };
  }
  return null;
}

function build(schema: z.core.$ZodType, guard: number): FastCheck | null {
  const zod = schema._zod as unknown as { def: Def; values?: Set<unknown> };
  const def = zod.def;
  const checks = checksOf(schema);
  if (checks === null) return null;
  const compiled = checks.map(compileCheck);
  const only = compiled[0] as FastCheck;
  const withChecks = (test: FastCheck): FastCheck =>
    compiled.length === 0
      ? test
      : compiled.length === 1
        ? (v) => test(v) && only(v)
        : (v) => {
            if (!test(v)) return false;
            for (let k = 0; k < compiled.length; k++)
              if (!(compiled[k] as FastCheck)(v)) return false;
            return true;
          };
  switch (def.type) {
    case 'string':
      return stringTest(checks);
    case 'number':
      return numberTest(checks);
    case 'boolean':
      return withChecks((v) => typeof v === 'boolean');
    case 'null':
      return withChecks((v) => v === null);
    case 'literal':
    case 'enum': {
      const values = zod.values;
      if (!values) return null;
      return withChecks((v) => {
        if (!values.has(v)) return false;
        if (counting) {
          if (typeof v === 'string') tally += colonsIn(v);
          else if (typeof v === 'number' && Number.isInteger(v) && !Number.isSafeInteger(v))
            return false;
        }
        return true;
      });
    }
    case 'optional': {
      if (!def.innerType) return null;
      const inner = compile(def.innerType, guard + 1);
      if (!inner) return null;
      return withDepth(
        withChecks((v) => v === undefined || inner(v)),
        depthOf(inner),
      );
    }
    case 'array': {
      if (!def.element) return null;
      const item = compile(def.element, guard + 1);
      if (!item) return null;
      return withDepth(
        withChecks((v) => {
          if (!Array.isArray(v)) return false;
          for (let k = 0; k < v.length; k++) if (!item(v[k])) return false;
          return true;
        }),
        1 + depthOf(item),
      );
    }
    case 'record': {
      if (!def.keyType || !def.valueType) return null;
      const key = compile(def.keyType, guard + 1);
      const val = compile(def.valueType, guard + 1);
      if (!key || !val || (def.keyType._zod as { values?: unknown }).values) return null;
      return withDepth(
        withChecks((v) => {
          if (!isPlain(v)) return false;
          for (const k in v) {
            if (!Object.hasOwn(v, k) || !key(k) || !val((v as Record<string, unknown>)[k]))
              return false;
            // The key test counted the key's colons (a string test); add the key itself.
            if (counting) tally++;
          }
          return true;
        }),
        1 + depthOf(val),
      );
    }
    case 'object': {
      // Only strict objects: a stripping object would change the value.
      const catchall = def.catchall?._zod.def as { type?: string } | undefined;
      if (catchall?.type !== 'never' || !def.shape) return null;
      const shape = def.shape;
      // Each key's test, and whether the key is required (not an optional schema).
      // In counting mode a key adds itself and its colons (`counted`).
      const fields = new Map<string, Field>();
      let required = 0;
      let depth = 0;
      for (const k of Object.keys(shape)) {
        const field = shape[k] as z.core.$ZodType;
        const t = compile(field, guard + 1);
        if (!t) return null;
        const isRequired = (field._zod as unknown as { def: Def }).def.type !== 'optional';
        if (isRequired) required++;
        fields.set(k, { test: t, required: isRequired, counted: 1 + colonsIn(k) });
        depth = Math.max(depth, depthOf(t));
      }
      // The keys of the last object read, in order, with their fields: objects of
      // one schema mostly come with their keys in one order, so a key is mostly
      // found by comparing it with the one at its place (else looked up).
      const lastKeys: string[] = [];
      const lastFields: Field[] = [];
      // One pass over the value's own keys: each must be known, defined and pass;
      // a required key missing makes the count fall short (zod then reports it).
      return withDepth(
        withChecks((v) => {
          if (!isPlain(v)) return false;
          let present = 0;
          let at = 0;
          for (const k in v) {
            let field = lastKeys[at] === k ? lastFields[at] : undefined;
            if (field === undefined) {
              field = fields.get(k);
              if (field === undefined) return false;
              lastKeys[at] = k;
              lastFields[at] = field;
            }
            at++;
            const value = (v as Record<string, unknown>)[k];
            if (value === undefined || !field.test(value)) return false;
            if (field.required) present++;
            if (counting) tally += field.counted;
          }
          return present === required;
        }),
        1 + depth,
      );
    }
    case 'union': {
      const options: FastCheck[] = [];
      for (const o of def.options ?? []) {
        const t = compile(o, guard + 1);
        if (!t) return null;
        options.push(t);
      }
      // Strict objects told apart by a literal key: test only the options of its value.
      // An option that fails may have counted part of the value: undo it.
      const depth = Math.max(0, ...options.map(depthOf));
      const tag = discriminator(def.options ?? [], options);
      if (tag) {
        const { key, byValue } = tag;
        return withDepth(
          withChecks((v) => {
            if (!isPlain(v)) return false;
            const candidates = byValue.get((v as Record<string, unknown>)[key]);
            if (candidates === undefined) return false;
            const before = tally;
            for (let k = 0; k < candidates.length; k++) {
              if ((candidates[k] as FastCheck)(v)) return true;
              tally = before;
            }
            return false;
          }),
          depth,
        );
      }
      return withDepth(
        withChecks((v) => {
          const before = tally;
          for (const t of options) {
            if (t(v)) return true;
            tally = before;
          }
          return false;
        }),
        depth,
      );
    }
    default:
      return null;
  }
}

/** A key of a strict object: its test, whether it is required, what it adds when counting. */
interface Field {
  readonly test: FastCheck;
  readonly required: boolean;
  readonly counted: number;
}

/** Formats whose zod check is the test of `def.pattern` and nothing else. */
const PATTERN_FORMATS = new Set(['regex', 'datetime', 'date', 'time', 'duration']);

/**
 * A string schema's test in one function: the type, the lengths by UTF-16
 * units where they settle zod's count of code points, the patterns; any
 * other check (and a length in doubt) is run as zod runs it.
 */
function stringTest(checks: readonly Check[]): FastCheck {
  let lo = 0;
  let hi = Number.POSITIVE_INFINITY;
  const patterns: RegExp[] = [];
  const rest: Check[] = [];
  for (const c of checks) {
    const def = c._zod.def as CheckDef;
    if (def.check === 'min_length' && typeof def.minimum === 'number') {
      // zod counts code points: at least half the UTF-16 units, rounded up.
      lo = Math.max(lo, 2 * def.minimum - 1);
    } else if (def.check === 'max_length' && typeof def.maximum === 'number') {
      // Code points never outnumber UTF-16 units.
      hi = Math.min(hi, def.maximum);
    } else if (
      def.check === 'string_format' &&
      def.pattern instanceof RegExp &&
      PATTERN_FORMATS.has(def.format ?? '')
    ) {
      patterns.push(def.pattern);
    } else rest.push(c);
  }
  const all = [...checks];
  const pattern = patterns.length === 1 ? (patterns[0] as RegExp) : null;
  return (v) => {
    if (typeof v !== 'string') return false;
    const n = v.length;
    // A length in doubt (or out of bounds): zod's own checks decide.
    if (n < lo || n > hi) {
      if (!runChecks(all, v)) return false;
      if (counting) tally += colonsIn(v);
      return true;
    }
    if (pattern !== null) {
      pattern.lastIndex = 0;
      if (!pattern.test(v)) return false;
    } else {
      for (let k = 0; k < patterns.length; k++) {
        const p = patterns[k] as RegExp;
        p.lastIndex = 0;
        if (!p.test(v)) return false;
      }
    }
    if (rest.length > 0 && !runChecks(rest, v)) return false;
    if (counting) tally += colonsIn(v);
    return true;
  };
}

/**
 * A number schema's test in one function: finite, a safe integer when the
 * format says so, the bounds; any other check is run as zod runs it.
 */
function numberTest(checks: readonly Check[]): FastCheck {
  let integer = false;
  let min = Number.NEGATIVE_INFINITY;
  let minInclusive = true;
  let max = Number.POSITIVE_INFINITY;
  let maxInclusive = true;
  const rest: Check[] = [];
  for (const c of checks) {
    const def = c._zod.def as CheckDef;
    const bound = def.value;
    if (def.check === 'number_format' && def.format === 'safeint') integer = true;
    else if (def.check === 'greater_than' && typeof bound === 'number') {
      if (bound > min || (bound === min && !def.inclusive)) {
        min = bound;
        minInclusive = def.inclusive === true;
      }
    } else if (def.check === 'less_than' && typeof bound === 'number') {
      if (bound < max || (bound === max && !def.inclusive)) {
        max = bound;
        maxInclusive = def.inclusive === true;
      }
    } else rest.push(c);
  }
  return (v) =>
    typeof v === 'number' &&
    (integer
      ? Number.isSafeInteger(v)
      : Number.isFinite(v) && (!counting || !Number.isInteger(v) || Number.isSafeInteger(v))) &&
    (minInclusive ? v >= min : v > min) &&
    (maxInclusive ? v <= max : v < max) &&
    (rest.length === 0 || runChecks(rest, v));
}

function isPlain(v: unknown): v is object {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}
