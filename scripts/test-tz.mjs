// Runs the whole vitest suite once per time zone and checks that every run gives
// the same result for every test. Writes .vitest-results/<tz>.json and a summary.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const zones = (process.env.ROLLOUT_TEST_TZS ?? 'UTC,Asia/Ho_Chi_Minh,America/Los_Angeles').split(
  ',',
);
mkdirSync('.vitest-results', { recursive: true });
const runs = [];
for (const tz of zones) {
  const file = `.vitest-results/${tz.replaceAll('/', '_')}.json`;
  process.stdout.write(`\n-- vitest under TZ=${tz}\n`);
  const r = spawnSync(
    'pnpm',
    ['exec', 'vitest', 'run', '--reporter=dot', '--reporter=json', `--outputFile.json=${file}`],
    { stdio: 'inherit', env: { ...process.env, TZ: tz } },
  );
  let report;
  try {
    report = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    console.error(`no report from the run under TZ=${tz} (exit ${r.status})`);
    process.exit(1);
  }
  const statuses = new Map();
  for (const f of report.testResults) {
    for (const a of f.assertionResults)
      statuses.set(`${f.name.replace(process.cwd(), '')} > ${a.fullName}`, a.status);
  }
  runs.push({
    tz,
    exit: r.status,
    passed: report.numPassedTests,
    failed: report.numFailedTests,
    total: report.numTotalTests,
    statuses,
  });
  process.stdout.write(
    `TZ=${tz}: ${report.numPassedTests} passed, ${report.numFailedTests} failed of ${report.numTotalTests}\n`,
  );
}
const [first, ...rest] = runs;
let differ = 0;
for (const run of rest) {
  for (const [name, status] of first.statuses) {
    if (run.statuses.get(name) !== status) {
      differ++;
      console.error(`differs under TZ=${run.tz}: ${name}: ${status} vs ${run.statuses.get(name)}`);
    }
  }
  if (run.statuses.size !== first.statuses.size) {
    differ++;
    console.error(
      `TZ=${run.tz} ran ${run.statuses.size} tests, TZ=${first.tz} ran ${first.statuses.size}`,
    );
  }
}
const passed = runs.reduce((s, r) => s + r.passed, 0);
const failed = runs.reduce((s, r) => s + r.failed, 0) + differ;
writeFileSync('.vitest-results/summary.json', JSON.stringify({ passed, failed, zones }));
if (first.total === 0) {
  console.error('no test ran');
  process.exit(1);
}
process.exit(failed > 0 || runs.some((r) => r.exit !== 0) ? 1 : 0);
