import {
  DateRuleSchema,
  IdSchema,
  parseProgressEvent,
  plan985KhHndt,
  TextSchema,
  UnitSchema,
} from '@rollout/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import {
  type NdjsonEntry,
  type NdjsonReader,
  parseJson,
  parsePlanJson,
  readEventsNdjson,
  readNdjson,
  readUnitsNdjson,
  stringifyPlan,
} from '../src/index.js';
import { compileFastCheck } from '../src/internal/fast-check.js';
import { provenClean } from '../src/internal/quick-check.js';
import { scanJson } from '../src/internal/scan.js';
import { schemaIssues } from '../src/internal/zod-issues.js';
import { parsePlanJsonFully, quickPlan } from '../src/parse.js';
import { planArb } from './arbitraries.js';

const scan = (text: string) => scanJson(text, 0, { maxDepth: 512, maxIssues: 100 }).issues;
const proven = (text: string) => provenClean(text, 0, JSON.parse(text), 512);
const codes = (issues: readonly { code: string }[]) => issues.map((i) => i.code);

describe('provenClean (the fast path of parseJson)', () => {
  it('never proves a text with a duplicate key, whatever colons its keys and strings hold', () => {
    const texts = [
      '{"a:b":1,"a:b":2}',
      '{"a":"x:y","a":"z"}',
      '{"a":"::","b":{"c":1},"a":1}',
      '{"a":{"k:":":","j":"::"},"a":"::::"}',
      '[{"t":"08:30"},{"t":"09:00","t":"10:00"}]',
      '{":":":",":":":"}',
    ];
    for (const text of texts) {
      expect(proven(text), text).toBe(false);
      expect(codes(parseJson(text).issues), text).toContain('json/duplicate-key');
      expect(parseJson(text).issues).toEqual(scan(text));
    }
  });

  it('proves clean texts whose keys and strings hold colons', () => {
    for (const text of [
      '{"a:b":"c:d","t":"08:30:00+07:00"}',
      '[{"k":":"},{"k":"::"}]',
      '{"🌾":"Chi hội 🌾: thôn Đông"}',
    ]) {
      expect(proven(text), text).toBe(true);
      expect(scan(text)).toEqual([]);
    }
  });

  it('is not fooled by \\u003a escapes that make colons beside a duplicate', () => {
    // Each escaped colon would make up for a key JSON.parse dropped, were escapes counted as text colons.
    const texts = [
      '{"a":1,"a":2,"b":"\\u003a"}',
      '{"a":1,"a":2,"\\u003a":0}',
      '{"x\\u003a":1,"x:":2}',
      '{"\\u003A":1,":":2}',
      '{"a":"\\u003a\\u003a","a":"\\u003a"}',
    ];
    for (const text of texts) {
      expect(proven(text), text).toBe(false);
      expect(codes(parseJson(text).issues), text).toContain('json/duplicate-key');
      expect(parseJson(text).issues).toEqual(scan(text));
    }
    // Escaped colons without a duplicate are clean, and an escaped backslash before a `u` is no escape.
    for (const text of ['{"a":"\\u003a","b":"\\\\u003a:"}', '{"\\\\u":"\\\\u:"}']) {
      expect(scan(text)).toEqual([]);
      expect(parseJson(text).issues).toEqual([]);
    }
  });

  it('never proves a lone surrogate, raw or escaped, in a key, a value or a dropped duplicate', () => {
    const texts = [
      '{"k":"a\ud800"}',
      '{"k":"a\udc00b"}',
      '{"\ud83d":1}',
      '["\\ud800"]',
      '["x\\udc00"]',
      '{"a":"\ud800","a":1}',
      '{"a":"\\udbff","a":1}',
      // A raw pair split by an escape is two lone halves.
      '["\ud83d\\n\ude00"]',
      // A raw high half followed by an escaped low half, and the reverse.
      '["\ud83d\\ude00"]',
      '["\\ud83d\ude00"]',
    ];
    for (const text of texts) {
      expect(proven(text), text).toBe(false);
      expect(codes(parseJson(text).issues), text).toContain('json/lone-surrogate');
      expect(parseJson(text).issues).toEqual(scan(text));
    }
  });

  it('proves well-formed astral characters, raw or as escaped pairs', () => {
    expect(proven('{"🌾":"Chi hội 🌾 thôn 𠀀"}')).toBe(true);
    expect(proven('["\\ud83c\\udf3e"]')).toBe(false); // an escape: not proven, and the scan accepts it
    for (const text of ['{"🌾":"Chi hội 🌾 thôn 𠀀"}', '["\\ud83c\\udf3e"]', '"🌾"']) {
      expect(scan(text)).toEqual([]);
      expect(parseJson(text).issues).toEqual([]);
    }
  });

  it('gives exactly the scanner issues on texts with injected duplicates, colons and escapes', () => {
    const piece = fc.constantFrom(
      'a',
      ':',
      'b:c',
      '\\u003a',
      '\\u003A',
      '\\u0061',
      '\\n',
      '\\\\u',
      '\\"',
      '🌾',
      '\ud800',
      '\udc00',
      '\\ud800',
      '\\udfff',
      '\\ud83c\\udf3e',
      'Đảng ủy',
    );
    const str = fc.array(piece, { maxLength: 3 }).map((ps) => `"${ps.join('')}"`);
    const leaf = fc.oneof(
      str,
      fc.constantFrom('1', '0.5', '1e400', '9007199254740993', '1.5e300', 'null', 'true', '[]'),
    );
    const value: fc.Arbitrary<string> = fc.letrec<{
      value: string;
      array: string;
      object: string;
    }>((tie) => ({
      value: fc.oneof({ depthSize: 'small' }, leaf, tie('object'), tie('array')),
      array: fc.array(tie('value'), { maxLength: 3 }).map((xs) => `[${xs.join(',')}]`),
      object: fc
        .tuple(
          fc.array(fc.tuple(str, tie('value'), fc.constantFrom(':', ' : ', ':\n')), {
            maxLength: 4,
          }),
          fc.nat(),
          fc.boolean(),
        )
        .map(([pairs, at, dup]) => {
          // Inject a duplicate: repeat one of the keys.
          const out = pairs.map(([k, v, colon]) => `${k}${colon}${v}`);
          if (dup && pairs.length > 0) {
            const [k] = pairs[at % pairs.length] as [string, string, string];
            out.push(`${k}:${at % 2 === 0 ? '":"' : '0'}`);
          }
          return `{${out.join(',')}}`;
        }),
    })).value;
    let provenCount = 0;
    fc.assert(
      fc.property(value, (text) => {
        const found = scan(text);
        if (proven(text)) {
          provenCount++;
          expect(found).toEqual([]);
        }
        expect(parseJson(text).issues).toEqual(found);
      }),
      { numRuns: 400 },
    );
    expect(provenCount).toBeGreaterThan(0);
  });
});

describe('compileFastCheck (compiled checks)', () => {
  const agrees = (schema: z.core.$ZodType, value: unknown) => {
    const fast = compileFastCheck(schema);
    expect(fast).not.toBeNull();
    const zod = z.safeParse(schema, value);
    if (fast?.(value)) {
      expect(zod.success, JSON.stringify(value)).toBe(true);
      expect(zod.data).toEqual(value);
    }
    return fast?.(value) ?? false;
  };

  it('counts lengths in code points as zod does, astral characters included', () => {
    const short = z.string().check(z.minLength(3), z.maxLength(4));
    for (const s of [
      'ab',
      'abc',
      'abcd',
      'abcde',
      '🌾',
      '🌾a',
      '🌾🌾',
      '🌾🌾🌾',
      '🌾🌾🌾🌾',
      '🌾🌾🌾🌾🌾',
    ]) {
      const zodOk = z.safeParse(short, s).success;
      expect(agrees(short, s) || !zodOk, s).toBe(true);
      if (!zodOk) expect(agrees(short, s)).toBe(false);
    }
    expect(agrees(TextSchema, '🌾')).toBe(true);
    expect(agrees(IdSchema, '𠀀'.repeat(150))).toBe(true);
    expect(agrees(IdSchema, 'x'.repeat(201))).toBe(false);
    expect(agrees(IdSchema, ' a')).toBe(false);
  });

  it('tells date rules apart by kind and still says yes only when zod agrees', () => {
    const rule = fc.oneof(
      fc.record({
        kind: fc.constantFrom('by', 'within', 'held', 'span', 'after', 'soon', 1),
        date: fc.constantFrom('2020-10-01', '2020-1-1'),
      }),
      fc.record(
        {
          kind: fc.constantFrom('within', 'by'),
          month: fc.constantFrom('2020-12', '2020-13'),
          quarter: fc.constantFrom('2021-Q1', '2021-Q5'),
          year: fc.constantFrom('2021', '21'),
        },
        { requiredKeys: ['kind'] },
      ),
      fc.record(
        {
          kind: fc.constantFrom('after', 'span'),
          ref: fc.constantFrom('s-1', ' s'),
          days: fc.constantFrom(0, 10, -1, 2.5, 36_601),
          calendar: fc.constantFrom('working', 'calendar', 'lunar'),
          from: fc.constantFrom('2020-10-01'),
          to: fc.constantFrom('2020-10-02'),
        },
        { requiredKeys: ['kind'] },
      ),
    );
    let yes = 0;
    fc.assert(
      fc.property(rule, (r) => {
        const value = JSON.parse(JSON.stringify(r));
        if (agrees(DateRuleSchema, value)) yes++;
        else expect(z.safeParse(DateRuleSchema, value).success).toBe(false);
      }),
      { numRuns: 300 },
    );
    expect(yes).toBeGreaterThan(0);
  });
});

/** Breaks JSON text at the `n`-th key in one of the ways the fast paths must notice. */
function breakText(text: string, n: number, how: number): string {
  const keys = [...text.matchAll(/"([A-Za-z]+)"\s*:\s*/g)];
  if (keys.length === 0) return text;
  const m = keys[n % keys.length] as RegExpExecArray;
  const at = m.index;
  const end = at + m[0].length;
  const key = m[1] as string;
  switch (how % 9) {
    case 0: // a duplicate key before the real one, its value holding colons
      return `${text.slice(0, at)}"${key}":"x:y:z",${text.slice(at)}`;
    case 1: // a duplicate whose key is written with an escape
      return `${text.slice(0, at)}"\\u00${key.charCodeAt(0).toString(16)}${key.slice(1)}":0,${text.slice(at)}`;
    case 2: // an escaped colon in a string value (clean, but not plain text)
      return text[end] === '"' ? `${text.slice(0, end + 1)}\\u003a${text.slice(end + 1)}` : text;
    case 3: // a raw lone surrogate in a string value
      return text[end] === '"' ? `${text.slice(0, end + 1)}\ud800${text.slice(end + 1)}` : text;
    case 4: // an unsafe integer
      return /[0-9]/.test(text[end] ?? '')
        ? `${text.slice(0, end)}9007199254740993${text.slice(end).replace(/^[0-9]+/, '')}`
        : text;
    case 5: // a colon added inside a string value (clean)
      return text[end] === '"' ? `${text.slice(0, end + 1)}: ${text.slice(end + 1)}` : text;
    case 7: // an escaped lone surrogate
      return text[end] === '"' ? `${text.slice(0, end + 1)}\\udc00${text.slice(end + 1)}` : text;
    case 6: // an escaped pair, well formed (clean, not plain)
      return text[end] === '"'
        ? `${text.slice(0, end + 1)}\\ud83c\\udf3e${text.slice(end + 1)}`
        : text;
    default: // a raw astral character (clean and plain)
      return text[end] === '"' ? `${text.slice(0, end + 1)}🌾${text.slice(end + 1)}` : text;
  }
}

describe('the quick path of parsePlanJson', () => {
  it('applies to clean plans, bare or in an envelope, and gives what the full path gives', () => {
    fc.assert(
      fc.property(planArb, fc.boolean(), fc.boolean(), (plan, pretty, bare) => {
        const text = bare ? JSON.stringify(plan) : stringifyPlan(plan, { pretty });
        expect(quickPlan(text, {})).not.toBeNull();
        expect(parsePlanJson(text)).toEqual(parsePlanJsonFully(text));
      }),
      { numRuns: 40 },
    );
  });

  it('gives what the full path gives on texts broken at random places, whatever the limits', () => {
    const options = fc.constantFrom({}, { maxDepth: 3 }, { maxDepth: 6 }, { maxLength: 100 });
    fc.assert(
      fc.property(
        planArb,
        fc.array(fc.tuple(fc.nat(), fc.nat()), { minLength: 1, maxLength: 3 }),
        fc.boolean(),
        options,
        (plan, breaks, bom, opts) => {
          let text = stringifyPlan(plan, { pretty: true });
          for (const [n, how] of breaks) text = breakText(text, n, how);
          if (bom) text = `\ufeff${text}`;
          expect(parsePlanJson(text, opts)).toEqual(parsePlanJsonFully(text, opts));
        },
      ),
      { numRuns: 150 },
    );
  });

  it('leaves older versions and odd envelopes to the full path', () => {
    const plan = JSON.parse(stringifyPlan(plan985KhHndt)).plan;
    const texts = [
      JSON.stringify({ format: 'rollout/plan', version: 0, plan }),
      JSON.stringify({ format: 'rollout/plan', version: 1, plan, extra: 1 }),
      JSON.stringify({ format: 'rollout/plan', version: 1 }),
      JSON.stringify({ format: 'other', version: 1, plan }),
      JSON.stringify({ format: 'rollout/plan', version: 1, plan, format2: ':' }),
    ];
    for (const text of texts) {
      expect(quickPlan(text, {})).toBeNull();
      expect(parsePlanJson(text)).toEqual(parsePlanJsonFully(text));
    }
  });
});

/** Every entry a reader yields (warnings included), and its counts. */
async function entries<T>(reader: NdjsonReader<T>) {
  const out: NdjsonEntry<T>[] = [];
  for await (const entry of reader) out.push(entry);
  return { out, counts: reader.counts };
}

describe('the quick path of the NDJSON readers', () => {
  const common = {
    unit: fc.constantFrom('ns', 'u:1', 'x'),
    recordedBy: fc.constantFrom('Văn phòng', 'VP: Huyện ủy 🌾'),
    recordedAt: fc.constantFrom('2020-10-01T08:00:00+07:00', '2020-10-01T08:00:00Z', '2020-10-01'),
  };
  const date = fc.constantFrom('2020-10-01', '2020-10-31', '2021-02-29');
  // Mostly valid events of three kinds (the quick path applies), sometimes not.
  const eventArb = fc.oneof(
    fc.record({ kind: fc.constant('report-sent'), ...common, date }),
    fc.record({
      kind: fc.constant('reflections-submitted'),
      ...common,
      submitted: fc.constantFrom(1, 40),
      expected: fc.constantFrom(40, 2 ** 53 + 2),
    }),
    fc.record({
      kind: fc.constantFrom('session-held', 'session-held '),
      ...common,
      session: fc.constantFrom('s-branch', 's:1'),
      date,
      method: fc.constantFrom('in-person', 'online'),
      attendees: fc.constantFrom({ present: 20 }, { present: 20, expected: 25 }),
    }),
  );
  const linesArb = fc
    .array(
      fc.tuple(eventArb, fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 2 }), fc.nat(9)),
      { minLength: 1, maxLength: 25 },
    )
    .map((rows) =>
      rows
        .map(([e, breaks, end]) => {
          let line = JSON.stringify(e);
          for (const [n, how] of breaks) line = breakText(line, n, how);
          return end === 0 ? `${line}\r\n` : end === 1 ? `${line}\n  \n` : `${line}\n`;
        })
        .join(''),
    );

  it('gives the entries and counts a plain record check gives, however the bytes are cut', async () => {
    let good = 0;
    await fc.assert(
      fc.asyncProperty(
        linesArb,
        fc.array(fc.oneof(fc.integer({ min: 1, max: 300 }), fc.constant(100_000)), {
          minLength: 1,
          maxLength: 4,
        }),
        fc.boolean(),
        // Bad UTF-8 put into byte sources: where (a fraction of the length) and which bytes.
        fc.array(
          fc.tuple(
            fc.double({ min: 0, max: 1, noNaN: true }),
            fc.constantFrom([0xff], [0x80], [0xc0, 0xaf], [0xe1, 0xbb], [0xed, 0xb0, 0x80]),
          ),
          { maxLength: 3 },
        ),
        async (text, sizes, asText, corrupt) => {
          // Bytes (UTF-8 turns a lone surrogate into U+FFFD) or text chunks (which keep it).
          let bytes = new TextEncoder().encode(text);
          for (const [where, seq] of corrupt) {
            const at = Math.floor(where * bytes.length);
            bytes = new Uint8Array([...bytes.subarray(0, at), ...seq, ...bytes.subarray(at)]);
          }
          const source: { length: number; slice(a: number, b: number): Uint8Array | string } =
            asText ? text : bytes;
          const chunks = () => {
            const out: (Uint8Array | string)[] = [];
            for (let at = 0, k = 0; at < source.length; k++) {
              const size = sizes[k % sizes.length] as number;
              out.push(source.slice(at, at + size));
              at += size;
            }
            return out;
          };
          const quick = await entries(readEventsNdjson(chunks()));
          good += quick.counts.good;
          // The same check as a plain function: the reader cannot take its quick path.
          const full = await entries(readNdjson(chunks(), (v) => parseProgressEvent(v)));
          expect(quick).toEqual(full);
          const units = await entries(readUnitsNdjson(chunks()));
          const unitsFull = await entries(
            readNdjson(chunks(), (v) => {
              const r = z.safeParse(UnitSchema, v);
              return r.success
                ? { success: true, data: r.data }
                : { success: false, issues: schemaIssues(r.error.issues, v) };
            }),
          );
          expect(units).toEqual(unitsFull);
          if (!asText) {
            // Each line whose bytes are not UTF-8, and only those, is a json/invalid-utf8 line.
            const strict = new TextDecoder('utf-8', { fatal: true });
            const notUtf8: number[] = [];
            let line = 0;
            for (let a = 0; a <= bytes.length; ) {
              const nl = bytes.indexOf(10, a);
              const b = nl < 0 ? bytes.length : nl;
              if (b > a || nl >= 0) line++;
              try {
                strict.decode(bytes.subarray(a, b));
              } catch {
                notUtf8.push(line);
              }
              if (nl < 0) break;
              a = nl + 1;
            }
            expect(quick.counts.lines).toBe(line);
            const flagged = quick.out
              .filter((e) => !e.ok && e.issues[0]?.code === 'json/invalid-utf8')
              .map((e) => e.line);
            expect(flagged).toEqual(notUtf8);
          }
        },
      ),
      { numRuns: 60 },
    );
    expect(good).toBeGreaterThan(20);
  });
});
