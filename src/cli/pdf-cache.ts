/**
 * The PDF cache as the commands use it: where it is for an out folder (beside it, see
 * print/cache/store.ts), turned off by GUIFAN_NO_CACHE=1, and after a build pruned and reported.
 */
import { cacheDirFor, pruneCache, type CacheStats } from '../print/cache/store.ts';

/** The cache folder for `outDir`, or undefined when GUIFAN_NO_CACHE asks for every PDF to be made. */
export function pdfCacheDir(outDir: string): string | undefined {
  const off = process.env.GUIFAN_NO_CACHE;
  return off !== undefined && off !== '' && off !== '0' ? undefined : cacheDirFor(outDir);
}

/** Entries kept at least, whatever the build's size: a few builds of a small organisation. */
const KEEP_AT_LEAST = 256;

/** Prune the cache to a few builds' worth and say how it was used. */
export function reportCache(dir: string, stats: CacheStats, log: (line: string) => void): void {
  pruneCache(dir, Math.max(KEEP_AT_LEAST, 3 * (stats.reused + stats.made)));
  const changed =
    stats.corrupt > 0 ? `，${stats.corrupt} 个缓存项损坏已重做 / ${stats.corrupt} damaged cache entries remade` : '';
  log(
    `PDF：重用 ${stats.reused} 个，新做 ${stats.made} 个 / PDFs: ${stats.reused} reused from the cache, ${stats.made} made${changed}`,
  );
}
