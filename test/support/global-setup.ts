/**
 * Once per `vitest run`, before any test file: a folder of this run's own for the shared builds
 * (test/support/built.ts), so every build handed out is made from this run's sources and
 * content, and two runs at once in one checkout never read or remove each other's. Folders of
 * earlier runs whose process has ended are removed.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { BUILT_ROOT, processAlive } from './run-dirs.ts';

export default function setup(project: TestProject): void {
  fs.mkdirSync(BUILT_ROOT, { recursive: true });
  for (const name of fs.readdirSync(BUILT_ROOT)) {
    const pid = Number(/^run-(\d+)-/.exec(name)?.[1]);
    if (!Number.isInteger(pid) || !processAlive(pid)) fs.rmSync(path.join(BUILT_ROOT, name), { recursive: true, force: true });
  }
  const runDir = path.join(BUILT_ROOT, `run-${process.pid}-${Date.now()}`);
  fs.mkdirSync(runDir);
  project.provide('builtRunDir', runDir);
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where this run's shared builds live (test/support/built.ts). */
    builtRunDir: string;
  }
}
