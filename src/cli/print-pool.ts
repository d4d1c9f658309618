/**
 * The PDFs of a build, made by worker processes that share nothing but the model (as JSON) and
 * the font files. Processes, not threads: a worker's heap (up to ~800 MB on a group's largest
 * handbooks) counts against no other process, so none grows past the site's, and a worker that
 * dies takes nothing else with it. Jobs go out unit by unit, largest first. `guifan build` starts
 * one worker beside the Astro site build (a child process) and adds the rest when the site is
 * done, so on two cores the PDFs overlap the site; meanwhile that worker takes only small jobs, so
 * the large handbooks do not hold their memory beside Astro and Pagefind. Output is byte-identical
 * to `buildPrint` in this process (test/cli.test.ts).
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Model } from '../model/types.ts';
import './external.ts';
import { onAbort } from './abort.ts';
import { releaseGarbage } from './release-garbage.ts';
import { stopTreeNow } from './stop-tree.ts';
import { takeJob, unitOf } from './print-order.ts';
import type { FromWorker, PrintWorkerData } from './print-worker.ts';
import { type PoolWorker, startWorker, stop, tell, workerDied } from './print-worker-process.ts';
import { workerBundle } from './worker-bundle.ts';
import type { CacheStats } from '../print/index.ts';
import { inOrder, keepKnown, planPrint, type PrintModule, type PrintPlan } from './print-plan.ts';
import { siteState } from '../site/site-state.ts';

/** A model (JSON) this small has its resting workers held idle rather than let go (WorkerPool.pause): ~7× the example's. */
const HOLD_BELOW_BYTES = 4 * 1024 * 1024;

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
  /** Each worker's old-generation ceiling in MB (heap-ceiling.ts); a worker that outgrows it is replaced by one without. */
  heapMb?: number;
  /**
   * Told when the caller may let its model go: with a model file and a cache, before the jobs are
   * planned (the plan and the cache's check read the file's model, one copy beside the site's
   * process instead of the caller's and a copy of it); otherwise once they are planned and handed out.
   */
  planned?: () => void;
}

/** Files and messages in `buildPrint`'s order, and how the cache was used. */
export type PrintOutcome = { files: string[]; notes: string[]; cache: CacheStats };

export interface PrintRun {
  /** Every file written and every build message, in `buildPrint`'s order; rejects with the first job's error. */
  done: Promise<PrintOutcome>;
  /** Start the remaining workers (e.g. once the site build no longer needs a core). */
  grow(): void;
  /**
   * Let every worker go (for a small model: hold it idle) once its job is done, and start none until
   * `grow()`: while the search index is written, Pagefind's indexer (about 1.1 GB at 100×) and the
   * build's process are busy on both cores, and a worker's heap beside them made the build's fullest moment.
   */
  rest(): void;
  /** Stop every worker now (another part of the build failed); `done` rejects. */
  cancel(): void;
}

/** A job failed in a worker: rethrown in the parent with the worker's message (and stack for GUIFAN_DEBUG). */
export function rebuildError(error: {
  name: string;
  message: string;
  stack?: string;
  code?: string;
  path?: string;
}): Error {
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
  // A rebuild checks every cached PDF here, beside the site's process: against the model file's
  // tree, the caller's model let go first (at 100× the caller's model and the check's copy of it
  // made this process 1.0 GB, the whole tree 2.1 GB).
  const fromFile = options.modelFile !== undefined && options.cacheDir !== undefined && options.planned !== undefined;
  let modelDigest: string | undefined;
  if (fromFile) {
    options.planned!();
    const bytes = readFileSync(options.modelFile!);
    // The model's bytes name the last build's record of its jobs (print/cache/same-model.ts).
    modelDigest = createHash('sha256').update(bytes).digest('hex');
    model = JSON.parse(bytes.toString('utf8')) as Model;
  }
  const select = {
    ...(options.only !== undefined ? { only: options.only } : {}),
    ...(options.templatesDir !== undefined ? { templatesDir: options.templatesDir } : {}),
    ...(options.slice !== undefined ? { slice: options.slice } : {}),
    // Parsed once here for the plan, the cache's check and every worker: parsing them (YAML, zod)
    // in a fresh worker cost ~0.2 s of CPU each, more than some workers' jobs.
    templates: print.loadTemplates(options.templatesDir ?? print.defaultTemplatesDir()),
  };
  const plan = await planPrint(print, model, outDir, select, options.cacheDir, fromFile, modelDigest);
  const maxWorkers = Math.max(1, Math.min(options.maxWorkers ?? parallelism(), plan.toBuild.length));
  if (plan.toBuild.length <= 1 || options.workers === 0) {
    const done = (async (): Promise<PrintOutcome> => {
      if (plan.toBuild.length > 0) {
        const made = await print.buildPrint(model, outDir, {
          ...select,
          ...(plan.cache ? { cache: { ...plan.cache, lookup: false } } : {}),
          jobs: plan.toBuild.map((j) => j.id),
        });
        for (const [id, r] of made.byJob) {
          plan.results.set(id, r);
          if (r.known) plan.known.set(...r.known);
        }
        plan.stats = print.addStats(plan.stats, made.cache);
      }
      keepKnown(print, plan);
      return { ...inOrder(plan), cache: plan.stats };
    })();
    return { done, grow: () => {}, rest: () => {}, cancel: () => {} };
  }
  const data: PrintWorkerData & { bundle?: unknown } = {
    ...(options.modelFile !== undefined ? { modelFile: options.modelFile } : { modelJson: JSON.stringify(model) }),
    outDir,
    ...select,
    ...(plan.cache ? { cache: plan.cache, ...keptLayers() } : {}),
    ...(await workerBundle()),
  };
  const pool = new WorkerPool(
    print,
    plan,
    data,
    maxWorkers,
    Math.max(1, Math.min(options.workers ?? maxWorkers, maxWorkers)),
    options.heapMb,
    (options.modelFile !== undefined ? statSync(options.modelFile).size : data.modelJson!.length) < HOLD_BELOW_BYTES,
  );
  // Planned and handed out: from here this thread mostly waits on the workers (and, in a build,
  // on the site's process), so what loading and planning left behind is collected now.
  if (!fromFile) options.planned?.();
  // Once this function has returned: until then its own frame holds the model.
  setImmediate(releaseGarbage);
  return runOf(pool);
}

/**
 * The process charts' ELK layers kept between builds, in the folder the site's build keeps them
 * in (diagram/layout/layers.ts): each worker laid out every chart of its handbooks and guides
 * afresh, ELK loaded and run again in each (~7 % of the workers' CPU on the example). None when
 * the cache folder cannot be had: the charts are then laid out as before.
 */
function keptLayers(): { layerCache?: string } {
  try {
    return { layerCache: path.join(siteState().dir, 'layers') };
  } catch {
    return {};
  }
}

/** The run's handle, made outside startPrint: closures made there would keep its scope, the model with it, alive. */
function runOf(pool: WorkerPool): PrintRun {
  const forget = onAbort(() => pool.stopNow()); // before atomic.ts removes the run's folder
  pool.done.then(forget, forget);
  return { done: pool.done, grow: () => pool.grow(), rest: () => pool.rest(), cancel: () => pool.cancel() };
}

/**
 * The worker processes of one run. The error reported is that of the failing job a sequential
 * build would have met first: once a job fails, the jobs planned before it still run (one of
 * them may fail too), those after it not.
 */
class WorkerPool {
  readonly done: Promise<PrintOutcome>;
  private settle!: { resolve: (r: PrintOutcome) => void; reject: (e: Error) => void };
  private readonly workers: PoolWorker[] = [];
  private readonly started = new Set<PoolWorker>(); // not yet ended, the ones let go too
  private readonly order: Map<string, number>;
  private readonly queue: PrintPlan['jobs'];
  private failed: Error | undefined;
  private failedAt = Infinity;
  private running = 0;
  private cancelled = false;
  private grown: boolean;
  /** Told to rest: workers are let go (or, for a small model, held idle) as they finish, none started until grow(). */
  private resting = false;
  /** Workers held idle while resting, handed jobs again by grow(). */
  private readonly held = new Set<PoolWorker>();
  /** Jobs below this weight are small (not handbooks): what a worker takes while the site builds. */
  private readonly smallBelow: number;

  constructor(
    private readonly print: PrintModule,
    private readonly plan: PrintPlan,
    private readonly data: PrintWorkerData & { bundle?: unknown },
    private readonly maxWorkers: number,
    initial: number,
    private heapMb: number | undefined,
    private readonly holdWhenResting: boolean,
  ) {
    this.done = new Promise<PrintOutcome>((resolve, reject) => {
      this.settle = { resolve, reject };
    });
    this.order = new Map(plan.jobs.map((j, i) => [j.id, i]));
    // Largest first (stable), so the long handbooks do not end up last on one worker.
    this.queue = [...plan.toBuild].sort((a, b) => b.weight - a.weight || this.order.get(a.id)! - this.order.get(b.id)!);
    this.smallBelow = plan.toBuild.reduce((most, j) => Math.max(most, j.weight), 0) / 4;
    this.grown = initial >= maxWorkers;
    for (let i = 0; i < initial; i++) this.spawn();
  }

  /** Start the remaining workers. */
  grow(): void {
    this.resting = false;
    this.grown = true;
    for (const w of this.held) this.next(w);
    this.held.clear();
    while (this.workers.length < this.maxWorkers && this.queue.length > 0) this.spawn();
  }

  rest(): void {
    this.resting = true;
    // A worker not yet ready is let go when it says it is (next()).
    for (const w of [...this.workers]) if (w.ready && w.job === undefined && !w.stopping) this.pause(w);
  }

  /**
   * A worker with no job while resting: let go, or for a small model held idle. A new worker costs its
   * start-up and cold caches (fonts, measured lines, banks, views): the example's three workers took
   * ~5 s more CPU than one making every PDF; a small model's worker holds little beside the indexer.
   */
  private pause(worker: PoolWorker): void {
    if (this.holdWhenResting && this.queue.length > 0) this.held.add(worker);
    else this.letGo(worker);
  }

  /** Stops a worker that has no job and forgets it, so that grow() may start another. */
  private letGo(worker: PoolWorker): void {
    worker.stopping = true;
    tell(worker, { type: 'stop' });
    this.workers.splice(this.workers.indexOf(worker), 1);
  }

  cancel(): void {
    if (this.cancelled) return;
    this.cancelled = true;
    if (!this.failed) this.fail(new Error('print cancelled'), undefined);
    this.queue.length = 0;
    this.running = 0;
    for (const w of this.workers) {
      w.job = undefined;
      stop(w);
    }
    this.finish();
  }

  /** Cancelled from a signal handler: every worker started and its children have ended on return. */
  stopNow(): void {
    this.cancel();
    stopTreeNow([...this.started].map((w) => w.pid ?? 0));
  }

  private finish(): void {
    if (this.running > 0) return;
    // Resting with jobs left: the run goes on when grow() starts workers again.
    if (this.resting && this.queue.length > 0 && !this.failed) return;
    // On success the workers stop by themselves once told to (and keep their code cache).
    if (this.failed) for (const w of this.workers) stop(w);
    if (this.failed) this.settle.reject(this.failed);
    else {
      keepKnown(this.print, this.plan);
      this.settle.resolve({ ...inOrder(this.plan), cache: this.plan.stats });
    }
  }

  private next(worker: PoolWorker): void {
    const { queue, order } = this;
    if (this.failed)
      for (let i = queue.length - 1; i >= 0; i--) if (order.get(queue[i]!.id)! > this.failedAt) queue.splice(i, 1);
    if (this.resting && !this.failed) {
      this.pause(worker);
      return;
    }
    const busy = new Set(this.workers.filter((w) => w !== worker && w.job !== undefined).map((w) => w.unit ?? ''));
    const job = takeJob(queue, { unit: worker.unit, busy, grown: this.grown, smallBelow: this.smallBelow });
    if (!job) {
      worker.stopping = true;
      tell(worker, { type: 'stop' });
      return;
    }
    this.running++;
    worker.job = job.id;
    worker.unit = unitOf(job);
    tell(worker, { type: 'job', id: job.id });
  }

  private fail(e: Error, jobId: string | undefined): void {
    const at = jobId === undefined ? -1 : this.order.get(jobId)!;
    if (at < this.failedAt) {
      this.failed = e;
      this.failedAt = at;
    }
  }

  private spawn(): void {
    if (this.workers.length >= this.maxWorkers || this.queue.length === 0) return;
    const worker = startWorker(this.heapMb);
    this.workers.push(worker);
    this.started.add(worker);
    worker.on('exit', () => this.started.delete(worker));
    worker.on('message', (message: FromWorker) => {
      if (this.cancelled) return;
      if (message.type === 'ready') {
        worker.ready = true;
        return this.next(worker);
      }
      this.running--;
      worker.job = undefined;
      if (message.type === 'done') {
        this.plan.results.set(message.id, { files: message.files, notes: message.notes });
        if (message.known) this.plan.known.set(...message.known);
        this.plan.stats = this.print.addStats(this.plan.stats, message.cache);
      } else this.fail(rebuildError(message.error), message.id);
      this.next(worker);
      this.finish();
    });
    // The process could not be started or written to: the run fails (it would wait for ever).
    worker.on('error', (e: Error) => {
      if (this.cancelled) return;
      this.fail(e, undefined);
      if (worker.job !== undefined) {
        this.running--;
        worker.job = undefined;
      }
      this.queue.length = 0;
      this.finish();
    });
    // A worker that ended before it was told to stop (killed, out of memory, a bug outside any job),
    // in a job or between two, fails the whole run (the jobs left would otherwise wait for ever on
    // no worker) — unless it only outgrew its heap ceiling, in a job or still loading: its job, if any,
    // goes back in the queue for a worker without one. 'close', not 'exit': its error output is read by then.
    worker.on('close', (code, signal) => {
      const job = worker.job;
      if (this.cancelled || worker.stopping) return;
      if (this.outgrew(worker)) return;
      if (job !== undefined) this.running--;
      worker.job = undefined;
      this.fail(workerDied(job, code, signal, worker.outOfMemory === true), undefined);
      this.queue.length = 0;
      this.finish();
    });
    worker.send({ ...this.data });
  }

  /** A worker reached its heap ceiling: its job is queued again and the pool's workers go without a ceiling. */
  private outgrew(worker: PoolWorker): boolean {
    if (worker.heapMb === undefined || this.cancelled || !worker.outOfMemory) return false;
    if (this.heapMb !== undefined)
      console.error(
        `PDF 生成超出了预留的 ${this.heapMb} MB 内存，改为不限内存继续 / a PDF worker outgrew its ${this.heapMb} MB heap; going on without a ceiling`,
      );
    this.heapMb = undefined;
    const job = this.plan.toBuild.find((j) => j.id === worker.job);
    if (job) {
      this.running--;
      this.queue.unshift(job);
    }
    worker.job = undefined;
    this.workers.splice(this.workers.indexOf(worker), 1);
    this.spawn();
    return true;
  }
}

/** `startPrint` with every worker from the start, awaited. */
export async function printInWorkers(
  model: Model,
  outDir: string,
  options: PrintPoolOptions = {},
): Promise<PrintOutcome> {
  return (await startPrint(model, outDir, options)).done;
}
