/**
 * Search quality on the query set of issue 14 (test/search-queries/), ours beside the peer
 * (Pagefind's default page-level index of the same built site), per category.
 *
 *   npx tsx bench/search-quality.ts                 the tuning part
 *   npx tsx bench/search-quality.ts --held-aside    the part kept aside (final figures only)
 *   options: --dist DIR (an already built example site; default: build one)  --misses
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import * as pagefind from 'pagefind';
import { loadModelOrThrow } from '../src/model/index.ts';
import { buildSite } from '../src/site/build.ts';
import { launchChromium, serveStatic } from '../test/site-helpers.ts';
import { HELD_ASIDE } from '../test/search-queries/held-aside.ts';
import { TUNING } from '../test/search-queries/tuning.ts';
import { evaluate, table, writePeerIndex } from './lib/search-eval.ts';

const { values: opts } = parseArgs({
  options: {
    'held-aside': { type: 'boolean', default: false },
    dist: { type: 'string' },
    misses: { type: 'boolean', default: false },
  },
});

async function main(): Promise<void> {
  const contentDir = path.resolve('content');
  let dist = opts.dist ? path.resolve(opts.dist) : path.resolve('test/.tmp/search-quality');
  if (!opts.dist) {
    fs.rmSync(dist, { recursive: true, force: true });
    console.error('building the example site…');
    await buildSite({ contentDir, outDir: dist });
  }
  dist = fs.realpathSync(dist);
  console.error('indexing the peer (Pagefind defaults, page level)…');
  await writePeerIndex(dist);
  await pagefind.close();
  const model = await loadModelOrThrow(contentDir);
  const cases = opts['held-aside'] ? HELD_ASIDE : TUNING;
  const server = await serveStatic(dist);
  const browser = await launchChromium();
  try {
    const { ours, peer } = await evaluate(browser, server.url, dist, cases, model.organisation.id);
    console.log(`${opts['held-aside'] ? 'held-aside' : 'tuning'} part, ${cases.length} queries\n`);
    console.log(table(ours, peer));
    if (opts.misses) {
      console.log('\nnot first:');
      for (const r of ours.filter((x) => x.rank !== 1)) console.log(`  [${r.case.category}] ${r.case.query} → ${r.results[0] ?? '(none)'} (target rank ${r.rank || '—'}; wanted ${r.case.targets.join(' | ')})`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
