// Runs each example's own `test` script against the BUILT packages (run
// `pnpm build` first; `pnpm test` does). An example that writes a vitest-style
// JSON report ({ numPassedTests, numFailedTests }) to
// .vitest-results/example-<name>.json is counted in the closing line.
//   examples/api-server      Hono API over loopback (vitest)
//   examples/node-quickstart the main job's files, the README and guide samples
//   examples/report-server   Hono on PGlite and on a PostgreSQL server it starts (vitest)
//   examples/web-planner     vite build + Chromium (playwright-core)
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';

const failed = [];
const passed = [];
for (const name of existsSync('examples') ? readdirSync('examples').sort() : []) {
  const pkg = `examples/${name}/package.json`;
  if (!existsSync(pkg)) continue;
  const scripts = JSON.parse(readFileSync(pkg, 'utf8')).scripts ?? {};
  if (!scripts.test) continue;
  process.stdout.write(`\n-- example ${name}\n`);
  const r = spawnSync('pnpm', ['run', 'test'], { cwd: `examples/${name}`, stdio: 'inherit' });
  (r.status === 0 ? passed : failed).push(name);
}
console.log(
  `\nexamples: ${passed.length} passed${failed.length ? `, ${failed.length} failed (${failed.join(', ')})` : ''}`,
);
process.exit(failed.length > 0 ? 1 : 0);
