// Issue 13, item 5: `rollout progress --events` reads events through @rollout/json's
// NDJSON reader — its limits, codes and messages — not a reader of its own.
import { plan985KhHndt } from '@rollout/core';
import { collectNdjson, readEventsNdjson } from '@rollout/json';
import { describe, expect, it } from 'vitest';
import { runCli } from '../src/main.js';
import { fakeIo } from './fake-io.js';

const planFile = JSON.stringify({ format: 'rollout/plan', version: 1, plan: plan985KhHndt });
const rec = { recordedBy: 'Ban Tuyên giáo', recordedAt: '2020-10-20T08:00:00+07:00' };
const event = (id: string, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ kind: 'report-sent', id, unit: 'tinh', date: '2020-10-01', ...rec, ...extra });

/** The lines the CLI's own reader let through and the library rejects. */
const hostile = [
  event('e1'),
  event('e2', { note: 'x'.repeat(2 * 1024 * 1024) }), // a 2 MiB line (past maxLineLength)
  event('e3').replace('"e3"', '"\\ud800"'), // a lone surrogate, escaped
  `${event('e4')}\u2028`, // a trailing line separator: not JSON white space
  '{oops',
];

async function progress(bytes: string | Uint8Array, lang: 'vi' | 'en' = 'vi') {
  const f = fakeIo({ 'plan.json': planFile, 'events.ndjson': bytes });
  const code = await runCli(
    ['progress', 'plan.json', '--events', 'events.ndjson', '--format', 'json', '--lang', lang],
    f.io,
  );
  return {
    code,
    doc: JSON.parse(f.out()) as {
      events: Record<string, number>;
      issues: { code: string; path: unknown[]; message: string }[];
    },
  };
}

describe('rollout progress reads events with @rollout/json’s NDJSON reader', () => {
  it('rejects what the library rejects, with the library’s codes and messages', async () => {
    const text = `${hostile.join('\n')}\n`;
    const r = await progress(text);
    expect(r.code).toBe(1);
    expect(r.doc.events).toMatchObject({ lines: 5, badLines: 4, read: 1 });
    // The library, fed the file as the CLI reads it (in chunks: a long line is cut, not measured).
    const bytes = new TextEncoder().encode(text);
    const chunks: Uint8Array[] = [];
    for (let at = 0; at < bytes.length; at += 4096) chunks.push(bytes.subarray(at, at + 4096));
    const library = await collectNdjson(readEventsNdjson(chunks));
    const expected = library.bad.flatMap((b) =>
      b.issues.map((i) => ({
        code: i.code,
        path: ['line', b.line, ...i.path],
        message: i.message.vi,
      })),
    );
    const line = (n: number) =>
      r.doc.issues
        .filter((i) => i.path[1] === n && !i.code.startsWith('progress/'))
        .map((i) => i.code);
    expect(line(2)).toEqual(['json/too-large']);
    expect(line(3)).toContain('json/lone-surrogate');
    expect(line(4)).toEqual(['json/syntax']);
    expect(line(5)).toEqual(['json/syntax']);
    expect(
      r.doc.issues
        .filter((i) => i.code.startsWith('json/'))
        .map((i) => ({ code: i.code, path: i.path, message: i.message })),
    ).toEqual(expected.filter((i) => i.code.startsWith('json/')));
  });

  it('messages in one language: no V8 English in Vietnamese, no English in a non-UTF-8 line', async () => {
    const enc = new TextEncoder();
    const bad = new Uint8Array([0x7b, 0xff, 0xfe, 0x7d, 0x0a]);
    const good = enc.encode(`${event('e1')}\n{oops\n`);
    const bytes = new Uint8Array(bad.length + good.length);
    bytes.set(bad, 0);
    bytes.set(good, bad.length);
    const vi = await progress(bytes);
    const messages = vi.doc.issues.map((i) => i.message).join('\n');
    expect(messages).not.toMatch(/Unexpected|JSON at position|not UTF-8|Expected property/);
    const json = vi.doc.issues.filter((i) => i.code.startsWith('json/'));
    // Line 1's bytes are not UTF-8: the library's own code for that, not a syntax error.
    expect(json.map((i) => [i.code, i.path[1]])).toEqual([
      ['json/invalid-utf8', 1],
      ['json/syntax', 3],
    ]);
    expect(messages).toContain('Lỗi cú pháp JSON (dòng 3, cột 2)');
  });
});
