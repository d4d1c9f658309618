/**
 * The site on a phone (issue 16): compact sticky header, 本页目录 that follows
 * the reading on norm pages (the unit's too), back-to-top, clause numbers as
 * links, dark mode (system and toggle, no flash), the 404 page, no layout
 * shift, axe in both colour schemes, description and Open Graph tags on every
 * page, a sitemap of every page. Axe runs on one page of each page template in each
 * scheme (light Chinese, dark English): its rules read the template, the scheme's colours
 * and the language's words, not the unit a page is of (see axeTargets). Debian Chromium at 390 px (and 1280 px where
 * the layout differs). Screenshots land in test/.tmp/site-nav-shots/ to be
 * looked at.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './support/browser.ts';
import { builtOrganisation } from './support/built.ts';
import { serveStatic, type StaticServer } from './support/server.ts';

// GUIFAN_SITE_DIR: a site already built from content/ (saves a build while working on this file);
// otherwise the shared build of the example (read only).
let OUT: string;
const NORM = '/norms/general-service-norms/';
const UNIT_NORM = '/units/power-qingshi-station/norms/counter-hotline-norms/';
const BOARD = '/units/power-qingshi-station/commitments/';
const SERVICE = '/units/power-city-hall/services/power-residential-connection/';
const INSPECTION = '/units/power-city-hall/inspections/monthly-scheduled-inspection/';
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  OUT = process.env.GUIFAN_SITE_DIR
    ? path.resolve(process.env.GUIFAN_SITE_DIR)
    : (await builtOrganisation('content')).out;
  server = await serveStatic(OUT);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function phone(colorScheme: 'light' | 'dark' = 'light'): Promise<{ context: BrowserContext; page: Page }> {
  // No service worker: nothing here tests it (study-phone does), and its precaching of the whole
  // site after each first load competed with the page under test for the two cores.
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    colorScheme,
    serviceWorkers: 'block',
  });
  return { context, page: await context.newPage() };
}

/** Every page the build wrote, as site paths ('' for the home page); 404.html apart. */
function builtPages(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name === 'index.html') out.push(path.relative(OUT, dir).split(path.sep).join('/'));
    }
  };
  walk(OUT);
  return out.map((p) => (p === '' ? '' : `${p}/`)).sort();
}

/** Relative luminance of a CSS rgb() colour. */
function luminance(rgb: string): number {
  const [r, g, b] = (rgb.match(/\d+(\.\d+)?/g) ?? ['0', '0', '0']).slice(0, 3).map((v) => {
    const c = Number(v) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

describe('header', () => {
  it('is at most 56 px tall on a phone and stays at the top while scrolling', async () => {
    const { context, page } = await phone();
    for (const target of ['/', NORM, BOARD, '/en/units/']) {
      await page.goto(`${server.url}${target}`);
      const box = async () =>
        page.$eval('.site-header', (h) => {
          const r = h.getBoundingClientRect();
          return { top: r.top, height: r.height };
        });
      expect((await box()).height, target).toBeLessThanOrEqual(56);
      await page.evaluate(() => window.scrollTo(0, 2000));
      expect((await box()).top, target).toBe(0);
      // Menu and search are buttons, the nine menu items hidden until asked for.
      expect(await page.isVisible('.menu-button'), target).toBe(true);
      expect(await page.isVisible('.site-nav a >> nth=0'), target).toBe(false);
    }
    await page.goto(`${server.url}${NORM}`);
    expect(await page.isVisible('.search-button')).toBe(true);
    await page.click('.menu-button');
    expect(await page.isVisible('.site-nav a[href="/units/"]')).toBe(true);
    await page.click('.site-nav a[href="/units/"]');
    await page.waitForURL(/\/units\/$/);
    await context.close();
  });

  it('shows the navigation inline on a wide screen', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${server.url}${NORM}`);
    expect(await page.isVisible('.menu-button')).toBe(false);
    expect(await page.isVisible('.site-nav a[href="/units/"]')).toBe(true);
    expect(await page.isVisible('#site-search')).toBe(true);
    expect(await page.$eval('.site-header', (h) => h.getBoundingClientRect().height)).toBeLessThanOrEqual(56);
    // Nothing in the header overlaps or leaves the screen, in either language, down to the breakpoints.
    for (const [width, target] of [
      [1152, '/units/'],
      [1248, '/units/'],
      [1280, '/units/'],
      [1280, '/en/units/'],
      [1400, '/en/units/'],
    ] as const) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`${server.url}${target}`);
      const boxes = await page.$$eval('.brand, .search-form, .site-nav li, .lang-switch, .theme-toggle', (els) =>
        els
          .filter((e) => (e as HTMLElement).offsetParent !== null)
          .map((e) => {
            const r = e.getBoundingClientRect();
            return { l: r.left, r: r.right };
          }),
      );
      boxes.sort((a, b) => a.l - b.l);
      for (let i = 1; i < boxes.length; i++)
        expect(boxes[i]!.l, `${width} ${target} item ${i}`).toBeGreaterThanOrEqual(boxes[i - 1]!.r - 0.5);
      expect(boxes[boxes.length - 1]!.r).toBeLessThanOrEqual(width);
      // The longer English labels do not squeeze the search box: its placeholder is never cut
      // (the box was 71 px wide at 1280 px in English, 236 px in Chinese, and both cut it; 108 px
      // in Chinese at 1152 px, where the header now keeps its menu and search buttons).
      if (await page.isVisible('#site-search')) {
        const box = await page.$eval('#site-search', (i) => {
          const input = i as HTMLInputElement;
          const probe = document.createElement('span');
          probe.style.cssText = `position:absolute;visibility:hidden;white-space:pre;font:${getComputedStyle(input).font}`;
          probe.textContent = input.placeholder;
          document.body.append(probe);
          const need = probe.getBoundingClientRect().width;
          probe.remove();
          const style = getComputedStyle(input);
          return { width: input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight), need };
        });
        expect(box.width, `${width} ${target} search box`).toBeGreaterThanOrEqual(box.need);
      }
    }
    await page.close();
  });
});

describe('norm pages', () => {
  for (const target of [NORM, UNIT_NORM]) {
    it(`${target}: 本页目录 is at hand on a phone and follows the reading`, async () => {
      const { context, page } = await phone();
      await page.goto(`${server.url}${target}`);
      expect(await page.isVisible('.toc-bar')).toBe(true);
      expect(await page.textContent('.toc-button')).toContain('本页目录');
      const entries = await page.$$eval('#page-toc a', (as) => as.map((a) => a.getAttribute('href') ?? ''));
      expect(entries.length).toBeGreaterThan(3);
      // Scroll to a long top-level section: its entry (or one of its sub-entries) is marked and named in the bar.
      const section = await page.$$eval('#page-toc > ol > li > a', (as) => {
        const links = as as HTMLAnchorElement[];
        const long = links
          .slice(1)
          .find((a) => (document.getElementById(a.hash.slice(1))?.offsetHeight ?? 0) > window.innerHeight);
        return (long ?? links[links.length - 1]!).getAttribute('href')!;
      });
      await page.evaluate((id) => document.getElementById(id.slice(1))!.scrollIntoView(), section);
      await page.waitForFunction(
        (h) =>
          document
            .querySelector('#page-toc a[aria-current="true"]')
            ?.closest('#page-toc > ol > li')
            ?.querySelector('a')
            ?.getAttribute('href') === h,
        section,
        { timeout: 5000 },
      );
      const bar = await page.$eval('.toc-bar', (b) => b.getBoundingClientRect().top);
      expect(bar).toBe(56);
      const current = await page.textContent('#page-toc a[aria-current="true"]');
      expect((await page.textContent('.toc-current'))?.trim()).toBe(current?.replace(/\s+/g, ' ').trim());
      // Open the contents, choose the last entry: it lands below the header and bar, the list closes.
      await page.click('.toc-button');
      expect(await page.isVisible('#page-toc')).toBe(true);
      const last = entries[entries.length - 1]!;
      await page.click(`#page-toc a[href="${last}"]`);
      await page.waitForURL((u) => u.hash === last);
      expect(await page.isVisible('#page-toc')).toBe(false);
      const top = await page.evaluate((id) => document.getElementById(id.slice(1))!.getBoundingClientRect().top, last);
      expect(top).toBeGreaterThanOrEqual(56 + 44 - 1);
      // Back to the top.
      await page.click('.to-top');
      await page.waitForFunction(() => window.scrollY === 0);
      await context.close();
    });
  }

  it('on a wide screen the contents are a sticky side column that follows the reading', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${server.url}${UNIT_NORM}`);
    expect(await page.isVisible('.toc-bar')).toBe(false);
    expect(await page.isVisible('#page-toc')).toBe(true);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight * 0.6));
    await page.waitForFunction(() => document.querySelector('#page-toc a[aria-current="true"]') !== null);
    const box = await page.$eval('#page-toc', (t) => t.getBoundingClientRect());
    expect(box.top).toBeGreaterThanOrEqual(56);
    expect(box.top).toBeLessThan(100);
    expect(box.left).toBeGreaterThan(800);
    await page.close();
  });

  it('clause numbers are the links; no "链接" after every clause; unit pages mark only departures', () => {
    const html = fs.readFileSync(path.join(OUT, NORM.slice(1), 'index.html'), 'utf8');
    expect(html).not.toContain('class="clause-link"');
    expect(html).toMatch(/<a class="clause-number" href="#c-first-contact-owner"/);
    const ids = [...html.matchAll(/<li id="c-([^"]+)" class="clause/g)].map((m) => m[1]);
    const links = new Set([...html.matchAll(/<a class="clause-number" href="#c-([^"]+)"/g)].map((m) => m[1]));
    expect(ids.every((id) => links.has(id))).toBe(true);
    const unit = fs.readFileSync(path.join(OUT, UNIT_NORM.slice(1), 'index.html'), 'utf8');
    expect(unit).not.toMatch(/class="origin origin-inherited"/);
    expect(unit).toMatch(/class="origin origin-overridden"/);
    expect((unit.match(/沿用/g) ?? []).length).toBe(1);
  });
});

describe('dark mode', () => {
  it('follows the system, and the toggle is remembered and set before the first paint', async () => {
    const { context, page } = await phone('dark');
    await page.goto(`${server.url}${NORM}`);
    const body = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    expect(luminance(await body())).toBeLessThan(0.05);
    expect(await page.getAttribute('#theme-toggle', 'aria-pressed')).toBe('true');
    await page.click('#theme-toggle');
    expect(await page.getAttribute('html', 'data-theme')).toBe('light');
    expect(luminance(await body())).toBeGreaterThan(0.9);
    expect(await page.evaluate(() => localStorage.getItem('guifan-theme'))).toBe('light');
    // Another page: the choice is in place when the page's first script has run, before <body>.
    await page.addInitScript(() => {
      document.addEventListener('readystatechange', () => {
        if (document.readyState === 'interactive')
          (window as unknown as { themeAtParse: string | null }).themeAtParse =
            document.documentElement.getAttribute('data-theme');
      });
    });
    await page.goto(`${server.url}${BOARD}`);
    expect(await page.evaluate(() => (window as unknown as { themeAtParse: string | null }).themeAtParse)).toBe(
      'light',
    );
    expect(luminance(await body())).toBeGreaterThan(0.9);
    // And with the system light, the toggle goes dark.
    await page.emulateMedia({ colorScheme: 'light' });
    await page.evaluate(() => localStorage.removeItem('guifan-theme'));
    await page.goto(`${server.url}/`);
    expect(luminance(await body())).toBeGreaterThan(0.9);
    await page.click('#theme-toggle');
    expect(luminance(await body())).toBeLessThan(0.05);
    await context.close();
  });
});

describe('404', () => {
  it('a mistyped QR path gets a page that leads to the units and search', async () => {
    const { context, page } = await phone();
    const res = await page.goto(`${server.url}/units/power-qingshi-statoin/commitments/`);
    expect(res?.status()).toBe(404);
    expect(await page.textContent('h1')).toContain('没有找到这个页面');
    expect(await page.$$eval('main a[href$="/commitments/"]', (as) => as.length)).toBeGreaterThanOrEqual(4);
    expect(await page.isVisible('main form[role="search"] input[name="q"]')).toBe(true);
    // Its stylesheet loads from any depth (absolute URLs).
    expect(await page.$eval('.site-header', (h) => getComputedStyle(h).position)).toBe('sticky');
    expect(await page.getAttribute('meta[name="robots"]', 'content')).toBe('noindex');
    // Its language switch goes to a page that exists (there is no /en/404/).
    const other = await page.getAttribute('a.lang-switch', 'href');
    expect(other).toBe('/en/');
    expect((await page.goto(`${server.url}${other}`))?.status()).toBe(200);
    await context.close();
  });
});

describe('the QR page on a weak signal', () => {
  // What arrives in the first round trip on a new connection: TCP's initial window, 10 segments of 1,460 bytes.
  const FIRST_FLIGHT = 14_600;
  const stylesheetLinks = (html: string) =>
    [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1]!);

  it('every unit’s board, in both languages, carries the site stylesheet inline and fits the first round trip gzipped', () => {
    const boards = builtPages().filter((p) => /^(en\/)?units\/[^/]+\/commitments\/$/.test(p));
    expect(boards.length).toBe(8);
    // The stylesheet every other page links: the board's inline copy is the same file, so it cannot fall behind.
    const linked = stylesheetLinks(fs.readFileSync(path.join(OUT, 'units/index.html'), 'utf8'));
    expect(linked.length).toBe(1);
    const siteCss = fs.readFileSync(path.join(OUT, linked[0]!.slice(1)), 'utf8').trim();
    for (const p of boards) {
      const html = fs.readFileSync(path.join(OUT, p, 'index.html'), 'utf8');
      expect(stylesheetLinks(html), p).toEqual([]);
      const head = html.slice(0, html.indexOf('</head>'));
      // Nothing in <head> the parser must fetch before it paints: no external script, no web font.
      expect(head, p).not.toMatch(/<script[^>]* src=|@font-face|@import/);
      expect(head.match(/<style>([\s\S]*?)<\/style>/)?.[1]?.trim(), p).toBe(siteCss);
      expect(gzipSync(html).length, p).toBeLessThanOrEqual(FIRST_FLIGHT);
    }
  });

  it('the other pages keep the stylesheet as a cached file', () => {
    const inlined = builtPages().filter(
      (p) =>
        !/units\/[^/]+\/commitments\/$/.test(p) &&
        /<style>:root/.test(fs.readFileSync(path.join(OUT, p, 'index.html'), 'utf8')),
    );
    expect(inlined).toEqual([]);
    for (const p of ['', NORM.slice(1), 'units/power-qingshi-station/', 'en/units/']) {
      expect(stylesheetLinks(fs.readFileSync(path.join(OUT, p, 'index.html'), 'utf8')).length, p).toBeGreaterThan(0);
    }
  });

  it('Chromium finds nothing that holds its first paint', async () => {
    const { context, page } = await phone();
    await page.goto(`${server.url}${BOARD}`, { waitUntil: 'load' });
    const blocking = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter(
          (e) =>
            (e as PerformanceResourceTiming & { renderBlockingStatus?: string }).renderBlockingStatus === 'blocking',
        )
        .map((e) => e.name),
    );
    expect(blocking).toEqual([]);
    // Styled all the same: the sticky header and the board's layout.
    expect(await page.$eval('.site-header', (h) => getComputedStyle(h).position)).toBe('sticky');
    expect(await page.$eval('.board-no', (n) => getComputedStyle(n).display)).not.toBe('inline');
    await context.close();
  });
});

describe('steady pages', () => {
  const pages = [
    '/',
    NORM,
    UNIT_NORM,
    BOARD,
    '/units/power-qingshi-station/',
    '/etiquette/',
    '/processes/complaint-handling-process/',
    '/commitments/',
    '/downloads/',
    '/roles/hotline-operator/',
    '/units/water-service-dept/roles/counter-clerk/',
    '/search/?q=%E6%8A%95%E8%AF%89',
    '/404.html',
    '/en/',
    '/study/',
  ];
  /** The page's cumulative layout shift, from its first paint through loading and scrolling to its end. */
  async function shiftOf(target: string): Promise<number> {
    const { context, page } = await phone();
    await page.addInitScript(() => {
      const w = window as unknown as { cls: number };
      w.cls = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[])
          if (!e.hadRecentInput) w.cls += e.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(`${server.url}${target}`, { waitUntil: 'load' });
    await page.waitForTimeout(400);
    // A search page is steady once its results are listed (the status shows the count, not
    // "searching"): scrolling to the footer before then measures how fast Pagefind loads on a
    // busy CI machine (over 1 s at times), not the page's layout. Shifts while the results come
    // in are still counted: the observer runs from the first paint.
    await page.waitForFunction(
      () => {
        const app = document.getElementById('search-app');
        if (!app || !new URLSearchParams(location.search).get('q')) return true;
        const status = app.querySelector('[role="status"]')?.textContent ?? '';
        return status !== '' && status !== (JSON.parse(app.dataset.strings ?? '{}') as { loading?: string }).loading;
      },
      null,
      { timeout: 20_000 },
    );
    for (let y = 0; y < 40; y++) {
      const done = await page.evaluate(() => {
        window.scrollBy(0, window.innerHeight * 0.8);
        return window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2;
      });
      await page.waitForTimeout(60);
      if (done) break;
    }
    await page.waitForTimeout(300);
    const cls = await page.evaluate(() => (window as unknown as { cls: number }).cls);
    await context.close();
    return cls;
  }
  it('CLS < 0.05 at 390 px, loading and scrolling to the end', async () => {
    const results: Record<string, number> = {};
    // Three pages at a time, each in a context of its own: the measuring is mostly waiting (the
    // settling pauses, one scroll step at a time), and a shift counts whatever else runs. One
    // after the other it took 50 s of the suite's time (CI, 2026-12-05).
    const queue = [...pages];
    const lane = async (): Promise<void> => {
      for (let target = queue.shift(); target; target = queue.shift()) results[target] = await shiftOf(target);
    };
    await Promise.all([lane(), lane(), lane()]);
    console.log('CLS at 390 px:', Object.fromEntries(pages.map((p) => [p, results[p]])));
    for (const [target, cls] of Object.entries(results)) expect(cls, target).toBeLessThan(0.05);
  }, 240_000);
});

/**
 * The page files of src/site/pages as patterns of the paths they build ('units/[unit]/services/[service]/'),
 * the static ones first so that 'study/exam/' is not taken for a 'study/[scope]/'.
 */
function pageTemplates(): { name: string; pattern: RegExp; perUnit: boolean }[] {
  const root = path.resolve('src/site/pages');
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory()) walk(path.join(dir, e.name));
      else if (e.name.endsWith('.astro'))
        files.push(path.relative(root, path.join(dir, e.name)).split(path.sep).join('/'));
    }
  };
  walk(root);
  return files
    .filter((f) => f !== '404.astro')
    .map((f) => {
      const route = f
        .replace(/^\[\.\.\.lang\]\/?/, '')
        .replace(/(^|\/)index\.astro$/, '$1')
        .replace(/\.astro$/, '/');
      const source = route
        .split('/')
        .map((seg) => (/^\[.+\]$/.test(seg) ? '[^/]+' : seg.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
        .join('/');
      return {
        name: route,
        pattern: new RegExp(`^(en/)?${source}$`),
        perUnit: route.includes('[unit]'),
        dynamic: (route.match(/\[/g) ?? []).length,
      };
    })
    .sort((a, b) => a.dynamic - b.dynamic);
}

describe('accessibility in both colour schemes (axe-core)', () => {
  const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  /**
   * One page of each page template (src/site/pages) a scheme: in light its Chinese page, in dark
   * its English one, and the 404 page in both. What axe checks depends either on the scheme and
   * the template (contrast: the stylesheet's colours on the template's elements) or on the language
   * and the template (names, labels, lang: the template's words in that language), never on the
   * unit whose content fills it: so every template is checked in both schemes and both languages.
   * The page taken for a template is its largest built page, the one with the most of the
   * template's elements. A unit's own pages (8 units) and the other language in each scheme only
   * repeated these: 93 light and 32 dark pages took 127 and 47 s wall (load ~15); now 31 + 31.
   * GUIFAN_AXE_ALL=1 checks every page in both schemes.
   */
  function axeTargets(scheme: 'light' | 'dark'): string[] {
    const templates = pageTemplates();
    const chosen = new Map<string, { page: string; size: number }>();
    const unmatched: string[] = [];
    for (const p of builtPages()) {
      const t = templates.find((x) => x.pattern.test(p));
      if (!t) {
        unmatched.push(p);
        continue;
      }
      if (p.startsWith('en/') !== (scheme === 'dark')) continue;
      const size = fs.statSync(path.join(OUT, p, 'index.html')).size;
      if ((chosen.get(t.name)?.size ?? -1) < size) chosen.set(t.name, { page: p, size });
    }
    expect(unmatched).toEqual([]);
    const pages = process.env.GUIFAN_AXE_ALL ? builtPages() : [...chosen.values()].map((c) => c.page);
    return [...pages.map((p) => `/${p}`), '/404.html'];
  }

  for (const scheme of ['light', 'dark'] as const) {
    it(`${scheme}: no serious or critical violations`, async () => {
      const targets = axeTargets(scheme);
      // Every template the example builds a page of, in Chinese in light, in English in dark
      // (the example builds none of a document's or a unit's 修订说明, nor a unit's own assessment or process page).
      const templateOf = (p: string) => pageTemplates().find((x) => x.pattern.test(p))?.name;
      const kinds = (ps: string[]) => new Set(ps.map((p) => `${p.startsWith('en/') ? 'en' : 'zh'} ${templateOf(p)}`));
      const built = builtPages().filter(
        (p) => process.env.GUIFAN_AXE_ALL || p.startsWith('en/') === (scheme === 'dark'),
      );
      expect(kinds(targets.filter((t) => t !== '/404.html').map((t) => t.slice(1)))).toEqual(kinds(built));
      expect(kinds(built).size).toBeGreaterThanOrEqual(pageTemplates().length - 4);
      // One context per scheme, one tab going from page to page (no service worker: its precaching would compete for the cores).
      const context = await browser.newContext({
        viewport: { width: 390, height: 844 },
        colorScheme: scheme,
        serviceWorkers: 'block',
      });
      // axe comes with every page the tab opens (the site has no frames): injected after each load
      // (addScriptTag) its 0.5 MB cost as much as the page itself.
      await context.addInitScript({ content: axeSource });
      const page = await context.newPage();
      const found: string[] = [];
      const t0 = performance.now();
      for (const target of targets) {
        await page.goto(`${server.url}${target}`);
        const violations = await page.evaluate(async () => {
          const axe = (
            window as unknown as {
              axe: {
                run(
                  o: object,
                ): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }>;
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
        found.push(...violations.map((v) => `${target} ${v}`));
      }
      console.log(`axe ${scheme}: ${targets.length} pages in ${((performance.now() - t0) / 1000).toFixed(1)} s wall`);
      await context.close();
      expect(found).toEqual([]);
    }, 900_000);
  }
});

describe('sharing and the site map', () => {
  it('every page has a description and Open Graph title; the QR page names the unit and its commitments', () => {
    const missing: string[] = [];
    for (const p of [...builtPages().map((x) => `${x}index.html`), '404.html']) {
      const html = fs.readFileSync(path.join(OUT, p), 'utf8');
      const description = html.match(/<meta name="description" content="([^"]*)"/)?.[1] ?? '';
      if (description.trim().length < 10) missing.push(`${p}: description`);
      if (!/<meta property="og:title" content="[^"]+"/.test(html)) missing.push(`${p}: og:title`);
      if (!/<link rel="icon" href="[^"]*favicon\.svg"/.test(html)) missing.push(`${p}: favicon`);
      // No template text left unfilled: a unit page's aria-label read 设为我的单位和岗位{s.colon}服务督导员.
      const shown = html.replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, '');
      for (const m of shown.matchAll(/\{s\.[A-Za-z]+\}|\$\{|\{\{[^}]*\}\}|\bundefined\b|\[object Object\]/g))
        missing.push(`${p}: ${m[0]}`);
      // Chinese pages count in full-width brackets: 考查内容（17）, not 考查内容 (17).
      if (!p.startsWith('en/'))
        for (const m of shown.replace(/<[^>]+>/g, '').matchAll(/\p{Script=Han}\s*\(\d+\)/gu))
          missing.push(`${p}: ${m[0]}`);
    }
    expect(missing).toEqual([]);
    const board = fs.readFileSync(path.join(OUT, BOARD.slice(1), 'index.html'), 'utf8');
    const description = board.match(/<meta name="description" content="([^"]*)"/)![1]!;
    expect(description).toContain('云澜供电公司青石县供电所');
    expect(description).toMatch(/15秒内/);
    expect(board).toContain(
      '<meta property="og:url" content="https://fuwu.yunlan-utilities.example/units/power-qingshi-station/commitments/">',
    );
    expect(fs.existsSync(path.join(OUT, 'favicon.svg'))).toBe(true);
  });

  it('sitemap.xml lists every page, by absolute URL under the baseUrl, and nothing else', () => {
    const xml = fs.readFileSync(path.join(OUT, 'sitemap.xml'), 'utf8');
    const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    const base = 'https://fuwu.yunlan-utilities.example/';
    expect(locs.every((l) => l.startsWith(base))).toBe(true);
    expect(locs.map((l) => l.slice(base.length)).sort()).toEqual(builtPages());
    expect(fs.readFileSync(path.join(OUT, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${base}sitemap.xml`);
  });

  it('public pages write targets and dates as the public reads them', () => {
    const bad: string[] = [];
    for (const p of builtPages()) {
      const html = fs.readFileSync(path.join(OUT, p, 'index.html'), 'utf8');
      const text = html.replace(/<script[\s\S]*?<\/script>/g, '').replace(/<[^>]+>/g, ' ');
      for (const m of text.matchAll(/[≤≥]\s*\d[^\s]*|\b20\d\d-\d\d-\d\d\b|guifan/g)) bad.push(`${p}: ${m[0]}`);
      // An English page's own dates are in English (Effective: Jan 1, 2027); 年月日 is left to Chinese content.
      // … and an English label takes an English colon (Supervision: 0791…, not Supervision：0791…).
      if (p.startsWith('en/'))
        for (const m of text.matchAll(/(?:Effective|in force from)[:\s]+20\d\d年|[A-Za-z)]\s*：/g))
          bad.push(`${p}: ${m[0]}`);
    }
    expect(bad).toEqual([]);
    const unitPage = fs.readFileSync(path.join(OUT, 'en/units/power-city-hall/index.html'), 'utf8');
    expect(unitPage).toMatch(/Effective: (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{1,2}, 20\d\d/);
  });
});

describe('a service guide and a score sheet on a phone', () => {
  it('nothing wider than the screen; a material is a card with its name on one line; the score bar leaves the screen to the form', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      const { context, page } = await phone(scheme);
      for (const target of [
        SERVICE,
        `/en${SERVICE}`,
        INSPECTION,
        `/en${INSPECTION}`,
        '/units/power-city-hall/services/',
        '/units/power-city-hall/inspections/',
      ]) {
        await page.goto(`${server.url}${target}`);
        expect(
          await page.evaluate(() => document.documentElement.scrollWidth),
          `${scheme} ${target}`,
        ).toBeLessThanOrEqual(390);
      }
      await page.goto(`${server.url}${SERVICE}`);
      const name = await page.$eval('table.materials tbody th', (th) => {
        const r = th.getBoundingClientRect();
        return { width: r.width, height: r.height, line: parseFloat(getComputedStyle(th).lineHeight) };
      });
      expect(name.width).toBeGreaterThan(250);
      expect(name.height).toBeLessThan(name.line * 1.5);
      expect(
        await page.$eval('table.materials tbody td[data-label]', (td) => getComputedStyle(td, '::before').content),
      ).toBe('"形式及份数："');
      await page.goto(`${server.url}${INSPECTION}`);
      await page.waitForFunction(() => (document.querySelector('.score-total')?.textContent ?? '') !== '');
      const bar = await page.$eval('.score-summary', (b) => b.getBoundingClientRect().height);
      expect(bar).toBeLessThanOrEqual(844 / 5);
      const buttons = await page.$$eval('.score-actions button', (bs) =>
        bs.map((b) => Math.round(b.getBoundingClientRect().top)),
      );
      expect(new Set(buttons).size).toBe(1);
      expect(await page.isVisible('.to-top')).toBe(false);
      // The summary of the deduction details says something the line above it does not.
      const lines = await page.$$eval('.score-item', (items) =>
        items.map((li) => ({
          rule: li.querySelector('p.muted')?.textContent ?? '',
          summary: li.querySelector('summary')?.textContent ?? '',
        })),
      );
      for (const l of lines) if (l.summary) expect(l.rule).not.toContain(l.summary);
      await context.close();
    }
  });
});

describe('tables on a phone', () => {
  it('every table reads at 390 px: the page does not scroll sideways and no cell is narrower than its first six characters', async () => {
    const pages = builtPages().filter((p) =>
      fs.readFileSync(path.join(OUT, p, 'index.html'), 'utf8').includes('<table'),
    );
    expect(pages).toContain('assessment/');
    const { context, page } = await phone();
    const squeezed: string[] = [];
    for (const target of pages) {
      await page.goto(`${server.url}/${target}`);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), target).toBeLessThanOrEqual(390);
      // A cell holding n characters is at least min(n, 6) em wide (content box): a header kept for
      // screen readers only (1 px, clipped) is not read on screen.
      const cells = await page.$$eval('main td, main th', (els) =>
        els.flatMap((c) => {
          const text = (c.textContent ?? '').replace(/\s+/g, '');
          const style = getComputedStyle(c);
          const r = c.getBoundingClientRect();
          const hidden = c.closest('thead') !== null && c.closest('thead')!.getBoundingClientRect().width <= 1;
          if (text === '' || hidden || style.display === 'none') return [];
          const inner = r.width - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
          const need = Math.min([...text].length, 6) * parseFloat(style.fontSize);
          return inner + 0.5 < need ? [`${text.slice(0, 8)} ${Math.round(inner)}px < ${Math.round(need)}px`] : [];
        }),
      );
      for (const c of cells) squeezed.push(`${target}: ${c}`);
    }
    await context.close();
    expect(squeezed).toEqual([]);
  });
});

describe('download lists on a phone', () => {
  it('a file’s name that fits on one line is on one line at 390 px (its size may go below it)', async () => {
    const { context, page } = await phone();
    const broken: string[] = [];
    for (const target of ['/downloads/', '/units/power-city-hall/']) {
      await page.goto(`${server.url}${target}`);
      // With text-wrap: pretty the list pulled words down to keep "PDF · 56 KB" off a line of its
      // own: 办事指南（A4）· 低压居民新装用 / 电 PDF · 56 KB, and 本单位全体员工 / （A5） PDF · 258 KB.
      const names = await page.$$eval('li > .pdf-link > span:first-child', (spans) =>
        spans.flatMap((span) => {
          const li = span.closest('li')!;
          const style = getComputedStyle(li);
          const room = li.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
          const probe = span.cloneNode(true) as HTMLElement;
          probe.style.whiteSpace = 'nowrap';
          probe.style.position = 'absolute';
          document.body.append(probe);
          const width = probe.getBoundingClientRect().width;
          probe.remove();
          return width < room - 1 && span.getClientRects().length > 1 ? [span.textContent ?? ''] : [];
        }),
      );
      for (const n of names) broken.push(`${target}: ${n}`);
      // 办事指南（A4） · 居民用电更名过户: a full-width bracket then " · " read as a double gap.
      const labels = await page.$$eval('li > .pdf-link > span:first-child', (spans) => spans.map((x) => x.textContent));
      for (const l of labels) if (/[）」》] ·/.test(l ?? '')) broken.push(`${target}: gap after a bracket in ${l}`);
    }
    await context.close();
    expect(broken).toEqual([]);
  });
});
