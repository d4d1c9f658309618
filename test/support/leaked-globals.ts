/**
 * The forks and the one-process thread run file after file in one process (vitest.config.ts), so
 * a browser global one file leaves behind reaches the next: the `self` that pdf.js's legacy worker
 * defines (core-js's polyfill) once print-text.test.ts opens a PDF made ELK take itself for a web
 * worker in a later file ("_Worker is not a constructor", ci63). A file that leaves one is named
 * here and the global taken away, so the next file starts as a fresh one would.
 */
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { REPO_ROOT } from './run-dirs.ts';

const BROWSER_GLOBALS = ['self', 'window', 'document'] as const;
let present = new Set<string>();

beforeAll(() => {
  present = new Set(BROWSER_GLOBALS.filter((name) => name in globalThis));
});

afterAll((suite) => {
  const g = globalThis as Record<string, unknown>;
  for (const name of BROWSER_GLOBALS) {
    if (present.has(name) || !(name in g)) continue;
    const file = path.relative(REPO_ROOT, suite.file.filepath).split(path.sep).join('/');
    console.warn(`${file} left the global \`${name}\` defined; taken away before the next file`);
    Reflect.deleteProperty(g, name);
  }
});
