// releaseGarbage (src/cli/release-garbage.ts) collects at once what a thread left behind, without
// --expose-gc on the command line: `guifan build` calls it when it goes idle, so that its heap does
// not keep the garbage of loading and planning beside Astro's process.
import { describe, expect, it } from 'vitest';
import { releaseGarbage } from '../src/cli/release-garbage.ts';

describe('releaseGarbage', () => {
  it('frees unreachable objects right away', () => {
    releaseGarbage();
    const before = process.memoryUsage().heapUsed;
    // ~80 MB of small objects, reachable only until the function returns.
    (() => {
      const kept: { n: number; s: string }[] = [];
      for (let i = 0; i < 1_000_000; i++) kept.push({ n: i, s: `row ${i}` });
      expect(process.memoryUsage().heapUsed - before).toBeGreaterThan(40 * 1024 * 1024);
    })();
    releaseGarbage();
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(10 * 1024 * 1024);
  });

  it('leaves gc off the global object', () => {
    releaseGarbage();
    expect((globalThis as { gc?: unknown }).gc).toBeUndefined();
  });
});
