/** Where the test runs keep their shared builds, and whether the process that made one still runs. */
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const BUILT_ROOT = path.join(REPO_ROOT, 'test', '.tmp', 'built');
/**
 * Where the `guifan build` outputs of the runs go (a folder per run, named as in BUILT_ROOT):
 * outside the repository, since guifan refuses an out folder inside its own files.
 */
export const BUILT_OUTSIDE_ROOT = path.join(os.tmpdir(), 'guifan-test-built');

/** Where each test process keeps its own site state (own-site-state.ts): a folder per process id. */
export const SITE_STATE_ROOT = path.join(os.tmpdir(), 'guifan-test-state');

/**
 * Where a run's records of CPU by test file go (cpu-per-file.ts writes, global-setup.ts reads): one
 * file per vitest process, the forks' parent and the threads' own process.
 */
export function cpuRecordFile(vitestPid: number): string {
  return path.join(REPO_ROOT, 'test', '.tmp', 'cpu', `${vitestPid}.jsonl`);
}

export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
