import type { Plan } from '@rollout/core';
import { canonicalJson } from './event-key.js';

/** One change between two versions of a plan. */
export interface PlanChange {
  /** `added`, `removed` or `changed`. */
  readonly op: 'added' | 'removed' | 'changed';
  /** Where: a top-level key, or a list item by id (`sessions[s-district].deadline`). */
  readonly path: string;
}

const same = (a: unknown, b: unknown): boolean => canonicalJson(a) === canonicalJson(b);
const hasId = (x: unknown): x is { id: string } =>
  x !== null && typeof x === 'object' && typeof (x as { id?: unknown }).id === 'string';

/**
 * What changed from one plan to the next, for the plan's history: top-level
 * parts, the items of id-keyed lists (tiers, sessions, deliverables …) by id,
 * and the fields of a changed item.
 *
 * @param before - The previous version (`undefined` for the first).
 * @param after - The new version.
 * @returns The changes, in the order of the plan's keys.
 */
export function planChanges(before: Plan | undefined, after: Plan): PlanChange[] {
  if (before === undefined) return [{ op: 'added', path: '' }];
  const out: PlanChange[] = [];
  const a = before as unknown as Record<string, unknown>;
  const b = after as unknown as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  for (const key of keys) {
    const x = a[key];
    const y = b[key];
    if (same(x, y)) continue;
    if (x === undefined) out.push({ op: 'added', path: key });
    else if (y === undefined) out.push({ op: 'removed', path: key });
    else if (Array.isArray(x) && Array.isArray(y) && [...x, ...y].every(hasId)) {
      const left = new Map(x.map((i) => [i.id, i as Record<string, unknown>]));
      const right = new Map(y.map((i) => [i.id, i as Record<string, unknown>]));
      for (const [id, item] of left) {
        const next = right.get(id);
        if (next === undefined) out.push({ op: 'removed', path: `${key}[${id}]` });
        else if (!same(item, next)) {
          for (const field of new Set([...Object.keys(item), ...Object.keys(next)])) {
            if (same(item[field], next[field])) continue;
            const op =
              item[field] === undefined
                ? 'added'
                : next[field] === undefined
                  ? 'removed'
                  : 'changed';
            out.push({ op, path: `${key}[${id}].${field}` });
          }
        }
      }
      for (const id of right.keys())
        if (!left.has(id)) out.push({ op: 'added', path: `${key}[${id}]` });
    } else if (
      x !== null &&
      y !== null &&
      typeof x === 'object' &&
      typeof y === 'object' &&
      !Array.isArray(x) &&
      !Array.isArray(y)
    ) {
      const xo = x as Record<string, unknown>;
      const yo = y as Record<string, unknown>;
      for (const field of new Set([...Object.keys(xo), ...Object.keys(yo)])) {
        if (same(xo[field], yo[field])) continue;
        const op =
          xo[field] === undefined ? 'added' : yo[field] === undefined ? 'removed' : 'changed';
        out.push({ op, path: `${key}.${field}` });
      }
    } else out.push({ op: 'changed', path: key });
  }
  return out;
}
