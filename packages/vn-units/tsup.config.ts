import { defineConfig } from 'tsup';

export default defineConfig({
  // The whole country, and one entry per province (`@rollout/vn-units/provinces/38`)
  // so that an app that needs one province does not ship 34.
  entry: ['src/index.ts', 'src/provinces/*.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'es2022',
});
