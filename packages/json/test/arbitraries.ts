import { clonePlan, type Plan, parsePlan, plan985KhHndt, planNq58Province } from '@rollout/core';
import fc from 'fast-check';

/** Non-empty people-facing text: Vietnamese, HTML, quotes, emoji, all NFC. */
export const textArb: fc.Arbitrary<string> = fc
  .oneof(
    fc.string({ minLength: 1, maxLength: 40, unit: 'grapheme' }),
    fc.constantFrom(
      'Ban Thường vụ Tỉnh ủy',
      'Hội Nông dân các huyện, thị, thành phố',
      '<script>alert("x")</script> & “ngoặc”',
      'Chi hội \u{1F33E} thôn Đông',
      'Nghị quyết số 58-NQ/TW\nngày 05/8/2020',
    ),
  )
  .map((s) => s.normalize('NFC'))
  .filter((s) => s.length > 0);

const isoDate = fc
  .record({
    y: fc.integer({ min: 2021, max: 2030 }),
    m: fc.integer({ min: 1, max: 12 }),
    d: fc.integer({ min: 1, max: 28 }),
  })
  .map(({ y, m, d }) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);

/** Copies an object with its keys inserted in a shuffled order (same data). */
function shuffleKeys<T>(value: T, seed: number): T {
  if (Array.isArray(value)) return value.map((v, k) => shuffleKeys(v, seed + k)) as T;
  if (value === null || typeof value !== 'object') return value;
  const keys = Object.keys(value);
  const order = keys
    .map((k, i) => ({ k, r: Math.sin(seed * 7919 + i * 104_729) }))
    .sort((a, b) => a.r - b.r)
    .map((x) => x.k);
  const out: Record<string, unknown> = {};
  for (const k of order) out[k] = shuffleKeys((value as Record<string, unknown>)[k], seed + 1);
  return out as T;
}

/**
 * Valid plans: one of the two corpus plans, with generated texts, optional
 * parts present or absent, generated recipients, extra follow-ups with
 * generated date rules, and keys inserted in a random order. Only plans that
 * core's `parsePlan` accepts are kept.
 */
export const planArb: fc.Arbitrary<Plan> = fc
  .record({
    base: fc.constantFrom(plan985KhHndt, planNq58Province),
    title: textArb,
    place: textArb,
    intro: fc.option(textArb, { nil: undefined }),
    purposes: fc.option(fc.array(textArb, { maxLength: 4 }), { nil: undefined }),
    id: fc.option(fc.stringMatching(/^[a-z][a-z0-9-]{0,20}$/), { nil: undefined }),
    recipients: fc.array(
      fc.record(
        {
          name: textArb,
          purpose: fc.constantFrom('report', 'implement', 'direct', 'inform', 'archive'),
        },
        { requiredKeys: ['name'] },
      ),
      { maxLength: 6 },
    ),
    reports: fc.array(
      fc.record({
        rule: fc.oneof(
          isoDate.map((date) => ({ kind: 'by' as const, date })),
          isoDate.map((date) => ({ kind: 'within' as const, month: date.slice(0, 7) })),
          fc
            .record({ y: fc.integer({ min: 2021, max: 2030 }), q: fc.integer({ min: 1, max: 4 }) })
            .map(({ y, q }) => ({ kind: 'within' as const, quarter: `${y}-Q${q}` })),
          fc
            .integer({ min: 2021, max: 2030 })
            .map((y) => ({ kind: 'within' as const, year: String(y) })),
          fc
            .tuple(isoDate, fc.integer({ min: 0, max: 30 }))
            .map(([from, n]) => ({ kind: 'span' as const, from, to: addDays(from, n) })),
        ),
        title: fc.option(textArb, { nil: undefined }),
        countsInEvaluation: fc.option(fc.boolean(), { nil: undefined }),
      }),
      { maxLength: 4 },
    ),
    seed: fc.integer({ min: 1, max: 1_000_000 }),
  })
  .map((g) => {
    const p: Plan = clonePlan(g.base);
    const header = { ...p.header, title: g.title, place: g.place };
    const plan: Plan = {
      ...p,
      header,
      recipients: g.recipients,
      deliverables: [
        ...p.deliverables,
        ...g.reports.map((r, k) => ({
          id: `gen-report-${k}`,
          kind: 'report' as const,
          per: 'unit' as const,
          due: r.rule,
          ...(r.title === undefined ? {} : { title: r.title }),
          ...(r.countsInEvaluation === undefined
            ? {}
            : { countsInEvaluation: r.countsInEvaluation }),
        })),
      ],
    };
    if (g.intro !== undefined) plan.intro = g.intro;
    if (g.purposes !== undefined) plan.purposes = g.purposes;
    if (g.id !== undefined) plan.id = g.id;
    return shuffleKeys(plan, g.seed);
  })
  .filter((p) => parsePlan(p).success);

function addDays(iso: string, n: number): string {
  const t = Date.UTC(
    Number(iso.slice(0, 4)),
    Number(iso.slice(5, 7)) - 1,
    Number(iso.slice(8, 10)),
  );
  return new Date(t + n * 86_400_000).toISOString().slice(0, 10);
}
