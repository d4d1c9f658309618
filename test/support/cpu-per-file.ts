/**
 * The CPU each test file costs, written down for the run's end (global-setup.ts prints the most
 * costly): the suite is held to 15 minutes on 2 cores, and a file's wall time says little about
 * what it costs when two workers and their builds share the cores. A file in a fork is its process's
 * own CPU and that of the children it waited for (builds, pdftoppm); a file of the one-process
 * thread is its thread's own. Chromium's is mostly missing: its renderer, GPU and utility
 * processes are not children the test process waits for. With process accounting on (accton,
 * 2026-12-07) Chromium's processes took 544 s of a run's 2,106 s of CPU, while the browser files
 * recorded ~200 s in all, their own work included.
 */
import fs from 'node:fs';
import path from 'node:path';
import { isMainThread } from 'node:worker_threads';
import { afterAll, beforeAll } from 'vitest';
import { cpuRecordFile, REPO_ROOT } from './run-dirs.ts';

const TICK = 100; // USER_HZ: /proc reports clock ticks of 1/100 s on Linux.

/** Seconds of CPU: this thread's own in a worker thread, else the process's own and its waited children's. */
function cpuSeconds(): number {
  try {
    const file = isMainThread ? '/proc/self/stat' : '/proc/thread-self/stat';
    const fields = fs.readFileSync(file, 'utf8').split(') ')[1]!.split(' ');
    // After "pid (comm) ", field 3 (state) is index 0: utime 14, stime 15, cutime 16, cstime 17.
    const at = (field: number) => Number(fields[field - 3]);
    const own = at(14) + at(15);
    return (isMainThread ? own + at(16) + at(17) : own) / TICK;
  } catch {
    return Number.NaN; // Not Linux: nothing to record.
  }
}

let start = Number.NaN;
let file = '';
beforeAll((suite) => {
  start = cpuSeconds();
  file = path.relative(REPO_ROOT, suite.file.filepath).split(path.sep).join('/');
});
afterAll(() => {
  const cpu = cpuSeconds() - start;
  if (!Number.isFinite(cpu)) return;
  const record = cpuRecordFile(isMainThread ? process.ppid : process.pid);
  fs.mkdirSync(path.dirname(record), { recursive: true });
  fs.appendFileSync(record, `${JSON.stringify({ file, cpu: Math.round(cpu * 10) / 10 })}\n`);
});
