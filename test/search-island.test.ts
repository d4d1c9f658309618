/**
 * The search island on the built example in Debian Chromium: the tuning part of the query set
 * (test/search-queries/) keeps its precision, nothing found shows the nearest terms and a link
 * to browse, the count is what is listed, the role filter narrows, the page preloads what the
 * first query needs. The held-aside part is not run here (bench/search-quality.ts --held-aside).
 */
import fs from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { loadModelOrThrow } from '../src/model/index.ts';
import { INDEX_LANGUAGE } from '../src/search/search-index.ts';
import { byCategory, runOurs } from './support/search-eval.ts';
import { TUNING } from './search-queries/tuning.ts';
import { launchChromium } from './support/browser.ts';
import { builtOrganisation } from './support/built.ts';
import { serveStatic, type StaticServer } from './support/server.ts';

/** The shared build of the example (read only). */
let OUT: string;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  OUT = (await builtOrganisation('content')).out;
  server = await serveStatic(OUT);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function search(
  page: Page,
  params: Record<string, string>,
): Promise<{ links: string[]; status: string; help: string }> {
  await page.goto(`${server.url}/search/?${new URLSearchParams(params)}`);
  await page.waitForFunction(() => {
    const status = document.querySelector('.search-status')?.textContent ?? '';
    return status !== '' && !status.includes('…');
  });
  return {
    links: await page.$$eval('ol.results a.result-link', (as) => as.map((a) => a.getAttribute('href') ?? '')),
    status: (await page.textContent('.search-status')) ?? '',
    help: (await page.textContent('.search-help')) ?? '',
  };
}

describe('the tuning part of the query set', () => {
  it('finds the intended item first for at least 85 % of the queries, with no more than 2 % finding nothing', async () => {
    const model = await loadModelOrThrow('content');
    const page = await browser.newPage({ serviceWorkers: 'block' });
    const results = await runOurs(page, server.url, TUNING, model.organisation.id);
    await page.close();
    const all = byCategory(results).get('all')!;
    const misses = results.filter((r) => r.rank !== 1).map((r) => `${r.case.query} → ${r.results[0] ?? '(none)'}`);
    console.log(
      `tuning part: p@1 ${all.p1.toFixed(2)}, p@3 ${all.p3.toFixed(2)}, MRR ${all.mrr.toFixed(2)}, zero ${all.zero.toFixed(2)}\n  ${misses.join('\n  ')}`,
    );
    expect(all.p1).toBeGreaterThanOrEqual(0.85);
    expect(all.zero).toBeLessThanOrEqual(0.02);
  }, 300_000);
});

describe('the search page', () => {
  it('counts what it lists', async () => {
    const page = await browser.newPage({ serviceWorkers: 'block' });
    const { links, status } = await search(page, { q: '投诉' });
    expect(links.length).toBeGreaterThan(1);
    expect(status).toContain(String(links.length));
    await page.close();
  });

  it('shows the nearest terms and a link to browse the norms when nothing is found', async () => {
    const page = await browser.newPage({ serviceWorkers: 'block' });
    const none = await search(page, { q: 'qwxz' });
    expect(none.links).toEqual([]);
    expect(none.status).toBe('没有找到结果。');
    expect(await page.getAttribute('.search-help a:last-child', 'href')).toBe('/norms/');
    const unit = await search(page, { q: 'qwxz', unit: 'toll-east-station' });
    expect(unit.help).toContain('东收费所');
    expect(await page.getAttribute('.search-help p:last-child a', 'href')).toBe('/units/toll-east-station/');
    await page.close();
  });

  it('offers the index term a query found nowhere was close to', async () => {
    const page = await browser.newPage({ serviceWorkers: 'block' });
    const { links, help } = await search(page, { q: 'etx' });
    expect(links).toEqual([]);
    expect(help).toContain('您要找的是不是');
    expect(await page.$$eval('.search-help p:first-child a', (as) => as.map((a) => a.textContent))).toContain('etc');
    await page.click('.search-help p:first-child a');
    await page.waitForSelector('ol.results a.result-link');
    // The ETC clause, or (since main's service items) the toll station's ETC service page.
    expect([
      '/norms/toll-lane-norms/#c-toll-etc-fallback',
      '/units/toll-east-station/services/toll-etc-issue/',
    ]).toContain(await page.getAttribute('ol.results a.result-link >> nth=0', 'href'));
    await page.close();
  });

  it('narrows by role: only items that apply to the chosen role (or to every role)', async () => {
    const page = await browser.newPage({ serviceWorkers: 'block' });
    const all = await search(page, { q: '找零' });
    const toll = await search(page, { q: '找零', role: 'toll-collector' });
    expect(toll.links.length).toBeGreaterThan(0);
    expect(toll.links.length).toBeLessThan(all.links.length);
    expect(toll.links.some((l) => l.includes('announce-cash-received-and-change'))).toBe(false);
    await page.close();
  });

  it('preloads Pagefind’s runtime and metadata, and Pagefind uses the preloaded entry', async () => {
    const html = fs.readFileSync(path.join(OUT, 'search/index.html'), 'utf8');
    const entry = JSON.parse(fs.readFileSync(path.join(OUT, 'pagefind/pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { hash: string }>;
    };
    // One index, under no language Pagefind segments (search-index.ts): the runtime of a Chinese
    // or an English page takes it.
    expect(Object.keys(entry.languages)).toEqual([INDEX_LANGUAGE]);
    const hash = entry.languages[INDEX_LANGUAGE]!.hash;
    expect(html).toContain(`href="/pagefind/pagefind.${hash}.pf_meta"`);
    expect(html).toContain(`href="/pagefind/pagefind-entry.json?ts=${hash}"`);
    expect(fs.readFileSync(path.join(OUT, 'en/search/index.html'), 'utf8')).toContain('data-pagefind-entry');
    const page = await browser.newPage({ serviceWorkers: 'block' });
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname + new URL(r.url()).search));
    await search(page, { q: '唱收唱付' });
    expect(requested.filter((u) => u.startsWith('/pagefind/pagefind-entry.json'))).toEqual([
      `/pagefind/pagefind-entry.json?ts=${hash}`,
    ]);
    expect(requested.filter((u) => u.endsWith('.pf_meta'))).toEqual([`/pagefind/pagefind.${hash}.pf_meta`]);
    await page.close();
  });

  it('ships fragments without the index tokens', () => {
    const dir = path.join(OUT, 'pagefind/fragment');
    for (const f of fs.readdirSync(dir)) {
      const text = gunzipSync(fs.readFileSync(path.join(dir, f))).toString('utf8');
      expect(text.startsWith('pagefind_dcd')).toBe(true);
      expect(text).not.toContain('"k":');
    }
  });
});
