// Runs the README's sample against the built packages and checks what it prints.
import { spawnSync } from 'node:child_process';

const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/tour.ts'], {
  cwd: new URL('..', import.meta.url),
  encoding: 'utf8',
});
const out = r.stdout ?? '';
const checks = [
  [r.status === 0, `exit code ${r.status}: ${r.stderr}`],
  [out.includes('985-KH/HNDT 3'), 'prints the reference and the number of sessions'],
  [
    /cascade\/before-parent sessions\.1\.deadline/.test(out),
    'reports the district before the province',
  ],
];
let bad = 0;
for (const [ok, what] of checks) {
  if (!ok) {
    bad++;
    console.error(`README sample: ${what}`);
  }
}
if (bad === 0) console.log('README sample runs as the README says');
process.exit(bad > 0 ? 1 : 0);
