import { defineConfig } from 'vite';

// The planner imports the workspace packages by name. `vite build` (and the
// browser test) uses their built `dist` through `exports`; `vite` (dev) adds the
// `@rollout/source` condition so that edits to a package's sources show at once.
// JSX is Preact's automatic runtime, compiled by Vite's own transform (no plugin).
export default defineConfig(({ command }) => ({
  base: './',
  resolve: command === 'serve' ? { conditions: ['@rollout/source'] } : {},
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    target: 'es2022',
    sourcemap: true,
    chunkSizeWarningLimit: 2000,
    minify: process.env.NO_MINIFY ? false : 'oxc',
  },
}));
