/**
 * The order vitest starts the test files in. Vitest runs the longest files first when it has
 * their durations from an earlier run, but a clean clone (CI, `.ci/run`) has none, and then it
 * starts the largest files first: pdf-cache.test.ts, 21st by size, started after some 250 s of
 * other files and ran about 590 s, so the whole run took 851 s with one worker idle at the end.
 * Recorded durations mislead too: after a run that failed at once (every file "0 ms"), the next
 * started the files in name order and pdf-cache.test.ts at 534 s (seen 2026-12-05). So the files
 * known to be longest always start first; the others keep vitest's order.
 */
import path from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Longest first, as measured in full runs on a 2-core machine (2026-12-05, quiet clean clone:
 * pdf-cache 183 s, shards 174 s; at load they took up to 590 and 370 s). Both are CPU-bound from
 * start to end, so started first they overlap the many shorter files instead of running alone after them.
 */
const LONGEST = ['test/pdf-cache.test.ts', 'test/shards.test.ts'];

export class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const root = this.ctx.config.root;
    const rank = (f: TestSpecification) => {
      const i = LONGEST.indexOf(path.relative(root, f.moduleId).split(path.sep).join('/'));
      return i === -1 ? LONGEST.length : i;
    };
    // Array.prototype.sort is stable: the other files keep vitest's order.
    return sorted.sort((a, b) => rank(a) - rank(b));
  }
}
