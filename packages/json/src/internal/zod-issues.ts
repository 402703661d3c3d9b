import { createIssue, type Issue, type IssuePath } from '@rollout/core';
import type * as z from 'zod/mini';

const describe = (v: unknown): string =>
  v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v;

function valueAt(root: unknown, path: readonly PropertyKey[]): { found: boolean; value: unknown } {
  let cur = root;
  for (const k of path) {
    if (cur === null || typeof cur !== 'object' || !Object.hasOwn(cur, k)) {
      return { found: false, value: undefined };
    }
    cur = (cur as Record<PropertyKey, unknown>)[k];
  }
  return { found: true, value: cur };
}

const toPath = (base: IssuePath, p: readonly PropertyKey[]): (string | number)[] => [
  ...base,
  ...p.map((k) => (typeof k === 'symbol' ? String(k) : k)),
];

/**
 * Maps zod issues of a record (a unit, an event) to core's `schema/…` issues.
 *
 * @remarks A smaller sibling of core's internal mapper, for schemas other
 * than the plan's.
 * @internal
 */
export function schemaIssues(
  zodIssues: readonly z.core.$ZodIssue[],
  input: unknown,
  base: IssuePath = [],
): Issue[] {
  const out: Issue[] = [];
  for (const zi of zodIssues) {
    const rel = zi.path as readonly PropertyKey[];
    const path = toPath(base, rel);
    switch (zi.code) {
      case 'invalid_type': {
        const parent = valueAt(input, rel.slice(0, -1));
        const key = rel[rel.length - 1];
        if (
          key !== undefined &&
          parent.found &&
          parent.value !== null &&
          typeof parent.value === 'object' &&
          !Object.hasOwn(parent.value, key)
        ) {
          out.push(createIssue('schema/required', path, { key: String(key) }));
        } else {
          const at = valueAt(input, rel);
          out.push(
            createIssue('schema/invalid-type', path, {
              expected: zi.expected === 'int' ? 'integer' : String(zi.expected),
              received: typeof at.value === 'number' ? String(at.value) : describe(at.value),
            }),
          );
        }
        break;
      }
      case 'invalid_value': {
        const at = valueAt(input, rel);
        out.push(
          createIssue('schema/invalid-value', path, {
            allowed: zi.values.map((x) => String(x)).join(' | '),
            received: typeof at.value === 'string' ? at.value.slice(0, 60) : describe(at.value),
          }),
        );
        break;
      }
      case 'invalid_format':
        out.push(createIssue('schema/invalid-format', path, { format: zi.format }));
        break;
      case 'too_small':
        out.push(createIssue('schema/too-small', path, { minimum: String(zi.minimum) }));
        break;
      case 'too_big':
        out.push(createIssue('schema/too-big', path, { maximum: String(zi.maximum) }));
        break;
      case 'unrecognized_keys':
        for (const key of zi.keys)
          out.push(createIssue('schema/unknown-key', [...path, key], { key }));
        break;
      default:
        out.push(createIssue('schema/invalid', path, { detail: zi.message }));
    }
  }
  if (out.length === 0) out.push(createIssue('schema/invalid', base, { detail: 'invalid value' }));
  return out;
}
