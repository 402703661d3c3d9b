import { readFileSync } from 'node:fs';
import { clonePlan, plan985KhHndt, planNq58Province } from '@rollout/core';
import { stringifyPlan } from '@rollout/json';
import { describe, expect, it } from 'vitest';
import { runCli } from '../src/main.js';
import { fakeIo } from './fake-io.js';

interface ValidateJson {
  valid?: boolean;
  error?: { code: string; message: string };
  issues: { code: string; severity: string; path: (string | number)[]; message: string }[];
}

async function validate(text: string | Uint8Array, ...extra: string[]) {
  const f = fakeIo({ 'plan.json': text });
  const code = await runCli(['validate', 'plan.json', '--format', 'json', ...extra], f.io);
  return { code, doc: f.out() ? (JSON.parse(f.out()) as ValidateJson) : undefined, err: f.err() };
}

/** A plan as loose data, to break on purpose. */
interface PlanLike {
  sessions: [Record<string, unknown>, Record<string, unknown>];
  header?: unknown;
  colour?: unknown;
}

const envelope = (plan: unknown) => JSON.stringify({ format: 'rollout/plan', version: 1, plan });

describe('rollout validate', () => {
  it.each([
    ['985-KH/HNDT', plan985KhHndt],
    ['NQ58 province', planNq58Province],
  ])('accepts the fixture %s as an envelope and as a bare plan (exit 0)', async (_n, plan) => {
    for (const text of [stringifyPlan(plan, { pretty: true }), JSON.stringify(plan)]) {
      const r = await validate(text);
      expect(r.code).toBe(0);
      expect(Object.keys(r.doc ?? {})).toEqual(['valid', 'issues']);
      expect(r.doc?.valid).toBe(true);
      for (const i of r.doc?.issues ?? []) {
        expect(Object.keys(i)).toEqual(['code', 'severity', 'path', 'params', 'message']);
        expect(i.severity).not.toBe('error');
      }
    }
  });

  it.each([
    [
      'unknown method',
      (p: PlanLike) => (p.sessions[1].method = 'telepathy'),
      'schema/invalid-value',
      ['sessions', 1, 'method'],
    ],
    [
      'unknown tier',
      (p: PlanLike) => (p.sessions[1].tier = 'nowhere'),
      'ref/unknown-tier',
      ['sessions', 1, 'tier'],
    ],
    ['missing header', (p: PlanLike) => delete p.header, 'schema/required', ['header']],
    [
      '31 February',
      (p: PlanLike) => (p.sessions[1].deadline = { kind: 'by', date: '2020-02-31' }),
      'date/nonexistent',
      ['sessions', 1, 'deadline', 'date'],
    ],
    ['unknown key', (p: PlanLike) => (p.colour = 'red'), 'schema/unknown-key', ['colour']],
  ])(
    'reports a broken plan (%s) with exit 1, its code and path, in both forms',
    async (_n, breakIt, code, path) => {
      const plan = clonePlan(plan985KhHndt) as unknown as PlanLike;
      breakIt(plan);
      for (const text of [envelope(plan), JSON.stringify(plan)]) {
        const r = await validate(text);
        expect(r.code).toBe(1);
        expect(r.doc?.valid).toBe(false);
        expect(
          r.doc?.issues.filter((i) => i.severity === 'error').map((i) => [i.code, i.path]),
        ).toContainEqual([code, path]);
      }
    },
  );

  it('reports JSON syntax errors as issues with line and column (exit 2: the { error, issues } document)', async () => {
    const text = stringifyPlan(plan985KhHndt, { pretty: true }).replace(
      '"version": 2,',
      '"version": 2',
    );
    const r = await validate(text, '--lang', 'en');
    expect(r.code).toBe(2);
    expect(r.doc?.error).toEqual({
      code: 'json/syntax',
      message: expect.stringContaining('(4:3)'),
    });
    expect(r.doc?.issues).toEqual([
      {
        code: 'json/syntax',
        severity: 'error',
        path: ['version'],
        params: expect.objectContaining({ line: 4, column: 3 }),
        message: expect.stringContaining('(4:3)'),
      },
    ]);
  });

  it('prints the syntax error in text form too', async () => {
    const f = fakeIo({ 'plan.json': '{\n  "format": "rollout/plan",,\n}' });
    const code = await runCli(['validate', 'plan.json'], f.io);
    expect(code).toBe(2);
    expect(f.out()).toContain('json/syntax');
    expect(f.out()).toContain('dòng 2, cột 28');
  });

  it('refuses other formats and future versions (exit 2), warns on duplicate keys (exit 0)', async () => {
    const other = await validate(
      JSON.stringify({ format: 'rollout/units', version: 1, plan: plan985KhHndt }),
    );
    expect([other.code, other.doc?.issues.map((i) => i.code)]).toEqual([
      2,
      ['json/unknown-format'],
    ]);
    const future = await validate(
      JSON.stringify({ format: 'rollout/plan', version: 7, plan: plan985KhHndt }),
    );
    expect([future.code, future.doc?.issues.map((i) => [i.code, i.path])]).toEqual([
      2,
      [['json/unsupported-version', ['version']]],
    ]);
    const dup = await validate(envelope(plan985KhHndt).replace('"plan":{', '"plan":{"id":"x",'));
    expect(dup.code).toBe(0);
    expect(dup.doc?.issues.map((i) => [i.code, i.severity, i.path])).toContainEqual([
      'json/duplicate-key',
      'warning',
      ['id'],
    ]);
  });

  it('upgrades a version-0 file', async () => {
    const v0 = readFileSync(
      new URL('../../json/test/fixtures/plan-v0.json', import.meta.url),
      'utf8',
    );
    const r = await validate(v0);
    expect(r.code).toBe(0);
    expect(r.doc?.valid).toBe(true);
  });

  it('exits 2 for a missing file, non-UTF-8 bytes and bad arguments', async () => {
    const missing = fakeIo({});
    expect(await runCli(['validate', 'nope.json'], missing.io)).toBe(2);
    expect(missing.err()).toContain('nope.json');
    expect((await validate(new Uint8Array([0x7b, 0xff, 0x7d]))).code).toBe(2);
    expect(await runCli(['validate'], fakeIo({}).io)).toBe(2);
    expect(
      await runCli(['validate', 'plan.json', '--format', 'xml'], fakeIo({ 'plan.json': '{}' }).io),
    ).toBe(2);
  });

  it('handles hostile input without polluting prototypes', async () => {
    const r = await validate(
      '{"__proto__":{"polluted":true},"header":{"constructor":{"prototype":{"polluted":1}}}}',
    );
    expect(r.code).toBe(1);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const deep = await validate(`${'['.repeat(10_000)}${']'.repeat(10_000)}`);
    expect([deep.code, deep.doc?.issues[0]?.code]).toEqual([2, 'json/too-deep']);
  });
});
