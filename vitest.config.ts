import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Empties test/.tmp/built/: the shared builds (test/support/built.ts) are made once per run.
    globalSetup: ['test/support/global-setup.ts'],
    // Two test files at a time. Vitest's default on a 2-core machine is one (cores - 1), which
    // leaves a core idle whenever a file waits on one single-threaded process (an Astro build,
    // a renderer, a sequential buildPrint).
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 300_000,
  },
});
