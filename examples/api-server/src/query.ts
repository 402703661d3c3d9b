import type { Issue } from '@rollout/core';

/** One query parameter a route accepts, and what its value must be. */
export interface QueryParam {
  /** Whether the route needs it (default: optional). */
  readonly required?: boolean;
  /** Whether a value is acceptable (it is never empty; that is checked first). */
  readonly accepts: (value: string) => boolean;
  /** What the value must be, in Vietnamese and English, for the message. */
  readonly expected: { readonly vi: string; readonly en: string };
  /**
   * The answer when the value is missing or not acceptable, if not
   * `invalid-query` (`/render` answers `unknown-format` for `?to=`).
   */
  readonly refused?: (value: string) => QueryRefusal;
}

/** A refused query: the `error` of the answer and its issues (always 400). */
export interface QueryRefusal {
  /** `invalid-query`, or the parameter's own error name. */
  readonly error: string;
  /** One issue for each parameter refused. */
  readonly issues: readonly Issue<string>[];
}

/** The query a route accepts: parameter name → rule. */
export type QuerySpec = Readonly<Record<string, QueryParam>>;

/** The longest part of a refused value echoed back in messages and params. */
const ECHO = 100;

/** A request-level issue in Rollout's issue shape. */
export function requestIssue(
  code: string,
  vi: string,
  en: string,
  params: Record<string, string> = {},
  path: (string | number)[] = [],
): Issue<string> {
  return { code, severity: 'error', path, params, message: { vi, en } };
}

/**
 * Reads the query of a URL against a route's spec: the one path by which
 * every query parameter of every route is checked.
 *
 * Each name must be one the route accepts, given once, with a value that is
 * not empty and that the rule accepts; a required one must be given. Every
 * fault is one `request/invalid-query` issue (path `['query', name]`), so a
 * request with two bad parameters hears about both.
 *
 * @returns The values (one per name given), or the refusal to answer with 400.
 */
export function readQuery(
  url: string,
  spec: QuerySpec,
): { readonly values: Readonly<Record<string, string>> } | QueryRefusal {
  const seen = new Map<string, string[]>();
  for (const [name, value] of new URL(url).searchParams) {
    const list = seen.get(name);
    if (list) list.push(value);
    else seen.set(name, [value]);
  }
  const issues: Issue<string>[] = [];
  const values: Record<string, string> = {};
  let own: QueryRefusal | undefined;
  const fault = (name: string, value: string, vi: string, en: string) =>
    issues.push(
      requestIssue(
        'request/invalid-query',
        vi,
        en,
        { name: name.slice(0, ECHO), value: value.slice(0, ECHO) },
        ['query', name.slice(0, ECHO)],
      ),
    );
  for (const [name, list] of seen) {
    const rule = Object.hasOwn(spec, name) ? spec[name] : undefined;
    const shown = JSON.stringify(name.slice(0, ECHO));
    if (rule === undefined) {
      const known = Object.keys(spec);
      fault(
        name,
        list[0] ?? '',
        `Tham số ${shown} không được nhận ở đây${known.length > 0 ? ` (chỉ nhận: ${known.join(', ')})` : ''}.`,
        `The parameter ${shown} is not accepted here${known.length > 0 ? ` (accepted: ${known.join(', ')})` : ''}.`,
      );
      continue;
    }
    if (list.length > 1) {
      fault(
        name,
        list.join(','),
        `Tham số ${name} chỉ được cho một lần (nhận ${list.length} lần).`,
        `The parameter ${name} may be given once only (given ${list.length} times).`,
      );
      continue;
    }
    const value = list[0] ?? '';
    if (value === '' || !rule.accepts(value)) {
      if (rule.refused && value !== '') {
        own ??= rule.refused(value);
        continue;
      }
      const shownValue = JSON.stringify(value.slice(0, ECHO));
      fault(
        name,
        value,
        value === ''
          ? `Tham số ${name} để trống; cần ${rule.expected.vi}.`
          : `Tham số ${name} = ${shownValue} không hợp lệ; cần ${rule.expected.vi}.`,
        value === ''
          ? `The parameter ${name} is empty; expected ${rule.expected.en}.`
          : `The parameter ${name} = ${shownValue} is not valid; expected ${rule.expected.en}.`,
      );
      continue;
    }
    values[name] = value;
  }
  for (const [name, rule] of Object.entries(spec)) {
    if (rule.required && !seen.has(name)) {
      if (rule.refused) own ??= rule.refused('');
      else
        fault(
          name,
          '',
          `Thiếu tham số ${name}; cần ${rule.expected.vi}.`,
          `The parameter ${name} is missing; expected ${rule.expected.en}.`,
        );
    }
  }
  if (issues.length > 0)
    return { error: 'invalid-query', issues: [...issues, ...(own?.issues ?? [])] };
  if (own) return own;
  return { values };
}
