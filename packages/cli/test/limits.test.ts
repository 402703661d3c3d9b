// Issue 13, item 4: every file the CLI reads goes through one bounded reader — a regular
// file over the limit is refused before a byte is read; a pipe or /dev/zero is read only
// up to the limit (exit 2, cli/too-large).
import { plan985KhHndt } from '@rollout/core';
import { stringifyPlan } from '@rollout/json';
import { describe, expect, it } from 'vitest';
import { CLI_LIMITS } from '../src/limits.js';
import { runCli } from '../src/main.js';
import { EndlessFile, fakeIo, HugeFile } from './fake-io.js';

const plan = stringifyPlan(plan985KhHndt, { pretty: true });
const units = JSON.stringify({
  units: [{ id: 'tinh', name: 'Hội Nông dân tỉnh', level: 'province' }],
});

/** Runs with `big` standing for one of the files; the exit, the issue code, and whether `big` was read. */
async function withHuge(argv: string[], name: string, limit: number, json = true) {
  const big = new HugeFile(limit + 1);
  const f = fakeIo({ 'plan.json': plan, 'units.json': units, 'events.ndjson': '', [name]: big });
  const code = await runCli(
    json ? [...argv, '--format', 'json', '--lang', 'en'] : [...argv, '--lang', 'en'],
    f.io,
  );
  const doc = json
    ? (JSON.parse(f.out()) as { error: { code: string }; issues: { params: object }[] })
    : undefined;
  return { code, doc, err: f.err(), reads: big.reads };
}

const J = CLI_LIMITS.json;
const D = CLI_LIMITS.document;
const E = CLI_LIMITS.events;
const READERS: [string, string[], string, number][] = [
  ['validate <plan>', ['validate', 'big.json'], 'big.json', J],
  ['validate --calendar', ['validate', 'plan.json', '--calendar', 'big.json'], 'big.json', J],
  ['schedule <plan>', ['schedule', 'big.json'], 'big.json', J],
  ['schedule --units', ['schedule', 'plan.json', '--units', 'big.json'], 'big.json', J],
  ['schedule --actuals', ['schedule', 'plan.json', '--actuals', 'big.json'], 'big.json', J],
  ['progress --events', ['progress', 'plan.json', '--events', 'big.ndjson'], 'big.ndjson', E],
  [
    'progress --units',
    ['progress', 'plan.json', '--events', 'events.ndjson', '--units', 'big.json'],
    'big.json',
    J,
  ],
  ['import <text>', ['import', 'big.txt'], 'big.txt', D],
  ['import <docx>', ['import', 'big.docx'], 'big.docx', D],
  ['derive <upper>', ['derive', 'big.json', '--tier', 'district'], 'big.json', J],
  [
    'derive --units',
    ['derive', 'plan.json', '--unit', 'tinh', '--units', 'big.json'],
    'big.json',
    J,
  ],
  ['check <lower docx>', ['check', 'big.docx', '--against', 'plan.json'], 'big.docx', D],
  ['check --against', ['check', 'plan.json', '--against', 'big.json'], 'big.json', J],
  ['diff <b>', ['diff', 'plan.json', 'big.json'], 'big.json', J],
];

describe('the bounded reader', () => {
  it.each(READERS)(
    '%s: a regular file over the limit is refused unread',
    async (_, argv, name, limit) => {
      const r = await withHuge(argv, name, limit);
      expect(r.code).toBe(2);
      expect(r.doc?.error.code).toBe('cli/too-large');
      expect(r.doc?.issues[0]?.params).toEqual({ path: name, limit });
      expect(r.reads).toBe(0);
    },
  );

  it('render (text output): the plan and --units over the limit are refused unread', async () => {
    const md = await withHuge(['render', 'big.json', '--to', 'md'], 'big.json', J, false);
    expect([md.code, md.reads]).toEqual([2, 0]);
    expect(md.err).toContain('big.json is larger than 256 MiB, the most rollout reads.');
    const ics = await withHuge(
      ['render', 'plan.json', '--to', 'ics', '--units', 'big.json'],
      'big.json',
      J,
      false,
    );
    expect([ics.code, ics.reads]).toEqual([2, 0]);
  });

  it('/dev/zero as a plan: reading stops just past the limit (exit 2, cli/too-large)', async () => {
    const zero = new EndlessFile(1 << 20);
    const f = fakeIo({ 'zero.json': zero });
    expect(await runCli(['validate', 'zero.json', '--format', 'json'], f.io)).toBe(2);
    expect(JSON.parse(f.out()).error.code).toBe('cli/too-large');
    // 256 chunks of 1 MiB make the limit; the 257th passes it and nothing more is asked.
    expect(zero.chunksRead).toBe(J / (1 << 20) + 1);
  });

  it('/dev/zero as the events file: the stream stops just past its limit', async () => {
    const zero = new EndlessFile(1 << 20);
    const f = fakeIo({ 'plan.json': plan, 'zero.ndjson': zero });
    const code = await runCli(
      ['progress', 'plan.json', '--events', 'zero.ndjson', '--format', 'json'],
      f.io,
    );
    expect(code).toBe(2);
    expect(JSON.parse(f.out()).error.code).toBe('cli/too-large');
    expect(zero.chunksRead).toBe(E / (1 << 20) + 1);
  }, 60_000); // 1 GiB through the NDJSON reader: a few seconds

  it('the limits agree with the libraries’ own', async () => {
    const { DOCX_LIMITS } = await import('@rollout/import');
    expect(CLI_LIMITS.json).toBe(2 ** 28); // parseJson's maxLength
    expect(CLI_LIMITS.document).toBeGreaterThan(DOCX_LIMITS.maxTotalBytes);
    expect(CLI_LIMITS.events).toBe(2 ** 30);
  });
});
