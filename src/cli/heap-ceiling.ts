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
import { setFlagsFromString } from 'node:v8';

/** Megabytes of heap a process needs whatever the content (its code, Astro or the fonts). */
const BASE_MB = { site: 512, print: 384 } as const;
/** Megabytes more for each megabyte of content files (YAML, MDX): measured at 30× and 100×. */
const PER_CONTENT_MB = { site: 48, print: 32 } as const;
/**
 * The kinds given a sized ceiling unless told otherwise. Not the PDF workers: at 100× a ceiling
 * cost +300 s of CPU (garbage collection near it) for 0.18 GB less at the peak, when they were
 * threads of the build's process (bench/results/memory-2026-12-05.md); as processes each holds
 * only its own jobs' heap. GUIFAN_HEAP_CEILING=print=N still sets one.
 */
const SIZED_BY_DEFAULT: Record<HeapUser, boolean> = { site: true, print: false };

export type HeapUser = keyof typeof BASE_MB;

/**
 * The old-generation ceiling (MB) for a process of this kind building content of this size.
 * GUIFAN_HEAP_CEILING=off leaves V8 its own (the benchmark's comparison runs); a number sets
 * every ceiling to it (the tests' way to make a build outgrow one); `site=900,print=off` sets
 * each kind on its own (a kind not named keeps the sized ceiling).
 */
export function heapCeilingMb(user: HeapUser, contentBytes: number): number | undefined {
  const given = givenCeiling(process.env.GUIFAN_HEAP_CEILING, user);
  if (given === 'off') return undefined;
  if (given !== undefined) return given;
  if (!SIZED_BY_DEFAULT[user]) return undefined;
  return Math.round(BASE_MB[user] + (PER_CONTENT_MB[user] * contentBytes) / (1024 * 1024));
}

/** What GUIFAN_HEAP_CEILING says for this kind of process: off, megabytes, or nothing. */
function givenCeiling(text: string | undefined, user: HeapUser): number | 'off' | undefined {
  const value = (v: string | undefined): number | 'off' | undefined =>
    v === 'off' ? 'off' : v !== undefined && /^\d+$/.test(v) ? Number(v) : undefined;
  if (!text) return undefined;
  if (!text.includes('=')) return value(text.trim());
  for (const part of text.split(',')) {
    const [name, v] = part.split('=').map((x) => x.trim());
    if (name === user) return value(v);
  }
  return undefined;
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

/**
 * How much a heap may grow past what a full collection left live before V8 collects again: +60 %.
 * V8's own factor reaches 4× on a machine with memory to spare, and a print worker at 100× took
 * 1.1 GB of RSS for about 330 MB live between jobs; at +60 % it peaked at 0.67 GB for the same
 * jobs in the same CPU time (+30 %: 0.61 GB, +8 % CPU; --optimize-for-size: 0.55 GB, +85 % CPU).
 */
const HEAP_GROWING_PERCENT = 60;

/**
 * The same bound for this process, from now on (V8 reads it at each full collection). Loading the
 * 100× group left about 700 MB of garbage beside 164 MB live: the build's process peaked at
 * 1.19 GB, its largest; loading and checking it with the bound: 0.97 → 0.53 GB, +1.7 s of 18 s CPU.
 */
export function boundHeapGrowth(): void {
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}

/**
 * A print worker's young generation: semi-spaces of 32 MB, where V8 keeps 16 MB on 64 bits.
 * Drawing a PDF allocates fast and much of it lives through a collection or two (a page's runs,
 * a document's objects until it is saved): with the default, scavenges took 1.4–1.6 s of a 10×
 * slice's 11 s (--trace-gc), 64 MB 1.0 s. Paired runs of bench/print-worker-cpu.ts (both at once, same load): 10×,
 * 10 units, −3.2 % and −2.7 % job CPU, +43 MB RSS; 100×, 8 units, −2.1 %, +20 MB. 64 MB saved
 * 4–6 % at 10× for +95 MB a worker: too near the group's memory bound (issue 20) for what it adds.
 */
const PRINT_SEMI_SPACE_MB = 32;

/** The V8 flags a build's child process (the site's, a print worker) starts with. */
export function heapArgs(heapMb: number | undefined, user: HeapUser = 'site'): string[] {
  const flags = heapMb === undefined ? [] : [`--max-old-space-size=${heapMb}`];
  flags.push(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  if (user === 'print') flags.push(`--max-semi-space-size=${PRINT_SEMI_SPACE_MB}`);
  return flags;
}

/** V8's words when a heap reached its ceiling (a process's last lines, or a worker's error). */
export function isOutOfMemory(text: string | undefined, code?: string): boolean {
  if (code === 'ERR_WORKER_OUT_OF_MEMORY') return true;
  return text !== undefined && /heap out of memory|Reached heap limit|ERR_WORKER_OUT_OF_MEMORY/.test(text);
}
