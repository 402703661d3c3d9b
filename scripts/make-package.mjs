// One-off generator kept for new packages: writes a package.json in the house layout.
// Usage: node scripts/make-package.mjs <dir> <name> <description> [dep=ver ...]
// Give runtime dependencies as caret ranges (zod=^4.6.7, @rollout/core=workspace:^).
// It also copies the root LICENSE into <dir> (npm puts it in the tarball).
import { copyFileSync, writeFileSync } from 'node:fs';

const [dir, name, description, ...deps] = process.argv.slice(2);
const dependencies = Object.fromEntries(
  deps.map((d) => {
    const i = d.lastIndexOf('=');
    return [d.slice(0, i), d.slice(i + 1)];
  }),
);
const pkg = {
  name,
  version: '0.1.0',
  description,
  license: 'MIT',
  type: 'module',
  sideEffects: false,
  engines: { node: '>=20.19' },
  keywords: ['vietnam', 'resolution', 'nghi-quyet', 'ke-hoach', 'rollout'],
  main: './dist/index.cjs',
  module: './dist/index.js',
  types: './dist/index.d.cts',
  exports: {
    '.': {
      '@rollout/source': './src/index.ts',
      import: { types: './dist/index.d.ts', default: './dist/index.js' },
      require: { types: './dist/index.d.cts', default: './dist/index.cjs' },
    },
    './internal/*': null,
    './package.json': './package.json',
  },
  files: ['dist', 'src', '!src/**/*.test.ts', '!src/**/*.test-d.ts'],
  scripts: {
    build: 'tsup',
    typecheck: 'tsc --noEmit -p tsconfig.json',
    check: 'publint --strict && attw --pack . --profile node16',
  },
  publishConfig: { access: 'public' },
  dependencies,
};
writeFileSync(`${dir}/package.json`, `${JSON.stringify(pkg, null, 2)}\n`);
copyFileSync('LICENSE', `${dir}/LICENSE`);
