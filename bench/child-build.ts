/**
 * One full build in its own process, timed by phase. Run by bench/run.ts as
 *   /usr/bin/time node --import tsx bench/child-build.ts CONTENT OUT RESULT.json [--no-site] [--no-pdf]
 * so that every run starts cold and the parent can read the process's peak RSS.
 *
 * Phases call the renderers directly, the way `guifan build` does:
 *   load     loadModel (YAML, schema validation, cross-checks, unit resolution)
 *   site     buildSite: one Astro build whose astro:build:done hook writes the Pagefind index
 *   index    the Pagefind part of that build, timed from Astro's own log lines: from the
 *            "✓ Completed in" that ends static generation to the integration's
 *            "Pagefind: N records indexed"
 *   pages    site − index
 *   pdf      buildPrint (every poster, card and handbook)
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export interface ChildResult {
  loadMs: number;
  siteMs?: number;
  /** Time spent waiting for src/site's build lock (another build of this checkout was running); not counted in siteMs. */
  lockWaitMs?: number;
  pagesMs?: number;
  indexMs?: number;
  pdfMs?: number;
  pdfFiles?: number;
  /** load + site + pdf, inside the process (excludes Node start-up, module loading and any lock wait). */
  buildMs: number;
  /** process start → end of build, as the process itself sees it. */
  processMs: number;
  importMs: number;
  maxRssKb: number;
  /** Peak resident memory seen in each phase (sampled every 100 ms), to tell which phase sets the peak. */
  phaseRssKb: Record<string, number>;
  cpuUserMs: number;
  cpuSystemMs: number;
  /** Timestamped lines Astro logged, for the record. */
  log: { atMs: number; line: string }[];
  errors: string[];
}

const [content, out, resultFile, ...flags] = process.argv.slice(2);
if (!content || !out || !resultFile) {
  console.error('usage: node --import tsx bench/child-build.ts CONTENT OUT RESULT.json [--no-site] [--no-pdf]');
  process.exit(2);
}

// Timestamp the lines Astro writes (its phase and hook messages), so the Pagefind hook can be
// timed from its own log; per-route lines are dropped to keep the record short.
const log: ChildResult['log'] = [];
const t0 = performance.now();
const KEEP = /\[build\]|\[guifan-pagefind\]|Completed in|generating static routes|\[vite\] ✓ built|\[content\]|\[types\]|\[WARN\]|\[ERROR\]/;
const writeErr = process.stderr.write.bind(process.stderr) as (chunk: string | Uint8Array, ...rest: unknown[]) => boolean;
for (const stream of [process.stdout, process.stderr]) {
  stream.write = ((chunk: string | Uint8Array, ...rest: unknown[]): boolean => {
    const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    for (const line of text.split('\n')) {
      // eslint-disable-next-line no-control-regex
      const plain = line.replace(/\x1b\[[0-9;]*m/g, '').trim();
      if (plain && KEEP.test(plain)) log.push({ atMs: performance.now() - t0, line: plain });
    }
    // Everything goes to stderr: the parent reads results from the result file only.
    return writeErr(chunk, ...rest);
  }) as typeof stream.write;
}

const errors: string[] = [];
// Which phase holds the most memory: sample RSS, attributed to the phase running at the time.
let phase = 'startup';
const phaseRssKb: Record<string, number> = {};
const sampleRss = (): void => {
  const kb = Math.round(process.memoryUsage.rss() / 1024);
  phaseRssKb[phase] = Math.max(phaseRssKb[phase] ?? 0, kb);
};
const rssTimer = setInterval(sampleRss, 100);
const startOfProcess = performance.timeOrigin;
const importStart = performance.now();
const { loadModel } = await import('../src/model/index.ts');
const { buildSite } = await import('../src/site/build.ts');
const { buildPrint } = await import('../src/print/index.ts');
const importMs = performance.now() - importStart;

const outDir = path.resolve(out);
await rm(outDir, { recursive: true, force: true });

sampleRss();
phase = 'load';
const buildStart = performance.now();
const loaded = await loadModel(content);
const loadMs = performance.now() - buildStart;
if (!loaded.model) {
  console.error(`content has errors: ${loaded.diagnostics.length} diagnostics`);
  process.exit(1);
}
const model = loaded.model;
const result: Partial<ChildResult> = { loadMs };

sampleRss();
if (!flags.includes('--no-site')) {
  phase = 'site';
  const siteStart = performance.now();
  // buildSite takes a lock so that builds of one checkout take turns; note when we hold it.
  const lockPid = path.join(ROOT, 'node_modules', '.astro-guifan', 'build.lock', 'pid');
  let lockedAt: number | undefined;
  const poll = setInterval(() => {
    if (lockedAt === undefined && existsSync(lockPid) && readFileSync(lockPid, 'utf8').trim() === String(process.pid)) lockedAt = performance.now();
  }, 20);
  try {
    await buildSite({ contentDir: content, outDir, logLevel: 'info', model } as Parameters<typeof buildSite>[0]);
    clearInterval(poll);
    const lockWaitMs = Math.max(0, (lockedAt ?? siteStart) - siteStart);
    // Waits under 100 ms are the lock's own overhead, not another build.
    if (lockWaitMs >= 100) result.lockWaitMs = lockWaitMs;
    result.siteMs = performance.now() - siteStart - (result.lockWaitMs ?? 0);
    // Astro logs "generating static routes", then "✓ Completed in …" when the pages are written,
    // then runs astro:build:done (our Pagefind integration logs when it has written the index).
    const after = log.filter((l) => l.atMs >= siteStart - 1);
    const routesAt = after.findIndex((l) => l.line.includes('generating static routes'));
    const pagesDone = after.slice(routesAt + 1).find((l) => l.line.includes('Completed in'))?.atMs;
    const indexDone = after.find((l) => /Pagefind: \d+ records indexed/.test(l.line))?.atMs;
    if (pagesDone !== undefined && indexDone !== undefined) {
      result.indexMs = indexDone - pagesDone;
      result.pagesMs = result.siteMs - result.indexMs;
    } else errors.push('could not find the Astro/Pagefind log lines to split the site phase');
  } catch (e) {
    clearInterval(poll);
    errors.push(`site: ${(e as Error).message}`);
  }
}

sampleRss();
if (!flags.includes('--no-pdf')) {
  phase = 'pdf';
  const pdfStart = performance.now();
  try {
    const { files } = await buildPrint(model, outDir);
    result.pdfMs = performance.now() - pdfStart;
    result.pdfFiles = files.length;
  } catch (e) {
    errors.push(`pdf: ${(e as Error).message}`);
  }
}

sampleRss();
clearInterval(rssTimer);
const end = performance.now();
const usage = process.resourceUsage();
const full: ChildResult = {
  ...result,
  loadMs,
  buildMs: end - buildStart - (result.lockWaitMs ?? 0),
  processMs: Date.now() - startOfProcess,
  importMs,
  maxRssKb: usage.maxRSS,
  phaseRssKb,
  cpuUserMs: usage.userCPUTime / 1000,
  cpuSystemMs: usage.systemCPUTime / 1000,
  log,
  errors,
};
writeFileSync(resultFile, JSON.stringify(full, null, 1));
// Astro and Pagefind may leave handles open; the measurement is done.
process.exit(errors.length ? 1 : 0);
