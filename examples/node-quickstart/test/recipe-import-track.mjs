// Runs the recipe "Import a DOCX plan and track its deadlines" (docs/recipes.md)
// with the built `rollout` command: the DOCX the main job wrote is imported,
// saved, validated, scheduled over recipe/units.json and tracked with
// recipe/events.ndjson. Usage: node test/recipe-import-track.mjs <dir with 985-KH-HNDT.docx>
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const here = new URL('..', import.meta.url).pathname;
const bin = new URL('../../../packages/cli/dist/bin.js', import.meta.url).pathname;
const dir = process.argv[2];
const work = join(dir, 'recipe');
mkdirSync(work, { recursive: true });
const rollout = (...args) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });

const checks = [];
const check = (ok, what) => checks.push([ok, what]);

// 1. Read the document into a draft plan.
const imported = rollout('import', join(dir, '985-KH-HNDT.docx'), '--format', 'json');
check(imported.status === 0, `import exits 0 (${imported.status}: ${imported.stderr})`);
const draft = JSON.parse(imported.stdout || '{"plans":[]}');
check(draft.plans?.[0]?.header?.reference === '985-KH/HNDT', 'the draft has the number and symbol');
// 2. Save plans[0] and check it.
const plan = join(work, 'plan.json');
writeFileSync(plan, JSON.stringify(draft.plans?.[0] ?? {}, null, 2));
const valid = rollout('validate', plan, '--format', 'json');
check(valid.status === 0 && JSON.parse(valid.stdout).valid === true, 'the imported plan is valid');
// 3. The cascade over the units.
const units = join(here, 'recipe/units.json');
const sched = rollout('schedule', plan, '--units', units, '--format', 'json');
const nodes = JSON.parse(sched.stdout || '{"nodes":[]}').nodes;
const district = nodes.find((n) => n.activity === 's-district' && n.unit === 'nga-son');
check(
  district?.latest === '2020-09-15' && district?.feasible === true,
  'Nga Sơn by 15/9/2020, feasible',
);
// 4. Progress as of 20/10/2020: Nga Sơn held its session; the commune is late.
const progress = rollout(
  'progress',
  plan,
  '--events',
  join(here, 'recipe/events.ndjson'),
  '--units',
  units,
  '--today',
  '2020-10-20',
  '--format',
  'json',
);
check(progress.status === 0, `progress exits 0 (${progress.status}: ${progress.stderr})`);
check(
  /nga-an/.test(progress.stdout) && /s-commune/.test(progress.stdout),
  'the late commune is named',
);
// 5. Publish.
const docx = rollout('render', plan, '--to', 'docx', '-o', join(work, 'ke-hoach.docx'));
check(
  docx.status === 0 && readFileSync(join(work, 'ke-hoach.docx')).subarray(0, 2).toString() === 'PK',
  'DOCX written',
);
const ics = rollout('render', plan, '--to', 'ics');
check(ics.stdout.startsWith('BEGIN:VCALENDAR'), 'ICS written');

let bad = 0;
for (const [ok, what] of checks)
  if (!ok) {
    bad++;
    console.error(`recipe: ${what}`);
  }
if (bad === 0)
  console.log(`recipe "import a DOCX and track its deadlines": ${checks.length} checks ok`);
const results = new URL('../../../.vitest-results/', import.meta.url);
mkdirSync(results, { recursive: true });
writeFileSync(
  new URL('example-recipe-import-track.json', results),
  JSON.stringify({ numPassedTests: checks.length - bad, numFailedTests: bad }),
);
process.exit(bad > 0 ? 1 : 0);
