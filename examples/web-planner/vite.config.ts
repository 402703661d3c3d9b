import { defineConfig } from 'vite';

// The planner imports the workspace packages by name. `vite build` (and the
// browser test) uses their built `dist` through `exports`; `vite` (dev) adds the
// `@rollout/source` condition so that edits to a package's sources show at once.
export default defineConfig(({ command }) => ({
  base: './',
  resolve: command === 'serve' ? { conditions: ['@rollout/source'] } : {},
  build: { target: 'es2022', sourcemap: true, chunkSizeWarningLimit: 2000 },
}));
