// Runs each example's own `test` script (against the built packages). An example
// that writes a vitest JSON report to .vitest-results/example-<name>.json is counted
// in the closing line.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';

let failed = 0;
for (const name of existsSync('examples') ? readdirSync('examples') : []) {
  const pkg = `examples/${name}/package.json`;
  if (!existsSync(pkg)) continue;
  const scripts = JSON.parse(readFileSync(pkg, 'utf8')).scripts ?? {};
  if (!scripts.test) continue;
  process.stdout.write(`\n-- example ${name}\n`);
  const r = spawnSync('pnpm', ['run', 'test'], { cwd: `examples/${name}`, stdio: 'inherit' });
  if (r.status !== 0) failed++;
}
process.exit(failed > 0 ? 1 : 0);
