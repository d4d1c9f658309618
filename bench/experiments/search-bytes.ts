/**
 * Experiment: what the search index costs to write and what the first search query downloads,
 * for the index layout the code ships (src/search/integration.ts's writeSearchIndex), measured in
 * Chromium exactly like bench/run.ts does.
 *
 *   npx tsx bench/experiments/search-bytes.ts CONTENT_DIR BUILT_DIST [QUERY]
 *
 * BUILT_DIST is any built guifan site (the example's is enough): its search page, scripts and
 * styles are copied next to a fresh pagefind/ written from CONTENT_DIR's model, so the search
 * island measured is the one in BUILT_DIST (rebuild it after changing src/search/client.ts).
 * Reports the index step's wall time, Node and Pagefind CPU, the Pagefind binary's peak RSS
 * (sampled from /proc), the index size, and the first query's bytes split into Pagefind's
 * runtime (pagefind.js, wasm, entry), pf_meta, index/filter chunks and fragments.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { loadModelOrThrow } from '../../src/model/index.ts';
import { writeSearchIndex } from '../../src/search/integration.ts';
import { addSearchPreloads } from '../../src/search/preload.ts';
import { launchChromium } from '../../test/support/browser.ts';
import { measureSearch, measureSlowSearch } from '../lib/browser.ts';
import { treeSize } from '../lib/files.ts';
import { serveStatic } from '../../test/support/server.ts';
import { bytes } from '../lib/stats.ts';

const CLOCK_TICKS = 100; // USER_HZ on Linux

/** Child processes of this one (the Pagefind binary), with RSS in bytes and CPU ticks. */
function children(): { pid: number; rss: number; ticks: number }[] {
  const out: { pid: number; rss: number; ticks: number }[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[1]) !== process.pid) continue;
      const status = readFileSync(`/proc/${name}/status`, 'utf8');
      const rssKb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
      out.push({ pid: Number(name), rss: rssKb * 1024, ticks: Number(fields[11]) + Number(fields[12]) });
    } catch {
      // The process ended while we looked.
    }
  }
  return out;
}

async function main(): Promise<void> {
  const [contentDir, dist, query = '投诉'] = process.argv.slice(2);
  if (!contentDir || !dist) throw new Error('usage: search-bytes.ts CONTENT_DIR BUILT_DIST [QUERY]');
  const model = await loadModelOrThrow(contentDir);
  const root = path.join(path.dirname(path.resolve(dist)), `search-bytes-${process.pid}`);
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  for (const keep of ['index.html', 'search', '_astro'])
    cpSync(path.join(dist, keep), path.join(root, keep), { recursive: true });

  // Index step: wall, CPU of Node and of the Pagefind binary, the binary's peak RSS.
  let peakRss = 0;
  const ticks = new Map<number, number>();
  const sample = (): void => {
    for (const c of children()) {
      peakRss = Math.max(peakRss, c.rss);
      ticks.set(c.pid, Math.max(ticks.get(c.pid) ?? 0, c.ticks));
    }
  };
  const sampler = setInterval(sample, 50);
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const records = await writeSearchIndex(model, root);
  // The copied search page names the built site's index files: name this index's instead.
  addSearchPreloads(root, '/', 'pagefind', model.organisation.language || 'zh-CN');
  sample();
  const wallMs = performance.now() - t0;
  const nodeCpu = process.cpuUsage(cpu0);
  await pagefind.close();
  clearInterval(sampler);
  const pagefindCpuMs = ([...ticks.values()].reduce((a, b) => a + b, 0) * 1000) / CLOCK_TICKS;

  const bundle = path.join(root, 'pagefind');
  const metaFile = readdirSync(bundle).find((f) => f.endsWith('.pf_meta'));
  const metaBytes = metaFile ? statSync(path.join(bundle, metaFile)).size : 0;
  const served = await serveStatic(root);
  const gzipped = await serveStatic(root, { gzip: true });
  const browser = await launchChromium();
  try {
    const cost = await measureSearch(browser, served.origin, '/', query);
    const slow = await measureSlowSearch(browser, gzipped.origin, '/', query);
    const q = cost.firstQuery;
    const core = q.byKind.core?.bytes ?? 0;
    const chunks = (q.byKind.index?.bytes ?? 0) + (q.byKind.filter?.bytes ?? 0);
    const index = treeSize(bundle);
    console.log(
      `records: ${records}; query “${query}”; first result ${cost.firstResultHref ?? '(none)'}, ${cost.resultsShown} shown`,
    );
    console.log(
      `index step: ${(wallMs / 1000).toFixed(1)} s wall, Node ${((nodeCpu.user + nodeCpu.system) / 1e6).toFixed(1)} s CPU, ` +
        `Pagefind ${(pagefindCpuMs / 1000).toFixed(1)} s CPU, Pagefind peak RSS ${(peakRss / 2 ** 20).toFixed(0)} MB`,
    );
    console.log(
      '| index size (files) | first query (requests) | runtime | pf_meta | index+filter chunks | fragments | top 5 via API |',
    );
    console.log('| --- | --- | --- | --- | --- | --- | --- |');
    console.log(
      `| ${bytes(index.bytes)} (${index.files}) | ${bytes(q.bytes)} (${q.requests}) | ${bytes(core - metaBytes)} | ${bytes(metaBytes)} | ` +
        `${bytes(chunks)} (${(q.byKind.index?.requests ?? 0) + (q.byKind.filter?.requests ?? 0)}) | ${bytes(q.byKind.fragment?.bytes ?? 0)} (${q.byKind.fragment?.requests ?? 0}) | ${bytes(cost.top5Api.bytes)} |`,
    );
    console.log(
      `${slow.profile}, gzip, cold cache, medians of ${slow.runs} runs: typed once the page is idle → first results ${(slow.idleMs / 1000).toFixed(2)} s, final list ${(slow.idleFinalMs / 1000).toFixed(2)} s (runs: ${(slow.idleMsAll ?? []).map((m) => (m / 1000).toFixed(2)).join(', ')} s; ${bytes(slow.idleBytes)}, ${slow.idleRequests} requests); ` +
        `typed at load → first result ${(slow.typedMs / 1000).toFixed(2)} s (${(slow.typedFromNavigationMs / 1000).toFixed(2)} s from navigation, ` +
        `${bytes(slow.typedBytes)} in ${slow.typedRequests} requests); search/?q= opened → first result ${(slow.urlMs / 1000).toFixed(2)} s; first result ${slow.firstResultHref ?? '(none)'}`,
    );
  } finally {
    await browser.close();
    await served.close();
    await gzipped.close();
    rmSync(root, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
