// `pnpm docs:api`: the documentation site.
//   1. checks that the generated list of validation codes is up to date
//      (docs/validation-codes.md and the table in packages/core/README.md);
//   2. checks that docs/index.md links every guide in docs/;
//   3. runs TypeDoc over every package (entryPointStrategy "packages", one
//      typedoc.json per package) with the guides docs/*.md pulled into the same
//      site, warnings as errors and `validation.notDocumented`, into docs/api.
// Pass --fix to rewrite the codes list instead of failing when it is stale.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const fix = process.argv.includes('--fix');
const run = (args, label) => {
  process.stdout.write(`\n-- ${label}\n`);
  const r = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
  return r.status === 0;
};

let ok = run(
  ['scripts/gen-codes-doc.mjs', ...(fix ? [] : ['--check'])],
  'validation codes (generated from ISSUE_CODES)',
);

process.stdout.write('\n-- guides linked from docs/index.md\n');
const index = readFileSync(resolve(root, 'docs/index.md'), 'utf8');
const unlinked = readdirSync(resolve(root, 'docs')).filter(
  (f) =>
    f.endsWith('.md') &&
    f !== 'index.md' &&
    !index.includes(`(${f})`) &&
    !index.includes(`(./${f})`),
);
if (unlinked.length > 0) {
  ok = false;
  console.error(`docs/index.md does not link: ${unlinked.join(', ')}`);
} else console.log('every guide is linked');

// docs/index.md is the site's front page (`readme`); the other guides are its documents.
const guides = readdirSync(resolve(root, 'docs'))
  .filter((f) => f.endsWith('.md') && f !== 'index.md')
  .sort()
  .flatMap((f) => ['--projectDocuments', `docs/${f}`]);
const typedoc = resolve(root, 'node_modules/typedoc/bin/typedoc');
process.stdout.write('\n-- TypeDoc → docs/api\n');
const td = spawnSync(
  process.execPath,
  [typedoc, '--options', 'typedoc.json', ...guides, '--treatWarningsAsErrors'],
  { cwd: root, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' } },
);
process.stdout.write(td.stdout ?? '');
process.stderr.write(td.stderr ?? '');
if (td.status !== 0) {
  ok = false;
  // Who has to act: undocumented names and failed conversions, by package.
  const text = `${td.stdout}\n${td.stderr}`;
  const byPackage = new Map();
  for (const m of text.matchAll(/defined in (@rollout\/[\w-]+)\/(\S+?),/g)) {
    const key = `${m[1]} (${m[2]})`;
    byPackage.set(key, (byPackage.get(key) ?? 0) + 1);
  }
  for (const m of text.matchAll(/^(packages\/[\w-]+\/\S+?):\d+:\d+ - error/gm)) {
    const key = `${m[1]} (does not compile)`;
    byPackage.set(key, (byPackage.get(key) ?? 0) + 1);
  }
  if (byPackage.size > 0) {
    console.error('\nTypeDoc failed; to fix, by file:');
    for (const [where, n] of [...byPackage].sort()) console.error(`  ${where}: ${n}`);
  }
}
if (ok) console.log(`\ndocs built: ${resolve(root, 'docs/api/index.html')}`);
process.exit(ok ? 0 : 1);
