/**
 * Content text is inert everywhere it is rendered. Markup, a template
 * expression, an entity and a closing SVG tag are put into a clause, a
 * standard phrase, a process step label and the organisation's name; after a
 * full `guifan build`:
 * - no built HTML or SVG file holds the markup raw (only entity-escaped), and
 *   the escaped text is there, so it was rendered and not dropped;
 * - in Chromium the pages show the text literally, run no injected script
 *   (no dialog) and grow no injected element, and so do search results and
 *   their excerpts;
 * - the PDFs' metadata (pdfinfo) shows the organisation's name literally;
 * - model.json keeps the text as data.
 */
import { execFile } from 'node:child_process';
import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyExample, guifan } from './fuzz/build-helpers.ts';
import { IMG, PAYLOAD, plantPayloads, SCRIPT } from './fuzz/payloads.ts';
import { launchChromium } from './support/browser.ts';
import { serveStatic, type StaticServer } from './support/server.ts';

const run = promisify(execFile);

let root: string;
let out: string;
let basePath: string;
const textFiles = new Map<string, string>();

async function walk(dir: string, rel = ''): Promise<string[]> {
  const found: string[] = [];
  for (const e of await readdir(path.join(dir, rel), { withFileTypes: true })) {
    const r = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) found.push(...(await walk(dir, r)));
    else found.push(r);
  }
  return found;
}

beforeAll(async () => {
  let content: string;
  ({ root, content } = await copyExample('escaping'));
  await plantPayloads(content);
  out = path.join(root, 'dist');
  // No PDF cache: a first build into a new folder only traces and stores (~10 % of its PDFs' CPU) what
  // nothing here reads again; the cache's own tests are pdf-cache.test.ts's.
  process.env.GUIFAN_NO_CACHE = '1';
  const built = await guifan(['build', '--content', content, '--out', out]).finally(
    () => delete process.env.GUIFAN_NO_CACHE,
  );
  expect(built.code, built.err).toBe(0);
  basePath = new URL(
    JSON.parse(await readFile(path.join(out, 'model.json'), 'utf8')).organisation.baseUrl,
  ).pathname.replace(/\/?$/, '/');
  for (const f of await walk(out))
    if (/\.(html|svg)$/.test(f)) textFiles.set(f, await readFile(path.join(out, f), 'utf8'));
}, 600_000);
afterAll(async () => {
  if (root) await rm(root, { recursive: true, force: true });
});

describe('content text is inert in the built site', () => {
  it('no HTML or SVG file holds the markup raw', () => {
    expect(textFiles.size).toBeGreaterThan(20);
    const raw = [...textFiles]
      .filter(([, t]) => t.includes(SCRIPT) || t.includes('<img src=x') || /<img[^>]*\sonerror\s*=/i.test(t))
      .map(([f]) => f);
    expect(raw).toEqual([]);
  });

  it('the text is there, entity-escaped, on the norms, etiquette and process pages and in the header', () => {
    const escaped = /&lt;script&gt;alert\(1\)&lt;\/script&gt;/;
    const pagesWith = [...textFiles].filter(([, t]) => escaped.test(t)).map(([f]) => f);
    // The organisation's name is in every page's header; the other three each have their own page.
    expect(pagesWith.length).toBeGreaterThan(textFiles.size / 2);
    const pageOf = (pattern: RegExp) =>
      [...textFiles.keys()].find(
        (f) => pattern.test(f) && escaped.test(textFiles.get(f)!.replace(/<header[\s\S]*?<\/header>/, '')),
      );
    expect(pageOf(/^norms\/general-service-norms\/index\.html$/)).toBeDefined();
    expect(pageOf(/^etiquette\//)).toBeDefined();
    expect(pageOf(/^processes\/complaint-handling-process\/index\.html$/)).toBeDefined();
  });

  it('the process chart SVG keeps the step label as text: "</svg>" does not end the drawing', () => {
    const page = textFiles.get('processes/complaint-handling-process/index.html')!;
    const svgs = page.match(/<svg[\s\S]*?<\/svg>/g) ?? [];
    const chart = svgs.find((s) => s.includes('登记投诉人'));
    expect(chart, 'the chart with the planted label').toBeDefined();
    expect(chart).toContain('&lt;/svg&gt;');
  });

  it('model.json keeps the text as data', async () => {
    const model = await readFile(path.join(out, 'model.json'), 'utf8');
    expect(JSON.parse(model).organisation.name).toContain(PAYLOAD);
    expect(model).toContain(JSON.stringify(PAYLOAD).slice(1, -1));
  });
});

describe('in a browser', () => {
  let server: StaticServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await serveStatic(out, basePath);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Opens a page, returns the dialogs it raised and whether the injected element exists. */
  async function visit(rel: string, after?: (page: import('playwright-core').Page) => Promise<void>) {
    const page = await browser.newPage({ serviceWorkers: 'block' });
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    const response = await page.goto(`${server.url}/${rel}`, { waitUntil: 'load' });
    expect(response?.status()).toBe(200);
    await after?.(page);
    const injected = await page.evaluate(() => document.querySelectorAll('img[src="x"], img[onerror]').length);
    // biome-ignore lint/performance/useDomNodeTextContent: the test reads the text as rendered (innerText), which textContent is not
    const text = await page.evaluate(() => document.body.innerText);
    await page.close();
    return { dialogs, injected, text };
  }

  for (const rel of ['', 'norms/general-service-norms/', 'processes/complaint-handling-process/']) {
    it(`/${rel} shows the text literally and runs nothing`, async () => {
      const { dialogs, injected, text } = await visit(rel);
      expect(dialogs).toEqual([]);
      expect(injected).toBe(0);
      expect(text).toContain(SCRIPT);
      expect(text).toContain(IMG.slice(2));
    });
  }

  it('search results and excerpts show the text literally and run nothing', async () => {
    const searchPage = [...textFiles.keys()].find((f) => /^search\/index\.html$/.test(f));
    expect(searchPage, 'a search page').toBeDefined();
    const { dialogs, injected, text } = await visit('search/', async (page) => {
      await page.fill('input[name="q"]', '诚实守信');
      await page.press('input[name="q"]', 'Enter');
      await page.waitForSelector('ol.results li', { timeout: 30_000 });
      await page.waitForTimeout(500);
    });
    expect(dialogs).toEqual([]);
    expect(injected).toBe(0);
    expect(text).toContain('alert(1)');
  });
});

describe('in the PDFs', () => {
  it('the metadata shows the organisation name literally', async () => {
    const pdfs = (await readdir(path.join(out, 'print'))).filter((f) => f.endsWith('.pdf'));
    expect(pdfs.length).toBeGreaterThan(0);
    for (const pdf of pdfs) {
      const { stdout } = await run('pdfinfo', ['-enc', 'UTF-8', path.join(out, 'print', pdf)]);
      const author = /^Author:\s+(.*)$/m.exec(stdout)?.[1];
      expect(author, pdf).toContain(PAYLOAD);
    }
  });
});
