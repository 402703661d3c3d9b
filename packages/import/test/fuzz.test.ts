// Issue 13, item 2, for @rollout/import: importPlans on any text (real plans with lines cut,
// doubled, swapped or salted with hostile characters; any string; long runs of the
// characters the recognisers look for) and importDocx on any bytes (real DOCX files with
// bytes flipped or cut; random bytes) keep the contract of test-support/fuzz.ts.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { plan985KhHndt } from '@rollout/core';
import { renderDocx } from '@rollout/docx';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  anyString,
  fuzzParams,
  HOSTILE_CHARS,
  holds,
  holdsAsync,
} from '../../../test-support/fuzz.js';
import {
  createImportIssue,
  docxToText,
  IMPORT_ISSUE_CODES,
  importDocx,
  importPlans,
} from '../src/index.js';

const FIXTURES = ['city-propaganda.txt', 'commune-2025.txt', 'district-party.txt'].map((f) =>
  readFileSync(resolve(import.meta.dirname, 'fixtures', f), 'utf8'),
);

/** A real plan's text with a few line edits. */
const editedText: fc.Arbitrary<string> = fc
  .record({
    text: fc.nat({ max: FIXTURES.length - 1 }),
    edits: fc.array(
      fc.record({
        op: fc.constantFrom('cut', 'double', 'swap', 'salt'),
        at: fc.nat(),
        to: fc.nat(),
        salt: fc.constantFrom(
          ...HOSTILE_CHARS,
          '31/12/9999',
          '01/01/0001',
          '30/02/2020',
          'ngày 0 tháng 0 năm 0',
        ),
      }),
      { minLength: 1, maxLength: 4 },
    ),
  })
  .map(({ text, edits }) => {
    const lines = FIXTURES[text]!.split('\n');
    for (const e of edits) {
      const i = e.at % lines.length;
      const j = e.to % lines.length;
      if (e.op === 'cut') lines.splice(i, 1);
      else if (e.op === 'double') lines.splice(i, 0, lines[i]!);
      else if (e.op === 'swap') [lines[i], lines[j]] = [lines[j]!, lines[i]!];
      else {
        const l = lines[i] ?? '';
        const k = e.to % (l.length + 1);
        lines[i] = l.slice(0, k) + e.salt + l.slice(k);
      }
      if (lines.length === 0) lines.push('');
    }
    return lines.join('\n');
  });

/** Long runs of what the recognisers match (digits, slashes, spaces, dots): ReDoS bait. */
const bait: fc.Arbitrary<string> = fc
  .record({
    unit: fc.constantFrom('1', '1/', ' ', '.', 'ngày ', '-KH/', 'a', 'Đ', '…', '\t', '0/0/'),
    n: fc.integer({ min: 100, max: 3000 }),
    tail: fc.constantFrom('', '!', 'x', '\n'),
  })
  .map(({ unit, n, tail }) => unit.repeat(n) + tail);

const anyText: fc.Arbitrary<string> = fc.oneof(
  { weight: 5, arbitrary: editedText },
  { weight: 2, arbitrary: anyString },
  { weight: 1, arbitrary: bait },
);

describe('@rollout/import fuzz', () => {
  it('importPlans never crashes, hangs or changes its mind, on any text', () => {
    fc.assert(
      fc.property(
        anyText,
        fc.constantFrom(undefined, 2020, 0, 99999),
        fc.boolean(),
        (text, year, validate) => {
          holds('importPlans', importPlans, [text]);
          holds('importPlans(options)', importPlans, [text, { defaultYear: year, validate }]);
        },
      ),
      fuzzParams(30),
    );
  });

  it('importDocx never throws, on real files with bytes changed and on any bytes', async () => {
    const real = await renderDocx(plan985KhHndt);
    const bytes = fc.oneof(
      fc
        .record({
          flips: fc.array(fc.record({ at: fc.nat(), to: fc.nat({ max: 255 }) }), { maxLength: 8 }),
          cut: fc.option(fc.nat(), { nil: undefined }),
        })
        .map(({ flips, cut }) => {
          const b = real.slice(0, cut === undefined ? real.length : cut % (real.length + 1));
          for (const f of flips) if (b.length > 0) b[f.at % b.length] = f.to;
          return b;
        }),
      fc.uint8Array({ maxLength: 512 }),
      fc.constant(new Uint8Array([0x50, 0x4b, 0x05, 0x06, ...new Array(18).fill(0)])),
    );
    await fc.assert(
      fc.asyncProperty(bytes, async (b) => {
        await holdsAsync('importDocx', importDocx, [b]);
        // Documented: docxToText throws (an Error) when the bytes are not a DOCX file.
        await holdsAsync('docxToText', docxToText, [b], (e) => e instanceof Error);
      }),
      fuzzParams(15),
    );
  });

  it('createImportIssue never crashes on any code and params of any values', () => {
    const params = fc.dictionary(
      fc.constantFrom('text', 'line', 'what', 'size', 'limit', 'reason', 'date', 'value'),
      fc.oneof(anyString, fc.integer(), fc.double()),
    );
    fc.assert(
      fc.property(fc.constantFrom(...Object.keys(IMPORT_ISSUE_CODES)), params, (code, p) => {
        holds('createImportIssue', createImportIssue as (...a: never[]) => unknown, [code, [], p]);
      }),
      fuzzParams(60),
    );
    expect(Object.keys(IMPORT_ISSUE_CODES).length).toBeGreaterThan(5);
  });
});
