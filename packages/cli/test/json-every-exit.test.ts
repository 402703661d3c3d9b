// Issue 13, item 3: under --format json every exit (0, 1, 2) prints exactly one JSON
// document on standard output; an exit 2 prints { error: { code, message }, issues }.
import { deflateRawSync } from 'node:zlib';
import { plan985KhHndt } from '@rollout/core';
import { stringifyPlan } from '@rollout/json';
import { describe, expect, it } from 'vitest';
import { CLI_ISSUE_CODES } from '../src/issues.js';
import { runCli } from '../src/main.js';
import { EndlessFile, fakeIo, HugeFile } from './fake-io.js';

const plan = stringifyPlan(plan985KhHndt, { pretty: true });
const notUtf8 = new Uint8Array([0x7b, 0x22, 0xc3, 0x28, 0x22, 0x7d]);

/** A DOCX of 80 MiB of zeros deflated into 80 kB: a zip bomb. */
function zipBomb(): Uint8Array {
  const size = 80 * 1024 * 1024;
  const body = deflateRawSync(new Uint8Array(size));
  const name = Buffer.from('word/document.xml');
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(body.length, 18);
  local.writeUInt32LE(size, 22);
  local.writeUInt16LE(name.length, 26);
  const dir = Buffer.alloc(46);
  dir.writeUInt32LE(0x02014b50, 0);
  dir.writeUInt16LE(8, 10);
  dir.writeUInt32LE(body.length, 20);
  dir.writeUInt32LE(size, 24);
  dir.writeUInt16LE(name.length, 28);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(46 + name.length, 12);
  end.writeUInt32LE(30 + name.length + body.length, 16);
  return new Uint8Array(Buffer.concat([local, name, body, dir, name, end]));
}

const files = {
  'plan.json': plan,
  'bad.json': notUtf8,
  'huge.json': new HugeFile(3 * 2 ** 30),
  'garbage.docx': new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]),
  'bomb.docx': zipBomb(),
  'events.ndjson': '',
  'broken.json': '{"format": "rollout/plan",,}',
};

interface ErrorDoc {
  error: { code: string; message: string };
  issues: { code: string; severity: string; path: unknown[]; params: object; message: string }[];
}

async function json(argv: string[], extra: Record<string, unknown> = {}) {
  const f = fakeIo({ ...files, ...extra } as Parameters<typeof fakeIo>[0]);
  const code = await runCli([...argv, '--format', 'json'], f.io);
  const out = f.out();
  let doc: ErrorDoc | undefined;
  try {
    doc = JSON.parse(out) as ErrorDoc; // one document: a second one would not parse
  } catch {
    doc = undefined;
  }
  return { code, out, err: f.err(), doc };
}

const CASES: [string, string[], string][] = [
  ['validate: no such file', ['validate', '/nonexistent.json'], 'cli/file-unreadable'],
  ['validate: not UTF-8', ['validate', 'bad.json'], 'cli/not-utf8'],
  ['validate: over the size limit', ['validate', 'huge.json'], 'cli/too-large'],
  ['validate: not JSON', ['validate', 'broken.json'], 'json/syntax'],
  ['validate: an unknown option', ['validate', 'plan.json', '--bogus'], 'cli/usage'],
  ['validate: no file named', ['validate'], 'cli/usage'],
  ['an unknown command', ['valdate', 'plan.json'], 'cli/usage'],
  ['no command', [], 'cli/usage'],
  ['schedule: no such file', ['schedule', 'nope.json'], 'cli/file-unreadable'],
  ['schedule: a bad --today', ['schedule', 'plan.json', '--today', '2021-02-31'], 'cli/usage'],
  [
    'schedule: actuals not UTF-8',
    ['schedule', 'plan.json', '--actuals', 'bad.json'],
    'cli/not-utf8',
  ],
  ['render: no --format json', ['render', 'plan.json', '--to', 'md'], 'cli/usage'],
  ['import: no such file', ['import', 'nope.txt'], 'cli/file-unreadable'],
  ['import: garbage bytes named .docx', ['import', 'garbage.docx'], 'cli/not-docx'],
  ['import: a zip bomb', ['import', 'bomb.docx'], 'import/docx-too-large'],
  ['import: text not UTF-8', ['import', 'bad.json'], 'cli/not-utf8'],
  [
    'progress: no events file',
    ['progress', 'plan.json', '--events', 'nope.ndjson'],
    'cli/file-unreadable',
  ],
  [
    'progress: no plan file',
    ['progress', 'nope.json', '--events', 'events.ndjson'],
    'cli/file-unreadable',
  ],
  [
    'progress: units not UTF-8',
    ['progress', 'plan.json', '--events', 'events.ndjson', '--units', 'bad.json'],
    'cli/not-utf8',
  ],
  [
    'progress: an unusable plan',
    ['progress', 'broken.json', '--events', 'events.ndjson'],
    'json/syntax',
  ],
  ['derive: no such file', ['derive', 'nope.json', '--tier', 'district'], 'cli/file-unreadable'],
  [
    'derive: an unusable upper plan',
    ['derive', 'broken.json', '--tier', 'district'],
    'json/syntax',
  ],
  [
    'check: no such lower plan',
    ['check', 'nope.json', '--against', 'plan.json'],
    'cli/file-unreadable',
  ],
  [
    'check: garbage lower DOCX',
    ['check', 'garbage.docx', '--against', 'plan.json'],
    'cli/not-docx',
  ],
  ['diff: no such file', ['diff', 'plan.json', 'nope.json'], 'cli/file-unreadable'],
  ['diff: not UTF-8', ['diff', 'plan.json', 'bad.json'], 'cli/not-utf8'],
  ['diff: not a plan file', ['diff', 'plan.json', 'broken.json'], 'json/syntax'],
];

describe('--format json: one JSON document on every exit', () => {
  it.each(CASES)(
    '%s: exit 2, { error, issues } on stdout, the message on stderr',
    async (_, argv, code) => {
      const r = await json(argv);
      expect(r.code).toBe(2);
      expect(r.doc, `stdout: ${JSON.stringify(r.out)}`).toBeDefined();
      expect(Object.keys(r.doc ?? {})).toEqual(['error', 'issues']);
      expect(r.doc?.error.code).toBe(code);
      const first = r.doc?.issues.find((i) => i.code === code);
      expect(first).toMatchObject({ code, severity: 'error', path: expect.any(Array) });
      expect(Object.keys(first ?? {})).toEqual(['code', 'severity', 'path', 'params', 'message']);
      expect(r.doc?.error.message).toBe(r.doc?.issues.find((i) => i.severity === 'error')?.message);
      expect(r.err).not.toBe('');
    },
  );

  it('the cli/… issues have their params, and messages in the language of --lang', async () => {
    const vi = await json(['validate', '/nonexistent.json']);
    expect(vi.doc?.issues[0]?.params).toEqual({ path: '/nonexistent.json', reason: 'ENOENT' });
    expect(vi.doc?.error.message).toBe('Không đọc được tệp /nonexistent.json: không có tệp này.');
    const en = await json(['validate', '/nonexistent.json', '--lang', 'en']);
    expect(en.doc?.error.message).toBe('Cannot read /nonexistent.json: no such file.');
    const large = await json(['validate', 'huge.json', '--lang', 'en']);
    expect(large.doc?.issues[0]?.params).toEqual({ path: 'huge.json', limit: 2 ** 28 });
    expect(large.doc?.error.message).toBe(
      'huge.json is larger than 256 MiB, the most rollout reads.',
    );
    const usage = await json(['validate', 'plan.json', '--fromat', 'x', '--lang', 'en']);
    expect(usage.doc?.error.message).toBe('Unknown option --fromat. Did you mean --format?');
    // The zip reader's English stays in params, out of the Vietnamese message.
    const docx = await json(['import', 'garbage.docx']);
    expect(docx.doc?.error.message).toBe('Tệp garbage.docx không phải tệp DOCX đọc được.');
    expect(docx.doc?.issues[0]?.params).toEqual({
      path: 'garbage.docx',
      reason: expect.any(String),
    });
    for (const code of CLI_ISSUE_CODES) expect(code).toMatch(/^cli\/[a-z0-9-]+$/);
  });

  it('--format=json is read before the arguments, as --format json is', async () => {
    const f = fakeIo(files);
    expect(await runCli(['validate', '--format=json', '--nope'], f.io)).toBe(2);
    expect(JSON.parse(f.out()).error.code).toBe('cli/usage');
    const lead = fakeIo(files);
    expect(await runCli(['--format', 'json', 'validate', 'nope.json'], lead.io)).toBe(2);
    expect(JSON.parse(lead.out()).error.code).toBe('cli/file-unreadable');
  });

  it('an endless file (/dev/zero) is exit 2 with cli/too-large, in JSON too', async () => {
    const zero = new EndlessFile();
    const r = await json(['validate', 'zero.json'], { 'zero.json': zero });
    expect([r.code, r.doc?.error.code]).toEqual([2, 'cli/too-large']);
  });

  it('an internal error is exit 2 with cli/internal, still one document', async () => {
    const f = fakeIo(files);
    // A broken io: stat answers nothing.
    const io = { ...f.io, stat: async () => null as never };
    const code = await runCli(['validate', 'plan.json', '--format', 'json', '--lang', 'en'], io);
    expect(code).toBe(2);
    const doc = JSON.parse(f.out()) as ErrorDoc;
    expect(doc.error.code).toBe('cli/internal');
    expect(doc.error.message).toMatch(/^rollout internal error: TypeError: /);
  });

  it('exit 0 and 1 print the command’s own document (derive with an invalid upper plan: plan null)', async () => {
    const ok = await json(['validate', 'plan.json']);
    expect([ok.code, Object.keys(ok.doc ?? {})]).toEqual([0, ['valid', 'issues']]);
    const upper = JSON.parse(plan) as { plan: { sessions: unknown[] } };
    upper.plan.sessions = [];
    const r = await json(['derive', 'upper.json', '--tier', 'district'], {
      'upper.json': JSON.stringify(upper),
    });
    expect(r.code).toBe(1);
    expect(r.doc).toMatchObject({ plan: null, derived: [], blanks: [] });
    expect((r.doc as unknown as ErrorDoc).issues.length).toBeGreaterThan(0);
  });
});
