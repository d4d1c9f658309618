/**
 * The heap ceilings of a build's processes (src/cli/heap-ceiling.ts): sized to the content,
 * switchable for the benchmark and the tests, and V8's out-of-memory words recognised. That a
 * build whose processes outgrow their ceilings still makes the same files is proven in
 * test/robust-build.test.ts (reproducible output).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { contentBytes, heapArgs, heapCeilingMb, isOutOfMemory } from '../src/cli/heap-ceiling.ts';

afterEach(() => {
  delete process.env.GUIFAN_HEAP_CEILING;
});

describe('heapCeilingMb', () => {
  it('grows with the content for the site; PDF workers (processes of their own) get none unless asked', () => {
    const small = heapCeilingMb('site', 150_000)!;
    const group = heapCeilingMb('site', 9_100_000)!;
    expect(group).toBeGreaterThan(small);
    // The example's site needs ~300 MB of live heap: the ceiling leaves room.
    expect(small).toBeGreaterThanOrEqual(512);
    expect(heapCeilingMb('print', 9_100_000)).toBeUndefined();
  });

  it('GUIFAN_HEAP_CEILING=off leaves V8 its own; a number sets every ceiling', () => {
    process.env.GUIFAN_HEAP_CEILING = 'off';
    expect(heapCeilingMb('site', 1e6)).toBeUndefined();
    process.env.GUIFAN_HEAP_CEILING = '64';
    expect(heapCeilingMb('site', 1e6)).toBe(64);
    expect(heapCeilingMb('print', 1e9)).toBe(64);
  });

  it('site=…,print=… sets each kind on its own; a kind not named keeps its default', () => {
    const sizedSite = heapCeilingMb('site', 9_100_000);
    process.env.GUIFAN_HEAP_CEILING = 'site=900';
    expect(heapCeilingMb('site', 9_100_000)).toBe(900);
    expect(heapCeilingMb('print', 9_100_000)).toBeUndefined();
    process.env.GUIFAN_HEAP_CEILING = 'print=700';
    expect(heapCeilingMb('site', 9_100_000)).toBe(sizedSite);
    process.env.GUIFAN_HEAP_CEILING = 'site=off, print=700';
    expect(heapCeilingMb('site', 9_100_000)).toBeUndefined();
    expect(heapCeilingMb('print', 9_100_000)).toBe(700);
  });
});

describe('heapArgs', () => {
  it("are flags this Node takes: the ceiling given, the heap's growth bounded", () => {
    const limit = (args: string[]): number =>
      Number(
        execFileSync(process.execPath, [
          ...args,
          '-e',
          'process.stdout.write(String(require("v8").getHeapStatistics().heap_size_limit))',
        ]).toString(),
      );
    expect(heapArgs(undefined)).toEqual([expect.stringMatching(/^--heap-growing-percent=\d+$/)]);
    // Node refuses a flag it does not know: these start a process, and the ceiling holds.
    expect(limit(heapArgs(128)) / 2 ** 20).toBeLessThan(200);
    expect(limit(heapArgs(undefined)) / 2 ** 20).toBeGreaterThan(200);
    // A print worker's larger young generation, a flag this Node takes too.
    expect(heapArgs(undefined, 'print')).toContainEqual(expect.stringMatching(/^--max-semi-space-size=\d+$/));
    expect(limit(heapArgs(128, 'print')) / 2 ** 20).toBeLessThan(260);
  });
});

describe('contentBytes', () => {
  it('adds up the content files, not hidden folders', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'guifan-heap-'));
    try {
      mkdirSync(path.join(dir, 'norms'));
      mkdirSync(path.join(dir, '.git'));
      writeFileSync(path.join(dir, 'organisation.yaml'), 'x'.repeat(100));
      writeFileSync(path.join(dir, 'norms', 'a.yaml'), 'x'.repeat(50));
      writeFileSync(path.join(dir, '.git', 'pack'), 'x'.repeat(1000));
      expect(contentBytes(dir)).toBe(150);
      expect(contentBytes(path.join(dir, 'missing'))).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('isOutOfMemory', () => {
  it("knows V8's last words and a worker's error code, and nothing else", () => {
    expect(isOutOfMemory('FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory')).toBe(
      true,
    );
    expect(isOutOfMemory('worker stopped', 'ERR_WORKER_OUT_OF_MEMORY')).toBe(true);
    expect(isOutOfMemory('ENOSPC: no space left on device', 'ENOSPC')).toBe(false);
    expect(isOutOfMemory(undefined)).toBe(false);
  });
});
