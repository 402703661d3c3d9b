import type * as z from 'zod';
import { createIssue, type Issue, type IssuePath } from './issue.js';

type ZodIssue = z.core.$ZodIssue;

const hasOwn = (o: object, k: PropertyKey): boolean => Object.hasOwn(o, k);

/** Reads the input at a path without invoking anything but plain property reads. */
function valueAt(root: unknown, path: readonly PropertyKey[]): { found: boolean; value: unknown } {
  let cur: unknown = root;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object') return { found: false, value: undefined };
    try {
      if (!hasOwn(cur, key)) return { found: false, value: undefined };
      cur = (cur as Record<PropertyKey, unknown>)[key];
    } catch {
      return { found: false, value: undefined };
    }
  }
  return { found: true, value: cur };
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number' && Number.isNaN(value)) return 'NaN';
  return typeof value;
}

function preview(value: unknown): string {
  if (typeof value === 'string') return value.length > 60 ? `${value.slice(0, 57)}…` : value;
  if (typeof value === 'number' || typeof value === 'boolean' || value === null)
    return String(value);
  return describe(value);
}

const toPath = (path: readonly PropertyKey[]): IssuePath =>
  path.map((k) => (typeof k === 'symbol' ? String(k) : k));

/**
 * Turns a zod error on a Rollout schema (or on a schema composed from one)
 * into Rollout issues, with stable codes and messages in Vietnamese and
 * English, so that a form built on the exported schemas shows the same
 * messages as {@link parsePlan}.
 *
 * @remarks Our codes never change when zod's do. A union issue is resolved to
 * the branch the input meant (the one whose `kind` matched). The paths are
 * zod's, after `basePath`: validate one session of a form with
 * `basePath: ['sessions', 2]` and the issues point into the whole plan.
 * Checks a schema of your own adds (`z.refine`) come out as `schema/invalid`
 * with zod's message as the `detail`.
 * @param error - A zod error (`result.error` of `z.safeParse`) or its `issues`.
 * @param input - The value that was parsed (read for the types received and
 *   the keys missing; never changed).
 * @param basePath - Where in a larger input the value sits; default `[]`.
 * @returns Rollout issues, in zod's order.
 * @example
 * ```ts
 * import * as z from 'zod/mini';
 *
 * const result = z.safeParse(SessionSchema, { id: 's1', tier: 'district' });
 * if (!result.success) {
 *   const issues = issuesFromZod(result.error, { id: 's1', tier: 'district' });
 *   issues[0]?.code; // => 'schema/required'
 *   issues[0]?.message.vi; // => 'Thiếu trường bắt buộc "audiences".'
 * }
 * ```
 * @category Validation
 */
export function issuesFromZod(
  error: { readonly issues: readonly ZodIssue[] } | readonly ZodIssue[],
  input: unknown,
  basePath: readonly PropertyKey[] = [],
): Issue[] {
  const zodIssues: readonly ZodIssue[] = Array.isArray(error)
    ? (error as readonly ZodIssue[])
    : (error as { readonly issues: readonly ZodIssue[] }).issues;
  // The input sits at basePath of a larger value: the mapping reads it there.
  let root: unknown = input;
  for (let i = basePath.length - 1; i >= 0; i--) {
    const key = basePath[i] as PropertyKey;
    root = { [typeof key === 'symbol' ? String(key) : key]: root };
  }
  return issuesFromZodAt(zodIssues, root, basePath);
}

/**
 * Maps zod's issues on the value at `base` of `root` (the whole input).
 * @internal
 */
export function issuesFromZodAt(
  zodIssues: readonly ZodIssue[],
  root: unknown,
  base: readonly PropertyKey[] = [],
): Issue[] {
  const out: Issue[] = [];
  for (const zi of zodIssues) mapOne(zi, root, base, out);
  return out;
}

function mapOne(zi: ZodIssue, input: unknown, base: readonly PropertyKey[], out: Issue[]): void {
  const rel = zi.path as readonly PropertyKey[];
  const full = [...base, ...rel];
  const path = toPath(full);
  // A field that is absent is "required", whatever zod says of the value it
  // lacks (a type, an enum's values, a union's branches).
  if (zi.code === 'invalid_type' || zi.code === 'invalid_value' || zi.code === 'invalid_union') {
    const parent = valueAt(input, full.slice(0, -1));
    const key = full[full.length - 1];
    const missing =
      full.length > base.length &&
      parent.found &&
      parent.value !== null &&
      typeof parent.value === 'object' &&
      !Array.isArray(parent.value) &&
      key !== undefined &&
      !hasOwn(parent.value, key);
    if (missing) {
      out.push(createIssue('schema/required', path, { key: String(key) }));
      return;
    }
  }
  switch (zi.code) {
    case 'invalid_type': {
      const at = valueAt(input, full);
      const expected = zi.expected === 'int' ? 'integer' : String(zi.expected);
      const received = typeof at.value === 'number' ? String(at.value) : describe(at.value);
      out.push(createIssue('schema/invalid-type', path, { expected, received }));
      return;
    }
    case 'invalid_value': {
      const at = valueAt(input, full);
      const inRecipients = full.length === 3 && full[0] === 'recipients' && full[2] === 'purpose';
      if (inRecipients) {
        out.push(createIssue('recipient/unknown-purpose', path, { purpose: preview(at.value) }));
        return;
      }
      out.push(
        createIssue('schema/invalid-value', path, {
          allowed: zi.values.map((x) => String(x)).join(' | '),
          received: preview(at.value),
        }),
      );
      return;
    }
    case 'invalid_format':
      out.push(
        createIssue('schema/invalid-format', path, {
          format: formatKey(zi.message || zi.format),
        }),
      );
      return;
    case 'too_small':
      out.push(createIssue('schema/too-small', path, { minimum: String(zi.minimum) }));
      return;
    case 'too_big':
      out.push(createIssue('schema/too-big', path, { maximum: String(zi.maximum) }));
      return;
    case 'unrecognized_keys':
      for (const key of zi.keys) {
        out.push(createIssue('schema/unknown-key', toPath([...full, key]), { key }));
      }
      return;
    case 'invalid_union': {
      const branch = pickBranch(zi.errors, input, full);
      if (branch) {
        for (const sub of branch) mapOne(sub, input, full, out);
        return;
      }
      const at = valueAt(input, [...full, 'kind']);
      if (at.found) {
        const kinds = new Set<string>();
        for (const b of zi.errors) {
          for (const sub of b) {
            if (sub.code === 'invalid_value' && sub.path.length === 1 && sub.path[0] === 'kind') {
              for (const v of sub.values) kinds.add(String(v));
            }
          }
        }
        out.push(
          createIssue('schema/invalid-value', toPath([...full, 'kind']), {
            allowed: [...kinds].join(' | '),
            received: preview(at.value),
          }),
        );
        return;
      }
      const self = valueAt(input, full);
      out.push(
        createIssue('schema/invalid-type', path, {
          expected: 'date rule object',
          received: describe(self.value),
        }),
      );
      return;
    }
    default: {
      // A refinement of ours (a known form) reads as a format; anything else keeps zod's words.
      const key = formatKey(zi.message);
      const rule = RULE_KEYS[zi.message.replace(/\.$/, '')];
      out.push(
        key !== zi.message.replace(/\.$/, '')
          ? createIssue('schema/invalid-format', path, { format: key })
          : createIssue('schema/invalid', path, { detail: rule ?? zi.message }),
      );
    }
  }
}

/** The forms our schemas name in their errors, as keys the messages translate. */
const FORMAT_KEYS: Readonly<Record<string, string>> = {
  'Expected a date as YYYY-MM-DD': 'date',
  'Expected a month as YYYY-MM': 'month',
  'Expected a quarter as YYYY-Qn': 'quarter',
  'Expected a year as YYYY': 'year',
  'Expected a time as HH:MM': 'time',
  'An id has no leading or trailing white space': 'id',
  'An id has no control, format or line-break characters': 'id-characters',
};

/** The rules (not forms) our refinements state, as keys the messages translate. */
const RULE_KEYS: Readonly<Record<string, string | undefined>> = {
  'A session-held event gives attendees, byAudience or both': 'session-held',
};

/** The key of a known form, else zod's own words without a final full stop. */
function formatKey(text: string): string {
  const t = text.replace(/\.$/, '');
  return Object.hasOwn(FORMAT_KEYS, t) ? FORMAT_KEYS[t]! : t;
}

/** The union branch the input meant: one whose `kind` literal matched, with the fewest issues. */
function pickBranch(
  branches: readonly (readonly ZodIssue[])[],
  input: unknown,
  full: readonly PropertyKey[],
): readonly ZodIssue[] | undefined {
  const self = valueAt(input, full);
  if (!self.found || self.value === null || typeof self.value !== 'object') return undefined;
  let best: readonly ZodIssue[] | undefined;
  for (const b of branches) {
    const kindMismatch = b.some((i) => i.path.length === 1 && i.path[0] === 'kind');
    if (kindMismatch) continue;
    if (!best || b.length < best.length) best = b;
  }
  return best;
}
