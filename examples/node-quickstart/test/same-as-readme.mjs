// The README's tour shows src/tour.ts verbatim: this fails when they drift apart.
import { readFileSync } from 'node:fs';

const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
const sample = readFileSync(new URL('../src/tour.ts', import.meta.url), 'utf8');
const m = /<!-- readme-sample:start -->\s*```ts\n([\s\S]*?)```\s*<!-- readme-sample:end -->/.exec(
  readme,
);
if (!m) {
  console.error(
    'README.md has no ```ts block between <!-- readme-sample:start --> and <!-- readme-sample:end -->',
  );
  process.exit(1);
}
if (m[1] !== sample) {
  console.error(
    'The README sample differs from examples/node-quickstart/src/tour.ts; copy the file into the README.',
  );
  process.exit(1);
}
console.log('README sample = examples/node-quickstart/src/tour.ts');
