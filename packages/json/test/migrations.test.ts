import { readFileSync } from 'node:fs';
import { parsePlan, plan985KhHndt } from '@rollout/core';
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

  it('upgrades the version-0 fixture to the expected version-1 plan', () => {
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
    // Written back, it is a version-1 file.
    expect(result.success && JSON.parse(stringifyPlan(result.data)).version).toBe(1);
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
    expect(failed.issues.map((i) => [i.code, i.params.reason])).toEqual([
      ['json/migration-failed', 'Error: boom'],
    ]);
    const missing = parsePlanJson(text, { migrations: [] });
    expect(missing.issues.map((i) => i.code)).toEqual(['json/unsupported-version']);
  });

  it('reads a version-1 file of today unchanged', () => {
    const r = parsePlanJson(stringifyPlan(plan985KhHndt));
    expect(r.success && r.data).toEqual(plan985KhHndt);
  });
});
