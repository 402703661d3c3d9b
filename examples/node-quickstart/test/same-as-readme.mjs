// The README's tour and the getting-started guide show these files verbatim:
// this fails when a copy drifts from its file (the files are type-checked and run).
import { readFileSync } from 'node:fs';

const read = (path) => readFileSync(new URL(path, import.meta.url), 'utf8');
const copies = [
  {
    doc: 'README.md',
    text: read('../../../README.md'),
    pattern: /<!-- readme-sample:start -->\s*```ts\n([\s\S]*?)```\s*<!-- readme-sample:end -->/,
    file: 'src/tour.ts',
  },
  {
    doc: 'docs/getting-started.md',
    text: read('../../../docs/getting-started.md'),
    pattern:
      /<!-- sample:start getting-started\.ts -->\s*```ts\n([\s\S]*?)```\s*<!-- sample:end -->/,
    file: 'src/getting-started.ts',
  },
];
let bad = 0;
for (const { doc, text, pattern, file } of copies) {
  const m = pattern.exec(text);
  if (!m) {
    console.error(`${doc} has no marked \`\`\`ts block for ${file}`);
    bad++;
  } else if (m[1] !== read(`../${file}`)) {
    console.error(`${doc} shows a different ${file}; copy the file into it.`);
    bad++;
  } else console.log(`${doc} shows examples/node-quickstart/${file} verbatim`);
}
process.exit(bad > 0 ? 1 : 0);
