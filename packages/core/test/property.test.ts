// Property tests: generated valid plans validate; a generated break of each rule
// yields that rule's code; no input of any shape throws or hangs.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCalendarDays } from '../src/calendar/iso-date.js';
import {
  clonePlan,
  type IssueCode,
  type Plan,
  parentSessionOf,
  parentSessions,
  parsePlan,
  plan985KhHndt,
  validatePlan,
} from '../src/index.js';
import { validPlan } from './arbitraries.js';

describe('generated valid plans', () => {
  it('always validate, and parsing neither mutates the input nor shares objects with it', () => {
    fc.assert(
      fc.property(validPlan, (plan) => {
        const before = JSON.stringify(plan);
        const result = parsePlan(plan);
        expect(result.issues.filter((i) => i.severity === 'error')).toEqual([]);
        expect(result.success).toBe(true);
        expect(JSON.stringify(plan)).toBe(before);
        if (result.success) {
          expect(result.data).toEqual(plan);
          expect(result.data).not.toBe(plan);
          expect(structuredClone(result.issues)).toEqual(result.issues);
        }
      }),
      { numRuns: 60 },
    );
  });
});

type Breaker = { code: IssueCode; apply: (p: Plan, n: number) => void };
const breakers: Breaker[] = [
  {
    code: 'ref/duplicate-id',
    apply: (p, n) => void p.audiences.push({ ...p.audiences[n % p.audiences.length]! }),
  },
  {
    code: 'ref/unknown-tier',
    apply: (p, n) => void (p.sessions[n % p.sessions.length]!.tier = 'no-such-tier'),
  },
  {
    code: 'ref/unknown-audience',
    apply: (p, n) => void p.sessions[n % p.sessions.length]!.audiences.push('ghost'),
  },
  {
    code: 'date/nonexistent',
    apply: (p, n) => {
      const s = p.sessions[n % p.sessions.length]!;
      s.deadline = {
        kind: 'by',
        date: `${s.deadline.kind === 'by' ? s.deadline.date.slice(0, 4) : '2021'}-02-30`,
      };
    },
  },
  {
    code: 'date/plan-before-resolution',
    apply: (p, n) =>
      void (p.header.date = addCalendarDays(p.resolutions[0]!.issuedOn, -1 - (n % 50))!),
  },
  {
    code: 'date/before-resolution',
    apply: (p, n) =>
      void (p.sessions[0]!.deadline = {
        kind: 'held',
        date: addCalendarDays(p.resolutions[0]!.issuedOn, -1 - (n % 9))!,
      }),
  },
  {
    code: 'session/zero-duration',
    apply: (p, n) => void (p.sessions[n % p.sessions.length]!.duration = { halfDays: 0 }),
  },
  {
    code: 'session/discussion-exceeds-duration',
    apply: (p, n) => {
      const s = p.sessions[n % p.sessions.length]!;
      s.discussion = { halfDays: s.duration.halfDays + 1 + (n % 3) };
    },
  },
  {
    code: 'session/no-audience',
    apply: (p, n) => void (p.sessions[n % p.sessions.length]!.audiences = []),
  },
  {
    code: 'tier/no-session',
    apply: (p) => void p.tiers.push({ id: 'extra-branch', level: 'branch', name: 'Chi bộ' }),
  },
  { code: 'reference/malformed', apply: (p, n) => void (p.header.reference = `KH${n}`) },
  { code: 'signature/missing', apply: (p) => void delete p.signature },
];

describe('a generated break of each rule yields its code', () => {
  for (const b of breakers) {
    it(b.code, () => {
      fc.assert(
        fc.property(validPlan, fc.nat(1000), (plan, n) => {
          const bad = structuredClone(plan);
          b.apply(bad, n);
          const codes = validatePlan(bad).map((i) => i.code);
          expect(codes).toContain(b.code);
        }),
        { numRuns: 25 },
      );
    });
  }

  it('cascade/before-parent when a lower tier is due before its upper tier', () => {
    const twoTiers = validPlan.filter((p) => p.sessions.length >= 2);
    fc.assert(
      fc.property(twoTiers, fc.integer({ min: 1, max: 20 }), (plan, back) => {
        const bad = structuredClone(plan);
        const upper = bad.sessions[0]!.deadline;
        if (upper.kind !== 'by') return;
        bad.sessions[1]!.deadline = { kind: 'by', date: addCalendarDays(upper.date, -back)! };
        expect(validatePlan(bad).map((i) => i.code)).toContain('cascade/before-parent');
      }),
      { numRuns: 25 },
    );
  });
});

/** Any JSON-like value, with Vietnamese text and prototype-shaped keys mixed in. */
const anyJson = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.constant(null),
    fc.boolean(),
    fc.double(),
    fc.integer(),
    fc.string(),
    fc.constantFrom('__proto__', 'constructor', 'Thành phần', '2021-02-31', 'within'),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(
      fc.constantFrom('__proto__', 'constructor', 'kind', 'header', 'tiers', 'id', 'sessions', 'x'),
      tie('value'),
      {
        maxKeys: 4,
      },
    ),
  ),
})).value;

describe('no input of any shape throws or hangs', () => {
  it('random JSON values', () => {
    fc.assert(
      fc.property(anyJson, (value) => {
        const result = parsePlan(value);
        expect(result.success).toBe(false);
        expect(result.issues.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });

  it('plans with random values put at random places', () => {
    fc.assert(
      fc.property(validPlan, fc.nat(), anyJson, (plan, pick, value) => {
        const bad = structuredClone(plan) as unknown as Record<string, unknown>;
        const keys = Object.keys(bad);
        bad[keys[pick % keys.length]!] = value;
        expect(() => parsePlan(bad)).not.toThrow();
      }),
      { numRuns: 150 },
    );
  });

  it('wrong types everywhere give typed issues with paths', () => {
    const result = parsePlan({
      header: 5,
      resolutions: 'x',
      tiers: [1],
      sessions: {},
      deliverables: null,
    });
    expect(result.success).toBe(false);
    const byPath = new Map(result.issues.map((i) => [JSON.stringify(i.path), i.code]));
    expect(byPath.get('["header"]')).toBe('schema/invalid-type');
    expect(byPath.get('["tiers",0]')).toBe('schema/invalid-type');
    expect(byPath.get('["audiences"]')).toBe('schema/required');
  });

  it('cycles through references and in the object graph', () => {
    const plan = structuredClone(
      fc.sample(validPlan, { numRuns: 1, seed: 7 })[0]!,
    ) as unknown as Record<string, unknown> & { sessions: Record<string, unknown>[] };
    // A reference cycle in the date rules: s0 after s1, s1 after s0.
    const cyc = structuredClone(plan) as typeof plan;
    cyc.sessions[0]!.deadline = {
      kind: 'after',
      ref: cyc.sessions.at(-1)!.id,
      days: 1,
      calendar: 'calendar',
    };
    cyc.sessions.at(-1)!.deadline = {
      kind: 'after',
      ref: cyc.sessions[0]!.id,
      days: 1,
      calendar: 'calendar',
    };
    expect(() => parsePlan(cyc)).not.toThrow();
    // An object cycle in the input itself.
    const loop = structuredClone(plan) as Record<string, unknown>;
    loop.self = loop;
    (loop.sessions as Record<string, unknown>[])[0]!.again = loop;
    const result = parsePlan(loop);
    expect(result.success).toBe(false);
    expect(result.issues.map((i) => i.code)).toContain('schema/unknown-key');
  });

  it('10 MB strings', () => {
    const plan = structuredClone(fc.sample(validPlan, { numRuns: 1, seed: 3 })[0]!);
    const huge = 'ấ'.repeat(10 * 1024 * 1024);
    plan.header.title = huge;
    plan.tiers[0]!.id = huge;
    plan.header.reference = huge;
    const result = parsePlan(plan);
    expect(result.success).toBe(false);
    const codes = result.issues.map((i) => i.code);
    expect(codes).toContain('schema/too-big');
  });

  it('10,000-deep nesting', () => {
    let deep: unknown = { end: true };
    for (let i = 0; i < 10_000; i++) deep = { header: deep, tiers: [deep] };
    expect(parsePlan(deep).success).toBe(false);
    let arr: unknown = [];
    for (let i = 0; i < 10_000; i++) arr = [arr];
    const plan = structuredClone(
      fc.sample(validPlan, { numRuns: 1, seed: 5 })[0]!,
    ) as unknown as Record<string, unknown>;
    plan.tiers = arr;
    expect(parsePlan(plan).success).toBe(false);
  });

  it('__proto__ and constructor keys do not pollute prototypes and are reported', () => {
    const text = JSON.stringify(fc.sample(validPlan, { numRuns: 1, seed: 11 })[0]!).replace(
      '"header":{',
      '"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},"header":{"__proto__":{"polluted":"yes"},',
    );
    const result = parsePlan(JSON.parse(text));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(result.success).toBe(false);
    expect(result.issues.map((i) => JSON.stringify(i.path))).toEqual(
      expect.arrayContaining(['["__proto__"]', '["constructor"]', '["header","__proto__"]']),
    );
  });

  it('getters that throw and proxies are unreadable input, not a crash', () => {
    const trap = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error('no keys');
        },
        get: () => {
          throw new Error('no');
        },
      },
    );
    const r1 = parsePlan(trap);
    expect(r1.success).toBe(false);
    const withGetter = structuredClone(
      fc.sample(validPlan, { numRuns: 1, seed: 2 })[0]!,
    ) as unknown as Record<string, unknown>;
    Object.defineProperty(withGetter, 'header', {
      enumerable: true,
      get: () => {
        throw new Error('boom');
      },
    });
    const r2 = parsePlan(withGetter);
    expect(r2.success).toBe(false);
    expect(r2.issues[0]!.code).toBe('schema/unreadable');
  });

  it('HTML in a title is kept as given, and decomposed Unicode is flagged, not altered', () => {
    const plan = structuredClone(fc.sample(validPlan, { numRuns: 1, seed: 13 })[0]!);
    plan.header.title = '<script>alert("x")</script> Kế hoạch';
    plan.tiers[0]!.name = 'Cấp tỉnh'.normalize('NFD');
    const result = parsePlan(plan);
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.data.header.title).toBe('<script>alert("x")</script> Kế hoạch');
    expect(result.data.tiers[0]!.name).toBe('Cấp tỉnh'.normalize('NFD'));
    expect(result.issues.filter((i) => i.code === 'text/not-nfc').map((i) => i.path)).toEqual([
      ['tiers', 0, 'name'],
    ]);
  });
});

describe('the NFC rule agrees with String.prototype.normalize', () => {
  it('on any text, including singletons (Å as U+212B), Hangul jamo and combining marks', () => {
    const plan = fc.sample(validPlan, { numRuns: 1, seed: 17 })[0]!;
    const text = fc.oneof(
      fc.string({ unit: 'grapheme' }),
      fc.string({ unit: 'binary' }),
      fc.constantFrom(
        '\u212b',
        '\u1100\u1161',
        'e\u0301',
        'Vie\u0323\u0302t',
        '\u2000',
        'Việt Nam',
      ),
    );
    fc.assert(
      fc.property(text, (value) => {
        const p = structuredClone(plan);
        p.header.title = `Kế hoạch ${value}`;
        const flagged = validatePlan(p).some((i) => i.code === 'text/not-nfc');
        expect(flagged).toBe(p.header.title !== p.header.title.normalize('NFC'));
      }),
      { numRuns: 300 },
    );
  });
});

describe('parentSessions agrees with parentSessionOf', () => {
  it('on plans whose tiers come in any order and share levels', () => {
    const levels = fc.constantFrom('central', 'province', 'district', 'commune', 'branch' as const);
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ level: levels, sessions: fc.nat(2), learnsFrom: fc.option(fc.nat(9)) }),
          {
            maxLength: 10,
          },
        ),
        (spec) => {
          const plan = clonePlan(plan985KhHndt);
          plan.tiers = spec.map((t, i) => ({ id: `t${i}`, level: t.level, name: `Cấp ${i}` }));
          plan.sessions = spec.flatMap((t, i) =>
            Array.from({ length: t.sessions }, (_, k) => ({
              id: `s${i}-${k}`,
              tier: `t${i}`,
              audiences: [],
              method: 'in-person' as const,
              duration: { halfDays: 1 },
              deadline: { kind: 'by' as const, date: '2020-10-01' },
              ...(t.learnsFrom !== null ? { learnsFrom: `s${t.learnsFrom}-0` } : {}),
            })),
          );
          const all = parentSessions(plan);
          plan.sessions.forEach((s, i) => {
            expect(all[i]).toBe(parentSessionOf(plan, s));
          });
        },
      ),
      { numRuns: 200 },
    );
  });
});
