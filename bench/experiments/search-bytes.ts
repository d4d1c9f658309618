/**
 * Experiment: what the first search query downloads under different Pagefind index layouts,
 * measured in Chromium exactly like bench/run.ts does. Bytes only (no timings), so it can run
 * beside other work.
 *
 *   npx tsx bench/experiments/search-bytes.ts CONTENT_DIR BUILT_DIST [QUERY]
 *
 * BUILT_DIST is a site built from CONTENT_DIR (its search page, scripts and styles are reused);
 * each variant writes its own pagefind/ next to copies of those files.
 * Variants: the shipped layout (maxFragments 200), maxFragments 2000, and 2000 with records that
 * apply to every unit filtered as unit "all" instead of listing every unit id.
 */
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { loadModelOrThrow } from '../../src/model/index.ts';
import { buildSearchRecords, toPagefindRecord } from '../../src/search/records.ts';
import { launchChromium, measureSearch, type SearchCost } from '../lib/browser.ts';
import { treeSize } from '../lib/files.ts';
import { serveDir } from '../lib/serve.ts';
import { bytes } from '../lib/stats.ts';

interface Variant {
  name: string;
  maxFragments: number;
  compactAllUnits: boolean;
}

const VARIANTS: Variant[] = [
  { name: 'shipped: maxFragments 200', maxFragments: 200, compactAllUnits: false },
  { name: 'maxFragments 2000', maxFragments: 2000, compactAllUnits: false },
  { name: 'maxFragments 2000 + unit "all"', maxFragments: 2000, compactAllUnits: true },
];

async function main(): Promise<void> {
  const [contentDir, dist, query = '投诉'] = process.argv.slice(2);
  if (!contentDir || !dist) throw new Error('usage: search-bytes.ts CONTENT_DIR BUILT_DIST [QUERY]');
  const model = await loadModelOrThrow(contentDir);
  const records = buildSearchRecords(model);
  const allUnits = model.units.length;
  const work = path.join(path.dirname(path.resolve(dist)), 'search-bytes-experiment');
  const results: { variant: Variant; index: { bytes: number; files: number }; cost: SearchCost }[] = [];
  for (const variant of VARIANTS) {
    const root = path.join(work, variant.maxFragments + (variant.compactAllUnits ? '-all' : ''));
    rmSync(root, { recursive: true, force: true });
    mkdirSync(root, { recursive: true });
    for (const keep of ['index.html', 'search', '_astro']) cpSync(path.join(dist, keep), path.join(root, keep), { recursive: true });
    const { index } = await pagefind.createIndex({ maxFragments: variant.maxFragments });
    if (!index) throw new Error('pagefind');
    for (let i = 0; i < records.length; i += 64) {
      await Promise.all(
        records.slice(i, i + 64).map((r) => {
          const rec = toPagefindRecord(r, model.organisation.language || 'zh-CN');
          if (variant.compactAllUnits && r.units.length === allUnits) rec.filters.unit = ['all'];
          return index.addCustomRecord(rec);
        }),
      );
    }
    await index.writeFiles({ outputPath: path.join(root, 'pagefind') });
    await index.deleteIndex();
    const served = await serveDir(root);
    const browser = await launchChromium();
    try {
      const cost = await measureSearch(browser, served.origin, '/', query);
      results.push({ variant, index: treeSize(path.join(root, 'pagefind')), cost });
    } finally {
      await browser.close();
      await served.close();
    }
  }
  await pagefind.close();
  console.log(`records: ${records.length}; query “${query}”`);
  console.log('| variant | index size (files) | first query (requests) | fragments | runtime+meta | top 5 via API |');
  console.log('| --- | --- | --- | --- | --- | --- |');
  for (const r of results) {
    const q = r.cost.firstQuery;
    console.log(`| ${r.variant.name} | ${bytes(r.index.bytes)} (${r.index.files}) | ${bytes(q.bytes)} (${q.requests}) | ${bytes(q.byKind.fragment?.bytes ?? 0)} | ${bytes(q.byKind.core?.bytes ?? 0)} | ${bytes(r.cost.top5Api.bytes)} |`);
  }
  rmSync(work, { recursive: true, force: true });
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
