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

function build(schema: z.core.$ZodType, guard: number): FastCheck | null {
  const zod = schema._zod as unknown as { def: Def; values?: Set<unknown> };
  const def = zod.def;
  const checks = checksOf(schema);
  if (checks === null) return null;
  const withChecks = (test: FastCheck): FastCheck =>
    checks.length === 0 ? test : (v) => test(v) && runChecks(checks, v);
  switch (def.type) {
    case 'string':
      return withChecks((v) => typeof v === 'string');
    case 'number':
      return withChecks((v) => typeof v === 'number' && Number.isFinite(v));
    case 'boolean':
      return withChecks((v) => typeof v === 'boolean');
    case 'null':
      return withChecks((v) => v === null);
    case 'literal':
    case 'enum': {
      const values = zod.values;
      if (!values) return null;
      return withChecks((v) => values.has(v));
    }
    case 'optional': {
      if (!def.innerType) return null;
      const inner = compile(def.innerType, guard + 1);
      if (!inner) return null;
      return withChecks((v) => v === undefined || inner(v));
    }
    case 'array': {
      if (!def.element) return null;
      const item = compile(def.element, guard + 1);
      if (!item) return null;
      return withChecks((v) => {
        if (!Array.isArray(v)) return false;
        for (let k = 0; k < v.length; k++) if (!item(v[k])) return false;
        return true;
      });
    }
    case 'record': {
      if (!def.keyType || !def.valueType) return null;
      const key = compile(def.keyType, guard + 1);
      const val = compile(def.valueType, guard + 1);
      if (!key || !val || (def.keyType._zod as { values?: unknown }).values) return null;
      return withChecks((v) => {
        if (!isPlain(v)) return false;
        for (const k in v) {
          if (!Object.hasOwn(v, k) || !key(k) || !val((v as Record<string, unknown>)[k]))
            return false;
        }
        return true;
      });
    }
    case 'object': {
      // Only strict objects: a stripping object would change the value.
      const catchall = def.catchall?._zod.def as { type?: string } | undefined;
      if (catchall?.type !== 'never' || !def.shape) return null;
      const keys = Object.keys(def.shape);
      const tests: FastCheck[] = [];
      for (const k of keys) {
        const t = compile(def.shape[k] as z.core.$ZodType, guard + 1);
        if (!t) return null;
        tests.push(t);
      }
      const shape = def.shape;
      return withChecks((v) => {
        if (!isPlain(v)) return false;
        let present = 0;
        for (const k in v) {
          if (!Object.hasOwn(shape, k)) return false;
          present++;
        }
        let matched = 0;
        for (let k = 0; k < keys.length; k++) {
          const key = keys[k] as string;
          const value = (v as Record<string, unknown>)[key];
          if (value !== undefined) matched++;
          else if (Object.hasOwn(v, key)) return false;
          if (!(tests[k] as FastCheck)(value)) return false;
        }
        return matched === present;
      });
    }
    case 'union': {
      const options: FastCheck[] = [];
      for (const o of def.options ?? []) {
        const t = compile(o, guard + 1);
        if (!t) return null;
        options.push(t);
      }
      return withChecks((v) => {
        for (const t of options) if (t(v)) return true;
        return false;
      });
    }
    default:
      return null;
  }
}

function isPlain(v: unknown): v is object {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}
