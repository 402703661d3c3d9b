// Checks every file the main job wrote: each expected file exists and passes
// its format's check (JSON reads back as the same plan, DOCX is a zip with
// word/document.xml, ICS is a calendar …). Usage: node test/check-output.mjs <dir>
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { plan985KhHndt, planNq58Province, planTwoLevelProvince } from '@rollout/core';
import { baseName, FORMATS } from '../src/outputs.mjs';

const dir = process.argv[2];
let bad = 0;
let good = 0;
for (const plan of [plan985KhHndt, planNq58Province, planTwoLevelProvince]) {
  for (const format of FORMATS) {
    const name = `${baseName(plan)}.${format.ext}`;
    const file = join(dir, name);
    if (!existsSync(file)) {
      console.error(`missing ${name}`);
      bad++;
      continue;
    }
    let problem;
    try {
      problem = format.check(new Uint8Array(readFileSync(file)), plan);
    } catch (error) {
      problem = error instanceof Error ? error.message : String(error);
    }
    if (problem) {
      console.error(`${name}: ${problem}`);
      bad++;
    } else good++;
  }
}
for (const expected of ['985-KH-HNDT.json', 'KH-TU-NQ58.json', 'KH-TU-NQ79-NQ80.json']) {
  if (!existsSync(join(dir, expected))) {
    console.error(`missing ${expected}`);
    bad++;
  }
}
process.exitCode = bad > 0 ? 1 : 0;
console.log(`quickstart output: ${good} files ok, ${bad} problems`);
// Counted in the closing line of `pnpm test` (scripts/summary.mjs): one test per file.
const results = new URL('../../../.vitest-results/', import.meta.url);
mkdirSync(results, { recursive: true });
writeFileSync(
  new URL('example-node-quickstart.json', results),
  JSON.stringify({ numPassedTests: good, numFailedTests: bad }),
);
