import { DateRuleSchema, IdSchema, TextSchema } from '@rollout/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { parseJson } from '../src/index.js';
import { compileFastCheck } from '../src/internal/fast-check.js';
import { provenClean } from '../src/internal/quick-check.js';
import { scanJson } from '../src/internal/scan.js';

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
