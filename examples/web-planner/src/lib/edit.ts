/**
 * Immutable edits of a plan: a new object along the changed path, everything
 * else shared (so that unchanged rows keep their identity and are not
 * repainted). A value of `undefined` removes an optional key, so that a plan
 * written to JSON and read back is the same plan.
 */

export type Path = readonly (string | number)[];

type Container = Record<string, unknown> | unknown[];

function isContainer(value: unknown): value is Container {
  return value !== null && typeof value === 'object';
}

/** The value at a path, or `undefined`. */
export function getIn(root: unknown, path: Path): unknown {
  let at: unknown = root;
  for (const key of path) {
    if (!isContainer(at)) return undefined;
    at = (at as Record<string | number, unknown>)[key];
  }
  return at;
}

/** A copy of `root` with `value` at `path` (`undefined` removes an object key). */
export function setIn<T>(root: T, path: Path, value: unknown): T {
  if (path.length === 0) return value as T;
  const [key, ...rest] = path as [string | number, ...(string | number)[]];
  const base: Container = isContainer(root)
    ? root
    : typeof key === 'number'
      ? []
      : ({} as Record<string, unknown>);
  const current = (base as Record<string | number, unknown>)[key];
  const next = setIn(current, rest, value);
  if (next === current && (next !== undefined || !(key in base))) return root;
  if (Array.isArray(base)) {
    const copy = base.slice();
    if (next === undefined && typeof key === 'number') copy.splice(key, 1);
    else copy[key as number] = next;
    return copy as T;
  }
  const copy: Record<string, unknown> = { ...base };
  if (next === undefined) delete copy[key as string];
  else copy[key as string] = next;
  return copy as T;
}

/** A copy of the list at `path` with `item` inserted at `index` (default: at the end). */
export function insertAt<T>(root: T, path: Path, item: unknown, index?: number): T {
  const list = (getIn(root, path) as unknown[] | undefined) ?? [];
  const copy = list.slice();
  copy.splice(index ?? copy.length, 0, item);
  return setIn(root, path, copy);
}

/** A copy of the list at `path` without the item at `index`; an emptied optional list stays empty. */
export function removeAt<T>(root: T, path: Path, index: number): T {
  const list = (getIn(root, path) as unknown[] | undefined) ?? [];
  return setIn(
    root,
    path,
    list.filter((_, i) => i !== index),
  );
}

/** A copy of the list at `path` with the item at `from` moved to `to`. */
export function moveAt<T>(root: T, path: Path, from: number, to: number): T {
  const list = (getIn(root, path) as unknown[] | undefined) ?? [];
  if (to < 0 || to >= list.length || from === to) return root;
  const copy = list.slice();
  const [item] = copy.splice(from, 1);
  copy.splice(to, 0, item);
  return setIn(root, path, copy);
}

/** A path as a stable string key (`sessions.1.deadline`), used for field ids and undo grouping. */
export function pathKey(path: Path): string {
  return path.join('.');
}

/** The DOM id of the field at a path. */
export function fieldId(path: Path): string {
  return `f-${path.join('-')}`;
}

/** An id not yet used among `taken`: `prefix`, `prefix-2`, `prefix-3` … */
export function freshId(prefix: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  if (!used.has(prefix)) return prefix;
  for (let n = 2; ; n++) if (!used.has(`${prefix}-${n}`)) return `${prefix}-${n}`;
}
