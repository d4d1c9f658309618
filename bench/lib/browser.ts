/**
 * Measurements in Debian Chromium through playwright-core (never a downloaded browser):
 * the bytes a search costs, and the browser-print peer for the PDFs. The browser itself is
 * launched by test/support/browser.ts, the one launcher of the tests and the bench.
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { Browser, Page, Response } from 'playwright-core';
import { analyzeQuery } from '../../src/search/query.ts';
import { stat } from './stats.ts';

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
          const sizes = await r
            .request()
            .sizes()
            .catch(() => undefined);
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
  /**
   * Everything search downloads until the first query's results are listed: Pagefind's runtime
   * and metadata (fetched while the page loads or is idle, before the query is typed), the
   * island's data, the query's index chunks and fragments.
   */
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
export async function measureSearch(
  browser: Browser,
  origin: string,
  base: string,
  query: string,
  secondQuery?: string,
): Promise<SearchCost> {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const net = new NetworkLog(page);
  net.start();
  await page.goto(`${origin}${base}search/`, { waitUntil: 'load' });
  await settle(page);
  const t0 = Date.now();
  await page.locator('#q').fill(query);
  await page.locator('#search-app .results li').first().waitFor({ timeout: 120_000 });
  const firstQueryMs = Date.now() - t0;
  await settle(page);
  // The page's own files, and search's (under pagefind/) wherever in the session they were fetched.
  const session = await net.stop();
  const { other, ...search } = session.byKind;
  const pageLoad: Transfer = {
    bytes: other?.bytes ?? 0,
    requests: other?.requests ?? 0,
    byKind: other ? { other } : {},
  };
  const firstQuery: Transfer = {
    bytes: session.bytes - pageLoad.bytes,
    requests: session.requests - pageLoad.requests,
    byKind: search,
  };
  const resultsShown = await page.locator('#search-app .results li').count();
  const firstResultHref = (await page.locator('#search-app .results li a').first().getAttribute('href')) ?? undefined;

  let second: Transfer | undefined;
  if (secondQuery) {
    net.start();
    await page.locator('#q').fill(secondQuery);
    await page.waitForFunction(
      (q) =>
        document.querySelector('#search-app .results li') !== null &&
        (document.querySelector('#q') as HTMLInputElement).value === q,
      secondQuery,
      { timeout: 120_000 },
    );
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
    {
      bundle: `${origin}${base}pagefind/pagefind.js`,
      terms: [...new Set(analyzeQuery(query).pieces.map((p) => p.term))].join(' '),
    },
  );
  await settle(apiPage);
  const top5Api = await apiNet.stop();
  await apiContext.close();

  return {
    query,
    pageLoad,
    firstQuery,
    firstQueryMs,
    resultsShown,
    ...(firstResultHref ? { firstResultHref } : {}),
    top5Api,
    ...(second ? { secondQuery: second } : {}),
  };
}

// ------------------------------------------------------------------ a phone network

/** Chrome DevTools' "Slow 4G" preset (its NetworkManager.Slow4GConditions): 150 ms RTT × 3.75, 1.6 Mbit/s × 0.9 down, 750 kbit/s × 0.9 up. */
export const SLOW_4G = { offline: false, latency: 562.5, downloadThroughput: 180_000, uploadThroughput: 84_375 };

export interface SlowSearch {
  profile: string;
  /**
   * The query typed once the page is idle (the island has fetched Pagefind's runtime and index
   * metadata, as it does on focus or when idle): from the keystroke to the first result listed,
   * including the island's wait after typing (150 ms). What a reader who takes a moment to type sees.
   */
  idleMs: number;
  /** …and until the list is final (the records after the first few loaded and ranked too). */
  idleFinalMs: number;
  /** Bytes and requests of that query alone (compressed as served). */
  idleBytes: number;
  idleRequests: number;
  /** The query typed when the page has loaded: from the keystroke to the first result listed (the island waits 150 ms after typing). */
  typedMs: number;
  /** The same session from navigation start. */
  typedFromNavigationMs: number;
  /** Bytes transferred (compressed as served) and requests of that session, page included. */
  typedBytes: number;
  typedRequests: number;
  /** search/?q=… opened cold (the header form's submit): navigation start to the first result. */
  urlMs: number;
  firstResultHref?: string;
  /** Sessions of each kind measured; the times above are their medians. */
  runs: number;
  /** Each run's idle → first results time. */
  idleMsAll?: number[];
}

/**
 * Notes in the page (performance.now(), from navigation start) when the first result is listed,
 * and when the list is final (the status no longer says it is searching).
 */
const FIRST_RESULT_PROBE = `new MutationObserver((_, obs) => {
  if (window.__firstResultAt === undefined && document.querySelector('#search-app .results li')) window.__firstResultAt = performance.now();
  const status = document.querySelector('#search-app .search-status')?.textContent ?? '';
  if (window.__firstResultAt !== undefined && status && !status.includes('…')) { window.__finalAt = performance.now(); obs.disconnect(); }
}).observe(document, { childList: true, subtree: true, characterData: true });`;

async function slowPage(browser: Browser): Promise<{ page: Page; close: () => Promise<void> }> {
  // A new context: an empty cache, as on a phone that has not visited the site.
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.addInitScript(FIRST_RESULT_PROBE);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
  return { page, close: () => context.close() };
}

const firstResultAt = async (page: Page): Promise<number> => {
  await page.waitForFunction(
    () => (window as unknown as { __firstResultAt?: number }).__firstResultAt !== undefined,
    undefined,
    { timeout: 120_000, polling: 50 },
  );
  return page.evaluate(() => (window as unknown as { __firstResultAt: number }).__firstResultAt);
};
const finalAt = async (page: Page): Promise<number> => {
  await page.waitForFunction(() => (window as unknown as { __finalAt?: number }).__finalAt !== undefined, undefined, {
    timeout: 120_000,
    polling: 50,
  });
  return page.evaluate(() => (window as unknown as { __finalAt: number }).__finalAt);
};

/** The first query on the search page over DevTools' Slow 4G, cold cache; serve the site with gzip. */
/** One cold session of each kind; see measureSlowSearch. */
async function slowSessions(browser: Browser, origin: string, base: string, query: string): Promise<SlowSearch> {
  const idle = await slowPage(browser);
  await idle.page.goto(`${origin}${base}search/`, { waitUntil: 'load' });
  await settle(idle.page, 1000);
  const idleNet = new NetworkLog(idle.page);
  idleNet.start();
  const idleAt = await idle.page.evaluate(() => performance.now());
  await idle.page.locator('#q').fill(query);
  const idleShown = await firstResultAt(idle.page);
  const idleFinal = await finalAt(idle.page);
  const idleTransfer = await idleNet.stop();
  await idle.close();

  const typed = await slowPage(browser);
  const net = new NetworkLog(typed.page);
  net.start();
  await typed.page.goto(`${origin}${base}search/`, { waitUntil: 'load' });
  const typedAt = await typed.page.evaluate(() => performance.now());
  await typed.page.locator('#q').fill(query);
  const shownAt = await firstResultAt(typed.page);
  const firstResultHref =
    (await typed.page.locator('#search-app .results li a').first().getAttribute('href')) ?? undefined;
  const transfer = await net.stop();
  await typed.close();

  const viaUrl = await slowPage(browser);
  await viaUrl.page.goto(`${origin}${base}search/?q=${encodeURIComponent(query)}`, { waitUntil: 'commit' });
  const urlMs = await firstResultAt(viaUrl.page);
  await viaUrl.close();
  return {
    profile: `DevTools Slow 4G: ${SLOW_4G.latency} ms latency, ${(SLOW_4G.downloadThroughput * 8) / 1e6} Mbit/s down`,
    idleMs: idleShown - idleAt,
    idleFinalMs: idleFinal - idleAt,
    idleBytes: idleTransfer.bytes,
    idleRequests: idleTransfer.requests,
    typedMs: shownAt - typedAt,
    typedFromNavigationMs: shownAt,
    typedBytes: transfer.bytes,
    typedRequests: transfer.requests,
    urlMs,
    ...(firstResultHref ? { firstResultHref } : {}),
    runs: 1,
  };
}

/**
 * The first query on the search page over DevTools' Slow 4G with a cold cache (serve the site
 * with gzip, as a static host does): `runs` times each, medians reported (the network is
 * emulated exactly; the CPU part varies with the machine's load).
 */
export async function measureSlowSearch(
  browser: Browser,
  origin: string,
  base: string,
  query: string,
  runs = 3,
): Promise<SlowSearch> {
  const all: SlowSearch[] = [];
  for (let i = 0; i < runs; i++) all.push(await slowSessions(browser, origin, base, query));
  const median = (f: (s: SlowSearch) => number) => stat(all.map(f)).median;
  return {
    ...all[0]!,
    idleMs: median((s) => s.idleMs),
    idleFinalMs: median((s) => s.idleFinalMs),
    typedMs: median((s) => s.typedMs),
    typedFromNavigationMs: median((s) => s.typedFromNavigationMs),
    urlMs: median((s) => s.urlMs),
    runs,
    idleMsAll: all.map((s) => Math.round(s.idleMs)),
  };
}

// ------------------------------------------------------------------ study on a phone

export interface SlowPractice {
  profile: string;
  /** Practice page path measured. */
  path: string;
  /** Navigation start → the practice's first question on screen, the start button pressed as soon as the page offers it (timed in the page). */
  firstQuestionMs: number;
  /** Navigation start → the page ready to start (bank loaded, island mounted). */
  readyMs: number;
  /** Bytes (compressed as served) and requests until the first question, the service worker's precaching excluded. */
  bytes: number;
  requests: number;
  runs: number;
  firstQuestionMsAll: number[];
}

/**
 * Notes in the page (performance.now(), from navigation start) when the practice island is ready
 * to start, when the start button is pressed and when the first question is on screen: timed in
 * the page, not by the test driver's round trips (slow on a loaded machine).
 */
const PRACTICE_PROBE = `new MutationObserver(() => {
  const w = window;
  if (w.__readyAt === undefined && document.querySelector('[data-study="practice"][data-ready="true"]')) {
    w.__readyAt = performance.now();
    document.querySelector('form.quiz-setup')?.addEventListener('submit', () => { w.__submitAt = performance.now(); }, { capture: true });
  }
  if (w.__questionAt === undefined && document.querySelector('form.quiz-form')) w.__questionAt = performance.now();
}).observe(document, { childList: true, subtree: true, attributes: true });`;

/** One cold session: a new context (empty cache, the service worker allowed, as on a phone's first visit), DevTools' Slow 4G. */
async function slowPracticeSession(
  browser: Browser,
  url: string,
): Promise<{ firstQuestionMs: number; readyMs: number; bytes: number; requests: number }> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  try {
    const page = await context.newPage();
    await page.addInitScript(PRACTICE_PROBE);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
    const net = new NetworkLog(page);
    net.start();
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForSelector('[data-study="practice"][data-ready="true"]', { timeout: 120_000 });
    await page.click('form.quiz-setup button[type="submit"]');
    await page.waitForSelector('form.quiz-form', { timeout: 120_000 });
    const times = await page.evaluate(() => {
      const w = window as unknown as { __readyAt: number; __submitAt: number; __questionAt: number };
      return { readyAt: w.__readyAt, submitAt: w.__submitAt, questionAt: w.__questionAt };
    });
    const transfer = await net.stop();
    // As if the start button were pressed the moment the page offers it.
    return {
      firstQuestionMs: times.readyAt + (times.questionAt - times.submitAt),
      readyMs: times.readyAt,
      bytes: transfer.bytes,
      requests: transfer.requests,
    };
  } finally {
    await context.close();
  }
}

/**
 * A practice quiz's first question over DevTools' Slow 4G with a cold cache (serve the site with
 * gzip, as a static host does): `runs` times, the median reported.
 */
export async function measureSlowPractice(
  browser: Browser,
  origin: string,
  base: string,
  sitePath: string,
  runs = 3,
): Promise<SlowPractice> {
  const all: Awaited<ReturnType<typeof slowPracticeSession>>[] = [];
  for (let i = 0; i < runs; i++) all.push(await slowPracticeSession(browser, `${origin}${base}${sitePath}`));
  const median = (f: (s: (typeof all)[number]) => number) => stat(all.map(f)).median;
  return {
    profile: `DevTools Slow 4G: ${SLOW_4G.latency} ms latency, ${(SLOW_4G.downloadThroughput * 8) / 1e6} Mbit/s down`,
    path: sitePath,
    firstQuestionMs: median((s) => s.firstQuestionMs),
    readyMs: median((s) => s.readyMs),
    bytes: median((s) => s.bytes),
    requests: median((s) => s.requests),
    runs,
    firstQuestionMsAll: all.map((s) => Math.round(s.firstQuestionMs)),
  };
}

// ------------------------------------------------------------------ the QR page's first paint

/** Lighthouse's mobile CPU: a mid-range phone is about 4× slower than the measuring machine. */
export const PHONE_CPU_SLOWDOWN = 4;

export interface SlowPaint {
  profile: string;
  /** Page path measured. */
  path: string;
  /** Navigation start → first contentful paint (the paint timing entry, taken in the page). */
  fcpMs: number;
  /** Navigation start → largest contentful paint (the last candidate before the load event). */
  lcpMs: number;
  /** Bytes (compressed as served) and requests until the load event, the service worker's precaching excluded. */
  bytes: number;
  requests: number;
  /** Resources the browser held the first paint for (PerformanceResourceTiming.renderBlockingStatus). */
  renderBlocking: string[];
  runs: number;
  fcpMsAll: number[];
  /** CPU time (user + sys) over all runs of this process, the server and Chromium, from /proc. */
  cpuMs?: number;
}

/** Collects the paint entries as they come (the largest contentful paint is only observable, not queryable). */
const PAINT_PROBE = `(() => {
  const w = window;
  new PerformanceObserver((list) => { for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') w.__fcp = e.startTime; }).observe({ type: 'paint', buffered: true });
  new PerformanceObserver((list) => { for (const e of list.getEntries()) w.__lcp = e.startTime; }).observe({ type: 'largest-contentful-paint', buffered: true });
})();`;

/** One cold session at 390 px: a new context (empty cache), DevTools' Slow 4G, the CPU slowed as on a phone. */
async function slowPaintSession(
  browser: Browser,
  url: string,
): Promise<Omit<SlowPaint, 'profile' | 'path' | 'runs' | 'fcpMsAll' | 'cpuMs'>> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    await page.addInitScript(PAINT_PROBE);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE_CPU_SLOWDOWN });
    const net = new NetworkLog(page);
    net.start();
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    await page.waitForFunction(() => (window as unknown as { __fcp?: number }).__fcp !== undefined, undefined, {
      timeout: 60_000,
      polling: 50,
    });
    const timings = await page.evaluate(() => {
      const w = window as unknown as { __fcp: number; __lcp?: number };
      const blocking = performance
        .getEntriesByType('resource')
        .filter(
          (e) =>
            (e as PerformanceResourceTiming & { renderBlockingStatus?: string }).renderBlockingStatus === 'blocking',
        )
        .map((e) => new URL(e.name).pathname);
      return { fcp: w.__fcp, lcp: w.__lcp ?? w.__fcp, blocking };
    });
    const transfer = await net.stop();
    return {
      fcpMs: timings.fcp,
      lcpMs: timings.lcp,
      bytes: transfer.bytes,
      requests: transfer.requests,
      renderBlocking: timings.blocking,
    };
  } finally {
    await context.close();
  }
}

/**
 * User + sys CPU time of this process and its descendants (the static server, Chromium and its
 * renderers; those that ended counted in their parent's), Linux /proc, in ms; undefined elsewhere.
 */
function treeCpuMs(): number | undefined {
  const rootPid = process.pid;
  try {
    const tick = 100; // USER_HZ on Linux
    const stats = new Map<number, { ppid: number; cpu: number }>();
    for (const d of readdirSync('/proc')) {
      if (!/^\d+$/.test(d)) continue;
      try {
        const f = readFileSync(`/proc/${d}/stat`, 'utf8');
        const rest = f.slice(f.lastIndexOf(')') + 2).split(' ');
        stats.set(Number(d), {
          ppid: Number(rest[1]),
          cpu: ((Number(rest[11]) + Number(rest[12]) + Number(rest[13]) + Number(rest[14])) * 1000) / tick,
        });
      } catch {
        // the process ended while reading
      }
    }
    let total = 0;
    const queue = [rootPid];
    while (queue.length) {
      const pid = queue.pop()!;
      total += stats.get(pid)?.cpu ?? 0;
      for (const [child, s] of stats) if (s.ppid === pid) queue.push(child);
    }
    return total;
  } catch {
    return undefined;
  }
}

/**
 * A page's first contentful paint over DevTools' Slow 4G with the CPU slowed 4× (Lighthouse's
 * mobile settings) and a cold cache; serve the site with gzip, as a static host does. `runs`
 * times, the medians reported.
 */
export async function measureSlowPaint(
  browser: Browser,
  origin: string,
  base: string,
  sitePath: string,
  runs = 3,
): Promise<SlowPaint> {
  const all: Awaited<ReturnType<typeof slowPaintSession>>[] = [];
  const cpu0 = treeCpuMs();
  for (let i = 0; i < runs; i++) all.push(await slowPaintSession(browser, `${origin}${base}${sitePath}`));
  const cpu1 = treeCpuMs();
  const median = (f: (s: (typeof all)[number]) => number) => stat(all.map(f)).median;
  return {
    profile: `DevTools Slow 4G: ${SLOW_4G.latency} ms latency, ${(SLOW_4G.downloadThroughput * 8) / 1e6} Mbit/s down; CPU ${PHONE_CPU_SLOWDOWN}× slower`,
    path: sitePath,
    fcpMs: median((s) => s.fcpMs),
    lcpMs: median((s) => s.lcpMs),
    bytes: median((s) => s.bytes),
    requests: median((s) => s.requests),
    renderBlocking: [...new Set(all.flatMap((s) => s.renderBlocking))],
    runs,
    fcpMsAll: all.map((s) => Math.round(s.fcpMs)),
    ...(cpu0 !== undefined && cpu1 !== undefined ? { cpuMs: cpu1 - cpu0 } : {}),
  };
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
export async function chromiumPrintConcatenated(
  browser: Browser,
  urls: readonly string[],
  format: 'A3' | 'A4' | 'A5',
): Promise<PrintedPdf & { pages: number }> {
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
      section.append(
        ...[...(doc.querySelector('main') ?? doc.body).childNodes].map((n) => document.importNode(n, true)),
      );
      main.append(section);
    }
  }, rest);
  const pdf = await page.pdf({ format, printBackground: true });
  await page.close();
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  return { ms: performance.now() - t0, bytes: pdf.length, pdf, pages };
}
