// Issue 13, item 2, for @rollout/json: every reader and writer on hostile text (any string,
// any JSON, the example plans' files with characters changed, deep nesting, duplicate and
// prototype keys, unsafe numbers, lone surrogates, NDJSON cut at any byte) keeps the
// contract of test-support/fuzz.ts. `pnpm fuzz` runs it with more runs and a printed seed.
import type { Plan, Unit } from '@rollout/core';
import { clonePlan, plan985KhHndt, planNq58Province, planTwoLevelProvince } from '@rollout/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  anyJson,
  anyString,
  fuzzParams,
  HOSTILE_CHARS,
  holds,
  holdsAsync,
  hostile,
  mutated,
} from '../../../test-support/fuzz.js';
import { thanhHoaFarmersUnionTree } from '../../../test-support/generated-units.js';
import * as json from '../src/index.js';

const PLANS: readonly Plan[] = [
  clonePlan(plan985KhHndt),
  clonePlan(planNq58Province),
  clonePlan(planTwoLevelProvince),
];
const UNITS: readonly Unit[] = thanhHoaFarmersUnionTree().slice(0, 30);
const FILES: readonly string[] = [
  ...PLANS.map((p) => json.stringifyPlan(p)),
  json.stringifyUnitTree({ units: [...UNITS] }),
  JSON.stringify({ format: json.CALENDAR_FORMAT, version: 1, daysOff: ['2026-02-16'] }),
];

/** A text edit: a character inserted, removed or replaced at some position. */
const edited: fc.Arbitrary<string> = fc
  .record({
    file: fc.nat({ max: FILES.length - 1 }),
    edits: fc.array(
      fc.record({
        at: fc.nat(),
        cut: fc.nat({ max: 3 }),
        put: fc.oneof(
          fc.constantFrom(...HOSTILE_CHARS),
          fc.constantFrom(
            '{',
            '}',
            '[',
            ']',
            ',',
            ':',
            '"',
            '\\',
            '1e400',
            '-0',
            '9007199254740993',
          ),
          fc.constantFrom('"__proto__":{}', '"constructor":1', '"id":"x","id":"y"'),
        ),
      }),
      { minLength: 1, maxLength: 3 },
    ),
  })
  .map(({ file, edits }) => {
    let t = FILES[file]!;
    for (const e of edits) {
      const i = e.at % (t.length + 1);
      t = t.slice(0, i) + e.put + t.slice(i + e.cut);
    }
    return t;
  });

/** JSON text: from a mutated plan, any JSON, a mutated file, any string, or deep nesting. */
const anyText: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: mutated(PLANS).map((p) => JSON.stringify(p) ?? 'null') },
  { weight: 2, arbitrary: anyJson.map((v) => JSON.stringify(v) ?? 'null') },
  { weight: 3, arbitrary: edited },
  { weight: 1, arbitrary: anyString },
  {
    weight: 1,
    arbitrary: fc
      .record({ depth: fc.integer({ min: 1, max: 5000 }), open: fc.constantFrom('[', '{"a":') })
      .map(({ depth, open }) => open.repeat(depth) + (open === '[' ? ']' : '1}').repeat(depth)),
  },
);

describe('@rollout/json fuzz', () => {
  it('parseJson, parsePlanJson, parseUnitTreeJson and parseCalendarJson never crash', () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom(undefined, 4, 64), (text, maxDepth) => {
        const opts = maxDepth === undefined ? {} : { maxDepth, maxLength: 1_000_000 };
        holds('parseJson', json.parseJson, [text, opts]);
        holds('parsePlanJson', json.parsePlanJson, [text, opts]);
        holds('parseUnitTreeJson', json.parseUnitTreeJson, [text, opts]);
        holds('parseCalendarJson', json.parseCalendarJson, [text, opts]);
        const r = json.parseJson(text);
        // A failure always says why.
        if (!r.success) expect(r.issues.length).toBeGreaterThan(0);
      }),
      fuzzParams(80),
    );
  });

  it('migratePlanObject and the envelope schema never crash on any value', () => {
    fc.assert(
      fc.property(hostile(PLANS), fc.integer({ min: -2, max: 5 }), (plan, from) => {
        holds('migratePlanObject', json.migratePlanObject, [plan, from]);
        holds(
          'PlanEnvelopeSchema.safeParse',
          (x: unknown) => json.PlanEnvelopeSchema.safeParse(x),
          [plan],
        );
        holds(
          'CalendarFileSchema.safeParse',
          (x: unknown) => json.CalendarFileSchema.safeParse(x),
          [plan],
        );
      }),
      fuzzParams(60),
    );
  });

  it('stringifyPlan and stringifyUnitTree write what parsePlanJson reads, on hostile plans', () => {
    fc.assert(
      fc.property(hostile(PLANS), (plan) => {
        // Documented: a TypeError only for a cycle or a BigInt, which JSON values never hold.
        holds('stringifyPlan', json.stringifyPlan, [plan]);
        holds('stringifyUnitTree', json.stringifyUnitTree, [{ units: plan }]);
        const text = json.stringifyPlan(plan);
        holds('parsePlanJson(stringifyPlan)', json.parsePlanJson, [text]);
      }),
      fuzzParams(60),
    );
    expect(json.generateJsonSchemas()).toEqual(json.generateJsonSchemas());
  });

  it('the NDJSON readers never crash, whatever the bytes and wherever the chunks are cut', async () => {
    const lines = [
      ...UNITS.slice(0, 6).map((u) => JSON.stringify(u)),
      '{"kind":"report-sent","unit":"x","date":"2020-10-01","period":"Q3","recordedBy":"B","recordedAt":"2020-10-20T08:00:00Z"}',
    ];
    const bytes = fc
      .record({
        body: fc.oneof(
          fc.constant(lines.join('\n')),
          anyText,
          fc.array(anyText, { maxLength: 4 }).map((ls) => ls.join('\n')),
        ),
        junk: fc.uint8Array({ maxLength: 6 }),
        at: fc.nat(),
        cuts: fc.array(fc.nat({ max: 64 }), { maxLength: 6 }),
      })
      .map(({ body, junk, at, cuts }) => {
        const b = new TextEncoder().encode(body);
        const i = at % (b.length + 1);
        const all = new Uint8Array([...b.slice(0, i), ...junk, ...b.slice(i)]);
        const chunks: Uint8Array[] = [];
        let from = 0;
        for (const c of cuts) {
          chunks.push(all.slice(from, from + c));
          from += c;
        }
        chunks.push(all.slice(from));
        return chunks;
      });
    await fc.assert(
      fc.asyncProperty(bytes, async (chunks) => {
        const drain = async (read: (c: Uint8Array[]) => json.NdjsonReader<unknown>) =>
          json.collectNdjson(read(chunks));
        await holdsAsync('readUnitsNdjson', drain, [
          (c: Uint8Array[]) => json.readUnitsNdjson(c, { maxLineLength: 4096, maxDepth: 16 }),
        ]);
        await holdsAsync('readEventsNdjson', drain, [
          (c: Uint8Array[]) => json.readEventsNdjson(c),
        ]);
        await holdsAsync('readNdjson', drain, [
          (c: Uint8Array[]) =>
            json.readNdjson(c, (v: unknown) =>
              typeof v === 'object'
                ? { success: true as const, data: v }
                : { success: false as const, issues: [] },
            ),
        ]);
      }),
      fuzzParams(60),
    );
  });

  it('writeNdjson writes one line a value, for any JSON value', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(anyJson, { maxLength: 5 }), async (values) => {
        await holdsAsync(
          'writeNdjson',
          async (vs: unknown[]) => {
            let out = '';
            for await (const s of json.writeNdjson(vs)) out += s;
            return out;
          },
          [values],
        );
      }),
      fuzzParams(60),
    );
  });

  it('createJsonIssue never crashes on any code and params of any values', () => {
    const params = fc.dictionary(
      fc.constantFrom('line', 'column', 'key', 'depth', 'limit', 'reason', 'version', 'found'),
      fc.oneof(anyString, fc.integer(), fc.double()),
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...Object.keys(json.JSON_ISSUE_CODES)),
        params,
        (code, params) => {
          holds('createJsonIssue', json.createJsonIssue as (...a: never[]) => unknown, [
            code,
            [],
            params,
          ]);
        },
      ),
      fuzzParams(60),
    );
  });
});
