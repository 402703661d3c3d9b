import { deflateRawSync } from 'node:zlib';
import { plan985KhHndt } from '@rollout/core';
import { renderDocx } from '@rollout/docx';
import { DOCX_LIMITS, importDocx, importPlans } from '@rollout/import';
import { describe, expect, it } from 'vitest';
import { readCorpus } from '../../../test-support/corpus.js';

/** A zip written by hand: each entry deflated, its declared size given (or the true one). */
function zip(entries: Array<{ name: string; data: Uint8Array; declared?: number }>): Uint8Array {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const body = deflateRawSync(e.data);
    const size = e.declared ?? e.data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    parts.push(local, name, body);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(20, 4);
    dir.writeUInt16LE(20, 6);
    dir.writeUInt16LE(8, 10);
    dir.writeUInt32LE(body.length, 20);
    dir.writeUInt32LE(size, 24);
    dir.writeUInt16LE(name.length, 28);
    dir.writeUInt32LE(offset, 42);
    central.push(dir, name);
    offset += 30 + name.length + body.length;
  }
  const dirBytes = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dirBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...parts, dirBytes, end]));
}

const bomb = new Uint8Array(100 * 1024 * 1024).fill(0x20);

describe('hostile DOCX files give an issue, not a crash', () => {
  it('a zip bomb (100 MB of document.xml in a few hundred KB) is refused before it is inflated', async () => {
    const file = zip([{ name: 'word/document.xml', data: bomb }]);
    expect(file.length).toBeLessThan(400_000);
    const before = process.memoryUsage().heapUsed;
    const result = await importDocx(file);
    expect(result.plans).toEqual([]);
    expect(result.issues.map((i) => i.code)).toEqual(['import/docx-too-large']);
    expect(result.issues[0]?.message.vi).toContain('document.xml');
    // Nothing near 100 MB was held in the heap to say so.
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(64 * 1024 * 1024);
  });

  it('a bomb whose header lies about its size is caught by inflating with a cap', async () => {
    const file = zip([{ name: 'word/document.xml', data: bomb, declared: 1000 }]);
    const result = await importDocx(file);
    expect(result.issues.map((i) => i.code)).toEqual(['import/docx-too-large']);
  });

  it('an archive of more entries than the limit is refused', async () => {
    const tiny = new Uint8Array([0x20]);
    const file = zip(
      Array.from({ length: DOCX_LIMITS.maxEntries + 1 }, (_, i) => ({
        name: `x/${i}`,
        data: tiny,
      })),
    );
    const result = await importDocx(file);
    expect(result.issues.map((i) => i.code)).toEqual(['import/docx-too-large']);
  });

  it('a limit the caller sets is honoured, and a real plan passes the default limits', async () => {
    const real = await renderDocx(plan985KhHndt);
    expect((await importDocx(real)).plans[0]?.header.reference).toBe('985-KH/HNDT');
    const small = await importDocx(real, { limits: { ...DOCX_LIMITS, maxEntryBytes: 1000 } });
    expect(small.issues.map((i) => i.code)).toEqual(['import/docx-too-large']);
    // After the hostile calls, a good one still reads the same.
    expect((await importDocx(real)).plans[0]?.sessions.length).toBe(plan985KhHndt.sessions.length);
  });
});

describe('line ends and invisible characters', () => {
  const plan001 = readCorpus('001_c4a0ee48a2404adc.txt');
  const seeds = [
    '000_71fe7784b61734bc.txt',
    '001_c4a0ee48a2404adc.txt',
    '002_17d86c001578df32.txt',
    '004_1603a95637daf57a.txt',
  ];
  const essence = (text: string) =>
    importPlans(text).plans.map((p) => ({ header: p.header, sessions: p.sessions }));

  it('reads carriage-return-only line ends (old Mac files) like LF, offsets into the CR text', () => {
    const cr = plan001.replace(/\n/g, '\r');
    expect(cr).not.toContain('\n');
    const a = importPlans(cr);
    expect(essence(cr)).toEqual(essence(plan001));
    expect(a.plans[0]?.sessions).toHaveLength(3);
    const span = a.sources[0]!['/sessions/2/deadline']!;
    expect(cr.slice(span.start, span.end)).toBe('hoàn thành trước ngày 15/10/2020');
  });

  it('reads U+2028 line separators like LF', () => {
    expect(essence(plan001.replace(/\n/g, '\u2028'))).toEqual(essence(plan001));
  });

  it.each(['200B', '200C', '200D', '2060', 'FEFF', '00AD', '202E'])(
    'a format character (U+%s) after spaces loses no plan of the seed texts',
    (hex) => {
      const ch = String.fromCharCode(Number.parseInt(hex, 16));
      for (const name of seeds) {
        const text = readCorpus(name);
        const hostile = text.replace(/ {2,}/g, (m) => `${m}${ch}`).replace(/\n/g, `\n ${ch}`);
        expect(importPlans(hostile).plans.length, name).toBe(importPlans(text).plans.length);
        expect(
          essence(hostile).map((p) => p.sessions.map((s) => s.deadline)),
          name,
        ).toEqual(essence(text).map((p) => p.sessions.map((s) => s.deadline)));
      }
    },
  );
});
