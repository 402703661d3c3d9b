// Bundle sizes of the browser entry points (min + gzip), against budgets.
// Budgets live in scripts/size-budgets.json; the issue that owns each entry sets it.
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const budgets = existsSync('scripts/size-budgets.json')
  ? JSON.parse(readFileSync('scripts/size-budgets.json', 'utf8'))
  : [];
let over = 0;
for (const { name, code, limitBytes } of budgets) {
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
  console.log(
    `${ok ? 'ok  ' : 'OVER'} ${name}: ${bytes.length} B min, ${gz} B min+gzip (budget ${limitBytes} B)`,
  );
}
process.exit(over > 0 ? 1 : 0);
