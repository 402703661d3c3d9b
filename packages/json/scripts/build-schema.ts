// Regenerates packages/json/schema/*.json from the zod schemas (z.toJSONSchema).
// Run by `pnpm --filter @rollout/json run build:schema` (and by `build`).
// `--check` fails when a checked-in file differs from what would be written.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generateJsonSchemas } from '../src/json-schema.js';

const dir = fileURLToPath(new URL('../schema/', import.meta.url));
const check = process.argv.includes('--check');
let stale = 0;
for (const [file, schema] of Object.entries(generateJsonSchemas())) {
  const text = `${JSON.stringify(schema, null, 2)}\n`;
  const path = `${dir}${file}`;
  if (check) {
    let old = '';
    try {
      old = readFileSync(path, 'utf8');
    } catch {}
    if (old !== text) {
      stale++;
      process.stderr.write(`schema/${file} is out of date: run build:schema\n`);
    }
  } else writeFileSync(path, text);
}
process.exit(stale > 0 ? 1 : 0);
