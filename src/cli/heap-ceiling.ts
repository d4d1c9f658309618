/**
 * How much heap a build's processes may hold, from the size of the content. Without a ceiling
 * V8 lets a heap grow towards a quarter of the machine's memory before it collects in earnest:
 * at 100× the site process reached 2.42 GB of RSS although a build capped at 900 MB of heap made
 * the same files (bench/results/memory-2026-12-05.md). A ceiling sized to the content keeps a
 * group's build within what a CI runner has; should a heap still need more (a content shape the
 * figures did not foresee), the process or worker is started again without one (isOutOfMemory),
 * so a ceiling can make a build slower, never fail it.
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** Megabytes of heap a process needs whatever the content (its code, Astro or the fonts). */
const BASE_MB = { site: 512, print: 384 } as const;
/** Megabytes more for each megabyte of content files (YAML, MDX): measured at 30× and 100×. */
const PER_CONTENT_MB = { site: 48, print: 32 } as const;

export type HeapUser = keyof typeof BASE_MB;

/**
 * The old-generation ceiling (MB) for a process of this kind building content of this size.
 * GUIFAN_HEAP_CEILING=off leaves V8 its own (the benchmark's comparison runs); a number sets
 * every ceiling to it (the tests' way to make a build outgrow one).
 */
export function heapCeilingMb(user: HeapUser, contentBytes: number): number | undefined {
  const given = process.env.GUIFAN_HEAP_CEILING;
  if (given === 'off') return undefined;
  if (given && /^\d+$/.test(given)) return Number(given);
  return Math.round(BASE_MB[user] + (PER_CONTENT_MB[user] * contentBytes) / (1024 * 1024));
}

/** Bytes of the files under a content folder (hidden folders skipped); 0 when it cannot be read. */
export function contentBytes(dir: string): number {
  let total = 0;
  const walk = (d: string): void => {
    let entries: import('node:fs').Dirent[];
    try {
      entries = readdirSync(d, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      if (e.name.startsWith('.') || e.name === 'node_modules') continue;
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile()) {
        try {
          total += statSync(p).size;
        } catch {
          // Gone since it was listed: not content any more.
        }
      }
    }
  };
  walk(dir);
  return total;
}

/** V8's words when a heap reached its ceiling (a process's last lines, or a worker's error). */
export function isOutOfMemory(text: string | undefined, code?: string): boolean {
  if (code === 'ERR_WORKER_OUT_OF_MEMORY') return true;
  return text !== undefined && /heap out of memory|Reached heap limit|ERR_WORKER_OUT_OF_MEMORY/.test(text);
}
