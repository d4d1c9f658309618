/**
 * The order print workers take their jobs in (src/cli/print-order.ts): one unit's jobs after
 * another, so that each worker derives a unit's views, bank and papers once; the large ones first
 * once every worker runs, and only the small ones while the site builds.
 */
import { describe, expect, it } from 'vitest';
import { takeJob, type QueuedJob, type TakeState } from '../src/cli/print-order.ts';

type Job = QueuedJob & { id: string };

/** The queue as the pool keeps it: largest first, then plan order. */
function queue(): Job[] {
  return [
    { id: 'handbook-all', weight: 100 },
    { id: 'handbook-a', weight: 100, unit: 'a' },
    { id: 'handbook-b', weight: 100, unit: 'b' },
    { id: 'handbook-a-clerk', weight: 50, unit: 'a' },
    { id: 'handbook-b-clerk', weight: 50, unit: 'b' },
    { id: 'quiz-a', weight: 8, unit: 'a' },
    { id: 'quiz-b', weight: 8, unit: 'b' },
    { id: 'poster-a', weight: 2, unit: 'a' },
    { id: 'poster-b', weight: 2, unit: 'b' },
    { id: 'slip-a', weight: 1, unit: 'a' },
  ];
}

const grown = (unit?: string, busy: string[] = []): TakeState => ({
  unit,
  busy: new Set(busy),
  grown: true,
  smallBelow: 25,
});

describe('takeJob', () => {
  it('keeps a worker on its unit, largest first, until the unit has no job left', () => {
    const q = queue();
    const taken: string[] = [];
    let unit: string | undefined = 'a';
    for (let i = 0; i < 5; i++) {
      const job: Job = takeJob(q, grown(unit))!;
      taken.push(job.id);
      unit = job.unit ?? '';
    }
    expect(taken).toEqual(['handbook-a', 'handbook-a-clerk', 'quiz-a', 'poster-a', 'slip-a']);
    // Unit a is done: the worker goes on with the first job in the queue, the group's handbook.
    expect(takeJob(q, grown('a'))?.id).toBe('handbook-all');
  });

  it('starts a new unit that no other worker is on', () => {
    const q = queue();
    expect(takeJob(q, grown(undefined, ['']))?.id).toBe('handbook-a');
    expect(takeJob(q, grown(undefined, ['', 'a']))?.id).toBe('handbook-b');
    // Every unit busy: the first job is taken all the same.
    expect(takeJob(q, grown(undefined, ['', 'a', 'b']))?.id).toBe('handbook-all');
  });

  it('takes only small jobs, smallest first, while the site builds', () => {
    const q = queue();
    const building: TakeState = { unit: undefined, busy: new Set(), grown: false, smallBelow: 25 };
    const taken: string[] = [];
    let unit: string | undefined;
    for (let i = 0; i < 6; i++) {
      const job: Job = takeJob(q, { ...building, unit })!;
      taken.push(job.id);
      unit = job.unit ?? '';
    }
    // The smallest job's unit first, smallest first; then the next unit's; then, with only
    // handbooks left, rather than stand idle, the worker takes its unit's smallest.
    expect(taken).toEqual(['slip-a', 'poster-a', 'quiz-a', 'poster-b', 'quiz-b', 'handbook-b-clerk']);
  });

  it('hands out every job exactly once', () => {
    const q = queue();
    const ids = queue().map((j) => j.id);
    const seen: string[] = [];
    const units: (string | undefined)[] = [undefined, undefined];
    for (let turn = 0; q.length > 0; turn++) {
      const w = turn % 2;
      const other = units[1 - w];
      const job = takeJob(q, { ...grown(units[w], other === undefined ? [] : [other]), grown: turn > 2 })!;
      seen.push(job.id);
      units[w] = job.unit ?? '';
    }
    expect(seen.sort()).toEqual(ids.sort());
    expect(takeJob(q, grown())).toBeUndefined();
  });
});
