/**
 * Astro integration: after the pages are written, index the model's search items (records.ts),
 * the items of one section, process or situation sharing a Pagefind record (group.ts), and
 * write <out>/pagefind/ with the island's own data in <out>/pagefind/guifan/ (search-data.ts).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import type { Model } from '../model/types.ts';
import { DATA_DIR } from './names.ts';
import { addSearchPreloads } from './preload.ts';
import { buildSearchRecords, groupRecords, toPagefindRecord } from './records.ts';
import { writeSearchData } from './search-data.ts';
import { trimFragments } from './trim-fragments.ts';
import { currentSlice } from '../site/slice.ts';

/**
 * Bundled fragment files per language. The search island loads the fragments of its top
 * candidates, and a bundle is fetched whole: with 200 bundles a 100× organisation's first query
 * fetched 1.6 MB of fragments, with 2000 (and grouped records, 12 candidates) about 50 KB
 * (bench/experiments/search-bytes.ts).
 */
const MAX_FRAGMENTS = 2000;

export interface SearchIndexOptions {
  /** Directory name under outDir (default 'pagefind'). */
  bundle?: string;
  /** Add our n-gram tokens (default true; false only to measure Pagefind without them). */
  tokens?: boolean;
}

export async function writeSearchIndex(
  model: Model,
  outDir: string,
  options: SearchIndexOptions = {},
): Promise<number> {
  const { bundle = 'pagefind', tokens = true } = options;
  const { index, errors } = await pagefind.createIndex({ maxFragments: MAX_FRAGMENTS });
  if (!index) throw new Error(`Pagefind could not create an index: ${errors.join('; ')}`);
  const items = buildSearchRecords(model);
  const records = groupRecords(items);
  const language = model.organisation.language || 'zh-CN';
  // Sent in batches: each record is a round trip to the Pagefind binary.
  const BATCH = 64;
  for (let i = 0; i < records.length; i += BATCH) {
    await Promise.all(
      records.slice(i, i + BATCH).map(async (group) => {
        const res = await index.addCustomRecord(toPagefindRecord(group, language, tokens));
        if (res.errors.length) throw new Error(`Pagefind rejected ${group[0]!.path}: ${res.errors.join('; ')}`);
      }),
    );
  }
  const written = await index.writeFiles({ outputPath: path.join(outDir, bundle) });
  if (written.errors.length) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
  await index.deleteIndex();
  if (tokens) trimFragments(path.join(outDir, bundle));
  writeSearchData(model, items, records.length, path.join(outDir, bundle, DATA_DIR));
  return records.length;
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
        const outDir = fileURLToPath(dir);
        const model = await loadModel();
        const count = await writeSearchIndex(model, outDir);
        await pagefind.close();
        addSearchPreloads(outDir, base, 'pagefind', model.organisation.language || 'zh-CN');
        logger.info(`Pagefind: ${count} records indexed into ${path.join(outDir, 'pagefind')}`);
      },
    },
  };
}
