import { defineConfig } from 'tsup';

// ESM is shipped as one file per module (not bundled), so that an app's
// bundler, told by `"sideEffects": false`, drops every module the app does not
// use: `isValidIsoDate` alone does not carry the zod schemas, `schedule` alone
// not the validation messages. CommonJS stays one bundled file (its
// `require` specifiers could not name the ESM files). The types are built
// once, from the entry.
export default defineConfig([
  {
    entry: ['src/**/*.ts', '!src/**/*.test.ts', '!src/**/*.test-d.ts'],
    format: ['esm'],
    bundle: false,
    dts: { entry: 'src/index.ts' },
    sourcemap: true,
    clean: false,
    target: 'es2022',
  },
  {
    entry: ['src/index.ts'],
    format: ['cjs'],
    dts: { entry: 'src/index.ts' },
    sourcemap: true,
    clean: false,
    target: 'es2022',
  },
]);
