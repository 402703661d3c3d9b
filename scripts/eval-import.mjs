// `pnpm eval:import`: runs the importer over every corpus text that has an
// NNN-expected.json and prints, per file and in total, the facts found out of
// those expected (counted exactly as ../shared/tools/score-import.mjs counts
// them) and the wrong facts the import states, by kind.
// Fails (exit 1) when the total falls below FLOOR or when any session is invented.
// Options: --quiet (totals only), --json <file> (write the per-file figures),
// --out <dir> (write each import output as NNN-out.json, for the shared scorer).
// Run with the package sources: node --import tsx --conditions=@rollout/source.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { importPlans } from '../packages/import/src/index.ts';
import { scoreImport } from './eval-import-lib.mjs';

/** The floor: the share of corpus facts found when this was written (54 of 54). */
const FLOOR = 1.0;
/** Invented sessions allowed: none. */
const MAX_INVENTED = 0;

const root = resolve(import.meta.dirname, '..');
const corpus = process.env.ROLLOUT_CORPUS ?? resolve(root, '../shared/corpus');
const args = process.argv.slice(2);
const quiet = args.includes('--quiet');
const jsonAt = args.indexOf('--json');
const outAt = args.indexOf('--out');
const outDir = outAt >= 0 ? args[outAt + 1] : undefined;
if (outDir) mkdirSync(outDir, { recursive: true });

const KINDS = [
  'deadline',
  'duration',
  'method',
  'bridgePoints',
  'resolution',
  'reference',
  'date',
  'deliverable',
];
const rows = [];
let ok = 0;
let total = 0;
const wrong = Object.fromEntries(KINDS.map((k) => [k, 0]));
const files = readdirSync(corpus)
  .filter((f) => /-expected\.json$/.test(f))
  .sort();
for (const file of files) {
  const exp = JSON.parse(readFileSync(resolve(corpus, file), 'utf8'));
  const text = readFileSync(resolve(corpus, exp.source), 'utf8');
  const result = importPlans(text);
  // The CLI's JSON shape: { plans, issues, unread }.
  const out = JSON.parse(
    JSON.stringify({ plans: result.plans, issues: result.issues, unread: result.unread }),
  );
  if (outDir)
    writeFileSync(resolve(outDir, file.replace('-expected', '-out')), JSON.stringify(out));
  const s = scoreImport(out, exp);
  ok += s.ok;
  total += s.total;
  for (const k of KINDS) wrong[k] += s.wrong[k];
  rows.push({
    file: exp.source,
    ok: s.ok,
    total: s.total,
    wrong: s.wrong,
    misses: s.misses,
    notes: s.notes,
  });
}
const fmtWrong = (w) =>
  KINDS.filter((k) => w[k] > 0)
    .map((k) => `${k} ${w[k]}`)
    .join(', ') || 'none';
if (!quiet) {
  const width = Math.max(...rows.map((r) => r.file.length));
  for (const r of rows) {
    console.log(
      `${r.file.padEnd(width)}  ${String(r.ok).padStart(3)}/${String(r.total).padEnd(3)}  wrong: ${fmtWrong(r.wrong)}`,
    );
    for (const m of r.misses) console.log(`    miss: ${m}`);
    for (const n of r.notes) console.log(`    wrong: ${n}`);
  }
}
const share = total === 0 ? 1 : ok / total;
console.log(
  `total: ${ok}/${total} facts (${(share * 100).toFixed(1)}%), wrong: ${fmtWrong(wrong)}`,
);
if (jsonAt >= 0)
  writeFileSync(args[jsonAt + 1], JSON.stringify({ ok, total, wrong, rows }, null, 2));
const failures = [];
if (share < FLOOR) failures.push(`below the floor of ${(FLOOR * 100).toFixed(1)}%`);
if (wrong.deadline > MAX_INVENTED) failures.push(`${wrong.deadline} invented session(s)`);
if (failures.length > 0) {
  console.log(`eval:import failed: ${failures.join('; ')}`);
  process.exit(1);
}
