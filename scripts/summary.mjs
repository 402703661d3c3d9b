// Prints the closing line "N passed, N failed" from the test runs, counting every
// failed non-test step (build, lint, docs …) as a failure too.
import { existsSync, readdirSync, readFileSync } from 'node:fs';

const failedSteps = process.argv.slice(2);
let passed = 0;
let failed = 0;
if (existsSync('.vitest-results/summary.json')) {
  const s = JSON.parse(readFileSync('.vitest-results/summary.json', 'utf8'));
  passed += s.passed;
  failed += s.failed;
} else {
  failed += 1;
  console.log('the unit test runs left no summary');
}
for (const f of existsSync('.vitest-results') ? readdirSync('.vitest-results') : []) {
  if (!f.startsWith('example-')) continue;
  const r = JSON.parse(readFileSync(`.vitest-results/${f}`, 'utf8'));
  passed += r.numPassedTests;
  failed += r.numFailedTests;
}
for (const step of failedSteps) console.log(`failed step: ${step}`);
failed += failedSteps.length;
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
