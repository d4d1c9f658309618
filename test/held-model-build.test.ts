/**
 * How often `guifan build`'s process reads its model back from the JSON file it wrote for the
 * other processes (src/cli/held-model.ts). Without PDFs it reads it once, for the search index,
 * and keeps it for the steps after (the service worker, model.json): letting it go after the
 * index, as a build with PDFs does while its print workers run, only made it parse the file again
 * (0.45 s at 100×) after a full collection (0.23 s).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runBuild } from '../src/cli/build.ts';
import { HeldModel } from '../src/cli/held-model.ts';
import { testTempDir } from './support/temp-dir.ts';

const ORG = path.resolve('test/fixtures/orgs/three-level-power');

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the model held by guifan build', () => {
  it('without PDFs: read back once, for the search index, and kept for the steps after it', {
    timeout: 300_000,
  }, async () => {
    const readBack = vi.spyOn(HeldModel.prototype as unknown as { readBack(): unknown }, 'readBack');
    const out = path.join(testTempDir('held-build'), 'out');
    const built = await runBuild({ contentDir: ORG, outDir: out, pdf: false, pdfCache: false });
    expect(built.model).toBeDefined();
    expect(readBack).toHaveBeenCalledTimes(1);
    // The index, the service worker and model.json were all written, model.json from that model.
    for (const file of ['pagefind/pagefind.js', 'sw.js', 'model.json'])
      expect(existsSync(path.join(out, file))).toBe(true);
    expect(JSON.parse(readFileSync(path.join(out, 'model.json'), 'utf8')).organisation).toEqual(
      built.model!.organisation,
    );
  });
});
