// `pnpm bench`: runs every benchmark (packages/*/bench/*.bench.ts) on the sources,
// one process each, with room for the national-scale runs. Each prints its own
// figures as ratios against a baseline measured in the same run.
// Pass a substring to run only the matching ones: `pnpm bench cascade`.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';

const filter = process.argv[2] ?? '';
const files = [];
for (const pkg of readdirSync('packages')) {
  const dir = `packages/${pkg}/bench`;
  if (!existsSync(dir)) continue;
  for (const f of readdirSync(dir))
    if (f.endsWith('.bench.ts') && `${dir}/${f}`.includes(filter)) files.push(`${dir}/${f}`);
}
let failed = 0;
for (const file of files) {
  process.stdout.write(`\n== ${file}\n`);
  const r = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      '--conditions=@rollout/source',
      '--expose-gc',
      '--max-old-space-size=6144',
      file,
    ],
    { stdio: 'inherit', env: { ...process.env, TZ: 'UTC' } },
  );
  if (r.status !== 0) failed++;
}
if (files.length === 0) console.log('no benchmarks found');
process.exit(failed > 0 ? 1 : 0);
