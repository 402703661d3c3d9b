import { defineConfig } from 'vitest/config';

// The example's own suite: it runs against the BUILT packages (`@rollout/*`
// resolve through `exports` to `dist`, no source condition). The same tests
// run on PGlite and on a PostgreSQL server started by the global setup.
export default defineConfig({
  test: {
    include: ['test/**/*.spec.ts'],
    globalSetup: ['./test/support/global-setup.ts'],
    setupFiles: ['./test/support/no-console.ts'],
    testTimeout: 180_000,
    hookTimeout: 60_000,
  },
});
