import { defineConfig } from 'vitest/config';
import { ONE_PROCESS } from './test/support/one-process.ts';
import { LongestFirst } from './test/support/sequencer.ts';

export default defineConfig({
  test: {
    // Two test files at a time. Vitest's default on a 2-core machine is one (cores - 1), which
    // leaves a core idle whenever a file waits on one single-threaded process (an Astro build,
    // a renderer, a sequential buildPrint): site-nav took 202 s wall for 104 s of CPU (its
    // process, Chromium and the build it waited on). Site builds still run one at a time (the
    // build lock); the global setup starts the shared one first (test/support/global-setup.ts).
    maxWorkers: 2,
    // The longest files first, also on a clean clone that has no recorded durations.
    sequence: { sequencer: LongestFirst },
    testTimeout: 60_000,
    // Each file's CPU, printed at the end of the run (test/support/cpu-per-file.ts).
    setupFiles: ['test/support/cpu-per-file.ts', 'test/support/own-site-state.ts', 'test/support/leaked-globals.ts'],
    hookTimeout: 300_000,
    // The one-process files' pool: one thread, reused from file to file, beside the two forks.
    // The forks are reused from file to file too (not a new process each): each file no longer
    // starts Node and vitest's worker and imports guifan's modules afresh. Clean clone, whole test
    // command: 879 s (vitest 838 s, collect 103 s) → 843 s (818 s, collect 51 s), 2026-12-05. A file
    // that sets process.env, a global or the working folder puts it back (robust-build,
    // robust-escaping do), as the one-process files must.
    poolOptions: { threads: { isolate: false, maxThreads: 1, minThreads: 1 }, forks: { isolate: false } },
    projects: [
      {
        extends: true,
        test: {
          name: 'own-process',
          include: ['test/**/*.test.ts'],
          exclude: ONE_PROCESS,
          // Empties test/.tmp/built/: the shared builds (test/support/built.ts) are made once per run.
          globalSetup: ['test/support/global-setup.ts'],
        },
      },
      {
        extends: true,
        // Small files that keep to themselves share one worker (test/support/one-process.ts): a
        // thread, since vitest reads `isolate` for each pool from the root options only (a project's
        // own isolate: false left the forks isolated).
        test: { name: 'one-process', include: ONE_PROCESS, pool: 'threads', isolate: false },
      },
    ],
  },
});
