import { defineConfig } from 'vitest/config';

// The example's own suite: it runs against the BUILT packages (`@rollout/*`
// resolve through `exports` to `dist`, no source condition), over loopback.
export default defineConfig({
  test: {
    include: ['test/**/*.spec.ts'],
    testTimeout: 30_000,
  },
});
