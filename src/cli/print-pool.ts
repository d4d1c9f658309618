/**
 * The PDFs of a build, made by worker threads that share nothing but the model (as JSON) and
 * the font files, each parsing the fonts once. Jobs are handed out largest first. `guifan build`
 * starts one worker beside the Astro site build (a child process) and adds the rest when the
 * site is done, so on two cores the PDFs overlap the site instead of following it. While the
 * site runs, that worker takes the smallest jobs instead: the large handbooks then do not hold
 * their memory at the same time as Astro and Pagefind. Output is byte-identical to `buildPrint`
 * in one thread (test/cli.test.ts).
 */
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Model } from '../model/types.ts';
import './external.ts';
import type { FromWorker, PrintWorkerData, ToWorker } from './print-worker.ts';
import type { CacheStats, PrintCacheOptions } from '../print/index.ts';

export interface PrintPoolOptions {
  only?: string;
  templatesDir?: string;
  /** Workers to start with (default: as many as `maxWorkers`); until `grow()` they take the smallest jobs first. */
  workers?: number;
  /** Most workers at once, after `grow()` (default: the machine's parallelism). */
  maxWorkers?: number;
  /** A file holding `JSON.stringify(model)`, when the caller wrote one: workers read it. */
  modelFile?: string;
  /** Only the PDFs of this slice of the group (guifan build --shard). */
  slice?: import('../model/shard.ts').Slice;
  /** The PDF cache folder: jobs whose files it holds for this model are not built again. */
  cacheDir?: string;
}

/** Files and messages in `buildPrint`'s order, and how the cache was used. */
export type PrintOutcome = { files: string[]; notes: string[]; cache: CacheStats };

export interface PrintRun {
  /** Every file written and every build message, in `buildPrint`'s order; rejects with the first job's error. */
  done: Promise<PrintOutcome>;
  /** Start the remaining workers (e.g. once the site build no longer needs a core). */
  grow(): void;
  /** Stop every worker now (another part of the build failed); `done` rejects. */
  cancel(): void;
}

/** A job failed in a worker: rethrown in the parent with the worker's message (and stack for GUIFAN_DEBUG). */
export function rebuildError(error: { name: string; message: string; stack?: string; code?: string; path?: string }): Error {
  const e = new Error(error.message) as Error & { code?: string; path?: string };
  e.name = error.name;
  if (error.stack !== undefined) e.stack = error.stack;
  // A system error (a full disk) keeps its code and file, so the command can word it.
  if (error.code !== undefined) e.code = error.code;
  if (error.path !== undefined) e.path = error.path;
  return e;
}

export function parallelism(): number {
  return typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
}

/**
 * Builds the PDFs of `model` into `outDir/print/`. With one job, or one worker allowed, the
 * work stays in this thread (a worker would only add its start-up).
 */
export async function startPrint(model: Model, outDir: string, options: PrintPoolOptions = {}): Promise<PrintRun> {
  const print = await import('../print/index.ts');
  const select = {
    ...(options.only !== undefined ? { only: options.only } : {}),
    ...(options.templatesDir !== undefined ? { templatesDir: options.templatesDir } : {}),
    ...(options.slice !== undefined ? { slice: options.slice } : {}),
  };
  const jobs = print.planPrintJobs(model, select);
  const results = new Map<string, { files: string[]; notes: string[] }>();
  let stats = print.emptyStats();
  let cache: PrintCacheOptions | undefined;
  let toBuild = jobs;
  if (options.cacheDir !== undefined) {
    // The cached jobs are written here, before any worker starts: a rebuild with nothing changed starts none.
    const { codeVersion } = await import('../print/cache/code.ts');
    cache = { dir: options.cacheDir, codeVersion: await codeVersion() };
    const reused = await print.reuseCached(model, outDir, { ...select, cache });
    for (const [id, files] of reused.files) results.set(id, { files, notes: reused.notes.get(id) ?? [] });
    stats = reused.cache;
    const remaining = new Set(reused.remaining);
    toBuild = jobs.filter((j) => remaining.has(j.id));
  }
  // Every file and message in buildPrint's order, the cached ones and those just made.
  const inOrder = (): { files: string[]; notes: string[] } => ({ files: jobs.flatMap((j) => results.get(j.id)?.files ?? []), notes: jobs.flatMap((j) => results.get(j.id)?.notes ?? []) });
  const maxWorkers = Math.max(1, Math.min(options.maxWorkers ?? parallelism(), toBuild.length));
  if (toBuild.length <= 1 || options.workers === 0) {
    const done = (async (): Promise<PrintOutcome> => {
      if (toBuild.length > 0) {
        const made = await print.buildPrint(model, outDir, { ...select, ...(cache ? { cache: { ...cache, lookup: false } } : {}), jobs: toBuild.map((j) => j.id) });
        for (const [id, r] of made.byJob) results.set(id, r);
        stats = print.addStats(stats, made.cache);
      }
      return { ...inOrder(), cache: stats };
    })();
    return { done, grow: () => {}, cancel: () => {} };
  }
  const order = new Map(jobs.map((j, i) => [j.id, i]));
  // Largest first (stable), so the long handbooks do not end up last on one worker.
  const queue = [...toBuild].sort((a, b) => b.weight - a.weight || order.get(a.id)! - order.get(b.id)!);
  const data: PrintWorkerData & { bundle?: unknown } = {
    ...(options.modelFile !== undefined ? { modelFile: options.modelFile } : { modelJson: JSON.stringify(model) }),
    outDir,
    ...select,
    ...(cache ? { cache } : {}),
    ...(globalThis.__guifanBundle ? { bundle: globalThis.__guifanBundle.manifest } : {}),
  };
  const workers: Worker[] = [];
  // The error reported is that of the failing job a sequential build would have met first: once
  // a job fails, the jobs planned before it still run (one of them may fail too), those after it not.
  let failed: Error | undefined;
  let failedAt = Infinity;
  let running = 0;
  let cancelled = false;
  let settle!: { resolve: (r: PrintOutcome) => void; reject: (e: Error) => void };
  const done = new Promise<PrintOutcome>((resolve, reject) => {
    settle = { resolve, reject };
  });

  const finish = (): void => {
    if (running > 0) return;
    // On success the workers stop by themselves once told to (and keep their code cache).
    if (failed) for (const w of workers) void w.terminate();
    if (failed) settle.reject(failed);
    else settle.resolve({ ...inOrder(), cache: stats });
  };
  const initial = Math.max(1, Math.min(options.workers ?? maxWorkers, maxWorkers));
  let grown = initial >= maxWorkers;
  const next = (worker: Worker): void => {
    if (failed) for (let i = queue.length - 1; i >= 0; i--) if (order.get(queue[i]!.id)! > failedAt) queue.splice(i, 1);
    // Before grow() (the site is building) from the small end, after it from the large end.
    const job = grown ? queue.shift() : queue.pop();
    if (!job) {
      worker.postMessage({ type: 'stop' } satisfies ToWorker);
      return;
    }
    running++;
    (worker as Worker & { job?: string }).job = job.id;
    worker.postMessage({ type: 'job', id: job.id } satisfies ToWorker);
  };
  const fail = (e: Error, jobId: string | undefined): void => {
    const at = jobId === undefined ? -1 : order.get(jobId)!;
    if (at < failedAt) {
      failed = e;
      failedAt = at;
    }
  };
  const spawn = (): void => {
    if (workers.length >= maxWorkers || queue.length === 0) return;
    const worker = new Worker(new URL('./print-worker.mjs', import.meta.url), { workerData: data });
    workers.push(worker);
    worker.on('message', (message: FromWorker) => {
      if (cancelled) return;
      running--;
      (worker as Worker & { job?: string }).job = undefined;
      if (message.type === 'done') {
        results.set(message.id, { files: message.files, notes: message.notes });
        stats = print.addStats(stats, message.cache);
      }
      else fail(rebuildError(message.error), message.id);
      next(worker);
      finish();
    });
    // A worker that crashed (out of memory, a bug outside any job) fails the whole run.
    worker.on('error', (e) => fail(e, undefined));
    worker.on('exit', (code) => {
      const job = (worker as Worker & { job?: string }).job;
      if (job !== undefined && !cancelled) {
        running--;
        (worker as Worker & { job?: string }).job = undefined;
        fail(new Error(`print worker stopped (exit code ${code}) while building ${job}`), undefined);
        queue.length = 0;
        finish();
      }
    });
    next(worker);
  };
  for (let i = 0; i < initial; i++) spawn();
  return {
    done,
    grow: () => {
      grown = true;
      while (workers.length < maxWorkers && queue.length > 0) spawn();
    },
    cancel: () => {
      if (cancelled) return;
      cancelled = true;
      if (!failed) fail(new Error('print cancelled'), undefined);
      queue.length = 0;
      running = 0;
      for (const w of workers) {
        (w as Worker & { job?: string }).job = undefined;
        void w.terminate();
      }
      finish();
    },
  };
}

/** `startPrint` with every worker from the start, awaited. */
export async function printInWorkers(model: Model, outDir: string, options: PrintPoolOptions = {}): Promise<PrintOutcome> {
  return (await startPrint(model, outDir, options)).done;
}
