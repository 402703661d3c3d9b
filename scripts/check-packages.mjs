// What a registry user gets from each package in packages/* (run `pnpm build` first):
//
//  - every declared runtime dependency is imported by the built code (dist/*.js,
//    *.cjs, *.d.ts, *.d.cts; comments do not count), and every package the built
//    code imports is declared (Node built-ins and the package itself aside);
//  - runtime dependencies are caret ranges (`^1.2.3`, `workspace:^`), so that npm
//    can share one copy with the app;
//  - a LICENSE identical to the root one, and a README.md whose links are absolute
//    (a relative link such as ../../docs/x.md is dead on a package page);
//  - no placeholder `repository`/`homepage`/`bugs` (a real one, or none), and the
//    same `engines.node` as the root package.json.
//
// Usage: node scripts/check-packages.mjs   (exit 1 with one line per problem)
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';

/**
 * Declared dependencies that no built code imports yet, each with why it stays.
 * An entry that the code does import is reported as stale, so this list empties
 * itself: remove an entry when its reason is gone.
 */
const NOT_YET_IMPORTED = {};

const root = JSON.parse(readFileSync('package.json', 'utf8'));
const license = readFileSync('LICENSE', 'utf8');
const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
const problems = [];
const problem = (pkg, text) => problems.push(`${pkg}: ${text}`);

/** The package a specifier names: `zod/mini` → `zod`, `@date-fns/utc/x` → `@date-fns/utc`. */
const packageOf = (spec) => {
  const parts = spec.split('/');
  return spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
};

/** The module specifiers a built file imports, requires or re-exports (comments removed). */
function specifiers(code) {
  const text = code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  const found = new Set();
  const patterns = [
    /(?:^|[\s;}])from\s*(['"])([^'"\n]+)\1/g,
    /(?:^|[\s;])import\s*(['"])([^'"\n]+)\1/g,
    /\b(?:require|import)\s*\(\s*(['"])([^'"\n]+)\1\s*\)/g,
  ];
  for (const re of patterns) for (const m of text.matchAll(re)) found.add(m[2]);
  return [...found].filter((s) => !s.startsWith('.') && !s.startsWith('/'));
}

const isCaret = (range) => range === 'workspace:^' || /^\^\d+\.\d+\.\d+(?:-[\w.]+)?$/.test(range);

for (const dir of readdirSync('packages').sort()) {
  const base = join('packages', dir);
  if (!existsSync(join(base, 'package.json'))) continue;
  const pkg = JSON.parse(readFileSync(join(base, 'package.json'), 'utf8'));
  if (pkg.private) continue;
  const name = pkg.name;

  // Declared dependencies against what the built code imports.
  const dist = join(base, 'dist');
  if (!existsSync(dist)) {
    problem(name, 'no dist/: run pnpm build first');
    continue;
  }
  const used = new Set();
  for (const file of readdirSync(dist, { recursive: true })) {
    if (!/\.(?:c?js|mjs|d\.c?ts|d\.mts)$/.test(String(file))) continue;
    for (const spec of specifiers(readFileSync(join(dist, String(file)), 'utf8'))) {
      if (!builtins.has(spec) && !builtins.has(packageOf(spec))) used.add(packageOf(spec));
    }
  }
  used.delete(name);
  const declared = { ...pkg.dependencies, ...pkg.peerDependencies };
  const pending = NOT_YET_IMPORTED[name] ?? {};
  for (const dep of Object.keys(declared)) {
    if (used.has(dep) && Object.hasOwn(pending, dep))
      problem(
        name,
        `${dep} is imported now: remove its entry from NOT_YET_IMPORTED in scripts/check-packages.mjs`,
      );
    if (!used.has(dep) && !Object.hasOwn(pending, dep))
      problem(
        name,
        `declares ${dep} but no built file imports it (remove it, or move it to devDependencies)`,
      );
  }
  for (const dep of used) {
    if (!Object.hasOwn(declared, dep))
      problem(name, `the built code imports ${dep}, which package.json does not declare`);
  }

  // Ranges.
  for (const [dep, range] of Object.entries(pkg.dependencies ?? {})) {
    if (!isCaret(range)) problem(name, `dependency ${dep} is "${range}", not a caret range`);
  }

  // LICENSE and README.
  if (!existsSync(join(base, 'LICENSE'))) problem(name, 'no LICENSE');
  else if (readFileSync(join(base, 'LICENSE'), 'utf8') !== license)
    problem(name, 'LICENSE differs from the root LICENSE (copy it: cp LICENSE packages/<dir>/)');
  if (pkg.license !== 'MIT') problem(name, `license is ${pkg.license}, not MIT`);
  const readme = join(base, 'README.md');
  if (!existsSync(readme)) problem(name, 'no README.md');
  else {
    const text = readFileSync(readme, 'utf8');
    for (const m of text.matchAll(/\]\(([^)\s]+)[^)]*\)|<a\s[^>]*href="([^"]+)"/g)) {
      const target = m[1] ?? m[2];
      if (!/^(?:https?:|mailto:|#)/.test(target))
        problem(
          name,
          `README.md links to "${target}": use an absolute link (relative ones are dead on a package page)`,
        );
    }
    if (!text.includes(`# ${name}`)) problem(name, `README.md does not start with "# ${name}"`);
  }

  // Fields.
  for (const field of ['repository', 'homepage', 'bugs']) {
    const value = JSON.stringify(pkg[field] ?? '');
    if (/\.invalid\b|example\.(?:com|org)|placeholder|TODO/i.test(value))
      problem(name, `${field} is a placeholder (${value}): give the real one or none`);
  }
  if (pkg.engines?.node !== root.engines?.node)
    problem(name, `engines.node is ${pkg.engines?.node}, the root says ${root.engines?.node}`);
}

for (const p of problems) console.log(p);
console.log(
  problems.length === 0 ? 'packages: all checks passed' : `packages: ${problems.length} problems`,
);
process.exit(problems.length > 0 ? 1 : 0);
