/**
 * End-to-end tests of the built example site in Debian Chromium: search lands
 * on the clause, keyboard-only search, English UI, accessibility (axe-core),
 * no scripts on content pages (but the service worker's inline registration).
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { getModel } from '../src/site/data.ts';
import { writeSearchIndex } from '../src/search/integration.ts';
import { groupUrls } from '../src/search/group.ts';
import { launchChromium } from './support/browser.ts';
import { builtOrganisation } from './support/built.ts';
import { pdftotext } from './support/pdf.ts';
import { searchAgain } from './support/search-eval.ts';
import { serveStatic, type StaticServer } from './support/server.ts';
import { QUERIES, type QueryCase } from './e2e-queries.ts';

// The shared build of the example (read only); this file's own files go to TMP.
let OUT: string;
const TMP = path.resolve('test/.tmp/e2e');
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  OUT = (await builtOrganisation('content')).out;
  fs.rmSync(TMP, { recursive: true, force: true });
  // The same records without our tokens, to measure what they and the re-ranking add: in a
  // folder of this file's, served beside the shared site as /pagefind-plain/.
  await writeSearchIndex(await getModel(path.resolve('content')), TMP, { bundle: 'pagefind-plain', tokens: false });
  server = await serveStatic([OUT, TMP]);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function newPage(width = 1280): Promise<Page> {
  // No service worker: nothing here tests it (study-phone does); each page's precaching of the
  // whole site cost Chromium and the server more than the page itself.
  return browser.newPage({ viewport: { width, height: 800 }, serviceWorkers: 'block' });
}

/** Runs a query on the search page and returns the result links in order. */
async function search(page: Page, c: Pick<QueryCase, 'query' | 'filters'>): Promise<string[]> {
  const params = new URLSearchParams({ q: c.query, ...(c.filters ?? {}) });
  await page.goto(`${server.url}/search/?${params}`);
  await page.waitForFunction(() => {
    const status = document.querySelector('.search-status')?.textContent ?? '';
    return status !== '' && !status.includes('…');
  });
  return page.$$eval('ol.results a.result-link', (as) =>
    as.map((a) => (a as HTMLAnchorElement).getAttribute('href') ?? ''),
  );
}

/** Whether the element the URL's hash names is inside the viewport. */
async function targetInView(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const id = decodeURIComponent(location.hash.slice(1));
    if (!id) return window.scrollY === 0;
    const el = document.getElementById(id);
    if (!el) return false;
    const r = el.getBoundingClientRect();
    return r.top >= 0 && r.top < window.innerHeight;
  });
}

describe('search lands on the intended item', () => {
  // One browser context for the queries, as one person searching again: the search runtime and
  // index come from its HTTP cache after the first query (a new context per query loaded them
  // cold twenty times, ~4 s a query; the cold first query is measured in the bench). No service
  // worker: its precaching of the whole site would compete with the queries for the cores.
  let searching: BrowserContext;
  beforeAll(async () => {
    searching = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' });
  });
  afterAll(() => searching?.close());
  // Every query's first result is asserted in the loop below (one search page for the set).
  // Opening the search page by its address, following the first link and finding the item in view
  // is shown once for each kind of landing place (a clause, a commitment, a unit, a phrase, a
  // process step, a process) and each filter: the other queries repeated those paths at ~4 s each.
  const landing = (c: QueryCase) =>
    `${c.expect.split('/')[1]}${c.expect.includes('#') ? '#' : ''}${Object.keys(c.filters ?? {}).join()}`;
  const followed = QUERIES.filter((c, i) => QUERIES.findIndex((d) => landing(d) === landing(c)) === i);
  it('follows a query of each kind of landing place', () => {
    expect(followed.length).toBeGreaterThanOrEqual(6);
  });
  for (const c of followed) {
    it(`${c.query}${c.filters ? ` ${JSON.stringify(c.filters)}` : ''} (${c.what})`, async () => {
      const page = await searching.newPage();
      const links = await search(page, c);
      expect([c.expect, ...(c.alsoRight ?? [])]).toContain(links[0]);
      await page.click('ol.results a.result-link >> nth=0');
      await page.waitForURL((u) => u.pathname + u.hash === links[0]);
      expect(await targetInView(page)).toBe(true);
      await page.close();
    });
  }

  it('finds part of a number (08110 in 0791-86608110)', async () => {
    const page = await newPage();
    const links = await search(page, { query: '08110' });
    expect(links.length).toBeGreaterThan(0);
    for (const text of await page.$$eval('ol.results li', (lis) => lis.map((li) => li.textContent ?? '')))
      expect(text).toContain('86608110');
    await page.close();
  });

  it('reports precision@1 over the query set', async () => {
    const page = await newPage();
    let hits = 0;
    const misses: string[] = [];
    // One search page for the set, typing each query in turn.
    await page.goto(`${server.url}/search/`);
    for (const c of QUERIES) {
      const links = await searchAgain(page, c.query, c.filters);
      if (links[0] !== undefined && [c.expect, ...(c.alsoRight ?? [])].includes(links[0])) hits++;
      else misses.push(`${c.query} → ${links[0] ?? '(none)'} (wanted ${c.expect})`);
    }
    const p1 = hits / QUERIES.length;
    // For comparison, Pagefind's own first record for the raw query (its zh segmentation, no
    // re-ranking), on the index with our tokens and on the same records without them.
    // (A string, so the test runner does not rewrite the browser-side import().)
    const rawFirst = async (bundle: string) =>
      (await page.evaluate(`(async (cases) => {
        const pf = await import('/${bundle}/pagefind.js');
        const out = [];
        for (const c of cases) {
          const res = await pf.search(c.query, { filters: c.filters ?? {} });
          out.push(res.results[0] ? (await res.results[0].data()).url : '');
        }
        return out;
      })(${JSON.stringify(QUERIES)})`)) as string[];
    // A record may group several items of one page (src/search/group.ts): Pagefind's first record
    // counts when the intended item is one of them.
    const count = (urls: string[]) => urls.filter((u, i) => groupUrls(u).includes(QUERIES[i]!.expect)).length;
    const withTokens = count(await rawFirst('pagefind'));
    await page.goto(`${server.url}/`);
    const plain = count(await rawFirst('pagefind-plain'));
    // On an English UI page Pagefind does not segment the Chinese query at all.
    await page.goto(`${server.url}/en/`);
    const withTokensEn = count(await rawFirst('pagefind'));
    await page.goto(`${server.url}/en/roles/`);
    const plainEn = count(await rawFirst('pagefind-plain'));
    const n = QUERIES.length;
    console.log(
      `search precision@1 = ${hits}/${n} = ${p1.toFixed(2)}\n` +
        `  Pagefind's own order, zh-CN page: ${withTokens}/${n} with our tokens, ${plain}/${n} without; ` +
        `en page: ${withTokensEn}/${n} with, ${plainEn}/${n} without` +
        (misses.length ? `\n  misses:\n  ${misses.join('\n  ')}` : ''),
    );
    // Every query of this set lands on its item (the page-per-query tests above follow a few).
    expect(misses).toEqual([]);
    expect(p1).toBe(1);
    await page.close();
  });
});

describe('keyboard and language', () => {
  it('searches and opens a result with the keyboard only', async () => {
    const page = await newPage();
    await page.goto(`${server.url}/etiquette/`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip-link');
    // Brand link, then the header search box.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search');
    await page.keyboard.type('唱收唱付');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=/);
    await page.waitForSelector('ol.results a.result-link');
    // At once, on the first list: the final list drawn after it keeps the reader's place (client.ts relist).
    await page.keyboard.press('ArrowDown');
    await page.waitForFunction(() =>
      /找到 \d+ 条结果/.test(document.querySelector('[role="status"]')?.textContent ?? ''),
    );
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(
      '/norms/counter-hotline-norms/#c-cash-handling',
    );
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => u.hash === '#c-cash-handling');
    expect(await targetInView(page)).toBe(true);
    await page.close();
  });

  it('switches to the English UI with Chinese content marked zh-CN', async () => {
    const page = await newPage();
    await page.goto(`${server.url}/norms/general-service-norms/`);
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    await page.click('a.lang-switch');
    await page.waitForURL(/\/en\/norms\/general-service-norms\/$/);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.textContent('nav[aria-label="Main navigation"]')).toContain('Norms');
    expect(await page.getAttribute('h1', 'lang')).toBe('zh-CN');
    expect(await page.textContent('#c-no-eat-take-hold-demand .strength')).toContain('shall not (不得)');
    // Search from the English UI still searches the Chinese content.
    const links = await search(page, { query: '唱收唱付' });
    await page.goto(`${server.url}/en/search/?q=${encodeURIComponent('唱收唱付')}`);
    await page.waitForSelector('ol.results a.result-link');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.getAttribute('ol.results a.result-link >> nth=0', 'href')).toBe(links[0]);
    await page.click('a.lang-switch');
    await page.waitForURL((u) => u.pathname === '/search/');
    await page.close();
  });
});

describe('pages', () => {
  it('norm pages anchor every clause and write its strength in words', async () => {
    const html = fs.readFileSync(path.join(OUT, 'norms/general-service-norms/index.html'), 'utf8');
    expect(html).toContain('id="c-first-contact-owner"');
    expect(html).toMatch(/id="c-no-eat-take-hold-demand"[\s\S]*?【不得】/);
    expect(html).toContain('href="#c-first-contact-owner"');
  });

  it('a unit’s resolved norms mark reworded and added clauses', async () => {
    const page = await newPage();
    await page.goto(`${server.url}/units/power-qingshi-station/norms/counter-hotline-norms/`);
    expect(await page.textContent('#c-lunch-break-rotation .origin')).toContain('本单位修订');
    expect(await page.textContent('#c-lunch-break-rotation .origin-reason')).toContain('修订理由');
    expect(await page.$$eval('.clause .origin.origin-own', (els) => els.length)).toBeGreaterThan(0);
    // The group's wording is said once, in the page's intro, not beside every provision.
    expect(await page.$$eval('.clause .origin.origin-inherited', (els) => els.length)).toBe(0);
    expect(await page.textContent('.origin-legend')).toContain('沿用集团原文');
    await page.goto(`${server.url}/units/power-qingshi-station/`);
    expect(await page.textContent('main')).toMatch(/修订 \d+ 条/);
    await page.close();
  });

  it('MDX pages of the content directory are rendered', () => {
    const html = fs.readFileSync(path.join(OUT, 'pages/programme-plan/index.html'), 'utf8');
    expect(html).toContain('<h1>2027年规范化服务提升年活动实施方案</h1>');
    expect(html).toMatch(/<h2[^>]*>一、为什么开展这次活动/);
    expect(fs.existsSync(path.join(OUT, 'en/pages/programme-plan/index.html'))).toBe(true);
  });

  it('every unit has a commitments board and every role a page', () => {
    for (const unit of ['power-city-hall', 'power-qingshi-station', 'toll-east-station', 'water-service-dept']) {
      const html = fs.readFileSync(path.join(OUT, `units/${unit}/commitments/index.html`), 'utf8');
      expect(html).toContain('服务承诺公示');
      expect(html).toMatch(/id="cm-[a-z0-9-]+"/);
    }
    const role = fs.readFileSync(path.join(OUT, 'roles/hotline-operator/index.html'), 'utf8');
    expect(role).toContain('本岗位专门要求');
    expect(role).toContain('全体通用');
    expect(role).toContain('href="/norms/counter-hotline-norms/#c-answer-within-three-rings"');
    expect(role).toContain('href="/study/role-hotline-operator/"');
    expect(role).toContain('href="/print/handbook-hotline-operator.pdf"');
    // A post at a unit: the unit's wording, its practice for the role and the role's handbook of the unit.
    const unitRole = fs.readFileSync(path.join(OUT, 'units/water-service-dept/roles/counter-clerk/index.html'), 'utf8');
    expect(unitRole).toContain(
      'href="/units/water-service-dept/norms/counter-hotline-norms/#c-water-ask-account-number"',
    );
    expect(unitRole).toContain('投诉应自受理之日起3个工作日内答复客户');
    expect(unitRole).toContain('href="/study/unit-water-service-dept/?role=counter-clerk"');
    expect(unitRole).toContain('href="/print/handbook-water-service-dept__counter-clerk.pdf"');
  });

  it('a clause reworded by a unit above reads 上级单位, not 沿用, and each document keeps its own date', async () => {
    const page = await newPage();
    await page.goto(`${server.url}/units/power-qingshi-station/norms/counter-hotline-norms/`);
    expect(await page.textContent('#c-power-low-voltage-fast-track .origin')).toContain(
      '上级单位新增（城区供电营业厅）',
    );
    expect(await page.textContent('.doc-meta')).toContain('2027年');
    await page.close();
  });

  it('the QR page shows one set of numbers: the unit’s', async () => {
    const page = await newPage(390);
    await page.goto(`${server.url}/units/power-qingshi-station/commitments/`);
    const numbers = await page.$$eval('[data-contact] a', (as) => as.map((a) => a.textContent));
    expect(numbers).toEqual(['95598', '0791-87352100']);
    const text = (await page.textContent('body'))!;
    for (const group of ['0791-86608000', '0791-86608100', '0791-86608110', '0791-86621300'])
      expect(text).not.toContain(group);
    expect(await page.textContent('body')).toContain('90分钟内');
    await page.close();
  });

  it('content pages ship no script file, only the tiny inline theme/contents scripts; the search page ships the island', () => {
    const pages = [
      'index.html',
      'norms/general-service-norms/index.html',
      'etiquette/index.html',
      'units/power-city-hall/index.html',
      'units/power-city-hall/commitments/index.html',
      'units/power-city-hall/roles/counter-clerk/index.html',
      'units/water-service-dept/norms/general-service-norms/index.html',
      'processes/complaint-handling-process/index.html',
      'downloads/index.html',
      'commitments/index.html',
      'en/roles/index.html',
    ];
    // No script file; inline only the service worker's registration (src/site/offline.ts) and the
    // theme and contents scripts (src/site/theme.ts, toc.ts), small.
    for (const p of pages) {
      const scripts = [...fs.readFileSync(path.join(OUT, p), 'utf8').matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/gi)];
      for (const [tag] of scripts) expect(tag, p).not.toMatch(/<script[^>]*\bsrc=|<script type="module"/);
      expect(
        scripts.filter(([, code]) => code!.includes('navigator.serviceWorker.register')),
        p,
      ).toHaveLength(1);
      expect(scripts.length, p).toBeLessThanOrEqual(4);
      expect(
        scripts.reduce((n, [, code]) => n + code!.length, 0),
        p,
      ).toBeLessThan(2400);
    }
    expect(fs.readFileSync(path.join(OUT, 'search/index.html'), 'utf8')).toMatch(/<script type="module"/);
    expect(fs.existsSync(path.join(OUT, 'pagefind/pagefind.js'))).toBe(true);
  });

  it('standard and forbidden phrases differ in words, not only colour', async () => {
    const page = await newPage(390);
    await page.goto(`${server.url}/etiquette/#p-forbid-go-change-money-yourself`);
    expect(await page.textContent('#p-forbid-go-change-money-yourself .phrase-mark')).toContain('忌语');
    expect(await page.textContent('#p-cash-received-amount .phrase-mark')).toContain('规范');
    expect(await targetInView(page)).toBe(true);
    await page.close();
  });
});

describe('print stylesheet', () => {
  it('printing a norm page gives the document without site chrome', async () => {
    const page = await newPage();
    await page.goto(`${server.url}/norms/general-service-norms/`);
    await page.emulateMedia({ media: 'print' });
    expect(await page.isVisible('.site-header')).toBe(false);
    expect(await page.isVisible('.toc')).toBe(false);
    expect(await page.isVisible('.to-top')).toBe(false);
    const pdf = path.join(TMP, 'norm-print.pdf');
    await page.pdf({ path: pdf, format: 'A4' });
    const text = pdftotext(pdf, { layout: true });
    expect(text).toContain('窗口服务通用规范');
    expect(text).toContain('首问责任人');
    expect(text).toContain('【不得】');
    expect(text).not.toContain('跳到正文');
    expect(text).not.toContain('资料下载');
    await page.close();
  });
});

describe('accessibility (axe-core)', () => {
  const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  /**
   * At 1280 px, what a phone does not show: site-nav.test.ts checks one page of every template in
   * both colour schemes and both languages at 390 px, so here only what the wide layout adds or
   * rearranges — the header's inline navigation (on every page: the home page in each language),
   * the norm page's sticky contents column, the search page with the results its script draws, and
   * a role's page (the most elements of the twelve checked here until 2026-12-07: 7 s). The seven
   * others (a unit's page, its commitments, downloads, etiquette…) repeated site-nav's, ~4 s each.
   */
  const targets = [
    '/',
    '/en/',
    '/norms/general-service-norms/',
    '/search/?q=%E6%8A%95%E8%AF%89',
    '/units/water-service-dept/roles/counter-clerk/',
  ];
  // One context, no service worker (its precaching of the site would compete with axe for the cores).
  let checking: BrowserContext;
  beforeAll(async () => {
    checking = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' });
  });
  afterAll(() => checking?.close());
  for (const target of targets) {
    it(`${decodeURIComponent(target)} has no serious or critical violations`, async () => {
      const page = await checking.newPage();
      // axe comes with the page (the site has no frames): injected after the load (addScriptTag)
      // its 0.5 MB took as long again as the page.
      await page.addInitScript({ content: axeSource });
      const res = await page.goto(`${server.url}${target}`);
      expect(res?.status()).toBe(200);
      expect(await page.title()).not.toBe('');
      if (target.startsWith('/search/')) await page.waitForSelector('ol.results a.result-link');
      const violations = await page.evaluate(async () => {
        const axe = (
          window as unknown as {
            axe: {
              run(o: object): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }>;
            };
          }
        ).axe;
        const res = await axe.run({ resultTypes: ['violations'] });
        return res.violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map(
            (v) =>
              `${v.id}: ${v.nodes
                .slice(0, 3)
                .map((n) => n.target.join(' '))
                .join(', ')}`,
          );
      });
      expect(violations).toEqual([]);
      await page.close();
    });
  }
});
