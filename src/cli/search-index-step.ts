/**
 * The search index of `guifan build`, written in this process once the pages' process has exited
 * (src/search/search-index.ts says why). Pagefind's indexer is a program of its own: if it dies
 * (a panic on a full disk), its Node API never answers the call in flight, and a process with
 * nothing else left to do would end without a word. Here that becomes an error the user can act
 * on, as the site's process made it when the indexer ran there.
 */
import { statfsSync } from 'node:fs';
import type { Model } from '../model/types.ts';
import type { PagefindApi } from '../search/search-index.ts';
import { siteBase } from '../site/offline.ts';
import { importExternal } from './external.ts';

/** Below this much free space the indexer's silence is read as a full disk. */
const FULL_DISK_BYTES = 4 * 1024 * 1024;

/** `api`: Pagefind's Node API (default: the package; a test passes one that never answers). */
export async function writeSearchIndex(model: Model, outDir: string, api?: PagefindApi): Promise<void> {
  const [{ indexSite }, pagefind] = await Promise.all([
    import('../search/search-index.ts'),
    api ?? importExternal<PagefindApi>('pagefind'),
  ]);
  // A panic of the indexer is then two lines, not a backtrace.
  process.env.RUST_BACKTRACE ??= '0';
  let silent: (() => void) | undefined;
  const stopped = new Promise<never>((_, reject) => {
    silent = () => reject(indexerStopped(outDir));
    process.once('beforeExit', silent);
  });
  try {
    await Promise.race([indexSite(pagefind, model, outDir, siteBase(model)), stopped]);
  } catch (e) {
    throw diskFull(outDir) ?? e;
  } finally {
    if (silent) process.off('beforeExit', silent);
  }
}

function indexerStopped(outDir: string): Error {
  return (
    diskFull(outDir) ??
    new Error(
      "网站的搜索索引程序（Pagefind）中途停止，没有应答 / the site's search indexer (Pagefind) stopped without answering",
    )
  );
}

/** A system error on the out folder when its disk is full (the command words it), else undefined. */
function diskFull(outDir: string): Error | undefined {
  try {
    const { bavail, bsize } = statfsSync(outDir);
    if (bavail * bsize >= FULL_DISK_BYTES) return undefined;
  } catch {
    return undefined;
  }
  return Object.assign(new Error('no space left on device'), { code: 'ENOSPC', path: outDir });
}
