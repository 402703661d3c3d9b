import { createIssue, type Issue, type IssuePath } from './issue.js';

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const describe = (v: unknown): string =>
  v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v;

/** The lists of a plan, the text fields each item must have, and whether its items are objects (required lists). */
const LISTS: readonly (readonly [string, readonly string[], boolean])[] = [
  ['resolutions', ['id', 'reference'], true],
  ['tiers', ['id', 'name'], true],
  ['audiences', ['id', 'name'], true],
  ['materials', ['id'], true],
  ['sessions', ['id', 'tier'], true],
  ['deliverables', ['id', 'kind'], true],
  ['recipients', ['name'], true],
  ['purposes', [], false],
  ['requirements', [], false],
  ['content', [], false],
  ['methodNotes', [], false],
  ['actionPlanNotes', [], false],
  ['implementation', [], false],
];

/**
 * Whether a value has the shape a renderer reads, checked cheaply and without
 * the zod schemas: the issues of the first places where it does not.
 *
 * @remarks For the renderers' error path only: a value that is not a plan
 * (a caller without types) gets a typed error naming where, without every
 * renderer carrying the plan schemas in its bundle. It checks the header, the
 * lists and the ids and names of their items, and each session's and
 * deliverable's date rule; {@link parsePlan} checks everything.
 * @param value - Anything.
 * @returns `schema/required` and `schema/invalid-type` issues (at most 20);
 *   none when the value has a plan's shape.
 * @example
 * ```ts
 * planShapeIssues(plan985KhHndt); // => []
 * planShapeIssues({ header: 1 })[0]?.path; // => ['header']
 * ```
 * @category Validation
 */
export function planShapeIssues(value: unknown): Issue[] {
  const out: Issue[] = [];
  const want = (v: unknown, path: IssuePath, expected: string, ok: boolean): boolean => {
    if (ok) return true;
    if (out.length < 20)
      out.push(
        v === undefined
          ? createIssue('schema/required', path, { key: String(path[path.length - 1] ?? '') })
          : createIssue('schema/invalid-type', path, { expected, received: describe(v) }),
      );
    return false;
  };
  if (!want(value, [], 'object', isObject(value))) return out;
  const plan = value as Record<string, unknown>;
  const header = plan.header;
  if (want(header, ['header'], 'object', isObject(header))) {
    const h = header as Record<string, unknown>;
    for (const k of ['title', 'place', 'reference'])
      want(h[k], ['header', k], 'string', typeof h[k] === 'string');
    const issuer = h.issuer;
    if (want(issuer, ['header', 'issuer'], 'object', isObject(issuer)))
      want(
        (issuer as Record<string, unknown>).name,
        ['header', 'issuer', 'name'],
        'string',
        typeof (issuer as Record<string, unknown>).name === 'string',
      );
  }
  for (const [key, fields, objects] of LISTS) {
    const list = plan[key];
    // The lists of text are optional; the lists of entities are not.
    if (!objects && list === undefined) continue;
    if (!want(list, [key], 'array', Array.isArray(list))) continue;
    (list as unknown[]).forEach((item, i) => {
      if (!objects) return;
      if (!want(item, [key, i], 'object', isObject(item))) return;
      const o = item as Record<string, unknown>;
      for (const f of fields) want(o[f], [key, i, f], 'string', typeof o[f] === 'string');
      const rule = key === 'sessions' ? 'deadline' : key === 'deliverables' ? 'due' : undefined;
      if (rule !== undefined && (key === 'sessions' || o[rule] !== undefined))
        if (want(o[rule], [key, i, rule], 'object', isObject(o[rule])))
          want(
            (o[rule] as Record<string, unknown>).kind,
            [key, i, rule, 'kind'],
            'string',
            typeof (o[rule] as Record<string, unknown>).kind === 'string',
          );
    });
  }
  return out;
}
