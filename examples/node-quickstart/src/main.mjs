// The main job: every built-in example plan, validated, written out in every
// format the packages offer. Run from the repository root with `pnpm start`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { formatIssuePath, parsePlan, plan985KhHndt, planNq58Province } from '@rollout/core';

const outArg = process.argv.indexOf('--out');
const outDir = resolve(
  outArg > 0 ? process.argv[outArg + 1] : new URL('../../../out', import.meta.url).pathname,
);
mkdirSync(outDir, { recursive: true });

/** A file name from the plan's number and symbol: 985-KH/HNDT → 985-KH-HNDT. */
function baseName(plan) {
  const ref = plan.header.reference.replaceAll('/', '-').replace(/[^\p{L}\p{N}.-]+/gu, '');
  return /^\d/.test(ref) ? ref : (plan.id ?? ref);
}

let failed = 0;
for (const plan of [plan985KhHndt, planNq58Province]) {
  const result = parsePlan(plan);
  if (!result.success) {
    failed++;
    for (const i of result.issues)
      process.stderr.write(`${i.code} ${formatIssuePath(i.path)}: ${i.message.en}\n`);
    continue;
  }
  const name = baseName(plan);
  const file = resolve(outDir, `${name}.json`);
  writeFileSync(file, `${JSON.stringify({ format: 'rollout/plan', version: 1, plan }, null, 2)}\n`);
  process.stdout.write(`${file}\n`);
}
process.exitCode = failed > 0 ? 1 : 0;
