import { Readable } from 'node:stream';
import { ProgressEventSchema, parseProgressEvent, UnitSchema, UnitTreeSchema } from '@rollout/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import {
  collectNdjson,
  readEventsNdjson,
  readNdjson,
  readUnitsNdjson,
  writeNdjson,
} from '../src/index.js';
import { compileFastCheck } from '../src/internal/fast-check.js';

const enc = new TextEncoder();
const unit = (k: number) => ({
  id: `u${k}`,
  name: `Chi bộ thôn Đông số ${k} 🌾`,
  level: 'branch',
  parent: 'root',
});
const lines = (n: number) =>
  Array.from({ length: n }, (_, k) => `${JSON.stringify(unit(k))}\n`).join('');

/** Cuts bytes into chunks at the given sizes (cycled). */
function* cut(bytes: Uint8Array, sizes: readonly number[]): Generator<Uint8Array> {
  let at = 0;
  let k = 0;
  while (at < bytes.length) {
    const size = Math.max(1, sizes[k++ % sizes.length] ?? 1);
    yield bytes.subarray(at, at + size);
    at += size;
  }
}

const event = (over: Record<string, unknown> = {}) => ({
  kind: 'report-sent',
  unit: 'ns',
  date: '2020-10-01',
  recordedBy: 'Văn phòng Huyện ủy',
  recordedAt: '2020-10-01T08:00:00+07:00',
  ...over,
});

describe('readNdjson', () => {
  it('reads every line of a WHATWG ReadableStream of bytes', async () => {
    const bytes = enc.encode(lines(100));
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (const c of cut(bytes, [7, 64, 3])) controller.enqueue(c);
        controller.close();
      },
    });
    const r = await collectNdjson(readUnitsNdjson(stream));
    expect(r.counts).toEqual({ lines: 100, good: 100, bad: 0, blank: 0 });
    expect(r.values[42]).toEqual({ line: 43, value: unit(42) });
  });

  it('reads a Node stream', async () => {
    const r = await collectNdjson(readUnitsNdjson(Readable.from([Buffer.from(lines(10))])));
    expect(r.counts.good).toBe(10);
  });

  it('reads the same records however the bytes are cut (UTF-8 split across chunks)', async () => {
    const bytes = enc.encode(`\uFEFF${lines(5)}`);
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 8 }),
        async (sizes) => {
          const r = await collectNdjson(readUnitsNdjson(cut(bytes, sizes)));
          expect(r.counts).toEqual({ lines: 5, good: 5, bad: 0, blank: 0 });
          expect(r.values.map((v) => v.value)).toEqual([0, 1, 2, 3, 4].map(unit));
        },
      ),
      { numRuns: 50 },
    );
  });

  it('reports bad lines with their line numbers and goes on; nothing is dropped', async () => {
    const text = [
      JSON.stringify(unit(1)),
      '',
      '{"id":"u2","name":"X","level":"town"}',
      '{"id":"u3", "name": }',
      '   ',
      JSON.stringify(unit(4)),
      '{"id":"u5","name":"A","name":"B","level":"branch"}',
      '{"id":"u6","name":"X","level":"branch","members":12345678901234567890}',
      '[1,2]',
      JSON.stringify(unit(9)), // last line without a newline
    ].join('\r\n');
    const r = await collectNdjson(readUnitsNdjson([text]));
    expect(r.counts).toEqual({ lines: 10, good: 4, bad: 4, blank: 2 });
    expect(r.values.map((v) => v.line)).toEqual([1, 6, 7, 10]);
    expect(r.bad.map((b) => [b.line, b.issues[0]?.code, b.issues[0]?.path])).toEqual([
      [3, 'schema/invalid-value', ['level']],
      [4, 'json/syntax', ['name']],
      [8, 'json/unsafe-number', ['members']],
      [9, 'schema/invalid-type', []],
    ]);
    expect(r.bad[1]?.issues[0]?.params).toMatchObject({ line: 4, column: 21 });
    expect(r.bad[1]?.issues[0]?.message.en).toContain('(4:21)');
  });

  it('keeps duplicate keys as warnings on good records (the last wins)', async () => {
    const reader = readUnitsNdjson(['{"id":"u5","name":"A","name":"B","level":"branch"}\n']);
    const entries = [];
    for await (const e of reader) entries.push(e);
    expect(entries).toHaveLength(1);
    const e = entries[0];
    expect(e?.ok && e.value.name).toBe('B');
    expect(
      e?.ok && e.warnings?.map((w) => [w.code, w.code === 'json/duplicate-key' && w.params.line]),
    ).toEqual([['json/duplicate-key', 1]]);
  });

  it('does not buffer a line longer than maxLineLength', async () => {
    const long = `{"id":"x","name":"${'a'.repeat(5000)}","level":"branch"}`;
    const chunks = [
      JSON.stringify(unit(1)),
      '\n',
      ...long.match(/.{1,100}/g)!,
      '\n',
      JSON.stringify(unit(3)),
      '\n',
    ];
    const r = await collectNdjson(readUnitsNdjson(chunks, { maxLineLength: 1000 }));
    expect(r.counts).toEqual({ lines: 3, good: 2, bad: 1, blank: 0 });
    expect(r.bad[0]).toMatchObject({ line: 2, issues: [{ code: 'json/too-large' }] });
  });

  it('refuses deep records with json/too-deep', async () => {
    const r = await collectNdjson(
      readUnitsNdjson([`${'['.repeat(10_000)}${']'.repeat(10_000)}\n`]),
    );
    expect(r.bad[0]?.issues[0]?.code).toBe('json/too-deep');
  });

  it('keeps __proto__ keys from polluting prototypes', async () => {
    const r = await collectNdjson(
      readUnitsNdjson(['{"__proto__":{"polluted":1},"id":"a","name":"A","level":"province"}\n']),
    );
    expect(r.counts.bad).toBe(1);
    expect(r.bad[0]?.issues[0]).toMatchObject({ code: 'schema/unknown-key', path: ['__proto__'] });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('accepts any zod schema or check function', async () => {
    const r = await collectNdjson(readNdjson(['1\n2\n-3\n"x"\n'], z.int().check(z.minimum(0))));
    expect(r.values.map((v) => v.value)).toEqual([1, 2]);
    expect(r.bad.map((b) => b.line)).toEqual([3, 4]);
    const odd = await collectNdjson(
      readNdjson(['1\n2\n'], (v) =>
        v === 1 ? { success: true, data: 'one' } : { success: false, issues: [] },
      ),
    );
    expect(odd.values).toEqual([{ line: 1, value: 'one' }]);
  });

  it('can be iterated once only', async () => {
    const reader = readUnitsNdjson([lines(1)]);
    await collectNdjson(reader);
    expect(() => reader[Symbol.asyncIterator]()).toThrow();
  });
});

describe('readEventsNdjson', () => {
  it('reads progress events and reports nonexistent dates', async () => {
    const text = [
      JSON.stringify(event()),
      JSON.stringify(event({ date: '2021-02-31' })),
      JSON.stringify(event({ kind: 'session-held', session: 's', method: 'online' })),
    ].join('\n');
    const r = await collectNdjson(readEventsNdjson([text]));
    expect(r.counts).toEqual({ lines: 3, good: 1, bad: 2, blank: 0 });
    expect(r.bad.map((b) => [b.line, b.issues[0]?.code])).toEqual([
      [2, 'date/nonexistent'],
      [3, 'schema/invalid'],
    ]);
  });

  it('accepts exactly the events parseProgressEvent accepts', async () => {
    const eventArb = fc.record({
      kind: fc.constantFrom(
        'report-sent',
        'inspection-done',
        'session-held',
        'reflections-submitted',
        'bogus',
      ),
      unit: fc.constantFrom('ns', '', ' x'),
      date: fc.constantFrom('2020-10-01', '2021-02-29', '2020-02-29', '2020-1-1', undefined),
      session: fc.constantFrom('s', undefined),
      method: fc.constantFrom('online', 'radio', undefined),
      attendees: fc.constantFrom({ present: 3 }, { present: -1 }, undefined),
      submitted: fc.constantFrom(3, 2.5, undefined),
      recordedBy: fc.constantFrom('VP', ''),
      recordedAt: fc.constantFrom(
        '2020-10-01T08:00:00+07:00',
        '2020-10-01T08:00:00Z',
        '2020-10-01',
      ),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(eventArb, { minLength: 1, maxLength: 10 }), async (events) => {
        const clean = events.map((e) => JSON.parse(JSON.stringify(e)));
        const r = await collectNdjson(
          readEventsNdjson([clean.map((e) => JSON.stringify(e)).join('\n')]),
        );
        const expected = clean.map((e) => parseProgressEvent(e).success);
        const got = clean.map((_, k) => r.values.some((v) => v.line === k + 1));
        expect(got).toEqual(expected);
      }),
      { numRuns: 100 },
    );
  });
});

describe('compileFastCheck', () => {
  it('says yes only when zod accepts and returns the same value', () => {
    const fast = compileFastCheck(UnitSchema);
    expect(fast).not.toBeNull();
    // Each field mostly valid (weight 4), sometimes not (weight 1).
    const pick = <T>(valid: T[], invalid: unknown[]) =>
      fc.oneof(
        { arbitrary: fc.constantFrom(...valid), weight: 4 },
        { arbitrary: fc.constantFrom(...invalid), weight: 1 },
      );
    const unitArb = fc.record(
      {
        id: pick(['a', 'b-1', 'a b'], [' a', '', 'x'.repeat(201), 3]),
        name: pick(['A', 'Chi bộ'], ['', null]),
        level: pick(['province', 'branch'], ['ward', 'Province']),
        parent: pick(['a', 'b'], [1, '']),
        members: pick([0, 10], [-1, 2.5, 2 ** 60, '3']),
        expected: pick([{ a: 1 }, {}], [{ '': 1 }, { a: -1 }, [1]]),
        extra: fc.constant(true),
      },
      { requiredKeys: ['id', 'name', 'level'] },
    );
    let yes = 0;
    fc.assert(
      fc.property(unitArb, (u) => {
        const value = JSON.parse(JSON.stringify(u));
        const zod = UnitSchema.safeParse(value);
        if (fast?.(value)) {
          yes++;
          expect(zod.success).toBe(true);
          expect(zod.data).toEqual(value);
        } else {
          expect(zod.success).toBe(false);
        }
      }),
      { numRuns: 300 },
    );
    expect(yes).toBeGreaterThan(0);
    expect(fast?.({ id: 'a', name: 'A', level: 'province', expected: { a: 1 } })).toBe(true);
  });

  it('compiles the schemas the readers use, and gives up on transforms', () => {
    expect(compileFastCheck(UnitTreeSchema)).not.toBeNull();
    expect(compileFastCheck(ProgressEventSchema)).not.toBeNull();
    expect(
      compileFastCheck(
        z.pipe(
          z.string(),
          z.transform((s) => s.length),
        ),
      ),
    ).toBeNull();
    expect(compileFastCheck(z.object({ a: z.string() }))).toBeNull();
  });
});

describe('writeNdjson', () => {
  it('writes one compact line a record in the schema key order, and reads back', async () => {
    const units = [2, 0, 1].map((k) => {
      const u = unit(k);
      return { parent: u.parent, level: u.level, name: u.name, id: u.id };
    });
    let text = '';
    for await (const chunk of writeNdjson(units, { schema: UnitSchema, chunkSize: 10 }))
      text += chunk;
    expect(text.split('\n')[0]).toBe(JSON.stringify(unit(2)));
    expect(text.endsWith('\n')).toBe(true);
    const back = await collectNdjson(readUnitsNdjson([text]));
    expect(back.values.map((v) => v.value)).toEqual(units);
  });

  it('sorts keys without a schema and takes async iterables', async () => {
    async function* gen() {
      yield { b: 1, a: [{ d: 1, c: 2 }] };
    }
    let text = '';
    for await (const chunk of writeNdjson(gen())) text += chunk;
    expect(text).toBe('{"a":[{"c":2,"d":1}],"b":1}\n');
  });
});

describe('bytes that are not UTF-8', () => {
  const good = (k: number) => enc.encode(JSON.stringify(unit(k)));
  const join = (...parts: (Uint8Array | number[])[]) => {
    const out: number[] = [];
    for (const p of parts) out.push(...p);
    return new Uint8Array(out);
  };
  const nl = [10];

  it('reads a line with a bad byte as a bad line, at its line, and goes on', async () => {
    const line2 = good(2);
    const bad = join(line2.subarray(0, 20), [0xff], line2.subarray(20));
    const bytes = join(good(1), nl, bad, nl, good(3), nl);
    const r = await collectNdjson(readUnitsNdjson([bytes]));
    expect(r.counts).toEqual({ lines: 3, good: 2, bad: 1, blank: 0 });
    expect(r.values.map((v) => v.line)).toEqual([1, 3]);
    const offset = good(1).length + 1 + 20;
    expect(r.bad).toEqual([
      {
        line: 2,
        issues: [
          {
            code: 'json/invalid-utf8',
            severity: 'error',
            path: [],
            params: { line: 2, offset },
            message: {
              vi: `Dòng 2 không phải văn bản UTF-8 hợp lệ (byte sai đầu tiên ở vị trí ${offset}, đếm từ 0).`,
              en: `Line 2 is not valid UTF-8 text (first bad byte at offset ${offset}, from 0).`,
            },
          },
        ],
      },
    ]);
  });

  it('refuses an event whose text holds a bad byte instead of reading U+FFFD', async () => {
    const text = JSON.stringify(event({ recordedBy: 'VP#' }));
    const bytes = enc.encode(`${text}\n${JSON.stringify(event())}\n`);
    bytes[text.indexOf('#')] = 0xff;
    const r = await collectNdjson(readEventsNdjson([bytes]));
    expect(r.counts).toEqual({ lines: 2, good: 1, bad: 1, blank: 0 });
    expect(r.bad[0]?.issues.map((i) => i.code)).toEqual(['json/invalid-utf8']);
    expect(r.values.some((v) => JSON.stringify(v.value).includes('\uFFFD'))).toBe(false);
  });

  it('refuses a sequence cut short by the end of the file, and bad bytes after a BOM', async () => {
    const cut = await collectNdjson(readUnitsNdjson([join(good(1), nl, [0x22, 0xe1, 0xbb])]));
    expect(cut.counts).toEqual({ lines: 2, good: 1, bad: 1, blank: 0 });
    expect(cut.bad[0]?.issues[0]?.params).toEqual({ line: 2, offset: good(1).length + 2 });
    const bom = await collectNdjson(readUnitsNdjson([join([0xef, 0xbb, 0xbf], good(1), nl)]));
    expect(bom.counts.good).toBe(1);
    const afterBom = await collectNdjson(readUnitsNdjson([join([0xef, 0xbb, 0xbf, 0xc0, 0x80])]));
    expect(afterBom.bad[0]?.issues[0]?.params).toEqual({ line: 1, offset: 3 });
  });

  it('keeps its own copy of a partial line when the source reuses its buffer', async () => {
    function* reused(bytes: Uint8Array, size: number): Generator<Uint8Array> {
      const buffer = Buffer.alloc(size);
      for (let at = 0; at < bytes.length; at += size) {
        const n = Math.min(size, bytes.length - at);
        buffer.set(bytes.subarray(at, at + n));
        yield buffer.subarray(0, n);
      }
    }
    const r = await collectNdjson(readUnitsNdjson(reused(enc.encode(lines(20)), 13)));
    expect(r.counts).toEqual({ lines: 20, good: 20, bad: 0, blank: 0 });
    expect(r.values.map((v) => v.value)).toEqual(Array.from({ length: 20 }, (_, k) => unit(k)));
  });

  it('reads a character split across chunks whole, at every cut of it', async () => {
    // Ế (3 bytes) and 🌾 (4 bytes) in one line, cut at every byte.
    const bytes = enc.encode('{"id":"a","name":"Ế 🌾","level":"province"}\n');
    for (let at = 1; at < bytes.length; at++) {
      const r = await collectNdjson(readUnitsNdjson([bytes.subarray(0, at), bytes.subarray(at)]));
      expect(r.counts, `cut at ${at}`).toEqual({ lines: 1, good: 1, bad: 0, blank: 0 });
      expect(r.values[0]?.value.name).toBe('Ế 🌾');
    }
  });

  it('keeps a lone surrogate of a text source a bad line, and a pair split across text chunks whole', async () => {
    const lone = await collectNdjson(
      readUnitsNdjson([
        '{"id":"a","name":"A\uD83C","level":"province"}\n',
        JSON.stringify(unit(1)),
      ]),
    );
    expect(lone.counts).toEqual({ lines: 2, good: 1, bad: 1, blank: 0 });
    expect(lone.bad[0]?.issues[0]?.code).toBe('json/lone-surrogate');
    const pair = await collectNdjson(
      readUnitsNdjson(['{"id":"a","name":"A\uD83C', '\uDF3E","level":"province"}\n']),
    );
    expect(pair.values[0]?.value.name).toBe('A🌾');
  });

  // Bad sequences: stray bytes, overlong forms, surrogates, beyond U+10FFFF, cut short.
  const badSequences = [
    [0xff],
    [0x80],
    [0xc0, 0x80],
    [0xc1, 0xbf],
    [0xe0, 0x80, 0x80],
    [0xe2, 0x82],
    [0xed, 0xa0, 0x80],
    [0xf0, 0x80, 0x80, 0x80],
    [0xf4, 0x90, 0x80, 0x80],
    [0xf5, 0x80, 0x80, 0x80],
    [0xf0, 0x9f, 0x8c],
  ];
  /** The offset of the first bad byte, found with the runtime's decoder alone: the longest prefix it accepts. */
  const firstBad = (bytes: Uint8Array): number => {
    const strict = new TextDecoder('utf-8', { fatal: true });
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

  it('accounts for every line exactly, however bytes with bad sequences are cut', async () => {
    const lineArb = fc.record({
      k: fc.nat(99),
      bad: fc.option(
        fc.record({ seq: fc.constantFrom(...badSequences), at: fc.nat(), twice: fc.boolean() }),
        { freq: 2 },
      ),
      end: fc.constantFrom('\n', '\r\n', '\n \n', ''),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.array(lineArb, { minLength: 1, maxLength: 12 }),
        fc.array(fc.oneof(fc.integer({ min: 1, max: 40 }), fc.constant(100_000)), {
          minLength: 1,
          maxLength: 4,
        }),
        fc.boolean(),
        async (rows, sizes, bom) => {
          // The file, and the same file as text where each line that is not UTF-8 is `x`.
          const parts: number[] = bom ? [0xef, 0xbb, 0xbf] : [];
          const textLines: string[] = [];
          const expected = new Map<number, number>();
          rows.forEach((row, k) => {
            const last = k === rows.length - 1;
            const end = row.end === '' && !last ? '\n' : row.end;
            let line = good(row.k);
            if (row.bad) {
              const at = row.bad.at % (line.length + 1);
              const seq = row.bad.twice ? [...row.bad.seq, ...row.bad.seq] : row.bad.seq;
              line = join(line.subarray(0, at), seq, line.subarray(at));
            }
            const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
            let text: string;
            try {
              text = strict.decode(line);
            } catch {
              text = 'x';
              expected.set(lineNumberOf(textLines), parts.length + firstBad(line));
            }
            parts.push(...line, ...enc.encode(end));
            textLines.push(`${text}${end}`);
          });
          const bytes = new Uint8Array(parts);
          const got = await collectNdjson(readUnitsNdjson(cut(bytes, sizes)));
          const reference = await collectNdjson(
            readUnitsNdjson([`${bom ? '\uFEFF' : ''}${textLines.join('')}`]),
          );
          expect(got.counts).toEqual(reference.counts);
          expect(got.values).toEqual(reference.values);
          expect(got.bad.length).toBe(reference.bad.length);
          for (const [k, b] of got.bad.entries()) {
            const offset = expected.get(b.line);
            if (offset === undefined) expect(b).toEqual(reference.bad[k]);
            else {
              expect(reference.bad[k]?.line).toBe(b.line);
              expect(b.issues).toMatchObject([
                { code: 'json/invalid-utf8', params: { line: b.line, offset } },
              ]);
            }
          }
          expect([...expected.keys()].every((line) => got.bad.some((b) => b.line === line))).toBe(
            true,
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});

/** The line number (from 1) of the next line after these text lines (each ends with its newlines). */
function lineNumberOf(textLines: readonly string[]): number {
  let n = 1;
  for (const t of textLines) for (const c of t) if (c === '\n') n++;
  return n;
}
