/**
 * The search index of a built site: the model's search items (records.ts), the items of one
 * section, process or situation sharing a Pagefind record (group.ts), written to <out>/pagefind/
 * with the island's own data in <out>/pagefind/guifan/ (search-data.ts), and the preload hints
 * of the search pages. Made from the model, not from the pages: the Astro integration
 * (integration.ts) writes it when Astro builds alone, and `guifan build` writes it itself once the
 * site's process has exited (src/cli/build.ts), so that Astro's memory is gone while Pagefind's
 * indexer holds its own (at 100× about 0.9 GB each).
 *
 * Pagefind's API is passed in: the command's precompiled bundle reaches that ESM-only package
 * through its own import (src/cli/external.ts), the integration through a plain one.
 */
import path from 'node:path';
import type { Model } from '../model/types.ts';
import { DATA_DIR } from './names.ts';
import { addSearchPreloads } from './preload.ts';
import { buildSearchRecords, groupRecords, toPagefindRecord } from './records.ts';
import { writeSearchData } from './search-data.ts';
import { trimFragments } from './trim-fragments.ts';

/** What is used of Pagefind's Node API. */
export type PagefindApi = Pick<typeof import('pagefind'), 'createIndex' | 'close'>;

/**
 * Set (to any value) when the caller writes the index after the pages: the integration then
 * leaves it out (src/site/build.ts sets it for `guifan build`).
 */
export const INDEX_ELSEWHERE_ENV = 'GUIFAN_INDEX_ELSEWHERE';

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

/**
 * The language the index is written under: none Pagefind knows ('und'), whatever the content's.
 * The island asks Pagefind only for our own tokens (tokens.ts: each Chinese piece encoded, numbers,
 * Latin words), never for Pagefind's segmentation of the text, and under 'zh-CN' that segmentation
 * cost the indexer about 500 MB at 100× (1.36 GB → 0.85 GB, bench/experiments/pagefind-memory.ts).
 * Pagefind's runtime takes the only index there is for a page of any language.
 */
export const INDEX_LANGUAGE = 'und';

/** Writes the index and the island's data; returns the number of Pagefind records. */
export async function writeIndex(
  pagefind: PagefindApi,
  model: Model,
  outDir: string,
  options: SearchIndexOptions = {},
): Promise<number> {
  const { bundle = 'pagefind', tokens = true } = options;
  const { index, errors } = await pagefind.createIndex({ maxFragments: MAX_FRAGMENTS });
  if (!index) throw new Error(`Pagefind could not create an index: ${errors.join('; ')}`);
  const items = buildSearchRecords(model);
  const records = groupRecords(items);
  // Sent in batches: each record is a round trip to the Pagefind binary.
  const BATCH = 64;
  for (let i = 0; i < records.length; i += BATCH) {
    await Promise.all(
      records.slice(i, i + BATCH).map(async (group) => {
        const res = await index.addCustomRecord(toPagefindRecord(group, INDEX_LANGUAGE, tokens));
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

/**
 * The whole search step of a site build: the index, Pagefind's indexer stopped (its process
 * would keep the build's process alive), the search pages' preload hints. `base`: the site's
 * path, ending in a slash.
 */
export async function indexSite(pagefind: PagefindApi, model: Model, outDir: string, base: string): Promise<number> {
  let count: number;
  try {
    count = await writeIndex(pagefind, model, outDir);
  } finally {
    await pagefind.close();
  }
  addSearchPreloads(outDir, base, 'pagefind', INDEX_LANGUAGE);
  return count;
}
