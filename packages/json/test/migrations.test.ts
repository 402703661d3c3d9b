import { readFileSync } from 'node:fs';
import { clonePlan, parsePlan, plan985KhHndt } from '@rollout/core';
import { describe, expect, it } from 'vitest';
import {
  MIGRATIONS,
  type Migration,
  migratePlanObject,
  parsePlanJson,
  stringifyPlan,
} from '../src/index.js';

const fixture = (name: string) =>
  readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

describe('migrations', () => {
  it('has one step per version, in order, up to the current version', () => {
    MIGRATIONS.forEach((m, k) => {
      expect(m.from).toBe(k);
      expect(m.to).toBe(k + 1);
    });
  });

  it('upgrades the version-0 fixture to the expected plan', () => {
    const v0Text = fixture('plan-v0.json');
    const expected = JSON.parse(fixture('plan-v0.expected-v1.json'));
    expect(parsePlan(expected).success).toBe(true);
    // The fixture really is in the old shape.
    expect(v0Text).toContain('"type": "before"');
    expect(v0Text).toContain('"days": 0.5');
    expect(v0Text).toContain('"purpose": "B/c"');
    const result = parsePlanJson(v0Text);
    expect(result.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(result.success).toBe(true);
    expect(result.version).toBe(0);
    expect(result.success && result.data).toEqual(expected);
    // Written back, it is a file of today's version (2).
    expect(result.success && JSON.parse(stringifyPlan(result.data)).version).toBe(2);
  });

  it('does not mutate its input', () => {
    const v0 = JSON.parse(fixture('plan-v0.json')).plan;
    const before = structuredClone(v0);
    const r = migratePlanObject(v0, 0);
    expect(r.success).toBe(true);
    expect(v0).toEqual(before);
  });

  it('leaves what it does not recognise for validation to report', () => {
    const v0 = JSON.parse(fixture('plan-v0.json'));
    v0.plan.sessions[0].deadline = { type: 'someday' };
    v0.plan.recipients[0].purpose = 'X/y';
    const r = parsePlanJson(JSON.stringify(v0));
    expect(r.success).toBe(false);
    expect(r.issues.map((i) => i.path.join('.'))).toEqual(
      expect.arrayContaining(['sessions.0.deadline', 'recipients.0.purpose']),
    );
  });

  it('reports a failing step and a missing step as issues, not throws', () => {
    const boom: Migration = {
      from: 0,
      to: 1,
      description: 'throws',
      migrate: () => {
        throw new Error('boom');
      },
    };
    const text = JSON.stringify({ format: 'rollout/plan', version: 0, plan: plan985KhHndt });
    const failed = parsePlanJson(text, { migrations: [boom] });
    expect(
      failed.issues.map((i) => [i.code, i.code === 'json/migration-failed' && i.params.reason]),
    ).toEqual([['json/migration-failed', 'Error: boom']]);
    const missing = parsePlanJson(text, { migrations: [] });
    expect(missing.issues.map((i) => i.code)).toEqual(['json/unsupported-version']);
  });

  it('reads a file of today unchanged, and a version-1 file as it was', () => {
    const r = parsePlanJson(stringifyPlan(plan985KhHndt));
    expect(r.success && r.data).toEqual(plan985KhHndt);
    const v1 = parsePlanJson(
      JSON.stringify({ format: 'rollout/plan', version: 1, plan: plan985KhHndt }),
    );
    expect(v1.version).toBe(1);
    expect(v1.success && v1.data).toEqual(plan985KhHndt);
  });

  it('keeps what a version-0 rule has beyond its known keys, so validation reports it', () => {
    const v0 = JSON.parse(fixture('plan-v0.json'));
    v0.plan.sessions[0].deadline = { type: 'before', date: '2020-09-15', foo: 1 };
    const r = parsePlanJson(JSON.stringify(v0));
    expect(r.success).toBe(false);
    expect(r.issues.map((i) => [i.code, i.path.join('.')])).toContainEqual([
      'schema/unknown-key',
      'sessions.0.deadline.foo',
    ]);
  });

  it('never reads a version-0 `working` that is not a boolean as calendar days', () => {
    const v0 = JSON.parse(fixture('plan-v0.json'));
    v0.plan.deliverables[0].due = {
      type: 'after',
      ref: v0.plan.sessions[0].id,
      days: 5,
      working: 'yes',
    };
    const r = parsePlanJson(JSON.stringify(v0));
    expect(r.success).toBe(false);
    expect(r.issues.some((i) => i.path.join('.').startsWith('deliverables.0.due'))).toBe(true);
    const ok = migratePlanObject(
      { deliverables: [{ due: { type: 'after', ref: 'x', days: 5, working: true } }] },
      0,
    );
    expect(ok.success && ok.data).toEqual({
      deliverables: [{ due: { kind: 'after', ref: 'x', days: 5, calendar: 'working' } }],
    });
  });

  it('shares no object with its input, at any depth (deep data copied without recursion)', () => {
    const input = {
      sessions: [{ deadline: { kind: 'by', date: '2020-09-15' }, note: { a: [1] } }],
    };
    const r = migratePlanObject(input, 1);
    expect(r.success).toBe(true);
    const out = (r.success ? r.data : null) as typeof input;
    expect(out).toEqual(input);
    expect(out.sessions[0]).not.toBe(input.sessions[0]);
    expect(out.sessions[0]!.note).not.toBe(input.sessions[0]!.note);
    let deep: Record<string, unknown> = {};
    const root = deep;
    for (let i = 0; i < 100_000; i++) deep = deep.x = {};
    expect(migratePlanObject(root, 0).success).toBe(true);
    const proto = JSON.parse('{"__proto__": {"polluted": true}}');
    const copied = migratePlanObject(proto, 1);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(copied.success && Object.keys(copied.data as object)).toEqual(['__proto__']);
  });

  it('an anchored after rule round-trips in a version-2 file', () => {
    const plan = {
      ...clonePlan(plan985KhHndt),
      deliverables: clonePlan(plan985KhHndt).deliverables.map((d) =>
        d.id === 'action-plan'
          ? {
              ...d,
              due: {
                kind: 'after' as const,
                anchor: 'own-session' as const,
                days: 15,
                calendar: 'calendar' as const,
              },
            }
          : d,
      ),
    };
    const text = stringifyPlan(plan);
    expect(JSON.parse(text).version).toBe(2);
    const r = parsePlanJson(text);
    expect(r.success && r.data).toEqual(plan);
  });
});
