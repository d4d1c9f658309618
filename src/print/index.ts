/**
 * Print outputs: posters, handbooks and pocket cards as PDFs, made in-process with pdf-lib
 * from the resolved model and the templates in templates/.
 *
 *   buildPrint(model, 'root')                          → root/print/*.pdf (published) and
 *                                                         root/staff/*.pdf (quiz papers and keys)
 *   buildPrint(model, 'root', { only: 'poster:east' })  → just that poster
 *   buildPrint(model, 'root', { only: 'quiz:all' })      → staff/quiz-all-A.pdf, -B.pdf, -key.pdf
 *   plannedPrintFiles(model)                            → the names, without building
 *
 * Quiz papers and their keys are staff material: they never go where the site is published
 * (the CLI moves root/staff/ to the staff folder, `<out>-staff/` by default).
 */
import { linkSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Model } from '../model/types.ts';
import { keepViews } from '../model/view-cache.ts';
import { inSlice, type Slice } from '../model/shard.ts';
import { planOnce } from './plan-memo.ts';
import { codeVersion } from './cache/code.ts';
import { emptyStats, PrintCache, type CacheStats } from './cache/store.ts';
import { readSameModel, type SameModelJob } from './cache/same-model.ts';
export { writeSameModel, type SameModelJob } from './cache/same-model.ts';
import { compactReads } from './cache/compact.ts';
import { ReadTracer } from './cache/trace.ts';
import { lendDerived, printTree, type PrintTree } from './cache/derived.ts';
export { printTree } from './cache/derived.ts';
import { FontCache } from './fonts.ts';
import { leftOutQuizScopes, parseOnly, plannedPrintFiles, PRINT_FOLDER } from './plan.ts';

export { PRINT_FOLDER } from './plan.ts';
export { cacheDirFor, pruneCache, addStats, emptyStats, type CacheStats } from './cache/store.ts';
import { defaultTemplatesDir, loadTemplates, type Template } from './templates.ts';

export { PosterOverflowError } from './poster.ts';
export { CardOverflowError } from './card.ts';
export { MissingGlyphError } from './measure.ts';
export { TemplateError, loadTemplates, defaultTemplatesDir } from './templates.ts';

import { jobsFor, type Job } from './jobs.ts';

export interface BuildPrintOptions {
  /** KIND or KIND:UNIT (or KIND:ROLE / KIND:all for handbooks and quiz papers); KIND is a template's output name, e.g. poster, handbook, card, quiz. */
  only?: string;
  templatesDir?: string;
  /** Share parsed fonts between several builds (tests, watch mode, a print worker). */
  fonts?: FontCache;
  /** Build only these jobs (ids from `planPrintJobs`), e.g. the share of one worker thread. */
  jobs?: readonly string[];
  /** Only the files of this slice of the group (guifan build --shard; src/model/shard.ts). */
  slice?: Slice;
  /** Templates already loaded (a print worker loads them once for all its jobs). */
  templates?: Template[];
  /** Reuse and keep PDFs in this cache (store.ts); without it every PDF is made. */
  cache?: PrintCacheOptions;
  /**
   * `printTree(model, templates)` made once by a caller that builds one job per call (a print
   * worker): the copy is the model's size, and making it (and the values derived from it) for
   * every job cost more than the jobs' read tracing. The caller makes a new one when a call
   * reports an uncacheable job (it wrote to this copy).
   */
  tree?: PrintTree;
}

/** A print job as a scheduler sees it: `id` (its first file) selects it in `BuildPrintOptions.jobs`. */
export interface PrintJob {
  id: string;
  files: string[];
  weight: number;
  /** The unit whose files these are (undefined: the group's); a worker keeps to one unit's jobs while it can. */
  unit?: string;
}

/** The files `buildPrint` writes (names in out/print/, kind, scope label), from the templates alone. */
export { plannedPrintFiles, type PlannedFile } from './plan.ts';

function templatesOf(options: BuildPrintOptions): Template[] {
  return options.templates ?? loadTemplates(options.templatesDir ?? defaultTemplatesDir());
}

function selectJobs(model: Model, options: BuildPrintOptions, fonts: FontCache): (Job & { unit?: string })[] {
  const templates = templatesOf(options);
  const all = planOnce(model, templates, fonts, options.only, () => {
    const planned = plannedPrintFiles(model, {
      templates,
      ...(options.only !== undefined ? { only: options.only } : {}),
    });
    const ofTemplate = (t: Template) => planned.filter((p) => p.output === t.output);
    // A job's files are of one unit (or of the group): its first file says whose it is.
    const unitOf = new Map(planned.map((p) => [p.file, p.unitId]));
    return templates.flatMap((t) =>
      jobsFor(model, t, fonts, ofTemplate(t)).map((j): Job & { unit?: string } => {
        const unit = unitOf.get(j.files[0]!);
        return unit === undefined ? j : { ...j, unit };
      }),
    );
  });
  const jobs = options.slice ? all.filter((j) => inSlice(options.slice, j.unit)) : all;
  if (options.jobs === undefined) return jobs;
  const ids = new Set(options.jobs);
  return jobs.filter((j) => ids.has(j.files[0]!));
}

/** The jobs `buildPrint(model, out, options)` runs, in its order, without building anything. */
export function planPrintJobs(model: Model, options: Omit<BuildPrintOptions, 'fonts'> = {}): PrintJob[] {
  return selectJobs(model, options, new FontCache()).map((j) => ({
    id: j.files[0]!,
    files: j.files,
    weight: j.weight(),
    ...(j.unit !== undefined ? { unit: j.unit } : {}),
  }));
}

/**
 * What the build says once about its plan, beside the jobs' own notes: each quiz paper its
 * templates ask for that the quiz core leaves out (`paperLeftOut`), and why — for the files
 * `options` selects (its --only and its slice of the group).
 */
export function printPlanNotes(model: Model, options: Omit<BuildPrintOptions, 'fonts' | 'jobs'> = {}): string[] {
  const { kind, scope } = parseOnly(options.only);
  return templatesOf(options)
    .filter((t) => t.kind === 'quiz' && (kind === undefined || t.output === kind))
    .flatMap((t) =>
      t.kind !== 'quiz'
        ? []
        : leftOutQuizScopes(model, t)
            .filter((x) => (scope === undefined || x.scope.id === scope) && inSlice(options.slice, x.scope.unitId))
            .map(
              ({ scope: s, reason }) =>
                `未出试卷 ${t.output}-${s.id}（${s.label}）：${reason.zh} / no quiz paper ${t.output}-${s.id} (${s.label}): ${reason.en}`,
            ),
    );
}

export interface PrintResult {
  files: string[];
  notes: string[];
  /** How the cache was used (all zero without one). */
  cache: CacheStats;
  /** The same files and messages by job (id: its first file), and whether the cache held them. */
  byJob: Map<string, JobResult>;
}

/** One job's files and messages, whether the cache held them, and its cache key with what same-model.ts records of it (none: not cached). */
export interface JobResult {
  files: string[];
  notes: string[];
  reused: boolean;
  known?: [string, SameModelJob];
}

/** A PDF cache for `buildPrint`: where it is, and guifan's code version (tests pass their own). */
export interface PrintCacheOptions {
  dir: string;
  codeVersion?: string;
  /** false: only store (the jobs were looked up already, e.g. by the parent of a print worker). */
  lookup?: boolean;
  /** sha256 of the model file's bytes, when the model was read from one (same-model.ts). */
  modelDigest?: string;
}

/**
 * The record parts written or found, by the options of the calls that share them: a print worker
 * passes the same options to all its one-job calls of a build, whose records name the same parts
 * (a 10× group's 445 jobs named a part 21,000 times, 5,200 of them new, each looked for on disk).
 */
const partsWrittenBy = new WeakMap<PrintCacheOptions, Set<string>>();

async function openCache(options: PrintCacheOptions): Promise<PrintCache> {
  let written = partsWrittenBy.get(options);
  if (!written) partsWrittenBy.set(options, (written = new Set()));
  return new PrintCache(options.dir, options.codeVersion ?? (await codeVersion()), written);
}

function writeJob(
  outDir: string,
  job: Pick<Job, 'audience' | 'files'>,
  outputs: readonly Uint8Array[],
  files: string[],
): void {
  const dir = join(outDir, PRINT_FOLDER[job.audience]);
  mkdirSync(dir, { recursive: true });
  job.files.forEach((file, i) => {
    const path = join(dir, file);
    writeFileSync(path, outputs[i]!);
    files.push(path);
  });
}

/**
 * A reused job's files as links to the cache's copies, which are never written in place (each is
 * written whole under a temporary name, store.ts): 311 MB at 100× were read and written again by
 * each rebuild. Nothing writes into a placed PDF either: the pages' PDF sizes are read, and
 * `guifan pdf --only` writes over copies of the output it starts from. Another disk (an out
 * folder that is a mount point) or a file system without links: the bytes are written.
 */
function linkJob(
  outDir: string,
  job: Pick<Job, 'audience' | 'files'>,
  hit: { outputs: readonly Uint8Array[]; stored: readonly string[] },
  files: string[],
): void {
  const dir = join(outDir, PRINT_FOLDER[job.audience]);
  mkdirSync(dir, { recursive: true });
  job.files.forEach((file, i) => {
    const path = join(dir, file);
    try {
      linkSync(hit.stored[i]!, path);
    } catch (e) {
      // A file already there (a copy `guifan pdf --only` started from) is replaced, not written into.
      if ((e as NodeJS.ErrnoException).code === 'EEXIST') rmSync(path, { force: true });
      writeFileSync(path, hit.outputs[i]!);
    }
    files.push(path);
  });
}

/**
 * The jobs of `options` whose cached files still hold for `model`: written into `outDir` now.
 * Returns the ids of the jobs left to build, the files written and the cache's count.
 */
/** Role views kept while checking the cache (a unit's roles and the last unit's). */
const VIEWS_KEPT_WHILE_CHECKING = 24;

export async function reuseCached(
  model: Model,
  outDir: string,
  /** from 'json': the model was parsed from JSON, a tree already, read as it is rather than copied. */
  options: Omit<BuildPrintOptions, 'fonts'> & { cache: PrintCacheOptions; from?: 'copy' | 'json' },
): Promise<{
  remaining: string[];
  files: Map<string, string[]>;
  notes: Map<string, string[]>;
  cache: CacheStats;
  known: Map<string, SameModelJob>;
}> {
  const cache = await openCache(options.cache);
  const templates = templatesOf(options);
  // Only read here, never traced: the derived values need no copies (derived.ts). Made only for
  // a job the last build's record of this very model does not give (same-model.ts).
  let tree: PrintTree | undefined;
  const checkTree = (): PrintTree => {
    if (tree) return tree;
    tree = printTree(model, templates, options.from, 'check');
    // Checked one unit's jobs after another, as the workers make them (cli/print-order.ts): the
    // views, banks and papers a record is checked against are derived once per unit, and only the
    // last few kept. In plan order (kind by kind) every unit's were made again for each kind.
    keepViews(tree.model, VIEWS_KEPT_WHILE_CHECKING);
    return tree;
  };
  const digest = options.cache.modelDigest;
  const last = digest !== undefined ? readSameModel(options.cache.dir, digest, cache.codeVersion) : undefined;
  const known = new Map<string, SameModelJob>();
  const jobs = selectJobs(model, { ...options, templates }, new FontCache());
  const units = new Map<string, number>();
  for (const job of jobs) if (!units.has(job.unit ?? '')) units.set(job.unit ?? '', units.size);
  const byUnit = jobs
    .map((job, i) => ({ job, i }))
    .sort((a, b) => units.get(a.job.unit ?? '')! - units.get(b.job.unit ?? '')! || a.i - b.i)
    .map(({ job }) => job);
  const remaining: string[] = [];
  const files = new Map<string, string[]>();
  const notes = new Map<string, string[]>();
  // Checked in the build's main thread while the site's process runs: give its messages and
  // output a turn now and then, or the site waits on a full pipe.
  let turn = performance.now();
  for (const job of byUnit) {
    if (performance.now() - turn > 50) {
      await new Promise((resolve) => setImmediate(resolve));
      turn = performance.now();
    }
    const key = cache.key(job, job.template);
    const lastTime = last?.get(key);
    const hit = (lastTime && cache.takeKnown(key, lastTime)) || cache.lookup(key, checkTree());
    if (!hit) {
      remaining.push(job.files[0]!);
      continue;
    }
    const written: string[] = [];
    linkJob(outDir, job, hit, written);
    files.set(job.files[0]!, written);
    notes.set(job.files[0]!, hit.notes);
    known.set(key, hit.known);
  }
  return { remaining, files, notes, cache: cache.stats, known };
}

/** Files written, and build messages (what was laid out otherwise than planned, and why). */
export async function buildPrint(model: Model, outDir: string, options: BuildPrintOptions = {}): Promise<PrintResult> {
  const fonts = options.fonts ?? new FontCache();
  const templates = templatesOf(options);
  const jobs = selectJobs(model, { ...options, templates }, fonts);
  const files: string[] = [];
  const notes: string[] = [];
  const cache = options.cache ? await openCache(options.cache) : undefined;
  // The jobs read a tree copy, the same in one thread as in a worker (which gets the model as JSON).
  const tree = cache && jobs.length > 0 ? (options.tree ?? printTree(model, templates)) : undefined;
  const byJob = new Map<string, JobResult>();
  // Said once by whoever builds the whole selection (a worker builds chosen jobs: its caller says it).
  if (options.jobs === undefined) notes.push(...printPlanNotes(model, { ...options, templates }));
  for (const job of jobs) {
    const own: JobResult = { files: [], notes: [], reused: false };
    byJob.set(job.files[0]!, own);
    await runJob(job, own);
    files.push(...own.files);
    notes.push(...own.notes);
  }
  async function runJob(job: Job, own: JobResult): Promise<void> {
    if (!cache) {
      writeJob(outDir, job, await job.run(model, (message) => own.notes.push(message)), own.files);
      return;
    }
    const key = cache.key(job, job.template);
    const hit = options.cache!.lookup === false ? undefined : cache.lookup(key, tree!);
    if (hit) {
      own.reused = true;
      own.known = [key, hit.known];
      own.notes.push(...hit.notes);
      writeJob(outDir, job, hit.outputs, own.files);
      return;
    }
    const tracer = new ReadTracer(tree!);
    // The job's item lookups (and the like) go to the derived values (traced), not to every clause of the model.
    const { model: traced, derived } = tracer.value;
    lendDerived(traced, derived);
    const used: Record<string, string> = {};
    const unwatch = fonts.watch((path) => (used[path] ??= cache.fontHash(path)));
    let outputs: Uint8Array[];
    try {
      outputs = await job.run(traced, (message) => own.notes.push(message), derived);
    } finally {
      unwatch();
    }
    writeJob(outDir, job, outputs, own.files);
    cache.stats.made += outputs.length;
    if (tracer.wrote === undefined) {
      const known = cache.store(key, job, compactReads(tracer.root), used, outputs, own.notes);
      if (known) own.known = [key, known];
    } else cache.stats.uncacheable++;
  }
  return { files, notes, cache: cache?.stats ?? emptyStats(), byJob };
}
