/**
 * A full garbage collection, now, for the moments `guifan build`'s or `guifan pdf`'s process stops
 * allocating and waits (on the site's process, on the print workers: print-pool.ts's startPrint). V8 collects when a thread allocates,
 * so what loading and planning left behind (YAML trees, zod's copies, the model's JSON text, the
 * print plan's scratch) stayed in the heap for the whole site phase, beside Astro's process: at
 * 100× the heap held 662 MB of which 156 MB were live, and the process was 1.15–1.17 GB there
 * instead of 0.96–1.03 (bench/results/memory-2026-12-06-gc.md).
 *
 * The collection compacts. A plain one frees the garbage but keeps every page a live object is
 * left on, and the model, made while loading made its garbage, is spread over most of them: at
 * 100× the heap stayed at 524 MB for 164 MB live, the process at 0.66 GB through the site phase.
 *
 * Node offers `gc` only under --expose-gc, a flag of the command line that runs guifan; setting it
 * at run time and taking `gc` from a new context is how Jest gets it (jest-leak-detector).
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let collect: (() => void) | undefined;

export function releaseGarbage(): void {
  if (collect === undefined) {
    setFlagsFromString('--expose-gc');
    collect = runInNewContext('gc') as () => void;
  }
  // For this one collection: V8's own full collections compact only pages it finds fragmented enough.
  setFlagsFromString('--compact-on-every-full-gc');
  try {
    collect();
  } finally {
    setFlagsFromString('--no-compact-on-every-full-gc');
  }
}
