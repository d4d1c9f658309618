/** Phase 6: tracks — runs that overlap along a channel or corridor never share a line. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ChannelRun, CorridorRun } from '../../src/diagram/layout/routes.ts';
import { assignTracks, channelTracks, corridorTracks } from '../../src/diagram/layout/tracks.ts';

const ch = (
  from: number,
  to: number,
  target: string,
  edge: number,
  enters: number[] = [],
  leaves: number[] = [],
  channel = 0,
): ChannelRun => ({ channel, from, to, enters, leaves, target, edge });
const co = (from: number, to: number, edge: number, keep?: 'left' | 'right', corridor = 1): CorridorRun => ({
  corridor,
  from,
  to,
  edge,
  ...(keep ? { keep } : {}),
});

describe('channel tracks', () => {
  it('puts overlapping runs on different tracks and lets runs that do not overlap share one', () => {
    const tracks = channelTracks([ch(1, 5, 'x', 0), ch(3, 7, 'y', 1), ch(7.5, 9, 'z', 2)]);
    expect(tracks[0]).not.toBe(tracks[1]);
    expect(tracks[2]).toBe(0);
  });

  it('keeps a run that comes down into a column above a run that leaves downwards there', () => {
    // Run 0 leaves downwards at column 3; run 1 comes down into column 3: run 1 must be above (lower track).
    const tracks = channelTracks([ch(3, 7, 'x', 0, [], [3]), ch(1, 3, 'y', 1, [3], [])]);
    expect(tracks[1]!).toBeLessThan(tracks[0]!);
  });

  it('lets runs into one target join where they meet', () => {
    const tracks = channelTracks([ch(1, 5, 't', 0), ch(5, 9, 't', 1)]);
    expect(tracks).toEqual([0, 0]);
  });

  it('treats every channel on its own', () => {
    expect(channelTracks([ch(1, 5, 'x', 0, [], [], 0), ch(1, 5, 'y', 1, [], [], 1)])).toEqual([0, 0]);
  });

  it('never lets two runs to different targets share a track where they overlap (random runs)', () => {
    const run = fc.record({
      a: fc.nat(12),
      b: fc.nat(12),
      target: fc.constantFrom('p', 'q', 'r', 's'),
      channel: fc.nat(2),
    });
    fc.assert(
      fc.property(fc.array(run, { maxLength: 10 }), (specs) => {
        const runs = specs.map((s, i) =>
          ch(
            Math.min(s.a, s.b),
            Math.max(s.a, s.b),
            s.target,
            i,
            [Math.min(s.a, s.b)],
            [Math.max(s.a, s.b)],
            s.channel,
          ),
        );
        const tracks = channelTracks(runs);
        runs.forEach((p, i) =>
          runs.forEach((q, j) => {
            if (i < j && p.channel === q.channel && p.target !== q.target && p.from <= q.to && q.from <= p.to)
              expect(tracks[i], `runs ${i} and ${j}`).not.toBe(tracks[j]);
          }),
        );
      }),
    );
  });
});

describe('corridor tracks', () => {
  it('stacks overlapping runs and reuses a track once the run on it has ended', () => {
    expect(corridorTracks([co(1, 5, 0), co(3, 7, 1), co(6, 9, 2)])).toEqual([0, 1, 0]);
  });

  it('keeps a run to its side of an inner border: even tracks left of it, odd tracks right', () => {
    const tracks = corridorTracks([
      co(1, 5, 0, 'left'),
      co(1, 5, 1, 'left'),
      co(1, 5, 2, 'right'),
      co(1, 5, 3, 'right'),
    ]);
    expect(tracks.slice(0, 2).every((t) => t % 2 === 0)).toBe(true);
    expect(tracks.slice(2).every((t) => t % 2 === 1)).toBe(true);
    expect(new Set(tracks).size).toBe(4);
  });

  it('never puts overlapping runs of one corridor on one track (random runs)', () => {
    const run = fc.record({
      a: fc.nat(12),
      b: fc.nat(12),
      keep: fc.constantFrom(undefined, 'left' as const, 'right' as const),
      corridor: fc.nat(2),
    });
    fc.assert(
      fc.property(fc.array(run, { maxLength: 10 }), (specs) => {
        const runs = specs.map((s, i) => co(Math.min(s.a, s.b), Math.max(s.a, s.b), i, s.keep, s.corridor));
        const tracks = corridorTracks(runs);
        runs.forEach((p, i) =>
          runs.forEach((q, j) => {
            if (i < j && p.corridor === q.corridor && p.from <= q.to && q.from <= p.to)
              expect(tracks[i]).not.toBe(tracks[j]);
          }),
        );
      }),
    );
  });
});

describe('track counts', () => {
  it('counts the tracks each channel and corridor needs', () => {
    const t = assignTracks(
      [ch(1, 5, 'x', 0), ch(3, 7, 'y', 1), ch(1, 2, 'z', 2, [], [], 4)],
      [co(1, 5, 0), co(1, 5, 1, undefined, 0)],
    );
    expect(t.channelCount).toEqual(
      new Map([
        [0, 2],
        [4, 1],
      ]),
    );
    expect(t.corridorCount).toEqual(
      new Map([
        [1, 1],
        [0, 1],
      ]),
    );
  });
});
