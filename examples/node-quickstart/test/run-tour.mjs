// Runs the README's sample against the built packages and checks that it
// prints what its comments say.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';

const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/tour.ts'], {
  cwd: new URL('..', import.meta.url),
  encoding: 'utf8',
});
const out = r.stdout ?? '';
const checks = [
  [r.status === 0, `exit code ${r.status}: ${r.stderr}`],
  [out.includes('province 2020-08-31 → 2020-08-31 ok'), 'the province row of the cascade'],
  [out.includes('district 2020-09-01 → 2020-09-15 ok'), 'the district row of the cascade'],
  [out.includes('commune 2020-09-03 → 2020-10-15 ok'), 'the commune row of the cascade'],
  [
    out.includes(
      'cascade/before-parent sessions.1.deadline "Hội nghị (Hội Nông dân các huyện, thị, thành phố)" phải xong trước ngày 20/8/2020,',
    ),
    'the broken cascade',
  ],
  [/\ntrue\n?$/.test(out), 'the Markdown holds the number and symbol'],
];
const g = spawnSync(process.execPath, ['--import', 'tsx', 'src/getting-started.ts'], {
  cwd: new URL('..', import.meta.url),
  encoding: 'utf8',
});
checks.push([
  g.status === 0 && (g.stdout ?? '').startsWith('true []'),
  `getting-started sample: exit ${g.status}, ${g.stdout}${g.stderr}`,
]);
const t = spawnSync(process.execPath, ['--import', 'tsx', 'src/two-level.ts'], {
  cwd: new URL('..', import.meta.url),
  encoding: 'utf8',
});
checks.push([
  t.status === 0 &&
    t.stdout === 'province → commune → branch\ntrue\ns-province\ncascade/unit-without-tier\n',
  `two-level sample: exit ${t.status}, ${t.stdout}${t.stderr}`,
]);
let bad = 0;
for (const [ok, what] of checks) {
  if (!ok) {
    bad++;
    console.error(`README sample: ${what}`);
  }
}
const results = new URL('../../../.vitest-results/', import.meta.url);
mkdirSync(results, { recursive: true });
writeFileSync(
  new URL('example-readme-samples.json', results),
  JSON.stringify({ numPassedTests: checks.length - bad, numFailedTests: bad }),
);
if (bad > 0) console.error(out);
else console.log('the README, getting-started and two-level samples run as documented');
process.exit(bad > 0 ? 1 : 0);
