/**
 * Which code the print workers run (print-pool.ts): this process's bundle, or, when this process
 * runs from the sources (the tests, `tsx src/cli/main.ts`), the precompiled one while it is fresh —
 * bin.mjs's own rule. A worker from the sources registers tsx and loads every module through its
 * hooks: ~2.5 s more CPU a worker than the bundle (cold `guifan pdf` of the scaffold from a process
 * on the sources, two workers: 10.9/13.7 → 8.7/8.8 s CPU in all).
 */
import { importExternal } from './external.ts';

export async function workerBundle(): Promise<{ bundle?: unknown }> {
  if (globalThis.__guifanBundle) return { bundle: globalThis.__guifanBundle.manifest };
  if (process.env.GUIFAN_NO_BUNDLE) return {};
  // Imported by its path, so that the bundle never holds bundle.mjs (it runs from it).
  const { bundleIsFresh, readManifest } = await importExternal<typeof import('./bundle.mjs')>(
    new URL('./bundle.mjs', import.meta.url).href,
  );
  const manifest = readManifest();
  return manifest && bundleIsFresh(manifest) ? { bundle: manifest } : {};
}
