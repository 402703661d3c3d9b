// Bundle sizes of the browser entry points (min + gzip), against budgets.
// Budgets live in scripts/size-budgets.json; the issue that owns each entry sets
// it. Each entry is bundled from the BUILT packages (`exports` → dist, as an app
// would get them from npm) with esbuild: --bundle --minify --format=esm
// --platform=browser --target=es2022; the gzip size is at level 9.
// Exit 1 when an entry is over its budget or does not bundle.
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const budgets = existsSync('scripts/size-budgets.json')
  ? JSON.parse(readFileSync('scripts/size-budgets.json', 'utf8'))
  : [];
const kb = (n) => `${(n / 1000).toFixed(1)} kB`;
const rows = [];
let over = 0;
for (const { name, code, limitBytes } of budgets) {
  try {
    const result = await build({
      stdin: { contents: code, resolveDir: 'packages/cli', loader: 'ts' },
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      write: false,
      logLevel: 'silent',
    });
    const bytes = result.outputFiles[0].contents;
    const gz = gzipSync(bytes, { level: 9 }).length;
    const ok = gz <= limitBytes;
    if (!ok) over++;
    rows.push([
      ok ? 'ok' : 'OVER',
      name,
      kb(bytes.length),
      kb(gz),
      kb(limitBytes),
      `${Math.round((gz / limitBytes) * 100)}%`,
    ]);
  } catch (error) {
    over++;
    const first = error?.errors?.[0]?.text ?? (error instanceof Error ? error.message : error);
    rows.push(['FAIL', name, '—', '—', kb(limitBytes), `does not bundle: ${first}`]);
  }
}
const head = ['', 'entry', 'min', 'min+gzip', 'budget', 'of budget'];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
const line = (r) =>
  r
    .map((c, i) => (i >= 2 && i <= 4 ? String(c).padStart(widths[i]) : String(c).padEnd(widths[i])))
    .join('  ')
    .trimEnd();
console.log('bundle sizes (built packages, esbuild browser ESM, minified, gzip -9)');
console.log(line(head));
for (const r of rows) console.log(line(r));
console.log(
  over > 0 ? `${over} entr${over === 1 ? 'y' : 'ies'} over budget or failing` : 'all within budget',
);
process.exit(over > 0 ? 1 : 0);
