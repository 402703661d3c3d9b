import { defineConfig } from 'vitest/config';

// One suite for the whole workspace. Packages resolve to their sources through the
// `@rollout/source` export condition, so tests need no build.
export default defineConfig({
  resolve: { conditions: ['@rollout/source'] },
  ssr: { resolve: { conditions: ['@rollout/source'] } },
  test: {
    include: [
      'packages/*/src/**/*.test.ts',
      'packages/*/test/**/*.test.ts',
      'examples/*/test/**/*.test.ts',
      'scripts/**/*.test.ts',
    ],
    setupFiles: ['./scripts/vitest-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    typecheck: { enabled: false },
  },
});
