/**
 * `guifan build` as one function, also used by bench/child-build.ts so that the benchmark
 * measures exactly what the command does: load the model, then into a staging directory
 * (swapped in only when everything succeeded) the Astro site in a child process
 * (site-child.mjs) and, at the same time, the PDFs in worker processes (print-pool.ts), then
 * model.json. When the pages are done their process exits and takes Astro's memory with it;
 * then this process writes the search index (made from the model, not the pages), so Pagefind's
 * indexer never runs beside Astro. The PDF workers never share a heap with Astro.
 *
 * The PDFs are written into a directory of their own and moved into the staging directory
 * after the site is done, so the two builds never write into one tree at the same time.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Diagnostic, Model } from '../model/index.ts';
import { defaultStaffDir, tidyOutFolder, writeAtomically } from './atomic.ts';
import { onAbort } from './abort.ts';
import { loadedAndVersioned } from './build-model.ts';
import { prepareOfflineFiles, siteBase, writeOfflineFiles } from '../site/offline.ts';
import { siteState } from '../site/site-state.ts';
import { resolveOutFolder } from './out-folder.ts';
import { parallelism, startPrint, type PrintRun } from './print-pool.ts';
import { boundHeapGrowth, contentBytes, heapCeilingMb } from './heap-ceiling.ts';
import { type SiteProcess, startSiteProcess } from './site-process.ts';
import { sliceOf, writeShardManifest, type SliceRequest } from './shard-manifest.ts';
import type { Slice } from '../model/shard.ts';
import type { CacheStats } from '../print/cache/store.ts';
import { pdfCacheDir, reportCache } from './pdf-cache.ts';
import { HeldModel } from './held-model.ts';
import { releaseGarbage } from './release-garbage.ts';
import { placePrint } from './place-print.ts';
import { filesUnder, fillSizes, type KeptSite, keepSite, leaveSiteRecord } from './kept-site.ts';

export interface BuildOptions {
  contentDir: string;
  outDir: string;
  /** Where quiz papers and keys go (never the published output): `<out>-staff` by default. */
  staffDir?: string;
  site?: boolean;
  pdf?: boolean;
  /** Already loaded (skips the load phase). */
  model?: Model;
  /** Astro's log level (default 'warn'). */
  siteLogLevel?: 'debug' | 'info' | 'warn' | 'error' | 'silent';
  /** PDF workers at most (default: the machine's parallelism); one runs while the site builds. */
  pdfWorkers?: number;
  /** Given the content's diagnostics as soon as the model is loaded (before anything is built). */
  onDiagnostics?: (diagnostics: Diagnostic[]) => void | Promise<void>;
  /** Told when an interrupted run's previous output was put back in the out folder. */
  onRestored?: () => void;
  /** Compare with this git revision or model.json (default: the output's own model.json); see versions.ts. */
  since?: string;
  /** Keep draft documents, marked as drafts (status.ts). */
  drafts?: boolean;
  /** Given what changed since the previous version, before anything is built. */
  onVersions?: (step: import('./versions.ts').VersionStep) => void | Promise<void>;
  /** Build one slice of the group (--shard i/n, --units): its pages and PDFs and a shard manifest for `guifan merge`. */
  slice?: SliceRequest;
  /** The PDF cache folder, or false for none (default: beside the out folder, pdf-cache.ts; GUIFAN_NO_CACHE=1 turns it off). */
  pdfCache?: string | false;
  /** Told when each phase starts and ends (for the benchmark's timings and memory samples). */
  onPhase?: (phase: 'load' | 'site' | 'index' | 'pdf', event: 'start' | 'end') => void;
}

export interface BuildResult {
  model?: Model;
  diagnostics: Diagnostic[];
  /** Files under out/print/ (absolute, in the staging directory's final place). */
  pdfFiles: string[];
  /** Files written to the staff folder (quiz papers and keys). */
  staffFiles: string[];
  /** What the PDFs do otherwise than their templates planned, and why (a poster's texts moved to its QR page). */
  printNotes: string[];
  /** What does not work offline as the rest does, and when it does (src/site/precache.ts). */
  offlineNotes: string[];
  /** How the PDF cache was used: files reused and made (undefined without a cache or PDFs). */
  printCache?: CacheStats;
  /** siteMs excludes siteLockWaitMs, the wait for another build of this checkout to finish. */
  timings: {
    loadMs: number;
    /** The pages and the search index. */
    siteMs?: number;
    siteLockWaitMs?: number;
    /** The search index alone (part of siteMs). */
    indexMs?: number;
    pdfMs?: number;
    totalMs: number;
  };
  /** The site's server and browser bundles were taken from the last build of this content (src/site/kept-bundle.ts). */
  siteBundlesReused?: boolean;
  /** The pages and the search index were the last build's, copied back: nothing they are made from had changed (kept-site.ts). */
  siteReused?: boolean;
}

/**
 * Workbox's tools loaded and warmed while the last PDFs are made: the service worker is written
 * after them (it hashes pages that carry the PDFs' sizes), so whatever it loads first would
 * otherwise be added to the build's time. It holds the main thread while it runs (a print worker
 * that finishes a job meanwhile waits that long for its next); a failure is left to
 * writeOfflineFiles to report.
 */
async function prepareOffline(): Promise<void> {
  await new Promise((resolve) => setImmediate(resolve));
  await prepareOfflineFiles().catch(() => {});
}

/** The web app manifest and service worker; returns the summary's lines about them. */
async function writeOffline(model: Model, outDir: string, prepared?: Promise<void>): Promise<string[]> {
  await prepared;
  return (await writeOfflineFiles(model, outDir, siteBase(model), siteState().dir)).notes;
}

/** Writes <out>/model.json; returns its text (a shard's manifest names the content by its hash). */
export async function writeModelJson(model: Model, outDir: string): Promise<string> {
  await mkdir(outDir, { recursive: true });
  // The absolute content path would make output differ between machines.
  const { contentDir: _dir, pages, ...rest } = model;
  const portable = { ...rest, pages: pages.map(({ file: _f, ...p }) => p) };
  const text = `${JSON.stringify(portable, null, 1)}\n`;
  await writeFile(path.join(outDir, 'model.json'), text);
  return text;
}

/** Returns without building (model undefined) when the content has errors. */
export async function runBuild(options: BuildOptions): Promise<BuildResult> {
  const started = performance.now();
  boundHeapGrowth();
  const phase = options.onPhase ?? (() => {});
  // Before anything starts: an out folder that holds the user's data is refused outright.
  const out = resolveOutFolder(options.outDir, { contentDir: options.contentDir, kind: 'site' });
  // The staff folder (quiz papers and keys) is replaced the same way: the same rules.
  const staff = resolveOutFolder(options.staffDir ?? defaultStaffDir(options.outDir), {
    contentDir: options.contentDir,
    kind: 'print',
  });
  // Whatever happens next (even content errors), an output an interrupted run moved away comes back.
  await tidyOutFolder(out, options.onRestored);
  await tidyOutFolder(staff, options.onRestored);
  let loadMs = 0;
  // Heap ceilings sized to the content, so a group's build stays within a CI runner's memory.
  const siteHeapMb = heapCeilingMb('site', contentBytes(options.contentDir));
  const siteProcess = options.site !== false ? startSiteProcess(siteHeapMb) : undefined;
  // Interrupted (Ctrl-C, SIGTERM): the site's process and the print workers (print-pool.ts) go first,
  // then the staging folder (atomic.ts).
  const forgetSite = siteProcess ? onAbort(() => siteProcess.kill()) : () => {};
  const race: Race = {};
  const timings: BuildResult['timings'] = { loadMs, totalMs: 0 };
  const cacheDir = options.pdfCache === false ? undefined : (options.pdfCache ?? pdfCacheDir(options.outDir));
  try {
    const ready = await loadedAndVersioned(
      options,
      phase,
      () => (loadMs = timings.loadMs = performance.now() - started),
    );
    const { diagnostics } = ready;
    if (!ready.built)
      return {
        diagnostics,
        pdfFiles: [],
        staffFiles: [],
        printNotes: [],
        offlineNotes: [],
        timings: { loadMs, totalMs: performance.now() - started },
      };
    // Which units (and whether the group's pages) this build makes; an unknown unit is refused here.
    const slice = options.slice ? sliceOf(ready.built, options.slice) : undefined;
    // From here only `held` keeps the model, so that it can be let go while the pages are made.
    const held = new HeldModel(ready.built);
    delete ready.built;
    const made = await writeAtomically(out, (staging, scratch) =>
      buildInto(staging, scratch, { options, held, slice, race, siteProcess, cacheDir, timings, phase, out, staff }),
    );
    const { pdfFiles, staffFiles, printNotes, offlineNotes, printCache, siteBundlesReused, siteReused } = made;
    if (cacheDir !== undefined && printCache) reportCache(cacheDir, printCache, () => {});
    leaveSiteRecord(options.outDir, out.path, made.keptSite);
    timings.totalMs = performance.now() - started;
    return {
      model: held.get(),
      diagnostics,
      pdfFiles,
      staffFiles,
      printNotes,
      offlineNotes,
      ...(printCache ? { printCache } : {}),
      ...(siteBundlesReused ? { siteBundlesReused } : {}),
      ...(siteReused ? { siteReused } : {}),
      timings,
    };
  } finally {
    // Whatever happened (content errors, a refused or unwritable folder, a failure), the site's
    // process must not be left waiting for a job: it would keep the command from ending.
    siteProcess?.cancel();
    siteProcess?.kill();
    forgetSite();
  }
}

/** What one build's halves made: the PDFs placed in the out and staff folders, their notes, the cache's use. */
interface Made {
  pdfFiles: string[];
  staffFiles: string[];
  printNotes: string[];
  offlineNotes: string[];
  printCache?: CacheStats;
  siteBundlesReused?: boolean;
  siteReused?: boolean;
  /** The site's key and the files the site and the index wrote, recorded once in place (kept-site.ts). */
  keptSite?: KeptSite;
}

/** Everything runBuild has settled before it writes: the options, the versioned model, the slice and the halves' state. */
interface BuildJob {
  options: BuildOptions;
  held: HeldModel;
  slice: Slice | undefined;
  race: Race;
  siteProcess: SiteProcess | undefined;
  cacheDir: string | undefined;
  timings: BuildResult['timings'];
  phase: NonNullable<BuildOptions['onPhase']>;
  out: ReturnType<typeof resolveOutFolder>;
  staff: ReturnType<typeof resolveOutFolder>;
}

/** Builds the site and the PDFs side by side into the staging folder, then places the PDFs and writes model.json. */
async function buildInto(staging: string, scratch: string, job: BuildJob): Promise<Made> {
  const { options, held, slice, race, siteProcess, cacheDir, timings, phase, out, staff } = job;
  const printHeapMb = heapCeilingMb('print', contentBytes(options.contentDir));
  const wantSite = options.site !== false;
  const wantPdf = options.pdf !== false;
  const made: Made = { pdfFiles: [], staffFiles: [], printNotes: [], offlineNotes: [] };
  const printRoot = path.join(scratch, 'pdf');
  // One serialisation of the model, in a file, for the site process and every PDF worker.
  const modelFile = path.join(scratch, 'model.json');
  await held.writeTo(modelFile);
  // The last build's pages and index, when nothing they are made from has changed (kept-site.ts).
  const kept = await lastSite(job, modelFile, staging, made);
  const site = kept?.reused ? Promise.resolve(false) : startSite(job, modelFile, staging);
  const max = Math.max(1, options.pdfWorkers ?? parallelism());
  // While Astro builds, it has one core; the other workers start when it is done.
  const printOptions = {
    maxWorkers: max,
    workers: wantSite ? 1 : max,
    modelFile,
    ...(printHeapMb !== undefined ? { heapMb: printHeapMb } : {}),
    ...(slice ? { slice } : {}),
    ...(cacheDir !== undefined ? { cacheDir } : {}),
    // Planned: until the pages are done this process needs the model no more (held-model.ts).
    planned: () => held.release(),
  };
  const pdf = wantPdf
    ? pdfHalf(race, held, printRoot, printOptions, site, siteProcess, timings, phase)
    : Promise.resolve(undefined);
  // Without PDFs (startPrint collects once it has planned), this process now only waits on the site's.
  if (!wantPdf) {
    held.release();
    releaseGarbage();
  }
  // Once the site is done the service worker waits only for the PDFs: its tools are readied meanwhile.
  const offlineReady = wantSite && wantPdf && !slice ? site.then(prepareOffline, () => {}) : undefined;
  const [siteResult, pdfResult] = await Promise.allSettled([site, pdf]);
  // The failure that stopped the build is reported, not the other half's cancellation.
  if (race.failedFirst === 'pdf' && pdfResult.status === 'rejected') throw pdfResult.reason;
  if (siteResult.status === 'rejected') throw siteResult.reason;
  if (pdfResult.status === 'rejected') throw pdfResult.reason;
  if (siteResult.value) made.siteBundlesReused = true;
  // The files the site and the index wrote, listed before anything else is placed in the staging folder.
  if (kept) made.keptSite = { key: kept.key, files: filesUnder(staging) };
  const fill = (): void => fillSizes(staging, () => held.get(), kept?.shown, made.keptSite);
  if (pdfResult.value) {
    made.printNotes = pdfResult.value.notes;
    if (cacheDir !== undefined) made.printCache = pdfResult.value.cache;
    ({ pdfFiles: made.pdfFiles, staffFiles: made.staffFiles } = await placePrint(
      printRoot,
      pdfResult.value.files,
      staging,
      out.path,
      staff,
    ));
    // The pages were rendered while the PDFs were being made: their sizes are written in now,
    // then the service worker, whose precache hashes the pages as they are served. A shard's
    // service worker is the merge's to write (merge.ts).
    if (wantSite) fill();
  } else if (made.siteReused) fill(); // the copied pages' sizes, emptied without PDFs
  if (wantSite && !slice) made.offlineNotes = await writeOffline(held.get(), staging, offlineReady);
  const modelText = await writeModelJson(held.get(), staging);
  if (slice) await writeShardManifest(staging, slice, modelText, { site: wantSite, pdf: wantPdf });
  return made;
}

/** This build's site key; the last build's pages and index copied into `staging` if nothing they are made from changed (undefined without the site, for a slice, without a cache). */
async function lastSite(
  job: BuildJob,
  modelFile: string,
  staging: string,
  made: Made,
): Promise<{ key: string; reused: boolean; shown?: Record<string, string> } | undefined> {
  const { options, held, slice, siteProcess, cacheDir, timings, out } = job;
  if (options.site === false || slice || cacheDir === undefined) return undefined;
  const t = performance.now();
  const { contentDir, outDir } = options;
  const baseUrl = held.get().organisation.baseUrl;
  const kept = await keepSite({ modelFile, contentDir, baseUrl, outDir, outPath: out.path, staging });
  if (kept.reused) {
    made.siteReused = true;
    timings.siteMs = performance.now() - t;
    siteProcess?.kill();
  }
  return kept;
}

/** The pages in the site's process, then the search index here (false at once without the site). */
function startSite(job: BuildJob, modelFile: string, staging: string): Promise<boolean> {
  const { options, held, slice, race, siteProcess, timings, phase } = job;
  if (!siteProcess) return Promise.resolve(false);
  const siteJob = {
    contentDir: held.get().contentDir,
    outDir: staging,
    modelFile,
    logLevel: options.siteLogLevel ?? 'warn',
    ...(slice ? { slice } : {}),
    // Both are written here, after the pages' process has exited: the index, then the
    // service worker, which precaches it (and, with PDFs, the pages carrying their sizes).
    offline: false,
    searchIndex: false,
  };
  return siteHalf(race, siteProcess, siteJob, held, timings, phase);
}

/** The site and the PDFs are built side by side; the first failure stops the other half at once, so nothing is left running or waited for. */
interface Race {
  failedFirst?: 'site' | 'pdf';
  printRun?: PrintRun;
}

async function siteHalf(
  race: Race,
  siteProcess: SiteProcess,
  job: Parameters<SiteProcess['build']>[0],
  held: HeldModel,
  timings: BuildResult['timings'],
  phase: NonNullable<BuildOptions['onPhase']>,
): Promise<boolean> {
  try {
    const t = performance.now();
    phase('site', 'start');
    const { lockWaitMs, bundlesReused } = await siteProcess.build(job);
    // The index covers the whole group: a slice without the group's pages leaves it to the one with them.
    if (job.slice?.group !== false) {
      const t2 = performance.now();
      phase('index', 'start');
      race.printRun?.rest();
      await (await import('./search-index-step.ts')).writeSearchIndex(held.get(), job.outDir);
      // Let go while the PDFs are made (the fullest phase, every worker); without, needed at once.
      if (race.printRun) {
        held.release();
        releaseGarbage();
      }
      timings.indexMs = performance.now() - t2;
      phase('index', 'end');
    }
    timings.siteMs = performance.now() - t - lockWaitMs;
    if (lockWaitMs > 0) timings.siteLockWaitMs = lockWaitMs;
    phase('site', 'end');
    return bundlesReused;
  } catch (e) {
    race.failedFirst ??= 'site';
    race.printRun?.cancel();
    throw e;
  }
}

async function pdfHalf(
  race: Race,
  held: HeldModel,
  printRoot: string,
  printOptions: Parameters<typeof startPrint>[2],
  site: Promise<unknown>,
  siteProcess: SiteProcess | undefined,
  timings: BuildResult['timings'],
  phase: NonNullable<BuildOptions['onPhase']>,
): Promise<Awaited<PrintRun['done']>> {
  try {
    const t = performance.now();
    phase('pdf', 'start');
    const printRun = (race.printRun = await startPrint(held.get(), printRoot, printOptions));
    if (race.failedFirst) printRun.cancel();
    void site.then(printRun.grow, () => {});
    const result = await printRun.done;
    timings.pdfMs = performance.now() - t;
    phase('pdf', 'end');
    return result;
  } catch (e) {
    race.failedFirst ??= 'pdf';
    siteProcess?.kill();
    throw e;
  }
}
