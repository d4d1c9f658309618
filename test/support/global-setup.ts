/**
 * Once per `vitest run`, before any test file: a folder of this run's own for the shared builds
 * (test/support/built.ts), so every build handed out is made from this run's sources and
 * content, and two runs at once in one checkout never read or remove each other's. Folders of
 * earlier runs whose process has ended are removed.
 *
 * The example's full build (its site and print set, which a dozen test files read) is started
 * here, before any file runs: site
 * builds wait for each other (one Astro build at a time per installation, src/site/build.ts's
 * lock), and with two workers a file's own site builds (versions.test.ts makes a dozen) kept
 * taking that lock while study and site-nav waited over their 300 s hook for the shared one.
 * A run that ends first (one quick file) stops the build.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { BUILT_OUTSIDE_ROOT, BUILT_ROOT, cpuRecordFile, processAlive, SITE_STATE_ROOT } from './run-dirs.ts';
import { sharedBuild } from './shared-build.ts';

export default function setup(project: TestProject): () => void {
  for (const root of [BUILT_ROOT, BUILT_OUTSIDE_ROOT]) {
    fs.mkdirSync(root, { recursive: true });
    for (const name of fs.readdirSync(root)) {
      const pid = Number(/^run-(\d+)-/.exec(name)?.[1]);
      if (!Number.isInteger(pid) || !processAlive(pid))
        fs.rmSync(path.join(root, name), { recursive: true, force: true });
    }
  }
  // The site states of test processes that have ended (own-site-state.ts).
  fs.mkdirSync(SITE_STATE_ROOT, { recursive: true });
  for (const name of fs.readdirSync(SITE_STATE_ROOT))
    if (!processAlive(Number(name))) fs.rmSync(path.join(SITE_STATE_ROOT, name), { recursive: true, force: true });
  const runDir = path.join(BUILT_ROOT, `run-${process.pid}-${Date.now()}`);
  fs.mkdirSync(runDir);
  project.provide('builtRunDir', runDir);
  const stop = new AbortController();
  // A failure is written beside the build and thrown to the files that ask for it.
  sharedBuild(runDir, 'content', 'full', stop.signal).catch(() => undefined);
  return () => {
    stop.abort();
    printCostliest(cpuRecordFile(process.pid));
  };
}

/** The files that cost the most CPU in this run, and the total: where the suite's 15 minutes go. */
function printCostliest(records: string): void {
  let lines: string[];
  try {
    lines = fs.readFileSync(records, 'utf8').trim().split('\n');
    fs.rmSync(records);
  } catch {
    return; // No file recorded its CPU (not Linux, or none ran).
  }
  const files = lines.map((l) => JSON.parse(l) as { file: string; cpu: number }).sort((a, b) => b.cpu - a.cpu);
  const total = files.reduce((sum, f) => sum + f.cpu, 0);
  const top = files.slice(0, 20).map((f) => `  ${f.cpu.toFixed(0).padStart(5)} s  ${f.file}`);
  console.log(
    `\nCPU by test file (${files.length} files, ${total.toFixed(0)} s in all; the costliest):\n${top.join('\n')}`,
  );
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where this run's shared builds live (test/support/built.ts). */
    builtRunDir: string;
  }
}
