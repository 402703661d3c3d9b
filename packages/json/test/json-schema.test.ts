import { readdirSync, readFileSync } from 'node:fs';
import { plan985KhHndt, planNq58Province } from '@rollout/core';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { generateJsonSchemas, stringifyPlan, stringifyUnitTree } from '../src/index.js';

const dir = new URL('../schema/', import.meta.url);
const load = (file: string) => JSON.parse(readFileSync(new URL(file, dir), 'utf8'));

// ajv is an independent validator: it sees only the shipped files.
const ajv = new Ajv2020({ strict: true, allErrors: true });
addFormats(ajv);
const compiled = new Map<string, ReturnType<typeof ajv.compile>>();
const validator = (file: string) => {
  let v = compiled.get(file);
  if (!v) {
    v = ajv.compile(load(file));
    compiled.set(file, v);
  }
  return v;
};

const tree = {
  units: [
    { id: 'th', name: 'Tỉnh ủy Thanh Hóa', level: 'province', members: 250000 },
    { id: 'ns', name: 'Huyện ủy Nga Sơn', level: 'district', parent: 'th', kind: 'Huyện ủy' },
    {
      id: 'ns-x1',
      name: 'Đảng ủy xã Nga Thạch',
      level: 'commune',
      parent: 'ns',
      expected: { 'aud-commune': 120 },
    },
  ],
};

describe('shipped JSON Schema files', () => {
  it('are the ones generated from the zod schemas (run build:schema after a model change)', () => {
    const generated = generateJsonSchemas();
    const files = readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .sort();
    expect(files).toEqual(Object.keys(generated).sort());
    for (const [file, schema] of Object.entries(generated)) {
      expect(readFileSync(new URL(file, dir), 'utf8')).toBe(`${JSON.stringify(schema, null, 2)}\n`);
    }
  });

  it('are draft 2020-12 documents with an $id', () => {
    for (const file of readdirSync(dir)) {
      const s = load(file);
      expect(s.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(s.$id).toMatch(new RegExp(`/${file}$`));
    }
  });

  it.each([
    ['985-KH/HNDT', plan985KhHndt],
    ['NQ58 province', planNq58Province],
  ])('envelope.json and plan.json accept the fixture %s as written', (_name, plan) => {
    const envelope = validator('envelope.json');
    const written = JSON.parse(stringifyPlan(plan, { pretty: true }));
    expect(envelope(written), JSON.stringify(envelope.errors)).toBe(true);
    const bare = validator('plan.json');
    expect(bare(written.plan), JSON.stringify(bare.errors)).toBe(true);
    expect(envelope(written.plan)).toBe(false);
  });

  it('envelope.json rejects broken plans', () => {
    const envelope = validator('envelope.json');
    const good = JSON.parse(stringifyPlan(plan985KhHndt));
    const DELETE = Symbol('delete');
    const broken: [(string | number)[], unknown][] = [
      [['plan', 'header'], DELETE],
      [['plan', 'sessions', 0, 'method'], 'telepathy'],
      [['plan', 'sessions', 0, 'deadline'], { kind: 'by', date: '15/9/2020' }],
      [['plan', 'sessions', 0, 'deadline'], { kind: 'within', month: '2020-12', year: '2020' }],
      [['plan', 'sessions', 0, 'duration'], { halfDays: 1.5 }],
      [['plan', 'tiers', 0, 'level'], 'ward'],
      [['plan', 'recipients', 0, 'purpose'], 'B/c'],
      [['plan', 'extra'], true],
      [['version'], 3],
      [['format'], 'rollout/other'],
      [['plan', 'header', 'title'], ''],
    ];
    for (const [path, value] of broken) {
      const copy = structuredClone(good);
      let target = copy as Record<string | number, unknown>;
      for (const key of path.slice(0, -1)) target = target[key] as Record<string | number, unknown>;
      const last = path[path.length - 1] as string | number;
      if (value === DELETE) delete target[last];
      else target[last] = value;
      expect(envelope(copy), path.join('.')).toBe(false);
    }
  });

  it('unit-tree.json and unit.json accept a tree and reject broken units', () => {
    const validate = validator('unit-tree.json');
    expect(
      validate(JSON.parse(stringifyUnitTree(tree as never))),
      JSON.stringify(validate.errors),
    ).toBe(true);
    const unit = validator('unit.json');
    expect(unit(tree.units[1])).toBe(true);
    expect(validate({ units: [{ id: 'x', name: 'X' }] })).toBe(false);
    expect(validate({ units: [{ id: ' x', name: 'X', level: 'province' }] })).toBe(false);
    expect(validate({ units: [{ id: 'x', name: 'X', level: 'province', members: -1 }] })).toBe(
      false,
    );
    expect(validate({ units: [{ id: 'x', name: 'X', level: 'province', members: 1.5 }] })).toBe(
      false,
    );
    expect(unit({ id: 'x', name: 'X', level: 'province', colour: 'red' })).toBe(false);
  });

  it('progress-event.json accepts events of each kind and rejects broken ones', () => {
    const validate = validator('progress-event.json');
    const base = { recordedBy: 'Văn phòng', recordedAt: '2020-10-01T08:00:00+07:00', unit: 'ns' };
    const good = [
      {
        ...base,
        kind: 'session-held',
        session: 's',
        date: '2020-09-10',
        method: 'online',
        attendees: { present: 40 },
      },
      {
        ...base,
        kind: 'session-skipped',
        session: 's',
        date: '2020-09-10',
        exemption: 's-province',
      },
      { ...base, kind: 'reflections-submitted', submitted: 38, expected: 40 },
      { ...base, kind: 'action-plan-issued', reference: '12-KH/HU', date: '2020-09-30' },
      { ...base, kind: 'report-sent', date: '2020-12-20', period: 'năm 2020' },
      { ...base, kind: 'inspection-done', date: '2021-03-01' },
    ];
    for (const e of good) expect(validate(e), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...base, kind: 'party', date: '2020-09-10' })).toBe(false);
    expect(validate({ ...good[4], recordedAt: 'yesterday' })).toBe(false);
    expect(validate({ ...good[2], submitted: -1 })).toBe(false);
  });
});
