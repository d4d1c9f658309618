/**
 * Measurements in Debian Chromium through playwright-core (never a downloaded browser):
 * the bytes a search costs, and the browser-print peer for the PDFs.
 */
import { chromium, type Browser, type Page, type Response } from 'playwright-core';
import { analyzeQuery } from '../../src/search/query.ts';

export const CHROMIUM_PATH = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: ARGS, headless: true });
}

// ------------------------------------------------------------------ network accounting

export interface Transfer {
  bytes: number;
  requests: number;
  /** Bytes by file type: core (pagefind.js, wasm, entry, meta), index, filter, fragment, other. */
  byKind: Record<string, { bytes: number; requests: number }>;
}

function kindOf(url: string): string {
  const p = new URL(url).pathname;
  if (p.includes('/pagefind/')) {
    if (/\.pf_fragment$/.test(p) || p.includes('/fragment/')) return 'fragment';
    if (/\.pf_index$/.test(p) || p.includes('/index/')) return 'index';
    if (/\.pf_filter$/.test(p) || p.includes('/filter/')) return 'filter';
    return 'core';
  }
  return 'other';
}

/** Records every response body on a page from start() until stop(). */
class NetworkLog {
  private recording = false;
  private readonly pending: Promise<void>[] = [];
  private readonly entries: { url: string; bytes: number }[] = [];
  constructor(page: Page) {
    page.on('response', (r: Response) => {
      if (!this.recording) return;
      this.pending.push(
        (async () => {
          // Transferred body size as the network layer saw it; falls back to the decoded body.
          const sizes = await r.request().sizes().catch(() => undefined);
          const body = sizes?.responseBodySize ?? (await r.body().catch(() => Buffer.alloc(0))).length;
          this.entries.push({ url: r.url(), bytes: body });
        })(),
      );
    });
  }
  start(): void {
    this.entries.length = 0;
    this.recording = true;
  }
  async stop(): Promise<Transfer> {
    this.recording = false;
    await Promise.all(this.pending);
    const byKind: Transfer['byKind'] = {};
    for (const e of this.entries) {
      const k = kindOf(e.url);
      const slot = (byKind[k] ??= { bytes: 0, requests: 0 });
      slot.bytes += e.bytes;
      slot.requests++;
    }
    return { bytes: this.entries.reduce((n, e) => n + e.bytes, 0), requests: this.entries.length, byKind };
  }
}

async function settle(page: Page, quietMs = 400, timeoutMs = 60_000): Promise<void> {
  // Wait until no request has been in flight for quietMs.
  let inflight = 0;
  let last = Date.now();
  const up = (): void => {
    inflight++;
    last = Date.now();
  };
  const down = (): void => {
    inflight = Math.max(0, inflight - 1);
    last = Date.now();
  };
  page.on('request', up);
  page.on('requestfinished', down);
  page.on('requestfailed', down);
  const start = Date.now();
  while (Date.now() - start < timeoutMs) {
    if (inflight === 0 && Date.now() - last >= quietMs) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  page.off('request', up);
  page.off('requestfinished', down);
  page.off('requestfailed', down);
}

export interface SearchCost {
  query: string;
  /** Loading the search page itself (HTML, CSS, the search island). */
  pageLoad: Transfer;
  /** Typing the query in the site's search box until the results are listed: everything the first query downloads. */
  firstQuery: Transfer;
  /** Milliseconds from typing to the first result shown. */
  firstQueryMs: number;
  resultsShown: number;
  firstResultHref?: string;
  /** Pagefind's own API, no site client: search, then load the data of the top 5 results only. */
  top5Api: Transfer;
  /** A second, different query after the first (index chunks are cached by then). */
  secondQuery?: Transfer;
}

/**
 * The search box on <origin><base>search/: type the query as a user would, wait for the
 * result list, and sum the response bodies downloaded meanwhile.
 */
export async function measureSearch(browser: Browser, origin: string, base: string, query: string, secondQuery?: string): Promise<SearchCost> {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const net = new NetworkLog(page);
  net.start();
  await page.goto(`${origin}${base}search/`, { waitUntil: 'load' });
  await settle(page);
  const pageLoad = await net.stop();

  net.start();
  const t0 = Date.now();
  await page.locator('#q').fill(query);
  await page.locator('#search-app .results li').first().waitFor({ timeout: 120_000 });
  const firstQueryMs = Date.now() - t0;
  await settle(page);
  const firstQuery = await net.stop();
  const resultsShown = await page.locator('#search-app .results li').count();
  const firstResultHref = (await page.locator('#search-app .results li a').first().getAttribute('href')) ?? undefined;

  let second: Transfer | undefined;
  if (secondQuery) {
    net.start();
    await page.locator('#q').fill(secondQuery);
    await page.waitForFunction((q) => document.querySelector('#search-app .results li') !== null && (document.querySelector('#q') as HTMLInputElement).value === q, secondQuery, { timeout: 120_000 });
    await settle(page, 800);
    second = await net.stop();
  }
  await context.close();

  // The bare API: what a minimal client pays for the top five.
  const apiContext = await browser.newContext({ serviceWorkers: 'block' });
  const apiPage = await apiContext.newPage();
  await apiPage.goto(`${origin}${base}`, { waitUntil: 'load' });
  await settle(apiPage);
  const apiNet = new NetworkLog(apiPage);
  apiNet.start();
  await apiPage.evaluate(
    async ({ bundle, terms }) => {
      const pf = (await import(bundle)) as {
        options: (o: object) => Promise<void>;
        search: (t: string) => Promise<{ results: { data: () => Promise<unknown> }[] }>;
      };
      const res = await pf.search(terms);
      await Promise.all(res.results.slice(0, 5).map((r) => r.data()));
    },
    { bundle: `${origin}${base}pagefind/pagefind.js`, terms: [...new Set(analyzeQuery(query).pieces.map((p) => p.term))].join(' ') },
  );
  await settle(apiPage);
  const top5Api = await apiNet.stop();
  await apiContext.close();

  return { query, pageLoad, firstQuery, firstQueryMs, resultsShown, ...(firstResultHref ? { firstResultHref } : {}), top5Api, ...(second ? { secondQuery: second } : {}) };
}

// ------------------------------------------------------------------ print peer

export interface PrintedPdf {
  ms: number;
  bytes: number;
  pdf: Buffer;
}

/** Chromium's print of one page of the site: open it, then page.pdf(). */
export async function chromiumPrint(browser: Browser, url: string, format: 'A3' | 'A4' | 'A5'): Promise<PrintedPdf> {
  const t0 = performance.now();
  const page = await browser.newPage();
  await page.goto(url, { waitUntil: 'load' });
  const pdf = await page.pdf({ format, printBackground: true });
  await page.close();
  return { ms: performance.now() - t0, bytes: pdf.length, pdf };
}

/**
 * Chromium's print of several site pages as one document: the first page is opened and
 * the <main> of every other page is fetched and appended to it, then page.pdf().
 * (The site has no single handbook view; this is the concatenation of its print views.)
 */
export async function chromiumPrintConcatenated(browser: Browser, urls: readonly string[], format: 'A3' | 'A4' | 'A5'): Promise<PrintedPdf & { pages: number }> {
  const [first, ...rest] = urls;
  if (!first) throw new Error('nothing to print');
  const t0 = performance.now();
  const page = await browser.newPage();
  await page.goto(first, { waitUntil: 'load' });
  await page.evaluate(async (others) => {
    const main = document.querySelector('main') ?? document.body;
    for (const url of others) {
      const html = await (await fetch(url)).text();
      const doc = new DOMParser().parseFromString(html, 'text/html');
      const section = document.createElement('section');
      section.style.breakBefore = 'page';
      section.append(...[...(doc.querySelector('main') ?? doc.body).childNodes].map((n) => document.importNode(n, true)));
      main.append(section);
    }
  }, rest);
  const pdf = await page.pdf({ format, printBackground: true });
  await page.close();
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  return { ms: performance.now() - t0, bytes: pdf.length, pdf, pages };
}
