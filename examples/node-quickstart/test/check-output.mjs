// Checks what the main job wrote: each file reads back as a valid plan.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePlan } from '@rollout/core';

const dir = process.argv[2];
const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
const expected = ['985-KH-HNDT.json', 'KH-TU-NQ58.json'];
let bad = 0;
for (const name of expected) {
  if (!files.includes(name)) {
    console.error(`missing ${name}`);
    bad++;
    continue;
  }
  const env = JSON.parse(readFileSync(join(dir, name), 'utf8'));
  if (env.format !== 'rollout/plan' || !parsePlan(env.plan).success) {
    console.error(`${name} is not a valid plan envelope`);
    bad++;
  }
}
process.exitCode = bad > 0 ? 1 : 0;
if (bad === 0) console.log(`quickstart output ok: ${expected.join(', ')}`);
