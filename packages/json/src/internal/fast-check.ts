import type * as z from 'zod/mini';
import { colonsOf } from './quick-check.js';

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

// Counting mode (see `tallyOf`): while `counting`, every test that passes adds
// to `tally` the keys of the objects it read and the colons inside their keys
// and inside every string it read.
let counting = false;
let tally = 0;

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
 * Whether a compiled test passes on `value`, parsed from `text` (from
 * `start`), and by counting as it goes proves the text clean: the count plus
 * `outer` (keys and string colons of what wraps the value, such as an
 * envelope) equals the colons of the whole text. The text must be a
 * `plainText` (see `provenClean`).
 * @internal
 */
export function tallyProves(
  test: FastCheck,
  value: unknown,
  text: string,
  start: number,
  outer = 0,
): boolean {
  const counted = tallyOf(test, value);
  return counted >= 0 && counted + outer === colonsOf(text, start);
}

/**
 * How deep the values a compiled test accepts can nest: arrays and objects
 * within one another, the outermost counted (a flat object is 1).
 * @internal
 */
export const nestingOf = (test: FastCheck): number => depths.get(test) ?? 0;

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
 * One check of a schema other than a string or a number (those have
 * `stringTest` and `numberTest`), run as zod runs it.
 */
function compileCheck(c: Check): FastCheck {
  const one = [c];
  return (v) => runChecks(one, v);
}

function build(schema: z.core.$ZodType, guard: number): FastCheck | null {
  const zod = schema._zod as unknown as { def: Def; values?: Set<unknown> };
  const def = zod.def;
  const checks = checksOf(schema);
  if (checks === null) return null;
  const compiled = checks.map(compileCheck);
  const withChecks = (test: FastCheck): FastCheck =>
    compiled.length === 0 ? test : (v) => test(v) && compiled.every((c) => c(v));
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
          if (typeof v === 'string') tally += colonsOf(v, 0);
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
        nestingOf(inner),
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
        1 + nestingOf(item),
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
        1 + nestingOf(val),
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
        fields.set(k, { test: t, required: isRequired, counted: 1 + colonsOf(k, 0) });
        depth = Math.max(depth, nestingOf(t));
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
      // Whether some option passes does not depend on the order they are tried
      // in, nor does the count (a passing option reads the whole value): the
      // option that passed last is tried first, as values of one kind tend to
      // come together. An option that fails may have counted part of the value:
      // undo it.
      const depth = Math.max(0, ...options.map(nestingOf));
      const n = options.length;
      let last = 0;
      return withDepth(
        withChecks((v) => {
          const before = tally;
          for (let k = 0; k < n; k++) {
            const at = (last + k) % n;
            if ((options[at] as FastCheck)(v)) {
              last = at;
              return true;
            }
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
 * units where they settle zod's count of code points, a pattern; any other
 * check (and a length in doubt) is run as zod runs it.
 */
function stringTest(checks: readonly Check[]): FastCheck {
  let lo = 0;
  let hi = Number.POSITIVE_INFINITY;
  let pattern: RegExp | null = null;
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
      pattern === null &&
      def.check === 'string_format' &&
      def.pattern instanceof RegExp &&
      PATTERN_FORMATS.has(def.format ?? '')
    ) {
      pattern = def.pattern;
    } else rest.push(c);
  }
  const all = [...checks];
  return (v) => {
    if (typeof v !== 'string') return false;
    const n = v.length;
    if (n < lo || n > hi) {
      // A length in doubt (or out of bounds): zod's own checks decide.
      if (!runChecks(all, v)) return false;
    } else {
      if (pattern !== null) {
        pattern.lastIndex = 0;
        if (!pattern.test(v)) return false;
      }
      if (rest.length > 0 && !runChecks(rest, v)) return false;
    }
    if (counting) tally += colonsOf(v, 0);
    return true;
  };
}

/**
 * A number schema's test in one function: finite, a safe integer when the
 * format says so, the inclusive bounds; any other check is run as zod runs it.
 */
function numberTest(checks: readonly Check[]): FastCheck {
  let integer = false;
  let min = Number.NEGATIVE_INFINITY;
  let max = Number.POSITIVE_INFINITY;
  const rest: Check[] = [];
  for (const c of checks) {
    const def = c._zod.def as CheckDef;
    const bound = def.value;
    if (def.check === 'number_format' && def.format === 'safeint') integer = true;
    else if (def.check === 'greater_than' && def.inclusive && typeof bound === 'number')
      min = Math.max(min, bound);
    else if (def.check === 'less_than' && def.inclusive && typeof bound === 'number')
      max = Math.min(max, bound);
    else rest.push(c);
  }
  return (v) =>
    typeof v === 'number' &&
    (integer
      ? Number.isSafeInteger(v)
      : Number.isFinite(v) && (!counting || !Number.isInteger(v) || Number.isSafeInteger(v))) &&
    v >= min &&
    v <= max &&
    (rest.length === 0 || runChecks(rest, v));
}

function isPlain(v: unknown): v is object {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}
