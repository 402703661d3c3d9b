import { readFileSync } from 'node:fs';
import { clonePlan, plan985KhHndt } from '@rollout/core';
import { parsePlanJson, stringifyPlan } from '@rollout/json';
import { describe, expect, it } from 'vitest';
import { runCli } from '../src/main.js';
import { fakeIo } from './fake-io.js';

describe('rollout render --to json', () => {
  it('writes the pretty, deterministic envelope of a bare plan to stdout', async () => {
    const f = fakeIo({ 'plan.json': JSON.stringify(plan985KhHndt) });
    expect(await runCli(['render', 'plan.json', '--to', 'json'], f.io)).toBe(0);
    expect(f.out()).toBe(stringifyPlan(plan985KhHndt, { pretty: true }));
    const back = parsePlanJson(f.out());
    expect(back.success && back.envelope && back.data).toEqual(plan985KhHndt);
  });

  it('writes to -o <file>, upgrading an old version', async () => {
    const v0 = readFileSync(
      new URL('../../json/test/fixtures/plan-v0.json', import.meta.url),
      'utf8',
    );
    const expected = JSON.parse(
      readFileSync(
        new URL('../../json/test/fixtures/plan-v0.expected-v1.json', import.meta.url),
        'utf8',
      ),
    );
    const f = fakeIo({ 'old.json': v0 });
    expect(await runCli(['render', 'old.json', '--to', 'json', '-o', 'new.json'], f.io)).toBe(0);
    expect(f.out()).toBe('');
    const text = f.written.get('new.json') as string;
    expect(JSON.parse(text)).toEqual({ format: 'rollout/plan', version: 2, plan: expected });
  });

  it('exits 1 on an invalid plan and 2 on text that is not JSON, writing nothing', async () => {
    const bad = clonePlan(plan985KhHndt) as { sessions: { tier: string }[] };
    (bad.sessions[0] as { tier: string }).tier = 'nowhere';
    const f = fakeIo({ 'bad.json': JSON.stringify(bad), 'broken.json': '{"format":' });
    expect(await runCli(['render', 'bad.json', '--to', 'json', '-o', 'x.json'], f.io)).toBe(1);
    expect(f.err()).toContain('ref/unknown-tier');
    expect(await runCli(['render', 'broken.json', '--to', 'json'], f.io)).toBe(2);
    expect(f.err()).toContain('json/syntax');
    expect(f.written.size).toBe(0);
    expect(f.out()).toBe('');
  });
});
