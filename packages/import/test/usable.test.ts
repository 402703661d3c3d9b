import { readdirSync, readFileSync } from 'node:fs';
import { plan985KhHndt, planNq58Province } from '@rollout/core';
import { renderMarkdown, renderText } from '@rollout/document';
import { importPlans } from '@rollout/import';
import { describe, expect, it } from 'vitest';
import { CORPUS_DIR } from '../../../test-support/corpus.js';

const fixtures = new URL('./fixtures/', import.meta.url);
const inputs: Array<[string, string]> = [
  ...readdirSync(CORPUS_DIR)
    .filter((f) => f.endsWith('.txt'))
    .map((f): [string, string] => [f, readFileSync(`${CORPUS_DIR}/${f}`, 'utf8')]),
  ...readdirSync(fixtures).map((f): [string, string] => [
    f,
    readFileSync(new URL(f, fixtures), 'utf8'),
  ]),
  ['renderText(plan985KhHndt)', renderText(plan985KhHndt)],
  ['renderMarkdown(planNq58Province)', renderMarkdown(planNq58Province)],
];

/** The value at a JSON-pointer-like path, or undefined. */
function at(value: unknown, path: string): unknown {
  let v: unknown = value;
  for (const key of path.split('/').slice(1)) {
    if (v === null || typeof v !== 'object' || !Object.hasOwn(v, key)) return undefined;
    v = (v as Record<string, unknown>)[key];
  }
  return v;
}

describe('the import output is usable as is', () => {
  it.each(inputs)('%s: every source path names a value of its plan', (_, text) => {
    const r = importPlans(text);
    r.plans.forEach((plan, i) => {
      for (const path of Object.keys(r.sources[i]!))
        expect(at(plan, path), path).not.toBeUndefined();
    });
  });

  it.each(inputs)(
    '%s: a placeholder is reported once, by its import/missing-field issue',
    (_, text) => {
      const r = importPlans(text);
      const holes = r.issues
        .filter((i) => i.code === 'import/missing-field')
        .map((i) => i.path.join('/'));
      for (const issue of r.issues) {
        if (issue.code.startsWith('import/')) continue;
        const p = issue.path.join('/');
        expect(
          holes.filter((h) => p === h || p.startsWith(`${h}/`)),
          `${issue.code} at ${p}`,
        ).toEqual([]);
      }
      // And each missing-field issue points at a placeholder that is in the plan.
      for (const i of r.issues.filter((x) => x.code === 'import/missing-field')) {
        const [, index, ...rest] = i.path;
        expect(
          at(r.plans[index as number], `/${rest.join('/')}`),
          i.path.join('/'),
        ).not.toBeUndefined();
      }
    },
  );

  it('every inferred year says where it came from', () => {
    const r = importPlans(
      readFileSync(`${CORPUS_DIR}/026-bac-ninh-thi-cau-nqtw8-2023.txt`, 'utf8'),
    );
    const inferred = r.issues.filter((i) => i.code === 'import/inferred-year');
    expect(inferred).toHaveLength(1);
    expect(inferred[0]?.params).toMatchObject({ year: 2023, reason: 'post-date' });
    expect(inferred[0]?.message.vi).toContain('ngày đăng');
    expect(r.plans[0]?.sessions[0]?.deadline).toEqual({ kind: 'held', date: '2023-12-25' });
  });

  it('a date the stored page cuts off is reported, not completed', () => {
    const r = importPlans(
      readFileSync(`${CORPUS_DIR}/030-tra-vinh-tinh-doan-nqdh-doan-2023.txt`, 'utf8'),
    );
    const cut = r.issues.filter((i) => i.code === 'import/truncated-date');
    expect(cut.map((i) => i.params.text)).toEqual(['30/4/202']);
    expect(JSON.stringify(r.plans)).not.toContain('-04-30');
  });

  it('a held date no context can give a year to is reported and gives no session', () => {
    const r = importPlans('Sáng 30/3, Huyện ủy Đô Lương tổ chức hội nghị quán triệt nghị quyết.');
    expect(r.plans.flatMap((p) => p.sessions)).toEqual([]);
    expect(r.issues.map((i) => i.code)).toContain('import/no-year');
  });
});
