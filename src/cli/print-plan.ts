/**
 * The print jobs of a run (print-pool.ts): planned, those the PDF cache holds written out at once,
 * the rest left to the workers; and once all succeeded, what each gave, for a next build of the
 * same model (print/cache/same-model.ts).
 */
import type { Model } from '../model/types.ts';
import type { CacheStats, PrintCacheOptions, SameModelJob } from '../print/index.ts';

export type PrintModule = typeof import('../print/index.ts');

/** The jobs of a build, those the cache already holds written out, and what is left to make. */
export interface PrintPlan {
  jobs: ReturnType<PrintModule['planPrintJobs']>;
  toBuild: PrintPlan['jobs'];
  /** Files and messages per job id, the cached ones and those made so far. */
  results: Map<string, { files: string[]; notes: string[] }>;
  stats: CacheStats;
  cache: PrintCacheOptions | undefined;
  /** What the plan itself says (papers left out), once, before the jobs' notes. */
  notes: string[];
  /** Each cached job's key and files, for the next build of the same model (print/cache/same-model.ts). */
  known: Map<string, SameModelJob>;
}

/** Once every job succeeded: what each gave, for a next build of this very model file. */
export function keepKnown(print: PrintModule, plan: PrintPlan): void {
  const { cache } = plan;
  if (cache?.modelDigest !== undefined && cache.codeVersion !== undefined)
    print.writeSameModel(cache.dir, cache.modelDigest, cache.codeVersion, plan.known);
}

export async function planPrint(
  print: PrintModule,
  model: Model,
  outDir: string,
  select: Parameters<PrintModule['planPrintJobs']>[1],
  cacheDir: string | undefined,
  /** The model was parsed from JSON: a tree already, read by the cache's check as it is. */
  fromJson = false,
  /** sha256 of the model file it was parsed from. */
  modelDigest?: string,
): Promise<PrintPlan> {
  const jobs = print.planPrintJobs(model, select);
  const plan: PrintPlan = {
    jobs,
    toBuild: jobs,
    results: new Map(),
    stats: print.emptyStats(),
    cache: undefined,
    notes: print.printPlanNotes(model, select),
    known: new Map(),
  };
  if (cacheDir !== undefined) {
    // The cached jobs are written here, before any worker starts: a rebuild with nothing changed starts none.
    const { codeVersion } = await import('../print/cache/code.ts');
    const cache = (plan.cache = {
      dir: cacheDir,
      codeVersion: await codeVersion(),
      ...(modelDigest !== undefined ? { modelDigest } : {}),
    });
    const reused = await print.reuseCached(model, outDir, { ...select, cache, ...(fromJson ? { from: 'json' } : {}) });
    for (const [id, files] of reused.files) plan.results.set(id, { files, notes: reused.notes.get(id) ?? [] });
    plan.stats = reused.cache;
    plan.known = reused.known;
    const remaining = new Set(reused.remaining);
    plan.toBuild = jobs.filter((j) => remaining.has(j.id));
  }
  return plan;
}

/** Every file and message in buildPrint's order, the cached ones and those just made. */
export function inOrder(plan: PrintPlan): { files: string[]; notes: string[] } {
  return {
    files: plan.jobs.flatMap((j) => plan.results.get(j.id)?.files ?? []),
    notes: [...plan.notes, ...plan.jobs.flatMap((j) => plan.results.get(j.id)?.notes ?? [])],
  };
}
