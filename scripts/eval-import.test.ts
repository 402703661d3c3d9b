import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importPlans } from '../packages/import/src/index.js';
import { CORPUS_DIR } from '../test-support/corpus.js';
// @ts-expect-error: a plain ESM script without types
import { scoreImport } from './eval-import-lib.mjs';

const SCORER = resolve(CORPUS_DIR, '../tools/score-import.mjs');
const dir = mkdtempSync(join(tmpdir(), 'eval-import-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** What the shared scorer prints last: `import <file>: ok/total facts`. */
function sharedScore(out: unknown, expectedFile: string): { ok: number; total: number } {
  const file = join(dir, 'out.json');
  writeFileSync(file, JSON.stringify(out));
  let stdout: string;
  try {
    stdout = execFileSync(process.execPath, [SCORER, file, expectedFile, '--quiet'], {
      encoding: 'utf8',
    });
  } catch (error) {
    // Exit 1 when a fact is missed: its output is the same.
    stdout = String((error as { stdout?: string }).stdout ?? '');
  }
  const m = /: (\d+)\/(\d+) facts\s*$/.exec(stdout);
  if (!m) throw new Error(`unexpected scorer output: ${stdout}`);
  return { ok: Number(m[1]), total: Number(m[2]) };
}

const files = readdirSync(CORPUS_DIR)
  .filter((f) => f.endsWith('-expected.json'))
  .sort();

describe('eval:import counts facts exactly as ../shared/tools/score-import.mjs', () => {
  it('finds the corpus and its expected files', () => {
    expect(files.length).toBeGreaterThanOrEqual(16);
  });

  it.each(files)('%s: the same found/expected as the shared scorer', (name) => {
    const expectedFile = join(CORPUS_DIR, name);
    const exp = JSON.parse(readFileSync(expectedFile, 'utf8'));
    const r = importPlans(readFileSync(join(CORPUS_DIR, exp.source), 'utf8'));
    const out = JSON.parse(JSON.stringify({ plans: r.plans, issues: r.issues, unread: r.unread }));
    const ours = scoreImport(out, exp);
    expect({ ok: ours.ok, total: ours.total }).toEqual(sharedScore(out, expectedFile));
  });

  it('agrees with the scorer on broken outputs too: no plans, a wrong date, an invented session', () => {
    const name = '001-expected.json';
    const expectedFile = join(CORPUS_DIR, name);
    const exp = JSON.parse(readFileSync(expectedFile, 'utf8'));
    const good = importPlans(readFileSync(join(CORPUS_DIR, exp.source), 'utf8'));
    const base = JSON.parse(JSON.stringify({ plans: good.plans, issues: [], unread: [] }));
    const empty = { plans: [], issues: [], unread: [] };
    const shifted = structuredClone(base);
    shifted.plans[0].sessions[1].deadline = { kind: 'by', date: '2020-09-16' };
    const extra = structuredClone(base);
    extra.plans[0].sessions.push({
      ...extra.plans[0].sessions[0],
      id: 's-x',
      deadline: { kind: 'held', date: '2020-01-01' },
    });
    for (const out of [empty, shifted, extra]) {
      const ours = scoreImport(out, exp);
      expect({ ok: ours.ok, total: ours.total }).toEqual(sharedScore(out, expectedFile));
    }
    expect(scoreImport(empty, exp).ok).toBe(0);
    expect(scoreImport(shifted, exp).wrong.deadline).toBe(1);
    expect(scoreImport(extra, exp).wrong.deadline).toBe(1);
    expect(scoreImport(base, exp).wrong.deadline).toBe(0);
  });
});
