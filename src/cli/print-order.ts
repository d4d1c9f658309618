/**
 * Which print job a worker takes next (print-pool.ts). Another of the unit it is printing for
 * while there is one, else the first unit no other worker is on: a worker keeps the last few
 * views, papers and question banks it derived (print/cache/derived.ts), and handed out by size
 * alone, a unit's jobs were spread over the whole run and each remade them (at 100×, a tenth of
 * the workers' time went to remaking views). Within a unit the largest job first; before the
 * site is done only the small ones, smallest first, so the large handbooks do not hold their
 * memory at the same time as Astro and Pagefind.
 */

/** What the choice needs of a job. */
export interface QueuedJob {
  weight: number;
  /** The unit whose files these are (undefined: the group's). */
  unit?: string;
}

export interface TakeState {
  /** The unit the worker printed for last. */
  unit: string | undefined;
  /** Units other workers are printing for now. */
  busy: ReadonlySet<string>;
  /** Whether every worker may run (the site is done): largest first, large jobs too. */
  grown: boolean;
  /** Jobs below this weight are small (not handbooks). */
  smallBelow: number;
}

/** A job's unit, '' for the group's own files. */
export function unitOf(job: QueuedJob): string {
  return job.unit ?? '';
}

/** Removes from `queue` (largest first) the job a worker in `state` takes next, and returns it. */
export function takeJob<J extends QueuedJob>(queue: J[], state: TakeState): J | undefined {
  if (queue.length === 0) return undefined;
  const open = state.grown ? queue : queue.filter((j) => j.weight < state.smallBelow);
  const pool = open.length > 0 ? open : queue;
  let unit = state.unit;
  if (unit === undefined || !pool.some((j) => unitOf(j) === unit)) {
    const candidates = state.grown ? pool : [...pool].reverse();
    unit = unitOf(candidates.find((j) => !state.busy.has(unitOf(j))) ?? candidates[0]!);
  }
  // The queue is largest first: the unit's first job is its largest, its last its smallest.
  const mine = pool.filter((j) => unitOf(j) === unit);
  const job = state.grown ? mine[0]! : mine[mine.length - 1]!;
  queue.splice(queue.indexOf(job), 1);
  return job;
}
