// Runs the shell commands of README.md and docs/*.md as written, so that a
// command the docs show cannot rot (run `pnpm build` first; `pnpm test` does).
//
//  1. Every fenced block marked sh, bash or shell is cut into commands (a line,
//     or lines joined by a trailing backslash; `# …` comments dropped). Each is
//     run with bash, in the folder its document assumes (see PLACES), and must
//     exit 0. A command runs once per folder: again, or as the tail of an earlier
//     one (`… && pnpm start`), it is not run a second time.
//  2. Commands it cannot run in CI are listed in NOT_RUN with the reason; an
//     entry that matches no command any more fails the check, so the list
//     cannot outlive the docs.
//  3. Every `pnpm <word>` in the same files (code spans and blocks, and the
//     package READMEs) must run what the text means: a root script that pnpm
//     does not shadow with a built-in command (`pnpm docs` opens pnpm's own docs
//     page), or a built-in used as one; `pnpm --filter <package> <script>` must
//     name a workspace package that has that script.
//
// Usage: node scripts/check-doc-commands.mjs [--list]   (--list: print, run nothing)
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { fencedCommands } from './doc-commands-lib.mjs';

const root = resolve(import.meta.dirname, '..');
const listOnly = process.argv.includes('--list');

/** Commands not run in CI, each matched by a regular expression, with why. */
const NOT_RUN = [
  {
    match: /&& pnpm test$/,
    reason:
      'the whole test suite, of which this check is a step (it would run itself); .ci/run runs exactly this command',
  },
  {
    match: /^node scripts\/check-page-images\.mjs\b/,
    reason:
      'the page-image check is a step of pnpm test already (scripts/test-all.sh); it installs LibreOffice and poppler and takes minutes, so it is not run twice',
  },
];

/**
 * Where a document's commands run. "root": the repository (after the README's own
 * `pnpm start`, out/ holds the example plans). A function: a fresh temporary folder
 * that it fills with the files the document tells the reader to have, with the
 * workspace's `rollout` bin on PATH.
 */
const PLACES = {
  'docs/recipes.md': (dir) => {
    // "A provincial committee's plan arrives as a Word file": the DOCX `pnpm start`
    // writes; plan.json is the plan once "validate exits 0"; the units and events
    // files are the ones the recipe links to.
    cpSync(join(root, 'out/985-KH-HNDT.docx'), join(dir, 'ke-hoach.docx'));
    cpSync(join(root, 'out/985-KH-HNDT.json'), join(dir, 'plan.json'));
    for (const f of ['units.json', 'events.ndjson'])
      cpSync(join(root, 'examples/node-quickstart/recipe', f), join(dir, f));
  },
};

PLACES['docs/units.md'] = (dir) => {
  // "On the command line": a plan of the two-level era (Thanh Hoá's, which
  // `pnpm start` writes) and an events file naming a real unit.
  cpSync(join(root, 'out/KH-TU-NQ79-NQ80.json'), join(dir, 'plan.json'));
  writeFileSync(
    join(dir, 'events.ndjson'),
    `${JSON.stringify({ kind: 'session-held', id: 'ev-1', unit: 'vn-38', session: 's-province', date: '2026-02-20', method: 'in-person', attendees: { present: 120, expected: 125 }, recordedBy: 'Ban Tuyên giáo Tỉnh ủy', recordedAt: '2026-02-20T17:00:00+07:00' })}\n`,
  );
};

PLACES['docs/derive.md'] = (dir) => {
  // "The same round from the command line": the province's plan (`pnpm start`
  // writes it), the unit tree the recipe links to, and the amended plan the
  // clerk makes from nga-son.json: re-derived as the document says, then edited
  // (a recipient added), as a person would.
  cpSync(join(root, 'out/985-KH-HNDT.json'), join(dir, '985-KH-HNDT.json'));
  cpSync(join(root, 'examples/node-quickstart/recipe/units.json'), join(dir, 'units.json'));
  const made = spawnSync(
    process.execPath,
    [
      join(root, 'packages/cli/dist/bin.js'),
      'derive',
      '985-KH-HNDT.json',
      '--unit',
      'nga-son',
      '--units',
      'units.json',
      '--issued-on',
      '2020-09-07',
      '-o',
      'nga-son-sua-doi.json',
    ],
    { cwd: dir, encoding: 'utf8' },
  );
  if (made.status !== 0) throw new Error(`could not derive nga-son-sua-doi.json: ${made.stderr}`);
  const file = join(dir, 'nga-son-sua-doi.json');
  const amended = JSON.parse(readFileSync(file, 'utf8'));
  amended.plan.recipients.splice(2, 0, { name: 'Các chi Hội trực thuộc', purpose: 'implement' });
  writeFileSync(file, `${JSON.stringify(amended, null, 2)}\n`);
};

const documents = [
  'README.md',
  ...readdirSync(join(root, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => `docs/${f}`),
];

/** pnpm's built-in commands and their aliases, from `pnpm help --all`. */
function pnpmBuiltins() {
  const r = spawnSync('pnpm', ['help', '--all'], { encoding: 'utf8' });
  const names = new Set();
  const block = (r.stdout ?? '').split('Commands:\n')[1] ?? '';
  for (const line of block.split('\n')) {
    const m = /^ {2}([a-z][\w-]*)\s+(.*)$/.exec(line);
    if (!m) continue;
    names.add(m[1]);
    const aliases = /\[aliases?: ([^\]]+)\]/.exec(m[2])?.[1];
    for (const a of aliases?.split(',') ?? []) names.add(a.trim());
  }
  return names;
}

const problems = [];
const rootPkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const scripts = new Set(Object.keys(rootPkg.scripts ?? {}));
const builtins = pnpmBuiltins();
if (builtins.size < 20) problems.push('could not read pnpm help --all (no built-in command list)');
/** Built-ins the docs may use as such (they do what the text says). */
const USED_AS_BUILTIN = new Set([
  'install',
  'i',
  'exec',
  'add',
  'run',
  'dlx',
  'test',
  'start',
  'pack',
]);
const workspacePackages = new Map();
for (const group of ['packages', 'examples']) {
  if (!existsSync(join(root, group))) continue;
  for (const dir of readdirSync(join(root, group))) {
    const file = join(root, group, dir, 'package.json');
    if (!existsSync(file)) continue;
    const pkg = JSON.parse(readFileSync(file, 'utf8'));
    workspacePackages.set(pkg.name, new Set(Object.keys(pkg.scripts ?? {})));
  }
}

/** Checks what `pnpm …` in a doc would run (`own`: the scripts of the package whose README it is). */
function checkPnpm(where, command, own = new Set()) {
  for (const m of command.matchAll(
    /(?:^|&&\s*|;\s*|`)pnpm\s+([^\s`&;|]+)(?:\s+([^\s`&;|]+))?(?:\s+([^\s`&;|]+))?/g,
  )) {
    const [word, second, third] = [m[1], m[2], m[3]];
    if (word === '--filter' && second !== undefined) {
      const pkgScripts = workspacePackages.get(second);
      if (!pkgScripts)
        problems.push(`${where}: pnpm --filter ${second}: no such workspace package`);
      else if (
        third &&
        !third.startsWith('-') &&
        third !== 'run' &&
        third !== 'exec' &&
        !pkgScripts.has(third)
      )
        problems.push(
          `${where}: pnpm --filter ${second} ${third}: that package has no "${third}" script`,
        );
      continue;
    }
    if (word.startsWith('-') || word.startsWith('<') || word.includes('@')) continue;
    if (
      word === 'run' &&
      second &&
      !/^[-<]/.test(second) &&
      !scripts.has(second) &&
      !own.has(second)
    )
      problems.push(
        `${where}: pnpm run ${second}: the root package.json has no "${second}" script`,
      );
    if (word === 'run' || USED_AS_BUILTIN.has(word)) continue;
    if (builtins.has(word))
      problems.push(
        `${where}: "pnpm ${word}" runs pnpm's built-in ${word} command${scripts.has(word) ? `, not the "${word}" script (write pnpm run ${word})` : ''}`,
      );
    else if (!scripts.has(word))
      problems.push(`${where}: "pnpm ${word}": the root package.json has no "${word}" script`);
  }
}

// 3. pnpm words everywhere people read them.
const readable = [
  ...documents,
  ...readdirSync(join(root, 'packages'))
    .map((d) => `packages/${d}/README.md`)
    .filter((f) => existsSync(join(root, f))),
];
for (const doc of readable) {
  const text = readFileSync(join(root, doc), 'utf8');
  const pkgFile = doc.startsWith('packages/') ? join(root, doc, '..', 'package.json') : '';
  const own = new Set(
    pkgFile && existsSync(pkgFile)
      ? Object.keys(JSON.parse(readFileSync(pkgFile, 'utf8')).scripts ?? {})
      : [],
  );
  text.split('\n').forEach((line, i) => {
    if (line.includes('pnpm')) checkPnpm(`${doc}:${i + 1}`, line.trim(), own);
  });
}

// 1–2. Run the fenced commands.
const used = new Set();
const ran = new Map();
let count = 0;
const binPath = join(root, 'node_modules', '.bin');
for (const doc of documents) {
  const commands = fencedCommands(readFileSync(join(root, doc), 'utf8'));
  if (commands.length === 0) continue;
  const place = PLACES[doc];
  let cwd = root;
  if (place && !listOnly) {
    cwd = mkdtempSync(join(tmpdir(), 'rollout-doc-commands-'));
    try {
      place(cwd);
    } catch (error) {
      problems.push(
        `${doc}: cannot lay out its files: ${error instanceof Error ? error.message : error}`,
      );
      continue;
    }
  }
  for (const { line, command } of commands) {
    const where = `${doc}:${line}`;
    const skip = NOT_RUN.find((n) => n.match.test(command));
    if (skip) {
      used.add(skip);
      console.log(`not run  ${where}  ${command}\n         (${skip.reason})`);
      continue;
    }
    // Run once per folder; a command an earlier one ended with (`… && pnpm start`) has run too.
    const placeKey = place ? doc : 'root';
    const key = `${placeKey}\n${command}`;
    const earlier = [...ran].find(
      ([k]) => k === key || (k.startsWith(`${placeKey}\n`) && k.endsWith(`&& ${command}`)),
    );
    if (earlier) {
      console.log(`ran      ${where}  ${command}  (as part of ${earlier[1]})`);
      continue;
    }
    ran.set(key, where);
    if (listOnly) {
      console.log(`would run ${where}  ${command}`);
      continue;
    }
    const started = Date.now();
    const r = spawnSync('bash', ['-o', 'pipefail', '-c', command], {
      cwd,
      encoding: 'utf8',
      env: { ...process.env, PATH: `${binPath}${delimiter}${process.env.PATH}` },
      maxBuffer: 256 * 1024 * 1024,
      timeout: 10 * 60 * 1000,
    });
    count++;
    const secs = ((Date.now() - started) / 1000).toFixed(1);
    if (r.status === 0) console.log(`ok       ${where}  ${command}  (${secs} s)`);
    else {
      const output = `${r.stdout ?? ''}${r.stderr ?? ''}`
        .trimEnd()
        .split('\n')
        .slice(-30)
        .join('\n    ');
      problems.push(`${where}: \`${command}\` exited ${r.status ?? r.signal}\n    ${output}`);
      console.log(`FAIL     ${where}  ${command}  (exit ${r.status ?? r.signal}, ${secs} s)`);
    }
  }
  if (cwd !== root) rmSync(cwd, { recursive: true, force: true });
}
for (const n of NOT_RUN)
  if (!used.has(n))
    problems.push(`NOT_RUN entry ${n.match} matches no command of the docs: remove it`);

// Files the root commands leave behind (outside out/, which is ignored) are the docs' business, not the repo's.
const status = spawnSync('git', ['status', '--porcelain', '--untracked-files=all'], {
  cwd: root,
  encoding: 'utf8',
});
const strays = (status.stdout ?? '').split('\n').filter((l) => l.startsWith('??'));
if (strays.length > 0 && !listOnly)
  console.log(
    `note: untracked files after the run (a command wrote them):\n  ${strays.join('\n  ')}`,
  );

for (const p of problems) console.log(p);
console.log(
  `doc commands: ${count} run, ${problems.length === 0 ? 'all passed' : `${problems.length} problems`}`,
);
process.exit(problems.length > 0 ? 1 : 0);
