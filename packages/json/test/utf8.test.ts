import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collectNdjson, decodeUtf8, readUnitsNdjson } from '../src/index.js';
import { invalidUtf8At } from '../src/internal/utf8.js';

const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
/** The offset of the first bad byte by the runtime's decoder alone: the longest prefix it accepts. */
const firstBad = (bytes: Uint8Array): number => {
  for (let p = bytes.length; p >= 0; p--) {
    try {
      strict.decode(bytes.subarray(0, p));
      return p;
    } catch {
      // shorter
    }
  }
  return 0;
};
// Bytes near the edges of UTF-8's rules, mixed with ASCII and good characters.
const byteArb = fc.oneof(
  fc.integer({ min: 0, max: 255 }),
  fc.constantFrom(
    0x0a,
    0x22,
    0x80,
    0x8f,
    0x90,
    0x9f,
    0xa0,
    0xbf,
    0xc0,
    0xc2,
    0xe0,
    0xed,
    0xf0,
    0xf4,
  ),
);
const bytesArb = fc
  .array(
    fc.oneof(
      fc.array(byteArb, { maxLength: 3 }),
      fc.constantFrom('Ế', '🌾', 'a').map((s) => [...new TextEncoder().encode(s)]),
    ),
    { maxLength: 20 },
  )
  .map((parts) => new Uint8Array(parts.flat()));

describe('decodeUtf8', () => {
  it('agrees with the runtime decoder, and names the first bad byte and its line', () => {
    fc.assert(
      fc.property(bytesArb, (bytes) => {
        let text: string | undefined;
        try {
          text = strict.decode(bytes);
        } catch {
          // not UTF-8
        }
        const r = decodeUtf8(bytes);
        expect(invalidUtf8At(bytes) < 0).toBe(text !== undefined);
        if (text !== undefined) expect(r).toEqual({ success: true, text, issues: [] });
        else {
          const offset = firstBad(bytes);
          expect(invalidUtf8At(bytes)).toBe(offset);
          const line = 1 + bytes.subarray(0, offset).filter((b) => b === 10).length;
          expect(r.success).toBe(false);
          expect(r.issues).toMatchObject([{ code: 'json/invalid-utf8', params: { line, offset } }]);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps a byte order mark in the text', () => {
    expect(decodeUtf8(new Uint8Array([0xef, 0xbb, 0xbf, 0x31]))).toMatchObject({ text: '\uFEFF1' });
  });
});

describe('NDJSON lines and maxLineLength in bytes', () => {
  it('drops a line of many bytes only when it is longer than the limit in UTF-16 code units', async () => {
    // 300 × "Ế" is 300 code units and 900 bytes: within a limit of 400, in any cut.
    const line = `{"id":"a","name":"${'Ế'.repeat(300)}","level":"province"}`;
    const bytes = new TextEncoder().encode(
      `${line}\n${line.replace('300', '')}x${'Ế'.repeat(400)}\n`,
    );
    const chunks = Array.from({ length: Math.ceil(bytes.length / 7) }, (_, k) =>
      bytes.subarray(k * 7, k * 7 + 7),
    );
    const r = await collectNdjson(readUnitsNdjson(chunks, { maxLineLength: 400 }));
    expect(r.counts).toEqual({ lines: 2, good: 1, bad: 1, blank: 0 });
    expect(r.bad[0]?.issues[0]?.code).toBe('json/too-large');
  });

  it('reads a source that mixes text and byte chunks', async () => {
    const enc = new TextEncoder();
    const r = await collectNdjson(
      readUnitsNdjson([
        '{"id":"a","name":"',
        enc.encode('Ế"').subarray(0, 2),
        enc.encode('Ế"').subarray(2),
        ',"level":"province"}\n{"id":"b",',
        new Uint8Array([0xff]),
        '"name":"B","level":"province"}\n',
      ]),
    );
    expect(r.values.map((v) => v.value.name)).toEqual(['Ế']);
    expect(r.bad.map((b) => [b.line, b.issues[0]?.code])).toEqual([[2, 'json/invalid-utf8']]);
  });
});
