/**
 * Each test process its own site state (GUIFAN_CACHE_DIR: Astro's root, cache and build lock,
 * src/site/site-state.ts), outside the checkout. With the one state of the checkout, the site
 * builds of both workers took turns at its lock, and a worker whose file waited for it left a core
 * idle: ci49 used 1.64 of 2 cores over 1,441 s. A build in one worker no longer waits for a build in
 * the other; builds within one file (and one worker) still take turns, as on a user's machine.
 * A test that sets GUIFAN_CACHE_DIR itself, or runs guifan as another user, keeps its own.
 */
import path from 'node:path';
import { isMainThread } from 'node:worker_threads';
import { SITE_STATE_ROOT } from './run-dirs.ts';

// The forks only: the one-process thread runs no build (one-process.ts).
if (isMainThread && !process.env.GUIFAN_CACHE_DIR)
  process.env.GUIFAN_CACHE_DIR = path.join(SITE_STATE_ROOT, String(process.pid));
