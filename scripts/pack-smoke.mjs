// Packs every package as it would be published and uses the tarballs the way a
// developer outside the workspace does (run `pnpm build` first; `pnpm test` does):
//
//  1. `pnpm pack` each package in packages/*; each tarball must hold package.json,
//     README.md, LICENSE and dist/, and no `workspace:` range.
//  2. `npm install --engine-strict` the tarballs into two fresh apps in a temporary
//     folder, one ESM ("type": "module") and one CommonJS ("type": "commonjs").
//     Our packages come only from the local tarballs; third-party packages from the
//     registry (`--prefer-online`: metadata is fetched again every run, so a new
//     release of a dependency is seen; only content-addressed tarballs are reused).
//  3. In each app, `import` (ESM) or `require` (CJS) every public entry (".", the
//     package.json of each, @rollout/json's JSON Schema files; "./internal/*" must
//     stay unreachable) and call one
//     function of each package: validatePlan/schedule, parsePlanJson,
//     renderMarkdown, renderDocx, importDocx on that DOCX, renderIcs, and runCli
//     for each command of `rollout --help`; run the installed `rollout` bin.
//  4. Type-check a small app against the packed types (skipLibCheck off) with the oldest TypeScript
//     we support and the newest, under `node16` (ESM and CJS, with Node's types) and
//     `bundler` (a browser app: the DOM's types, not Node's).
//
// Usage: node scripts/pack-smoke.mjs [--keep] [--ts <version,version…>]
//   --keep  leave the temporary folder (its path is printed)
//   --ts    the TypeScript versions to type-check with (default: SUPPORTED_TS)
// Exit 1 when any check fails; each failure is printed with its command's output.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * The TypeScript versions the packed types are checked with: the oldest we support
 * and the newest. Measured with `--ts 5.0.4,5.1.6,5.2.2,5.3.3`: each fails the same
 * way, `zod/v4/mini/schemas.d.cts: Cannot find name 'NoInfer'` (a 5.4 built-in that
 * zod's declarations use); 5.4.5 passes every configuration. See docs/packages.md.
 */
export const SUPPORTED_TS = ['5.4.5', '6.0.3'];

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const keep = args.includes('--keep');
const tsArg = args.indexOf('--ts');
const tsVersions = tsArg >= 0 ? String(args[tsArg + 1]).split(',') : SUPPORTED_TS;

const started = Date.now();
const failures = [];
const passes = [];
const check = (name, ok, detail = '') => {
  (ok ? passes : failures).push(ok ? name : `${name}${detail ? `\n${detail}` : ''}`);
  if (!ok) console.log(`FAIL ${name}${detail ? `\n${indent(detail)}` : ''}`);
};
const indent = (text) =>
  String(text)
    .trimEnd()
    .split('\n')
    .slice(-40)
    .map((l) => `    ${l}`)
    .join('\n');
const run = (cmd, argv, cwd) => {
  const r = spawnSync(cmd, argv, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { ok: r.status === 0, status: r.status, out: `${r.stdout ?? ''}${r.stderr ?? ''}` };
};
/** `run`, without blocking: the installs and type checks run side by side. */
const runAsync = (cmd, argv, cwd) =>
  new Promise((done) => {
    const child = spawn(cmd, argv, { cwd });
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
    });
    child.stderr.on('data', (d) => {
      out += d;
    });
    child.on('close', (status) => done({ ok: status === 0, status, out }));
    child.on('error', (error) => done({ ok: false, status: null, out: String(error) }));
  });
/** Runs `jobs` (functions returning promises), at most `limit` at a time. */
async function pool(jobs, limit) {
  const results = [];
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const i = next++;
      results[i] = await jobs[i]();
    }
  };
  await Promise.all(Array.from({ length: limit }, worker));
  return results;
}
const NPM_FLAGS = ['--no-audit', '--no-fund', '--prefer-online', '--loglevel=error'];
const secs = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;

const work = mkdtempSync(join(tmpdir(), 'rollout-pack-smoke-'));
const tarballs = join(work, 'tarballs');
mkdirSync(tarballs);

// 1. Pack.
const packages = readdirSync(join(root, 'packages'))
  .map((dir) => join(root, 'packages', dir))
  .filter((dir) => existsSync(join(dir, 'package.json')))
  .map((dir) => ({ dir, pkg: JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) }))
  .filter(({ pkg }) => !pkg.private);
const files = {};
for (const { dir, pkg } of packages) {
  if (!existsSync(join(dir, 'dist'))) {
    check(`${pkg.name}: built`, false, `no ${dir}/dist: run pnpm build first`);
    continue;
  }
  const r = run('pnpm', ['pack', '--pack-destination', tarballs], dir);
  const file = readdirSync(tarballs).find(
    (f) => f === `${pkg.name.replace('@', '').replace('/', '-')}-${pkg.version}.tgz`,
  );
  check(`${pkg.name}: pnpm pack`, r.ok && file !== undefined, r.out);
  if (!file) continue;
  files[pkg.name] = join(tarballs, file);
  const listing = execFileSync('tar', ['-tzf', files[pkg.name]], { encoding: 'utf8' }).split('\n');
  for (const needed of ['package/package.json', 'package/README.md', 'package/LICENSE']) {
    check(`${pkg.name}: tarball holds ${needed.slice(8)}`, listing.includes(needed));
  }
  check(
    `${pkg.name}: tarball holds dist/`,
    listing.some((l) => l.startsWith('package/dist/')),
  );
  const packed = JSON.parse(
    execFileSync('tar', ['-xzOf', files[pkg.name], 'package/package.json'], { encoding: 'utf8' }),
  );
  const ranges = Object.entries({ ...packed.dependencies, ...packed.peerDependencies });
  const workspace = ranges.filter(([, v]) => String(v).startsWith('workspace:'));
  check(
    `${pkg.name}: no workspace: range in the packed package.json`,
    workspace.length === 0,
    JSON.stringify(workspace),
  );
}
console.log(`packed ${Object.keys(files).length} packages (${secs()})`);

// 2. Install into an ESM and a CommonJS app.
const names = Object.keys(files).sort();
/** A package's variable name in the apps: `@rollout/vn-units` → `vnUnits`, `import` → `importer`. */
const short = (name) => {
  const id = name.replace('@rollout/', '').replace(/-(.)/g, (_, c) => c.toUpperCase());
  return id === 'import' ? 'importer' : id;
};
const cliPkg = packages.find(({ pkg }) => pkg.name === '@rollout/cli')?.pkg;

/** The checks both apps run, given `mods` (each package's namespace by short name). */
const BODY = String.raw`
const fs = REQ_FS;
const path = REQ_PATH;
const failures = [];
const ok = (name, cond, detail) => {
  if (!cond) failures.push(name + (detail === undefined ? '' : ': ' + String(detail).slice(0, 2000)));
};
async function main(mods, extra) {
  const { core, json, document, docx, ical, importer, cli } = mods;
  for (const [name, mod] of Object.entries(mods)) ok(name + ' exports something', Object.keys(mod).length > 0, Object.keys(mod));
  // @rollout/core
  const plan = core.plan985KhHndt;
  const issues = core.validatePlan(plan);
  ok('core.validatePlan returns issues without errors', Array.isArray(issues) && !issues.some((i) => i.severity === 'error'), JSON.stringify(issues));
  const nodes = core.schedule(plan).nodes;
  ok('core.schedule gives feasible nodes', nodes.length > 0 && nodes.every((n) => n.feasible), JSON.stringify(nodes.slice(0, 3)));
  // @rollout/json
  const text = json.stringifyPlan(plan);
  const read = json.parsePlanJson(text);
  ok('json.parsePlanJson reads stringifyPlan', read.success && read.data.header.reference === plan.header.reference, JSON.stringify(read.issues));
  ok('json schema file resolves', extra.schema && extra.schema.$id === 'https://rollout.invalid/schema/plan.json', extra.schema && extra.schema.$id);
  // @rollout/document
  const md = document.renderMarkdown(plan);
  ok('document.renderMarkdown names the plan', md.includes('985-KH/HNDT'));
  // @rollout/docx, then @rollout/import on that DOCX
  const bytes = await docx.renderDocx(plan);
  ok('docx.renderDocx gives a zip', bytes instanceof Uint8Array && bytes[0] === 0x50 && bytes[1] === 0x4b, bytes && bytes.length);
  const imported = await importer.importDocx(bytes);
  ok('import.importDocx reads the DOCX back', imported.plans.length >= 1 && imported.plans[0].header.reference === '985-KH/HNDT', JSON.stringify(imported.issues.slice(0, 3)));
  const fromText = importer.importPlans(document.renderText(plan));
  ok('import.importPlans reads the text', fromText.plans.length >= 1, JSON.stringify(fromText.issues.slice(0, 3)));
  // @rollout/ical
  const ics = ical.renderIcs(plan);
  ok('ical.renderIcs gives a calendar', ics.startsWith('BEGIN:VCALENDAR') && ics.includes('BEGIN:VEVENT'), ics.slice(0, 200));
  // @rollout/vn-units (when present): the national data, one province's subpath, the data file
  if (mods.vnUnits) {
    const vn = mods.vnUnits;
    ok('vn-units.provinces gives the 34 provinces', vn.provinces().length === 34, vn.provinces().length);
    ok('vn-units.findProvince finds Thanh Hóa', vn.findProvince('Thanh Hóa')?.code === '38');
    const tree = vn.unitTree({ provinces: ['38'] });
    ok('vn-units.unitTree schedules', core.schedule(core.planTwoLevelProvince, { units: tree.units }).nodes.length > 0, tree.units.length);
    const one = await extra.load('@rollout/vn-units/provinces/38');
    ok('vn-units/provinces/38 has its communes', one.communes().length > 100 && one.province.code === '38', one.communes().length);
    const data = await extra.loadJson('@rollout/vn-units/data/units.json');
    ok('vn-units/data/units.json resolves', data !== null && typeof data === 'object', typeof data);
  }
  // @rollout/cli: each command, in memory (files in this folder)
  const dir = fs.mkdtempSync(path.join(extra.tmp, 'cli-'));
  const at = (f) => path.join(dir, f);
  fs.writeFileSync(at('plan.json'), text);
  fs.writeFileSync(at('plan.docx'), bytes);
  fs.writeFileSync(at('plan.txt'), document.renderText(plan));
  fs.writeFileSync(at('units.json'), JSON.stringify({ units: [
    { id: 'tinh', name: 'Hội Nông dân tỉnh', level: 'province' },
    { id: 'nga-son', name: 'Hội Nông dân huyện Nga Sơn', level: 'district', parent: 'tinh' },
    { id: 'nga-an', name: 'Hội Nông dân xã Nga An', level: 'commune', parent: 'nga-son' },
  ] }));
  fs.writeFileSync(at('events.ndjson'), JSON.stringify({ kind: 'session-held', id: 'e1', unit: 'nga-son', session: 's-district', date: '2020-09-12', method: 'online', attendees: { present: 40, expected: 45 }, recordedBy: 'Ban Tuyên giáo', recordedAt: '2020-10-20T08:00:00+07:00' }) + '\n');
  const cliRun = async (argv) => {
    let out = '';
    let err = '';
    const io = {
      stdout: (t) => { out += t; },
      stderr: (t) => { err += t; },
      readFile: async (p) => new Uint8Array(fs.readFileSync(p)),
      writeFile: async (p, d) => fs.writeFileSync(p, d),
    };
    const code = await cli.runCli(argv, io);
    return { code, out, err };
  };
  const cases = {
    validate: [[['validate', at('plan.json'), '--format', 'json'], 0, (r) => JSON.parse(r.out).valid === true]],
    schedule: [[['schedule', at('plan.json'), '--units', at('units.json'), '--format', 'json'], 0, (r) => JSON.parse(r.out).nodes.length > 0]],
    render: ['md', 'html', 'txt', 'json', 'ics', 'docx'].map((to) => [
      ['render', at('plan.json'), '--to', to, '-o', at('out.' + to)], 0,
      () => fs.statSync(at('out.' + to)).size > 100,
    ]),
    import: [
      [['import', at('plan.docx'), '--format', 'json'], 0, (r) => JSON.parse(r.out).plans.length >= 1],
      [['import', at('plan.txt'), '--format', 'json'], 0, (r) => JSON.parse(r.out).plans.length >= 1],
    ],
    progress: [[['progress', at('plan.json'), '--events', at('events.ndjson'), '--units', at('units.json'), '--today', '2020-09-20', '--format', 'json'], 0, (r) => JSON.parse(r.out).events.accepted === 1],
      [['progress', at('plan.json'), '--events', at('events.ndjson'), '--units', at('units.json'), '--today', '2020-09-20', '--to', 'docx', '-o', at('report.docx')], 0, () => fs.readFileSync(at('report.docx'))[0] === 0x50],
    ],
    derive: [[['derive', at('plan.json'), '--tier', 'district', '-o', at('derived.json')], 0, () => fs.statSync(at('derived.json')).size > 100]],
    check: [[['check', at('derived.json'), '--against', at('plan.json'), '--format', 'json'], [0, 1], (r) => typeof JSON.parse(r.out).fits === 'boolean']],
    diff: [[['diff', at('plan.json'), at('derived.json'), '--format', 'json'], 0, (r) => Array.isArray(JSON.parse(r.out).changes)]],
  };
  const help = await cliRun(['--help', '--lang', 'en']);
  ok('rollout --help exits 0', help.code === 0, help.err);
  const block = (help.out.split('Commands:\n')[1] ?? '').split('\n\n')[0];
  const listed = [...block.matchAll(/^  ([a-z][a-z-]*) /gm)].map((m) => m[1]);
  ok('rollout --help lists the commands', listed.length >= 5, help.out);
  for (const command of listed) {
    const h = await cliRun([command, '--help']);
    ok('rollout ' + command + ' --help exits 0 with its usage', h.code === 0 && h.out.includes('rollout ' + command), h.out + h.err);
    for (const [argv, code, test] of cases[command] ?? []) {
      const r = await cliRun(argv);
      let good = Array.isArray(code) ? code.includes(r.code) : r.code === code;
      try { good = good && test(r); } catch (e) { good = false; r.err += String(e); }
      ok('runCli ' + argv.map((a) => path.basename(a)).join(' ') + ' exits ' + code, good, 'exit ' + r.code + '\n' + r.err + r.out.slice(0, 500));
    }
    if (!cases[command]) extra.generic.push(command);
  }
  for (const name of extra.names) {
    let code = 'loaded';
    try {
      await extra.load(name + '/internal/index.js');
    } catch (e) {
      code = e && e.code;
    }
    ok(name + '/internal/* is not reachable', code === 'ERR_PACKAGE_PATH_NOT_EXPORTED', code);
  }
  const version = await cliRun(['--version']);
  ok('rollout --version prints the version', version.code === 0 && version.out.trim() === extra.version, version.out + version.err);
  return failures;
}
`;

const appFiles = {
  esm: {
    'smoke.js': `import * as __fs from 'node:fs';
import * as __path from 'node:path';
${names.map((n) => `import * as ${short(n)} from '${n}';`).join('\n')}
${names.map((n) => `import ${short(n)}Pkg from '${n}/package.json' with { type: 'json' };`).join('\n')}
import schema from '@rollout/json/schema/plan.json' with { type: 'json' };
${BODY.replace('REQ_FS', '__fs').replace('REQ_PATH', '__path')}
const generic = [];
const failed = await main({ ${names.map(short).join(', ')} }, { schema, tmp: process.argv[2], version: cliPkg.version, generic, names: ${JSON.stringify(names)}, load: (s) => import(s), loadJson: (s) => import(s, { with: { type: 'json' } }).then((m) => m.default) });
for (const [n, p] of Object.entries({ ${names.map((n) => `'${n}': ${short(n)}Pkg`).join(', ')} }))
  if (p.name !== n) failed.push(n + '/package.json names ' + p.name);
console.log(JSON.stringify({ failed, generic }));
`,
  },
  cjs: {
    'smoke.js': `${BODY.replace('REQ_FS', "require('node:fs')").replace('REQ_PATH', "require('node:path')")}
const mods = { ${names.map((n) => `${short(n)}: require('${n}')`).join(', ')} };
const pkgs = { ${names.map((n) => `'${n}': require('${n}/package.json')`).join(', ')} };
const generic = [];
main(mods, { schema: require('@rollout/json/schema/plan.json'), tmp: process.argv[2], version: pkgs['@rollout/cli'].version, generic, names: ${JSON.stringify(names)}, load: async (s) => require(s), loadJson: async (s) => require(s) }).then((failed) => {
  for (const [n, p] of Object.entries(pkgs)) if (p.name !== n) failed.push(n + '/package.json names ' + p.name);
  console.log(JSON.stringify({ failed, generic }));
});
`,
  },
};

/** A typed use of each package: must compile against the packed declarations. */
const TYPES = `${names.map((n) => `import * as ${short(n)} from '${n}';`).join('\n')}

const plan: core.ReadonlyPlan = core.plan985KhHndt;
const draft: core.Plan = core.clonePlan(plan);
draft.sessions.push({ ...draft.sessions[0]!, id: 's-extra' });
// @ts-expect-error the shared example is read-only
plan.sessions.push(draft.sessions[0]!);
const issues: readonly core.Issue<string>[] = core.validatePlan(plan);
const result: core.ScheduleResult = core.schedule(plan);
const read: json.ParsePlanJsonResult = json.parsePlanJson(json.stringifyPlan(plan));
const md: string = document.renderMarkdown(plan, { lang: 'vi' });
const bytes: Promise<Uint8Array> = docx.renderDocx(plan, { lang: 'en' });
const imported: Promise<importer.ImportResult> = bytes.then((b) => importer.importDocx(b));
const ics: string = ical.renderIcs(plan, { lang: 'vi' });
const io: cli.CliIo = cli.nodeIo();
const code: Promise<number> = cli.runCli(['validate', 'plan.json'], io);
${names.includes('@rollout/vn-units') ? "const units: readonly core.Unit[] = vnUnits.unitTree({ provinces: ['38'] }).units;\nexport { units };" : ''}
// @ts-expect-error an unknown option of renderIcs is a type error
ical.renderIcs(plan, { colour: 'red' });
export { code, ics, imported, issues, md, read, result };
`;

// The two apps and the TypeScript versions (aliases in one folder) install side by side.
const apps = {};
const tsDir = join(work, 'typescript');
mkdirSync(tsDir);
writeFileSync(join(tsDir, 'package.json'), '{"private":true}\n');
const tsInstall = runAsync(
  'npm',
  [
    'install',
    ...NPM_FLAGS,
    '@types/node@20',
    ...tsVersions.map((v) => `ts-${v}@npm:typescript@${v}`),
  ],
  tsDir,
);
const appInstalls = {};
for (const kind of ['esm', 'cjs']) {
  const app = join(work, kind);
  mkdirSync(app);
  apps[kind] = app;
  const dependencies = Object.fromEntries(names.map((n) => [n, `file:${files[n]}`]));
  writeFileSync(
    join(app, 'package.json'),
    `${JSON.stringify({ name: `smoke-${kind}`, private: true, type: kind === 'esm' ? 'module' : 'commonjs', dependencies }, null, 2)}\n`,
  );
  appInstalls[kind] = runAsync('npm', ['install', '--engine-strict', ...NPM_FLAGS], app);
}
for (const kind of ['esm', 'cjs']) {
  const app = apps[kind];
  const r = await appInstalls[kind];
  check(`${kind} app: npm install --engine-strict of the tarballs`, r.ok, r.out);
  // One copy of each of our packages, from its tarball (never the registry).
  let lock = { packages: {} };
  try {
    lock = JSON.parse(readFileSync(join(app, 'package-lock.json'), 'utf8'));
  } catch {}
  const ours = Object.entries(lock.packages ?? {}).filter(([key]) =>
    /node_modules\/@rollout\/[^/]+$/.test(key),
  );
  const fromRegistry = ours
    .filter(
      ([key, entry]) =>
        key.split('node_modules/').length !== 2 ||
        !String(entry.resolved ?? '').startsWith('file:'),
    )
    .map(([key, entry]) => `${key} (${entry.resolved})`);
  if (ours.length !== names.length)
    fromRegistry.push(
      `${ours.length} @rollout entries in package-lock.json, ${names.length} packages`,
    );
  check(
    `${kind} app: one copy of each @rollout package, from its tarball`,
    fromRegistry.length === 0,
    fromRegistry.join('\n'),
  );
  for (const [file, text] of Object.entries(appFiles[kind])) writeFileSync(join(app, file), text);
}
console.log(`installed (${secs()})`);

// 3. Run.
for (const [kind, app] of Object.entries(apps)) {
  const r = run('node', ['smoke.js', work], app);
  let report;
  try {
    report = JSON.parse(r.out.trim().split('\n').at(-1));
  } catch {
    report = undefined;
  }
  check(`${kind} app: runs`, r.ok && report !== undefined, r.out);
  for (const f of report?.failed ?? []) check(`${kind} app: ${f.split(':')[0]}`, false, f);
  if (report && report.failed.length === 0) passes.push(`${kind} app: every call`);
  if (report?.generic.length)
    console.log(
      `${kind} app: only --help was run for: ${report.generic.join(', ')} (add a case to scripts/pack-smoke.mjs)`,
    );
  const bin = run(join(app, 'node_modules', '.bin', 'rollout'), ['--version'], app);
  check(`${kind} app: the rollout bin runs`, bin.ok && bin.out.trim() === cliPkg?.version, bin.out);
}
console.log(`ran (${secs()})`);

// 4. Type-check against the packed declarations.
const configs = {
  'node16 (ESM)': ['esm', { module: 'node16', moduleResolution: 'node16' }],
  'node16 (CJS)': ['cjs', { module: 'node16', moduleResolution: 'node16' }],
  // A browser app: the DOM's types, not Node's.
  bundler: [
    'esm',
    { module: 'esnext', moduleResolution: 'bundler', lib: ['es2022', 'dom'], types: [] },
  ],
};
for (const app of Object.values(apps)) writeFileSync(join(app, 'types.ts'), TYPES);
const tsInstalled = await tsInstall;
check(`TypeScript ${tsVersions.join(', ')}: install`, tsInstalled.ok, tsInstalled.out);
const typeChecks = [];
for (const version of tsInstalled.ok ? tsVersions : []) {
  const tsc = join(tsDir, 'node_modules', `ts-${version}`, 'bin', 'tsc');
  for (const [name, [kind, options]] of Object.entries(configs)) {
    const config = `tsconfig.${name.replace(/\W+/g, '-')}.json`;
    writeFileSync(
      join(apps[kind], config),
      JSON.stringify({
        compilerOptions: {
          target: 'es2022',
          lib: ['es2022'],
          strict: true,
          noEmit: true,
          skipLibCheck: false,
          types: ['node'],
          typeRoots: [join(tsDir, 'node_modules', '@types')],
          ...options,
        },
        files: ['types.ts'],
      }),
    );
    typeChecks.push(async () => {
      const t = await runAsync('node', [tsc, '-p', config], apps[kind]);
      check(`TypeScript ${version}, ${name}: the packed types compile`, t.ok, t.out);
    });
  }
}
await pool(typeChecks, 2);
console.log(`type-checked with TypeScript ${tsVersions.join(', ')} (${secs()})`);

if (keep) console.log(`kept ${work}`);
else rmSync(work, { recursive: true, force: true });
console.log(`pack smoke: ${passes.length} checks passed, ${failures.length} failed, in ${secs()}`);
process.exit(failures.length > 0 ? 1 : 0);
