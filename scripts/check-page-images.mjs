// The page-image check (issue 15): each sample document as DOCX through LibreOffice and as
// HTML through Chromium, the two PDFs compared page by page (size, count, margins, page
// numbers). Installs what it needs from Debian's packages when it can
// (scripts/ensure-page-tools.sh) and fails when a tool is missing: a missing tool is a
// failure, never a silent pass. The check itself is packages/docx/scripts/page-images.ts.
//   node scripts/check-page-images.mjs [--out <dir>] [--png]
import { spawnSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const tools = spawnSync('bash', [resolve(root, 'scripts/ensure-page-tools.sh')], {
  stdio: 'inherit',
});
if (tools.status !== 0) {
  console.error(
    'page images: FAILED, the tools are missing and cannot be installed here (see above).',
  );
  process.exit(1);
}
const check = spawnSync(
  process.execPath,
  [
    '--import',
    'tsx',
    '--conditions=@rollout/source',
    'scripts/page-images.ts',
    ...process.argv.slice(2),
  ],
  { cwd: resolve(root, 'packages/docx'), stdio: 'inherit', timeout: 300_000 },
);
process.exit(check.status ?? 1);
