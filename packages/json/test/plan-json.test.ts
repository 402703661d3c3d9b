import {
  clonePlan,
  type Plan,
  PlanSchema,
  parsePlan,
  plan985KhHndt,
  planNq58Province,
} from '@rollout/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  PLAN_FORMAT_VERSION,
  parseJson,
  parsePlanJson,
  parseUnitTreeJson,
  stringifyPlan,
  stringifyUnitTree,
} from '../src/index.js';
import { provenClean } from '../src/internal/quick-check.js';
import { scanJson } from '../src/internal/scan.js';
import { planArb } from './arbitraries.js';

const codes = (issues: readonly { code: string }[]) => issues.map((i) => i.code);

describe('stringifyPlan', () => {
  it('writes the envelope with the schema key order', () => {
    const text = stringifyPlan(plan985KhHndt);
    const value = JSON.parse(text);
    expect(Object.keys(value)).toEqual(['format', 'version', 'plan']);
    expect(value.format).toBe('rollout/plan');
    expect(value.version).toBe(PLAN_FORMAT_VERSION);
    const schemaOrder = Object.keys(PlanSchema.def.shape).filter((k) =>
      Object.hasOwn(plan985KhHndt, k),
    );
    expect(Object.keys(value.plan)).toEqual(schemaOrder);
    expect(schemaOrder.indexOf('header')).toBeLessThan(schemaOrder.indexOf('sessions'));
    expect(Object.keys(value.plan.sessions[0].deadline)[0]).toBe('kind');
    expect(value.plan).toEqual(plan985KhHndt);
  });

  it('gives the same bytes whatever order the keys were set in', () => {
    const reversed = JSON.parse(JSON.stringify(plan985KhHndt), function (this: unknown, _k, v) {
      if (v === null || typeof v !== 'object' || Array.isArray(v)) return v;
      return Object.fromEntries(Object.entries(v).reverse());
    }) as Plan;
    expect(Object.keys(reversed)[0]).not.toBe(Object.keys(plan985KhHndt)[0]);
    expect(stringifyPlan(reversed)).toBe(stringifyPlan(plan985KhHndt));
    expect(stringifyPlan(reversed, { pretty: true })).toBe(
      stringifyPlan(plan985KhHndt, { pretty: true }),
    );
  });

  it('puts unknown keys after the known ones, sorted, and sorts record keys', () => {
    const tree = {
      units: [{ expected: { b: 1, a: 2, '10': 3, '9': 4 }, level: 'branch', name: 'X', id: 'x' }],
    } as never;
    expect(stringifyUnitTree(tree)).toBe(
      '{"units":[{"id":"x","name":"X","level":"branch","expected":{"10":3,"9":4,"a":2,"b":1}}]}',
    );
    const plan = { ...clonePlan(plan985KhHndt), zeta: 1, alpha: 2 } as Plan;
    const text = stringifyPlan(plan);
    expect(text.indexOf('"alpha"')).toBeGreaterThan(text.indexOf('"signature"'));
    expect(text.indexOf('"zeta"')).toBeGreaterThan(text.indexOf('"alpha"'));
  });

  it('pretty prints like JSON.stringify with two spaces and a final newline', () => {
    const pretty = stringifyPlan(plan985KhHndt, { pretty: true });
    expect(pretty.endsWith('}\n')).toBe(true);
    expect(pretty).toBe(`${JSON.stringify(JSON.parse(pretty), null, 2)}\n`);
    expect(stringifyPlan(plan985KhHndt).includes('\n')).toBe(false);
  });

  it('keeps HTML and Vietnamese text as data and does not mutate the plan', () => {
    const plan = clonePlan(plan985KhHndt);
    plan.header = { ...plan.header, title: '<script>alert("Nghị quyết")</script>' };
    const before = structuredClone(plan);
    const result = parsePlanJson(stringifyPlan(plan));
    expect(result.success && result.data.header.title).toBe('<script>alert("Nghị quyết")</script>');
    expect(plan).toEqual(before);
  });
});

describe('parsePlanJson', () => {
  it.each([
    ['985-KH/HNDT', plan985KhHndt],
    ['NQ58 province', planNq58Province],
  ])('reads the fixture %s as an envelope and as a bare plan', (_name, plan) => {
    const env = parsePlanJson(stringifyPlan(plan, { pretty: true }));
    expect(env.success).toBe(true);
    expect(env.envelope).toBe(true);
    expect(env.version).toBe(2);
    expect(env.success && env.data).toEqual(plan);
    const bare = parsePlanJson(JSON.stringify(plan));
    expect(bare.success && bare.data).toEqual(plan);
    expect(bare.envelope).toBe(false);
  });

  it('round-trips generated plans: parse(stringify(p)) deep-equals p', () => {
    fc.assert(
      fc.property(planArb, fc.boolean(), (plan, pretty) => {
        const text = stringifyPlan(plan, { pretty });
        const result = parsePlanJson(text);
        expect(result.success).toBe(true);
        expect(result.success && result.data).toEqual(plan);
        // Deterministic: writing what was read gives the same bytes.
        expect(result.success && stringifyPlan(result.data, { pretty })).toBe(text);
      }),
      { numRuns: 50 },
    );
  });

  it('gives paths relative to the plan object in both forms', () => {
    const broken = clonePlan(plan985KhHndt) as unknown as { sessions: { method: string }[] };
    (broken.sessions[1] as { method: string }).method = 'telepathy';
    const env = parsePlanJson(JSON.stringify({ format: 'rollout/plan', version: 1, plan: broken }));
    const bare = parsePlanJson(JSON.stringify(broken));
    expect(env.success).toBe(false);
    const pick = (r: typeof env) =>
      r.issues.filter((i) => i.severity === 'error').map((i) => [i.code, i.path]);
    expect(pick(env)).toEqual([['schema/invalid-value', ['sessions', 1, 'method']]]);
    expect(pick(bare)).toEqual(pick(env));
  });

  it('reports syntax errors with line and column, never throwing', () => {
    const text = '{\n  "format": "rollout/plan",\n  "version": 1,\n  "plan": { "header": tru }\n}';
    const r = parsePlanJson(text);
    expect(r.success).toBe(false);
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]?.code).toBe('json/syntax');
    expect(r.issues[0]?.params).toMatchObject({ line: 4, column: 23 });
    expect(r.issues[0]?.message.vi).toContain('dòng 4, cột 23');
    expect(codes(parsePlanJson('').issues)).toEqual(['json/syntax']);
    expect(codes(parsePlanJson('{"a":1} x').issues)).toEqual(['json/syntax']);
    expect(codes(parsePlanJson(undefined as unknown as string).issues)).toEqual(['json/syntax']);
  });

  it('never throws on any text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.string({ unit: 'binary' })), (text) => {
        const r = parsePlanJson(text);
        expect(r.success === false || r.data !== undefined).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it('refuses unknown formats, future versions and malformed envelopes', () => {
    const plan = plan985KhHndt;
    const env = (o: object) => JSON.stringify(o);
    expect(codes(parsePlanJson(env({ format: 'rollout/units', version: 1, plan })).issues)).toEqual(
      ['json/unknown-format'],
    );
    const future = parsePlanJson(env({ format: 'rollout/plan', version: 99, plan }));
    expect(future.success).toBe(false);
    expect(
      future.issues.map((i) => [
        i.code,
        i.path,
        i.code === 'json/unsupported-version' && i.params.version,
      ]),
    ).toEqual([['json/unsupported-version', ['version'], 99]]);
    expect(
      codes(parsePlanJson(env({ format: 'rollout/plan', version: '1', plan })).issues),
    ).toEqual(['json/invalid-envelope']);
    expect(codes(parsePlanJson(env({ format: 'rollout/plan', version: 1 })).issues)).toEqual([
      'json/invalid-envelope',
    ]);
    const extra = parsePlanJson(env({ format: 'rollout/plan', version: 1, plan, note: 'x' }));
    expect(extra.success).toBe(false);
    expect(extra.issues.map((i) => [i.code, i.path])).toContainEqual([
      'json/invalid-envelope',
      ['note'],
    ]);
  });

  it('skips a byte order mark', () => {
    const r = parsePlanJson(`\uFEFF${stringifyPlan(plan985KhHndt)}`);
    expect(r.success).toBe(true);
  });

  it('warns on duplicate keys (the last wins) with line, column and plan-relative path', () => {
    const text = stringifyPlan(plan985KhHndt, { pretty: true }).replace(
      '"place": ',
      '"place": "Nowhere",\n    "place": ',
    );
    const r = parsePlanJson(text);
    expect(r.success).toBe(true);
    const dup = r.issues.find((i) => i.code === 'json/duplicate-key');
    expect(dup?.severity).toBe('warning');
    expect(dup?.path).toEqual(['header', 'place']);
    expect(dup?.params.key).toBe('place');
    const lineOf = text
      .split('\n')
      .findIndex((l, k, all) => l.includes('"place"') && all[k - 1]?.includes('"place"'));
    expect(dup?.params.line).toBe(lineOf + 1);
    expect(dup?.params.column).toBe(5);
    expect(r.success && r.data.header.place).toBe(plan985KhHndt.header.place);
  });

  it('keeps __proto__, constructor and prototype keys from polluting prototypes', () => {
    const hostile =
      '{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},"prototype":{"polluted":1},' +
      '"header":{"__proto__":{"polluted":"yes"}}}';
    const r = parsePlanJson(hostile);
    expect(r.success).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
    expect(r.issues.some((i) => i.code === 'schema/unknown-key' && i.path[0] === '__proto__')).toBe(
      true,
    );
    const env = parsePlanJson(`{"format":"rollout/plan","version":0,"plan":${hostile}}`);
    expect(env.success).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const tree = parseUnitTreeJson(
      '{"units":[{"__proto__":{"polluted":1},"id":"a","name":"A","level":"province"}]}',
    );
    expect(tree.success).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('parseJson: hostile and bad input', () => {
  it('agrees with JSON.parse on valid JSON, with no issues', () => {
    fc.assert(
      fc.property(fc.json({ maxDepth: 6 }), (text) => {
        const r = parseJson(text);
        expect(r.issues.filter((i) => i.code === 'json/syntax')).toEqual([]);
        expect(r.value).toEqual(JSON.parse(text));
      }),
      { numRuns: 200 },
    );
  });

  it('fails exactly when JSON.parse fails', () => {
    const mutated = fc
      .tuple(
        fc.json({ maxDepth: 4 }),
        fc.nat(),
        fc.constantFrom('', '}', ']', ',', '"', ':', 'x', '\\', '\n', '0'),
      )
      .map(([t, at, s]) => {
        const k = at % (t.length + 1);
        return t.slice(0, k) + s + t.slice(k + 1);
      });
    fc.assert(
      fc.property(mutated, (text) => {
        let native = true;
        try {
          JSON.parse(text);
        } catch {
          native = false;
        }
        const r = parseJson(text);
        expect(r.issues.some((i) => i.code === 'json/syntax')).toBe(!native);
      }),
      { numRuns: 300 },
    );
  });

  it('finds duplicate keys whatever the spacing and colons inside strings', () => {
    const dup = (t: string) =>
      parseJson(t)
        .issues.filter((i) => i.code === 'json/duplicate-key')
        .map((i) => i.path);
    expect(dup('{"a":1,"a" :2,"b":3}')).toEqual([['a']]);
    expect(dup('{"a":"x:y","a":1}')).toEqual([['a']]);
    expect(dup('{"a":"x:y","b":1}')).toEqual([]);
    expect(dup('[{"k":1},{"k":2},{"k":3,"j":{"k":1,"k":2}}]')).toEqual([[2, 'j', 'k']]);
    expect(dup('{"\\u0061":1,"a":2}')).toEqual([['a']]);
    const many = `{${Array.from({ length: 100 }, (_, k) => `"k${k}":${k}`).join(',')},"k7":0}`;
    expect(dup(many)).toEqual([['k7']]);
    expect(parseJson(many).value).toMatchObject({ k7: 0, k99: 99 });
  });

  it('accepts large floats and well-formed astral characters', () => {
    expect(parseJson('[1.5e300, -2.5e-300, 0.1]').issues).toEqual([]);
    expect(parseJson('{"🌾":"Chi hội 🌾"}').issues).toEqual([]);
    expect(codes(parseJson('{"\ud800":1}').issues)).toEqual(['json/lone-surrogate']);
  });

  it('proves a text clean only when the scanner finds nothing', () => {
    const key = fc.constantFrom('a', 'b', 'a:b', '\\u0061', '\\ud800', '🌾', '\\"');
    const leaf = fc.oneof(
      fc.constantFrom(
        '1',
        '1e400',
        '9007199254740993',
        '1.5e300',
        '"x:y"',
        '"\\ud83d\\ude00"',
        '"\\udc00"',
        'null',
        '"🌾"',
      ),
      fc.json({ maxDepth: 1 }),
    );
    const obj = fc
      .array(fc.tuple(key, leaf, fc.constantFrom(':', ' :', ': ')), { maxLength: 5 })
      .map((pairs) => `{${pairs.map(([k, v, colon]) => `"${k}"${colon}${v}`).join(',')}}`);
    const doc = fc.oneof(
      obj,
      fc.array(obj, { maxLength: 3 }).map((a) => `[${a.join(',')}]`),
    );
    fc.assert(
      fc.property(doc, (text) => {
        const value = JSON.parse(text);
        const scan = scanJson(text, 0, { maxDepth: 512, maxIssues: 100 });
        if (provenClean(text, 0, value, 512)) expect(scan.issues).toEqual([]);
        expect(parseJson(text).issues).toEqual(scan.issues);
      }),
      { numRuns: 300 },
    );
  });

  it('reports numbers outside the safe integers and beyond doubles', () => {
    const r = parseJson(
      '{"a":[1, 9007199254740993, 9007199254740991, -9007199254740992, 1e400, 1.5e300]}',
    );
    expect(r.success).toBe(false);
    expect(
      r.issues.map((i) => [i.code, i.path, i.code === 'json/unsafe-number' && i.params.number]),
    ).toEqual([
      ['json/unsafe-number', ['a', 1], '9007199254740993'],
      ['json/unsafe-number', ['a', 3], '-9007199254740992'],
      ['json/unsafe-number', ['a', 4], '1e400'],
    ]);
  });

  it('reports lone surrogates, escaped or raw, and accepts pairs', () => {
    expect(codes(parseJson('"\\ud83d\\ude00 \ud83d\ude00"').issues)).toEqual([]);
    expect(codes(parseJson('["\\ud800"]').issues)).toEqual(['json/lone-surrogate']);
    expect(codes(parseJson('{"k":"a\\udc00b"}').issues)).toEqual(['json/lone-surrogate']);
    const raw = parseJson('{"k":"a\ud800"}');
    expect(raw.success).toBe(false);
    expect(raw.issues[0]).toMatchObject({ code: 'json/lone-surrogate', path: ['k'] });
  });

  it('stops at 10,000-deep nesting with json/too-deep, no stack overflow', () => {
    const deep = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
    const r = parseJson(deep);
    expect(r.success).toBe(false);
    expect(codes(r.issues)).toEqual(['json/too-deep']);
    expect(r.issues[0]?.params).toMatchObject({ maxDepth: 512, line: 1, column: 513 });
    const objects = `${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}`;
    expect(codes(parsePlanJson(objects).issues)).toEqual(['json/too-deep']);
    expect(parseJson(deep, { maxDepth: 20_000 }).success).toBe(true);
  });

  it('refuses text over maxLength with json/too-large', () => {
    const r = parseJson('[1,2,3]', { maxLength: 5 });
    expect(
      r.issues.map((i) => [
        i.code,
        i.code === 'json/too-large' && i.params.length,
        i.code === 'json/too-large' && i.params.maxLength,
      ]),
    ).toEqual([['json/too-large', 7, 5]]);
  });

  it('handles a 20 MB document', () => {
    const parts = ['{"units":[{"id":"root","name":"Tỉnh ủy","level":"province"}'];
    for (let k = 0; k < 240_000; k++) {
      parts.push(
        `,{"id":"u${k}","name":"Chi bộ số ${k}","level":"branch","parent":"root","members":${k % 50}}`,
      );
    }
    parts.push(']}');
    const text = parts.join('');
    expect(text.length).toBeGreaterThan(19_000_000);
    const r = parseUnitTreeJson(text);
    expect(r.success).toBe(true);
    expect(r.success && r.data.units.length).toBe(240_001);
  });

  it('caps the list of warnings at maxIssues', () => {
    const text = `{${Array.from({ length: 50 }, () => '"a":1').join(',')}}`;
    const r = parseJson(text, { maxIssues: 10 });
    expect(r.success).toBe(true);
    expect(r.issues).toHaveLength(10);
  });
});

describe('parseUnitTreeJson', () => {
  it('checks shapes and unique ids', () => {
    const r = parseUnitTreeJson(
      '{"units":[{"id":"a","name":"A","level":"province"},{"id":"a","name":"B","level":"district","parent":"a"},{"id":"c","name":"C","level":"town"}]}',
    );
    expect(r.success).toBe(false);
    expect(r.issues.map((i) => [i.code, i.path])).toEqual([
      ['schema/invalid-value', ['units', 2, 'level']],
    ]);
    const dup = parseUnitTreeJson(
      '{"units":[{"id":"a","name":"A","level":"province"},{"id":"a","name":"B","level":"district","parent":"a"}]}',
    );
    expect(dup.issues.map((i) => [i.code, i.path])).toEqual([
      ['ref/duplicate-id', ['units', 1, 'id']],
    ]);
  });
});

describe('parsePlanJson agrees with core parsePlan', () => {
  it('on plans broken at random places', () => {
    const base = JSON.parse(JSON.stringify(plan985KhHndt));
    const paths: (string | number)[][] = [];
    const walk = (v: unknown, path: (string | number)[]) => {
      paths.push(path);
      if (v !== null && typeof v === 'object')
        for (const [k, x] of Object.entries(v))
          walk(x, [...path, Array.isArray(v) ? Number(k) : k]);
    };
    walk(base, []);
    const value = fc.oneof(
      fc.constantFrom(
        null,
        '',
        ' x ',
        0,
        -1,
        1.5,
        true,
        [],
        {},
        '2020-02-31',
        'online',
        'province',
      ),
      fc.string(),
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...paths.filter((p) => p.length > 0)),
        value,
        fc.boolean(),
        (path, v, remove) => {
          const plan = structuredClone(base);
          let target = plan;
          for (const key of path.slice(0, -1)) target = target[key];
          const last = path[path.length - 1] as string | number;
          if (remove) delete target[last];
          else target[last] = v;
          const ours = parsePlanJson(JSON.stringify(plan));
          const core = parsePlan(JSON.parse(JSON.stringify(plan)));
          expect(ours.success).toBe(core.success);
          expect(ours.issues).toEqual(core.issues);
          if (ours.success && core.success) expect(ours.data).toEqual(core.data);
        },
      ),
      { numRuns: 150 },
    );
  });
});
