/**
 * One full build in its own process, timed by phase. Run by bench/run.ts as
 *   /usr/bin/time node --import tsx bench/child-build.ts CONTENT OUT RESULT.json [--no-site] [--no-pdf]
 * so that every run starts cold and the parent can read the process's peak RSS.
 *
 * The build is `runBuild` from src/cli/build.ts, the function `guifan build` runs: the model
 * is loaded, then the Astro site (in a child process) and the PDFs (in worker threads) are
 * built at the same time into a staging directory that is swapped in at the end. Phases (they
 * overlap):
 *   load     loadModel (YAML, schema validation, cross-checks, unit resolution)
 *   site     the pages (one Astro build, in the site's process) and then the search index
 *   index    the search index (Pagefind), which `guifan build` writes itself once the pages'
 *            process has exited (timings.indexMs)
 *   pages    site − index
 *   pdf      every poster, card, handbook and quiz paper, from the start of the print workers
 *            to the last file
 * Memory: the process's own peak (Node and its worker threads) and, sampled every 100 ms by a
 * thread of its own, the peak of the whole process tree (the site's process, Pagefind's
 * binary, esbuild) summed.
 */
import { writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import { cacheDirFor } from '../src/print/cache/store.ts';

export interface ChildResult {
  loadMs: number;
  siteMs?: number;
  /** Time spent waiting for src/site's build lock (another build of this checkout was running); not counted in siteMs. */
  lockWaitMs?: number;
  pagesMs?: number;
  indexMs?: number;
  /** From the start of the print workers to the last PDF; overlaps siteMs. */
  pdfMs?: number;
  pdfFiles?: number;
  /** PDFs the cache gave back and PDFs made. */
  pdfCache?: { reused: number; made: number };
  /** The site's server and browser bundles came from the last build of this content (src/site/kept-bundle.ts). */
  siteBundlesReused?: boolean;
  /** The pages and the search index were the last build's, copied back (src/cli/kept-site.ts). */
  siteReused?: boolean;
  /** load + site and PDFs (concurrently) + the swap, inside the process (excludes Node start-up, module loading and any lock wait). */
  buildMs: number;
  /** process start → end of build, as the process itself sees it. */
  processMs: number;
  importMs: number;
  /** Whether runBuild came from the precompiled bundle (.guifan-cli/) or the sources. */
  fromBundle: boolean;
  /** Peak RSS of this process (all its threads). */
  maxRssKb: number;
  /** Peak of the summed RSS of this process and its children (Pagefind, esbuild), sampled every 100 ms. */
  treeRssKb: number;
  /** Peak tree RSS seen while each set of phases ran ('site+pdf' when they overlap). */
  phaseRssKb: Record<string, number>;
  cpuUserMs: number;
  cpuSystemMs: number;
  /** Timestamped lines Astro logged, for the record. */
  log: { atMs: number; line: string }[];
  errors: string[];
}

/**
 * Samples the RSS of a process tree from its own thread, so that a main thread busy rendering
 * pages does not skip samples. Messages: a phase name (string) to attribute samples to, or
 * null to stop and reply with the peaks.
 */
const SAMPLER = `
const { parentPort, workerData } = require('node:worker_threads');
const fs = require('node:fs');
const rssKb = (pid) => { try { return Number(/VmRSS:\\s+(\\d+)/.exec(fs.readFileSync('/proc/' + pid + '/status', 'utf8'))?.[1] ?? 0); } catch { return 0; } };
const children = (pid) => { const out = []; let tasks = []; try { tasks = fs.readdirSync('/proc/' + pid + '/task'); } catch { return out; }
  for (const t of tasks) { try { out.push(...fs.readFileSync('/proc/' + pid + '/task/' + t + '/children', 'utf8').split(' ').filter(Boolean).map(Number)); } catch {} } return out; };
const tree = (pid) => { let total = rssKb(pid); for (const c of children(pid)) total += tree(c); return total; };
let phase = 'startup'; let max = 0; const byPhase = {};
const sample = () => { const kb = tree(workerData.pid); max = Math.max(max, kb); byPhase[phase] = Math.max(byPhase[phase] ?? 0, kb); };
const timer = setInterval(sample, 100);
parentPort.on('message', (m) => { sample(); if (m === null) { clearInterval(timer); parentPort.postMessage({ max, byPhase }); parentPort.close(); } else phase = m; });
`;

const [content, out, resultFile, ...flags] = process.argv.slice(2);
if (!content || !out || !resultFile) {
  console.error('usage: node --import tsx bench/child-build.ts CONTENT OUT RESULT.json [--no-site] [--no-pdf]');
  process.exit(2);
}

// Timestamp the lines Astro writes (its phase and hook messages), for the record (the search index
// is timed by the build itself); per-route lines are dropped to keep the record short.
const log: ChildResult['log'] = [];
const t0 = performance.now();
const KEEP =
  /\[build\]|\[guifan-pagefind\]|Completed in|generating static routes|\[vite\] ✓ built|\[content\]|\[types\]|\[WARN\]|\[ERROR\]/;
const writeErr = process.stderr.write.bind(process.stderr) as (
  chunk: string | Uint8Array,
  ...rest: unknown[]
) => boolean;
for (const stream of [process.stdout, process.stderr]) {
  stream.write = ((chunk: string | Uint8Array, ...rest: unknown[]): boolean => {
    const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    for (const line of text.split('\n')) {
      // biome-ignore lint/suspicious/noControlCharactersInRegex: strips the terminal's colour codes (ESC [ … m)
      const plain = line.replace(/\x1b\[[0-9;]*m/g, '').trim();
      if (plain && KEEP.test(plain)) log.push({ atMs: performance.now() - t0, line: plain });
    }
    // Everything goes to stderr: the parent reads results from the result file only.
    return writeErr(chunk, ...rest);
  }) as typeof stream.write;
}

const errors: string[] = [];
const sampler = new Worker(SAMPLER, { eval: true, workerData: { pid: process.pid } });
const active = new Set<string>();
const setPhase = (): void => sampler.postMessage(active.size ? [...active].join('+') : 'between');
const startOfProcess = performance.timeOrigin;
const importStart = performance.now();
// From the precompiled bundle when it is fresh, as `guifan build` runs (its PDF workers then
// start from the bundle too); from the sources otherwise.
type RunBuild = typeof import('../src/cli/build.ts')['runBuild'];
const { bundleIsFresh, readManifest, runBundle } = (await import('../src/cli/bundle.mjs')) as unknown as {
  bundleIsFresh: (m: unknown) => boolean;
  readManifest: () => unknown;
  runBundle: (m: unknown, name: string) => { exports: { runBuild: RunBuild } };
};
const manifest = process.env.GUIFAN_NO_BUNDLE ? undefined : readManifest();
const fromBundle = manifest !== undefined && bundleIsFresh(manifest);
const { runBuild }: { runBuild: RunBuild } = fromBundle
  ? runBundle(manifest, 'main').exports
  : await import('../src/cli/build.ts');
const importMs = performance.now() - importStart;

const outDir = path.resolve(out);
// A full build is measured cold: no out folder (nothing to compare the content with) and the PDF
// cache beside it emptied. A rebuild (--warm) keeps both, as a person's second `guifan build` does:
// it compares the content with the output's model.json (the version step) and may take the last
// build's site back (src/cli/kept-site.ts).
if (!flags.includes('--warm')) {
  await rm(outDir, { recursive: true, force: true });
  await rm(cacheDirFor(outDir), { recursive: true, force: true });
}

let siteStart: number | undefined;
const result: Partial<ChildResult> = {};
const buildStart = performance.now();
let built: Awaited<ReturnType<typeof runBuild>> | undefined;
try {
  built = await runBuild({
    contentDir: content,
    outDir,
    site: !flags.includes('--no-site'),
    pdf: !flags.includes('--no-pdf'),
    siteLogLevel: 'info',
    onPhase: (name, event) => {
      if (event === 'start') active.add(name);
      else active.delete(name);
      if (name === 'site' && event === 'start') siteStart = performance.now();
      setPhase();
    },
  });
} catch (e) {
  errors.push(`build: ${(e as Error).message}`);
  console.error((e as Error).stack);
}
const end = performance.now();
if (built && !built.model) {
  console.error(`content has errors: ${built.diagnostics.length} diagnostics`);
  process.exit(1);
}
if (built) {
  const { timings } = built;
  result.loadMs = timings.loadMs;
  if (timings.siteMs !== undefined && siteStart !== undefined) {
    // The site's process times its wait for src/site's build lock (another build of this checkout); under 100 ms is the lock's own overhead.
    const lockWaitMs = timings.siteLockWaitMs ?? 0;
    if (lockWaitMs >= 100) result.lockWaitMs = lockWaitMs;
    result.siteMs = timings.siteMs + lockWaitMs - (result.lockWaitMs ?? 0);
    // `guifan build` writes the search index itself once the pages' process has exited, and times it.
    if (timings.indexMs !== undefined) {
      result.indexMs = timings.indexMs;
      result.pagesMs = result.siteMs - result.indexMs;
    } else if (!built.siteReused) errors.push('the build did not time its search index');
  }
  if (built.printCache) result.pdfCache = { reused: built.printCache.reused, made: built.printCache.made };
  if (timings.siteMs !== undefined) result.siteBundlesReused = built.siteBundlesReused === true;
  if (built.siteReused) result.siteReused = true;
  if (timings.pdfMs !== undefined) {
    result.pdfMs = timings.pdfMs;
    result.pdfFiles = built.pdfFiles.length;
  }
}

const peaks = await new Promise<{ max: number; byPhase: Record<string, number> }>((resolve) => {
  sampler.once('message', resolve);
  sampler.postMessage(null);
});
const usage = process.resourceUsage();
const full: ChildResult = {
  ...result,
  loadMs: result.loadMs ?? 0,
  buildMs: end - buildStart - (result.lockWaitMs ?? 0),
  processMs: Date.now() - startOfProcess,
  importMs,
  fromBundle,
  maxRssKb: usage.maxRSS,
  treeRssKb: peaks.max,
  phaseRssKb: peaks.byPhase,
  cpuUserMs: usage.userCPUTime / 1000,
  cpuSystemMs: usage.systemCPUTime / 1000,
  log,
  errors,
};
writeFileSync(resultFile, JSON.stringify(full, null, 1));
// Astro and Pagefind may leave handles open; the measurement is done.
process.exit(errors.length ? 1 : 0);
