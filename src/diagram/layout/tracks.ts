/**
 * Phase 6, tracks: the line each run takes within its channel or corridor, numbered from 0, so that
 * runs that overlap along a channel or corridor never share a line.
 */
import type { ChannelRun, CorridorRun } from './routes.ts';
import { must } from './types.ts';

export interface Tracks {
  /** Track of each channel run / corridor run, by its index in the routes' lists. */
  channel: number[];
  corridor: number[];
  /** Number of tracks used, per channel (key: the row above it, -1 for the top) and per corridor. */
  channelCount: Map<number, number>;
  corridorCount: Map<number, number>;
}

export function assignTracks(channelRuns: readonly ChannelRun[], corridorRuns: readonly CorridorRun[]): Tracks {
  const channel = channelTracks(channelRuns);
  const corridor = corridorTracks(corridorRuns);
  const channelCount = new Map<number, number>();
  channelRuns.forEach((run, i) =>
    channelCount.set(run.channel, Math.max(channelCount.get(run.channel) ?? 0, must(channel[i], 'track') + 1)),
  );
  const corridorCount = new Map<number, number>();
  corridorRuns.forEach((run, i) =>
    corridorCount.set(run.corridor, Math.max(corridorCount.get(run.corridor) ?? 0, must(corridor[i], 'track') + 1)),
  );
  return { channel, corridor, channelCount, corridorCount };
}

/** Run indices grouped by a key, each group in the runs' order. */
function groupBy<T>(runs: readonly T[], key: (run: T) => number): number[][] {
  const groups = new Map<number, number[]>();
  runs.forEach((run, i) => groups.set(key(run), [...(groups.get(key(run)) ?? []), i]));
  return [...groups.values()];
}

/**
 * Channel tracks: a run that comes down into a column must lie above a run that leaves downwards at
 * the same column, or the two vertical legs would overlap. Then the first free track (left-edge
 * greedy over overlapping intervals). Runs into the same target may share the point where they join.
 */
export function channelTracks(runs: readonly ChannelRun[]): number[] {
  const tracks = runs.map(() => 0);
  const run = (i: number): ChannelRun => must(runs[i], 'run');
  for (const group of groupBy(runs, (r) => r.channel)) {
    const above = new Map<number, number[]>(group.map((i) => [i, []]));
    for (const p of group)
      for (const q of group)
        if (p !== q && run(p).target !== run(q).target && run(p).enters.some((k) => run(q).leaves.includes(k)))
          above.get(q)?.push(p);
    const done = new Set<number>();
    const remaining = [...group].sort(
      (p, q) => run(p).from - run(q).from || run(p).to - run(q).to || run(p).edge - run(q).edge,
    );
    while (remaining.length > 0) {
      // Next run whose "must be above me" runs are all placed; on a cycle, just take the first.
      const idx = Math.max(
        0,
        remaining.findIndex((i) => (above.get(i) ?? []).every((p) => done.has(p))),
      );
      const i = must(remaining.splice(idx, 1)[0], 'run');
      const r = run(i);
      let track = Math.max(
        0,
        ...(above.get(i) ?? []).filter((p) => done.has(p)).map((p) => must(tracks[p], 'track') + 1),
      );
      const clash = (j: number): boolean => {
        const other = run(j);
        return (
          tracks[j] === track &&
          (other.target === r.target
            ? other.from < r.to && r.from < other.to && !(other.to === r.to || other.from === r.from)
            : other.from <= r.to && r.from <= other.to)
        );
      };
      while ([...done].some(clash)) track++;
      tracks[i] = track;
      done.add(i);
    }
  }
  return tracks;
}

/** Corridor tracks: first free track; a run that keeps to one side of an inner border takes only that side's tracks. */
export function corridorTracks(runs: readonly CorridorRun[]): number[] {
  const tracks = runs.map(() => 0);
  for (const group of groupBy(runs, (r) => r.corridor)) {
    const done: number[] = [];
    const run = (i: number): CorridorRun => must(runs[i], 'run');
    for (const i of [...group].sort(
      (p, q) => run(p).from - run(q).from || run(p).to - run(q).to || run(p).edge - run(q).edge,
    )) {
      const r = run(i);
      // Even tracks lie left of the border, odd ones right of it.
      let track = r.keep === 'right' ? 1 : 0;
      const step = r.keep ? 2 : 1;
      while (done.some((j) => tracks[j] === track && run(j).from <= r.to && r.from <= run(j).to)) track += step;
      tracks[i] = track;
      done.push(i);
    }
  }
  return tracks;
}
