// The fuzz suite's shared parts (issue 13): how many runs and which seed, the hostile
// inputs (any JSON, any string, real plans with a few mutations), and the contract every
// public function keeps on them: it returns (issues or a result), throws only the typed
// error it documents, finishes within a generous bound, leaves its input as it was, and
// gives the same result on a second call.
//
// CI runs each property a modest number of times with a fixed seed, so a failure
// reproduces. `pnpm fuzz` (scripts/fuzz.mjs) runs the same properties with FUZZ_RUNS runs
// each and a random seed it prints first; `FUZZ_SEED=<n> pnpm fuzz` replays it.
import fc from 'fast-check';
import { expect } from 'vitest';

/** The seed of every property: `FUZZ_SEED`, else a fixed one so CI failures reproduce. */
export const FUZZ_SEED: number = Number.parseInt(process.env.FUZZ_SEED ?? '', 10) || 13;

/** Runs of one property: `FUZZ_RUNS` when set (pnpm fuzz), else `base` (CI). */
export function fuzzRuns(base: number): number {
  const n = Number.parseInt(process.env.FUZZ_RUNS ?? '', 10);
  return Number.isFinite(n) && n > 0 ? n : base;
}

/** fast-check parameters of a fuzz property. */
export function fuzzParams(base: number): fc.Parameters<unknown> {
  return { numRuns: fuzzRuns(base), seed: FUZZ_SEED, endOnFailure: false };
}

/**
 * A generous bound on one call. A call that takes longer is a hang (or a quadratic path)
 * on inputs this small; the bound is far above what any call needs, even on a loaded
 * machine, so it never measures speed.
 */
export const CALL_BOUND_MS = 10_000;

/** Characters that break naive text handling: controls, bidi, non-characters, surrogates. */
export const HOSTILE_CHARS: readonly string[] = [
  '\u0000',
  '\u0007',
  '\u0008',
  '\u000B',
  '\u000C',
  '\r',
  '\n',
  '\r\n',
  '\t',
  '\u001B[2J',
  '\u007F',
  '\u0085',
  '\u009B',
  '\u00A0',
  '\u200B',
  '\u200E',
  '\u200F',
  '\u2028',
  '\u2029',
  '\u202A',
  '\u202E',
  '\u2066',
  '\u2069',
  '\uFEFF',
  '\uFFFD',
  '\uFFFE',
  '\uFFFF',
  '\uD800',
  '\uDFFF',
  '\uDC00\uD800',
  '\u{1F600}',
  '\u{10FFFF}',
  '\u{E0001}',
  'a\u0301',
  '<script>alert(1)</script>',
  ']]>',
  '&amp;',
  '"\'`',
  'BEGIN:VEVENT',
  '\r\nEND:VCALENDAR\r\n',
  '*_[x](y)|#',
  '__proto__',
  'constructor',
  '%s%n',
  '\u0024{x}',
  '\\',
];

/** Any text: code units, code points of every plane, and the hostile characters above. */
export const anyString: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      fc.integer({ min: 0, max: 0xffff }).map((u) => String.fromCharCode(u)),
      fc.integer({ min: 0, max: 0x10ffff }).map((c) => String.fromCodePoint(c)),
      fc.constantFrom(...HOSTILE_CHARS),
      fc.constantFrom('Hà Nội', 'Nghị quyết', 'a', ' ', '0', '2020-09-01', '985-KH/HNDT'),
    ),
    { maxLength: 12 },
  )
  .map((parts) => parts.join(''));

/** Numbers at the edges: zero, negatives, huge lags, unsafe integers, NaN, infinities. */
export const EDGE_NUMBERS: readonly number[] = [
  0,
  -0,
  -1,
  1,
  0.5,
  -0.5,
  7,
  365,
  36_600,
  -36_600,
  1e9,
  2 ** 31,
  2 ** 53 + 1,
  -(2 ** 53) - 1,
  Number.MAX_VALUE,
  Number.MIN_VALUE,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
];

/** Dates at the edges of the ISO range and beyond it, and dates that do not exist. */
export const EDGE_DATES: readonly string[] = [
  '0001-01-01',
  '9999-12-31',
  '2020-02-30',
  '2021-02-29',
  '2024-02-29',
  '0000-01-01',
  '10000-01-01',
  '2020-13-01',
  '2020-00-10',
  '2020-1-1',
  '2020-09-01T00:00:00Z',
  ' 2020-09-01',
  '2020-09-01\u0000',
  '١٢٣٤-05-06',
];

/** Any JSON-like value, with keys that are prototype names and dates among the strings. */
export const anyJson: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(null, true, false),
    fc.constantFrom(...EDGE_NUMBERS),
    fc.double(),
    fc.constantFrom(...EDGE_DATES),
    anyString,
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(
      fc.oneof(
        fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'id', 'kind', ''),
        anyString,
      ),
      tie('value'),
      { maxKeys: 4 },
    ),
  ),
})).value;

type Container = Record<string, unknown> | unknown[];

/** Every container of a value with one of its keys, found iteratively (any depth). */
function slots(root: unknown): { parent: Container; key: string | number }[] {
  const out: { parent: Container; key: string | number }[] = [];
  const stack: unknown[] = [root];
  const seen = new Set<unknown>();
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === null || typeof node !== 'object' || seen.has(node)) continue;
    seen.add(node);
    if (Array.isArray(node)) {
      node.forEach((child, i) => {
        out.push({ parent: node, key: i });
        stack.push(child);
      });
    } else {
      for (const [k, child] of Object.entries(node)) {
        out.push({ parent: node as Record<string, unknown>, key: k });
        stack.push(child);
      }
    }
  }
  return out;
}

/** One mutation: where (an index into the value's slots), what, and with which value. */
interface Mutation {
  readonly at: number;
  readonly op: 'delete' | 'duplicate' | 'replace' | 'tweak';
  readonly value: unknown;
  readonly pick: number;
  readonly text: string;
}

const mutation: fc.Arbitrary<Mutation> = fc.record({
  at: fc.nat(),
  op: fc.constantFrom('delete', 'duplicate', 'replace', 'tweak', 'tweak', 'tweak'),
  value: anyJson,
  pick: fc.nat(),
  text: fc.constantFrom(...HOSTILE_CHARS),
});

const isDate = (v: unknown): boolean => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v);

/** Applies one mutation in place to a (cloned) value. */
function mutate(root: unknown, m: Mutation): void {
  const all = slots(root);
  if (all.length === 0) return;
  const { parent, key } = all[m.at % all.length]!;
  const current = (parent as Record<string | number, unknown>)[key];
  const set = (v: unknown) => {
    (parent as Record<string | number, unknown>)[key] = v;
  };
  switch (m.op) {
    case 'delete':
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete parent[key as string];
      return;
    case 'duplicate':
      // A second copy of an entry (so two sessions or units share an id), or of a field
      // under a second name.
      if (Array.isArray(parent)) parent.splice(key as number, 0, structuredClone(current));
      else parent[`${key as string}${m.text.length % 2 === 0 ? '' : '_'}`] = current;
      return;
    case 'replace':
      set(m.value);
      return;
    case 'tweak':
      if (typeof current === 'number') set(EDGE_NUMBERS[m.pick % EDGE_NUMBERS.length]);
      else if (isDate(current)) set(EDGE_DATES[m.pick % EDGE_DATES.length]);
      else if (typeof current === 'string') {
        const i = m.pick % (current.length + 1);
        set(current.slice(0, i) + m.text + current.slice(i));
      } else if (Array.isArray(current) && current.length > 0)
        current.push(structuredClone(current[m.pick % current.length]));
      else set(m.value);
      return;
  }
}

/**
 * Real values (example plans, reports, unit trees) with one to four mutations each:
 * fields deleted, entries duplicated, values replaced by any JSON, numbers and dates set
 * to edge values, hostile characters put into strings. The bases are never touched.
 */
export function mutated<T>(bases: readonly T[]): fc.Arbitrary<T> {
  return fc
    .record({
      base: fc.nat({ max: bases.length - 1 }),
      mutations: fc.array(mutation, { minLength: 1, maxLength: 4 }),
    })
    .map(({ base, mutations }) => {
      const value = structuredClone(bases[base]) as T;
      for (const m of mutations) mutate(value, m);
      return value;
    });
}

/** What a plan-taking function gets: any JSON, any string, or a mutated real value. */
export function hostile<T>(bases: readonly T[]): fc.Arbitrary<T> {
  return fc.oneof(
    { weight: 1, arbitrary: anyJson as fc.Arbitrary<T> },
    { weight: 1, arbitrary: anyString as unknown as fc.Arbitrary<T> },
    { weight: 6, arbitrary: mutated(bases) },
  );
}

/**
 * A comparable picture of a value, as a string: functions by name, class instances by
 * their `toJSON` or own fields, Maps and Sets as entries, bytes by length and hash, NaN,
 * -0 and undefined kept, keys such as `constructor` and `__proto__` as plain keys.
 */
export function picture(value: unknown): string {
  const out: string[] = [];
  const seen = new Set<unknown>();
  const walk = (v: unknown, depth: number): void => {
    if (depth > 400) {
      out.push('…');
      return;
    }
    if (typeof v === 'function') {
      out.push(`[function ${v.name}]`);
      return;
    }
    if (typeof v === 'number') {
      out.push(Object.is(v, -0) ? '-0' : String(v));
      return;
    }
    if (typeof v === 'bigint') {
      out.push(`${v}n`);
      return;
    }
    if (typeof v === 'string') {
      out.push(JSON.stringify(v));
      return;
    }
    if (v === null || typeof v !== 'object') {
      out.push(String(v));
      return;
    }
    if (seen.has(v)) {
      out.push('[cycle]');
      return;
    }
    seen.add(v);
    if (v instanceof Uint8Array) out.push(`[bytes ${v.length} ${hashBytes(v)}]`);
    else if (v instanceof Map || v instanceof Set) {
      out.push(v instanceof Map ? 'Map[' : 'Set[');
      for (const e of v) {
        walk(e, depth + 1);
        out.push(',');
      }
      out.push(']');
    } else if (Array.isArray(v)) {
      out.push('[');
      for (let i = 0; i < v.length; i++) {
        walk(v[i], depth + 1);
        out.push(',');
      }
      out.push(']');
    } else if (v instanceof Error) out.push(`${v.name}(${JSON.stringify(v.message)})`);
    else {
      const toJSON = (v as { toJSON?: () => unknown }).toJSON;
      if (typeof toJSON === 'function' && !(v instanceof Date)) walk(toJSON.call(v), depth + 1);
      else {
        out.push('{');
        for (const k of Object.keys(v)) {
          out.push(`${JSON.stringify(k)}:`);
          walk((v as Record<string, unknown>)[k], depth + 1);
          out.push(',');
        }
        out.push('}');
      }
    }
    seen.delete(v);
  };
  walk(value, 0);
  return out.join('');
}

function hashBytes(bytes: Uint8Array): number {
  let h = 2166136261;
  for (const b of bytes) h = Math.imul(h ^ b, 16777619);
  return h >>> 0;
}

/** Which errors a function documents; anything else thrown is a failure. */
export type Allowed = (error: unknown) => boolean;

/** Nothing may be thrown. */
export const noThrow: Allowed = () => false;

function describeError(name: string, error: unknown): Error {
  const e = error instanceof Error ? error : new Error(String(error));
  const wrapped = new Error(`${name} threw ${e.name}: ${e.message}`);
  wrapped.stack = `${wrapped.message}\n${e.stack ?? ''}`;
  return wrapped;
}

/** One outcome of a call: its result's picture, or the typed error it threw. */
type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

function settle(name: string, started: number, outcome: Outcome, allowed: Allowed): string {
  const ms = performance.now() - started;
  if (ms > CALL_BOUND_MS)
    throw new Error(`${name} took ${Math.round(ms)} ms (bound ${CALL_BOUND_MS} ms)`);
  if (!outcome.ok) {
    if (!allowed(outcome.error)) throw describeError(name, outcome.error);
    return `threw ${picture(outcome.error)}`;
  }
  return picture(outcome.value);
}

/**
 * Calls `fn(...args)` twice and checks the contract: it returns or throws only an allowed
 * error, within the bound, leaves `args` as a deep picture taken before shows them, and gives the
 * same picture both times.
 */
export function holds(
  name: string,
  fn: (...args: never[]) => unknown,
  args: readonly unknown[],
  allowed: Allowed = noThrow,
): unknown {
  const before = picture(args);
  const once = (): unknown => {
    const started = performance.now();
    let outcome: Outcome;
    try {
      outcome = { ok: true, value: (fn as (...a: unknown[]) => unknown)(...args) };
    } catch (error) {
      outcome = { ok: false, error };
    }
    return settle(name, started, outcome, allowed);
  };
  const first = once();
  expect(picture(args), `${name} mutated its input`).toBe(before);
  const second = once();
  expect(second, `${name} gave another result on a second call`).toBe(first);
  return first;
}

/** {@link holds} for a function that returns a promise (or an async iterable's drain). */
export async function holdsAsync(
  name: string,
  fn: (...args: never[]) => Promise<unknown>,
  args: readonly unknown[],
  allowed: Allowed = noThrow,
): Promise<unknown> {
  const before = picture(args);
  const once = async (): Promise<unknown> => {
    const started = performance.now();
    let outcome: Outcome;
    try {
      outcome = { ok: true, value: await (fn as (...a: unknown[]) => Promise<unknown>)(...args) };
    } catch (error) {
      outcome = { ok: false, error };
    }
    return settle(name, started, outcome, allowed);
  };
  const first = await once();
  expect(picture(args), `${name} mutated its input`).toBe(before);
  const second = await once();
  expect(second, `${name} gave another result on a second call`).toBe(first);
  return first;
}

/**
 * The shared-state check (issue 13, item 3): a good call, a hostile call, the good call
 * again; the two good results must be the same. A hostile call may fail with its typed
 * error; only what it leaves behind (caches, tables, default calendars) matters here.
 */
export async function goodAfterHostile(
  good: () => unknown,
  hostileCalls: readonly (() => unknown)[],
): Promise<void> {
  const first = picture(await good());
  for (const h of hostileCalls) {
    try {
      await h();
    } catch {
      // Its own failure is the fuzz suite's business, not this check's.
    }
    expect(picture(await good()), 'a hostile call changed a later good result').toBe(first);
  }
}
