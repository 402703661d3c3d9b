// Plans that push the library to its edges, for the shared-state tests (issue 13, item 3)
// and the deep-chain tests (item 4): a `by` deadline on 9999-12-31 followed by a lag of
// 36,600 working days, a chain of thousands of `after` rules, every date on 0001-01-01.
// Each is the 985-KH/HNDT plan with its sessions and deliverables replaced.
import type { Deliverable, Plan, Unit } from '../packages/core/src/index.js';

/** The plan `base` with one province session due `date` and the given deliverables. */
function withActivities(base: Plan, date: string, deliverables: Deliverable[]): Plan {
  return {
    ...base,
    tiers: [{ id: 'province', level: 'province', name: 'Cấp tỉnh' }],
    audiences: [{ id: 'a', tier: 'province', name: 'Cán bộ' }],
    materials: [],
    sessions: [
      {
        id: 'p',
        tier: 'province',
        audiences: ['a'],
        method: 'in-person',
        duration: { halfDays: 2 },
        deadline: { kind: 'by', date },
      },
    ],
    deliverables,
  };
}

/** A `by` deadline on 9999-12-31 and a report 36,600 working days after it. */
export function planAtTheEndOfTime(base: Plan): Plan {
  return withActivities(base, '9999-12-31', [
    {
      id: 'r',
      kind: 'report',
      due: { kind: 'after', ref: 'p', days: 36_600, calendar: 'working' },
    },
  ]);
}

/** `n` reports, each due one working day after the one before, the first after the session. */
export function planWithAfterChain(base: Plan, n: number): Plan {
  return withActivities(
    base,
    '2020-11-20',
    Array.from({ length: n }, (_, i) => ({
      id: `d${i}`,
      kind: 'report' as const,
      due: {
        kind: 'after' as const,
        ref: i === 0 ? 'p' : `d${i - 1}`,
        days: 1,
        calendar: 'working' as const,
      },
    })),
  );
}

/** Every date of the plan on 0001-01-01 (its header, the session, a report). */
export function planAtTheStartOfTime(base: Plan): Plan {
  const p = withActivities(base, '0001-01-01', [
    { id: 'r', kind: 'report', due: { kind: 'by', date: '0001-01-01' } },
  ]);
  return {
    ...p,
    header: { ...p.header, date: '0001-01-01' },
    resolutions: p.resolutions.map((r) => ({ ...r, issuedOn: '0001-01-01' })),
  };
}

/** A chain of `n` units, each the parent of the next; with `ring`, the first's parent is the last. */
export function unitChain(n: number, ring = false): Unit[] {
  const units: Unit[] = [
    { id: 'u0', name: 'Đơn vị 0', level: 'province', ...(ring ? { parent: `u${n - 1}` } : {}) },
  ];
  for (let i = 1; i < n; i++)
    units.push({
      id: `u${i}`,
      name: `Đơn vị ${i}`,
      level: i === 1 ? 'district' : 'commune',
      parent: `u${i - 1}`,
    });
  return units;
}

/**
 * The three hostile plans, by name. `chain` is the length of the after chain: 8,000 by
 * default; renderers that write every deliverable (ICS, DOCX) take a shorter one in CI.
 */
export function hostilePlans(base: Plan, chain = 8000): readonly (readonly [string, Plan])[] {
  return [
    ['a by deadline on 9999-12-31 and 36,600 working days after it', planAtTheEndOfTime(base)],
    [`a chain of ${chain} after rules`, planWithAfterChain(base, chain)],
    ['every date on 0001-01-01', planAtTheStartOfTime(base)],
  ];
}
