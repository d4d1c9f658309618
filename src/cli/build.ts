/**
 * `guifan build` as one function, also used by bench/child-build.ts so that the benchmark
 * measures exactly what the command does: load the model, then into a staging directory
 * (swapped in only when everything succeeded) the Astro site in a child process
 * (site-child.mjs) and, at the same time, the PDFs in worker threads (print-pool.ts), then
 * model.json. When the site is done its process exits and takes Astro's memory with it; the
 * PDF workers never share a heap with Astro.
 *
 * The PDFs are written into a directory of their own and moved into the staging directory
 * after the site is done, so the two builds never write into one tree at the same time.
 */
import { fork } from 'node:child_process';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Diagnostic, Model } from '../model/index.ts';
import { defaultStaffDir, publishStaffFiles, writeAtomically } from './atomic.ts';
import { fillPdfSizes } from '../print/file-sizes.ts';
import { PRINT_FOLDER } from '../print/plan.ts';
import { parallelism, startPrint } from './print-pool.ts';

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
  /** Compare with this git revision or model.json (default: the output's own model.json); see versions.ts. */
  since?: string;
  /** Keep draft documents, marked as drafts (status.ts). */
  drafts?: boolean;
  /** Given what changed since the previous version, before anything is built. */
  onVersions?: (step: import('./versions.ts').VersionStep) => void | Promise<void>;
  /** Told when each phase starts and ends (for the benchmark's timings and memory samples). */
  onPhase?: (phase: 'load' | 'site' | 'pdf', event: 'start' | 'end') => void;
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
  /** siteMs excludes siteLockWaitMs, the wait for another build of this checkout to finish. */
  timings: { loadMs: number; siteMs?: number; siteLockWaitMs?: number; pdfMs?: number; totalMs: number };
}

/**
 * The site's child process, started before the model is loaded so that its start-up (Node, tsx,
 * importing Astro) overlaps the load. Its output is passed through this process's streams (it
 * reads as before, and the benchmark can timestamp Astro's lines). `build` resolves with the
 * time the site waited for the build lock, or rejects with the site's own error message.
 */
interface SiteProcess {
  build(job: { contentDir: string; outDir: string; modelFile: string; logLevel: NonNullable<BuildOptions['siteLogLevel']> }): Promise<{ lockWaitMs: number }>;
  cancel(): void;
}

type SiteAnswer = { type: 'done'; lockWaitMs: number } | { type: 'error'; error: { name: string; message: string; stack?: string } };

function startSiteProcess(): SiteProcess {
  const script = fileURLToPath(new URL('./site-child.mjs', import.meta.url));
  const child = fork(script, [], { execArgv: [], stdio: ['ignore', 'pipe', 'pipe', 'ipc'] });
  child.stdout?.on('data', (chunk: Buffer) => process.stdout.write(chunk));
  child.stderr?.on('data', (chunk: Buffer) => process.stderr.write(chunk));
  let answer: SiteAnswer | undefined;
  child.on('message', (m: SiteAnswer) => {
    answer = m;
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; error?: Error }>((resolve) => {
    child.on('error', (error) => resolve({ code: null, signal: null, error }));
    child.on('exit', (code, signal) => resolve({ code, signal }));
  });
  return {
    async build(job) {
      child.send(job);
      const end = await exited;
      if (answer?.type === 'done') return { lockWaitMs: answer.lockWaitMs };
      if (answer?.type === 'error') {
        const e = new Error(answer.error.message);
        e.name = answer.error.name;
        if (answer.error.stack !== undefined) e.stack = answer.error.stack;
        throw e;
      }
      throw end.error ?? new Error(`site build stopped (${end.signal ?? `exit code ${end.code}`})`);
    },
    cancel() {
      if (child.connected) child.disconnect();
    },
  };
}

export async function writeModelJson(model: Model, outDir: string): Promise<void> {
  await mkdir(outDir, { recursive: true });
  // The absolute content path would make output differ between machines.
  const { contentDir: _dir, pages, ...rest } = model;
  const portable = { ...rest, pages: pages.map(({ file: _f, ...p }) => p) };
  await writeFile(path.join(outDir, 'model.json'), `${JSON.stringify(portable, null, 1)}\n`);
}

/** Returns without building (model undefined) when the content has errors. */
export async function runBuild(options: BuildOptions): Promise<BuildResult> {
  const started = performance.now();
  const phase = options.onPhase ?? (() => {});
  let model = options.model;
  let diagnostics: Diagnostic[] = [];
  let loadMs = 0;
  const wantSite = options.site !== false;
  const wantPdf = options.pdf !== false;
  const siteProcess = wantSite ? startSiteProcess() : undefined;
  if (!model) {
    phase('load', 'start');
    const loaded = await (await import('../model/index.ts')).loadModel(options.contentDir, { drafts: options.drafts === true });
    loadMs = performance.now() - started;
    phase('load', 'end');
    diagnostics = loaded.diagnostics;
    await options.onDiagnostics?.(diagnostics);
    if (!loaded.model) {
      siteProcess?.cancel();
      return { diagnostics, pdfFiles: [], staffFiles: [], printNotes: [], timings: { loadMs, totalMs: performance.now() - started } };
    }
    model = loaded.model;
  }
  // The revision history goes into the model, so the site, the PDFs and model.json carry it.
  let step: import('./versions.ts').VersionStep;
  try {
    step = await (await import('./versions.ts')).versionStep(model, { contentDir: options.contentDir, outDir: options.outDir, ...(options.since !== undefined ? { since: options.since } : {}), drafts: options.drafts === true });
    await options.onVersions?.(step);
  } catch (e) {
    siteProcess?.cancel();
    throw e;
  }
  const built = step.model;
  const timings: BuildResult['timings'] = { loadMs, totalMs: 0 };
  let pdfFiles: string[] = [];
  let staffFiles: string[] = [];
  let printNotes: string[] = [];
  try {
    await writeAtomically(options.outDir, async (staging) => {
      const printRoot = `${staging}-pdf`;
      const modelFile = `${staging}-model.json`;
      await rm(printRoot, { recursive: true, force: true });
      try {
        // One serialisation of the model, in a file, for the site process and every PDF worker.
        await writeFile(modelFile, JSON.stringify(built));
        const site = siteProcess
          ? (async () => {
              const t = performance.now();
              phase('site', 'start');
              const { lockWaitMs } = await siteProcess.build({ contentDir: built.contentDir, outDir: staging, modelFile, logLevel: options.siteLogLevel ?? 'warn' });
              timings.siteMs = performance.now() - t - lockWaitMs;
              if (lockWaitMs > 0) timings.siteLockWaitMs = lockWaitMs;
              phase('site', 'end');
            })()
          : Promise.resolve();
        const pdf = wantPdf
          ? (async () => {
              const t = performance.now();
              phase('pdf', 'start');
              const max = Math.max(1, options.pdfWorkers ?? parallelism());
              // While Astro builds, it has one core; the other workers start when it is done.
              const run = await startPrint(built, printRoot, { maxWorkers: max, workers: wantSite ? 1 : max, modelFile });
              void site.then(run.grow, run.grow);
              const { files, notes } = await run.done;
              timings.pdfMs = performance.now() - t;
              phase('pdf', 'end');
              printNotes = notes;
              return files;
            })()
          : Promise.resolve([] as string[]);
        // Both run to the end before anything is reported, so nothing writes into a staging
        // directory that a failure is about to remove; the site's error comes first, as it did
        // when the PDFs followed the site.
        const [siteResult, pdfResult] = await Promise.allSettled([site, pdf]);
        if (siteResult.status === 'rejected') throw siteResult.reason;
        if (pdfResult.status === 'rejected') throw pdfResult.reason;
        if (wantPdf) {
          const printed = path.join(printRoot, PRINT_FOLDER.public);
          await mkdir(printed, { recursive: true });
          await rename(printed, path.join(staging, 'print'));
          pdfFiles = pdfResult.value.filter((f) => f.startsWith(printed + path.sep)).map((f) => path.join(path.resolve(options.outDir), 'print', path.relative(printed, f)));
          staffFiles = await publishStaffFiles(path.join(printRoot, PRINT_FOLDER.staff), options.staffDir ?? defaultStaffDir(options.outDir), false);
          // The pages were rendered while the PDFs were being made: their sizes are written in now.
          if (wantSite) fillPdfSizes(staging, built);
        }
        await writeModelJson(built, staging);
      } finally {
        await rm(printRoot, { recursive: true, force: true });
        await rm(modelFile, { force: true });
      }
    });
  } finally {
    // A failure before the site started (staging directory, model file) must not leave it waiting.
    siteProcess?.cancel();
  }
  timings.totalMs = performance.now() - started;
  return { model: built, diagnostics, pdfFiles, staffFiles, printNotes, timings };
}
