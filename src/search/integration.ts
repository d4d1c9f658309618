/**
 * Astro integration: after the pages are written, the search index (search-index.ts), unless the
 * caller writes it itself (`guifan build`, once Astro's process has exited).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import type { Model } from '../model/types.ts';
import { INDEX_ELSEWHERE_ENV, indexSite, type SearchIndexOptions, writeIndex } from './search-index.ts';
import { currentSlice } from '../site/slice.ts';

/** The index with Pagefind's own API (imported here): for tests and benchmarks that index a built site. */
export function writeSearchIndex(model: Model, outDir: string, options: SearchIndexOptions = {}): Promise<number> {
  return writeIndex(pagefind, model, outDir, options);
}

export function pagefindIntegration(loadModel: () => Promise<Model>): AstroIntegration {
  let base = '/';
  return {
    name: 'guifan-pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        // The index covers the whole group (it is made from the model, not the pages): the group's slice makes it.
        if (currentSlice()?.group === false) return;
        // `guifan build` writes it itself once Astro's process has exited (search-index.ts).
        if (process.env[INDEX_ELSEWHERE_ENV]) return;
        const outDir = fileURLToPath(dir);
        const model = await loadModel();
        const count = await indexSite(pagefind, model, outDir, base);
        logger.info(`Pagefind: ${count} records indexed into ${path.join(outDir, 'pagefind')}`);
      },
    },
  };
}
