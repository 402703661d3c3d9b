import type { Issue, IssueParams, IssuePath, Severity } from '@rollout/core';

/**
 * Every issue code of `@rollout/vn-units`, with its default severity and what it means.
 *
 * @remarks Stable codes beside core's (`ISSUE_CODES` of `@rollout/core`), in
 * the same plain issue shape `{ code, severity, path, params, message: { vi, en } }`.
 * Paths point into the options given to {@link safeUnitTree}.
 * @example
 * ```ts
 * VN_UNITS_ISSUE_CODES['vn-units/unknown-province'].severity; // => 'error'
 * ```
 * @category Validation
 */
export const VN_UNITS_ISSUE_CODES = {
  /** A province asked for is neither a code nor a name of the shipped provinces. */
  'vn-units/unknown-province': {
    severity: 'error',
    summary: 'A province asked for is not in the data.',
  },
  /** The same province is asked for twice (its units would be in the tree twice). */
  'vn-units/duplicate-province': {
    severity: 'error',
    summary: 'A province is asked for twice.',
  },
  /** An option has a value it cannot take (a count that is not a whole number …). */
  'vn-units/invalid-option': {
    severity: 'error',
    summary: 'An option has a value it cannot take.',
  },
} as const satisfies Record<string, { severity: Severity; summary: string }>;

/**
 * A code of {@link VN_UNITS_ISSUE_CODES}.
 *
 * @category Validation
 */
export type VnUnitsIssueCode = keyof typeof VN_UNITS_ISSUE_CODES;

/**
 * An issue of `@rollout/vn-units`: core's `Issue` shape with a `vn-units/…` code.
 *
 * @category Validation
 */
export type VnUnitsIssue = Issue<VnUnitsIssueCode>;

const s = (p: IssueParams, k: string): string => String(p[k] ?? '');

const MESSAGES: {
  readonly [C in VnUnitsIssueCode]: {
    readonly vi: (p: IssueParams) => string;
    readonly en: (p: IssueParams) => string;
  };
} = {
  'vn-units/unknown-province': {
    vi: (p) => `Không có tỉnh, thành phố "${s(p, 'value')}" trong dữ liệu (34 tỉnh, thành phố).`,
    en: (p) => `No province or city "${s(p, 'value')}" in the data (34 provinces and cities).`,
  },
  'vn-units/duplicate-province': {
    vi: (p) => `Tỉnh, thành phố ${s(p, 'code')} được nêu hai lần.`,
    en: (p) => `The province ${s(p, 'code')} is asked for twice.`,
  },
  'vn-units/invalid-option': {
    vi: (p) => `Tùy chọn ${s(p, 'option')} không hợp lệ: ${s(p, 'detailVi')}.`,
    en: (p) => `The option ${s(p, 'option')} is not valid: ${s(p, 'detail')}.`,
  },
};

/**
 * Makes a `vn-units/…` issue with its default severity and its messages.
 *
 * @param code - A code of {@link VN_UNITS_ISSUE_CODES}.
 * @param path - Where the issue is in the options.
 * @param params - The values the messages are made from.
 * @returns A new plain issue.
 * @example
 * ```ts
 * createVnUnitsIssue('vn-units/unknown-province', ['provinces', 0], { value: '99' }).message.en;
 * // => 'No province or city "99" in the data (34 provinces and cities).'
 * ```
 * @category Validation
 */
export function createVnUnitsIssue(
  code: VnUnitsIssueCode,
  path: IssuePath,
  params: IssueParams = {},
): VnUnitsIssue {
  const m = MESSAGES[code];
  return {
    code,
    severity: VN_UNITS_ISSUE_CODES[code].severity,
    path: [...path],
    params: { ...params },
    message: { vi: m.vi(params), en: m.en(params) },
  };
}

/**
 * Thrown by {@link unitTree} when its options cannot give a tree: it carries the
 * same issues {@link safeUnitTree} returns.
 *
 * @example
 * ```ts
 * try {
 *   unitTree({ provinces: ['99'] });
 * } catch (error) {
 *   (error as VnUnitsError).issues[0]?.code; // => 'vn-units/unknown-province'
 * }
 * ```
 * @category Errors
 */
export class VnUnitsError extends Error {
  /** The issues, never empty. */
  readonly issues: readonly VnUnitsIssue[];

  /**
   * @param issues - What is wrong with the options (at least one).
   */
  constructor(issues: readonly VnUnitsIssue[]) {
    super(issues.map((i) => i.message.en).join(' '));
    this.name = 'VnUnitsError';
    this.issues = issues;
  }
}
