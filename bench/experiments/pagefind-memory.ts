/**
 * What Pagefind's indexer holds at its peak, for the search records of a content folder (issue 20:
 * "measure and say what holds it"). Writes the index once per variant and samples the RSS of the
 * indexer's process (pagefind_extended / pagefind) every 100 ms.
 *
 *   npx tsx bench/synthetic.ts /tmp/org-100 100 1
 *   npx tsx bench/experiments/pagefind-memory.ts /tmp/org-100 [variant …]
 *
 * Variants: zh (the records under 'zh-CN', as before 2026-12-06), und (under 'und', as now:
 * search-index.ts INDEX_LANGUAGE), zh-no-tokens / und-no-tokens (without our tokens, meta `k`),
 * half (und, the first half of the records).
 * Seen at 100× (6,962 records, 805,680 tokens, 7,866 distinct), 2026-12-06, two runs: zh 1,252–1,355 MB,
 * und 801–851 MB, zh-no-tokens 672–728 MB, und-no-tokens 280–290 MB, half 562 MB: the indexer holds
 * about 300 MB of its own and grows with the records (about 70 KB each under 'und'). Writing took
 * 4.8 s (zh) and 3.1 s (und) on a quiet machine.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { loadModelOrThrow } from '../../src/model/index.ts';
import { buildSearchRecords, groupRecords, toPagefindRecord } from '../../src/search/records.ts';
import { TOKEN_META } from '../../src/search/trim-fragments.ts';

const [dir = '/tmp/org-100', ...asked] = process.argv.slice(2);
const variants = asked.length > 0 ? asked : ['zh', 'und', 'zh-no-tokens', 'und-no-tokens', 'half'];

function indexerRss(): number {
  try {
    const out = execFileSync('ps', ['-o', 'rss=', '-C', 'pagefind_extended,pagefind'], { encoding: 'utf8' });
    return Math.max(0, ...out.split('\n').map((l) => Number(l.trim()) || 0));
  } catch {
    return 0; // ps exits 1 when no such process runs
  }
}

const model = await loadModelOrThrow(dir);
const all = groupRecords(buildSearchRecords(model));
for (const variant of variants) {
  const language = variant.startsWith('zh') ? 'zh-CN' : 'und';
  const records = variant === 'half' ? all.slice(0, all.length >> 1) : all;
  let peak = 0;
  const timer = setInterval(() => (peak = Math.max(peak, indexerRss())), 100);
  const out = mkdtempSync(path.join(os.tmpdir(), 'guifan-pagefind-memory-'));
  const started = performance.now();
  const { index } = await pagefind.createIndex({ maxFragments: 2000 });
  if (!index) throw new Error('Pagefind could not create an index');
  for (let i = 0; i < records.length; i += 64)
    await Promise.all(
      records.slice(i, i + 64).map((g) => {
        const r = toPagefindRecord(g, language, true);
        if (variant.endsWith('no-tokens')) delete r.meta[TOKEN_META];
        return index.addCustomRecord(r);
      }),
    );
  const added = performance.now();
  await index.writeFiles({ outputPath: out });
  const written = performance.now();
  clearInterval(timer);
  peak = Math.max(peak, indexerRss());
  await pagefind.close();
  rmSync(out, { recursive: true, force: true });
  console.log(
    `${variant.padEnd(14)} records ${String(records.length).padStart(6)}  indexer peak ${(peak / 1024).toFixed(0).padStart(5)} MB` +
      `  add ${((added - started) / 1000).toFixed(1)} s  write ${((written - added) / 1000).toFixed(1)} s`,
  );
}
