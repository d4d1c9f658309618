/**
 * buildSite on other content directories: a copy of the example with markup
 * in a clause (must show as text), and the `guifan new` scaffold.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { buildSite } from '../src/site/build.ts';
import { scaffold } from '../src/cli/scaffold.ts';
import { launchChromium } from './support/browser.ts';
import { serveStatic, type StaticServer } from './support/server.ts';

const TMP = path.resolve('test/.tmp/site-build');
const EVIL = '<script>window.__pwned = true</script><img src=x onerror="window.__pwned = true">';
let browser: Browser;

beforeAll(async () => {
  fs.rmSync(TMP, { recursive: true, force: true });
  fs.mkdirSync(TMP, { recursive: true });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

describe('content text is escaped', () => {
  const content = path.join(TMP, 'evil-content');
  const out = path.join(TMP, 'evil-site');
  let server: StaticServer;

  beforeAll(async () => {
    fs.cpSync('content', content, { recursive: true });
    const file = path.join(content, 'norms/general.yaml');
    const yaml = fs.readFileSync(file, 'utf8');
    // The first provision's text gets markup appended (as a quoted YAML scalar).
    const edited = yaml.replace(
      /^(\s+text: )(.+)$/m,
      (_m, lead: string, text: string) => `${lead}${JSON.stringify(`${text.replace(/^"|"$/g, '')}${EVIL}`)}`,
    );
    expect(edited).not.toBe(yaml);
    fs.writeFileSync(file, edited);
    await buildSite({ contentDir: content, outDir: out });
    server = await serveStatic(out);
  });

  afterAll(async () => {
    await server?.close();
  });

  it('a clause containing <script> shows it as text and runs nothing', async () => {
    const html = fs.readFileSync(path.join(out, 'norms/general-service-norms/index.html'), 'utf8');
    expect(html).not.toContain('<script>window.__pwned');
    expect(html).toContain('&lt;script&gt;window.__pwned = true&lt;/script&gt;');
    const page = await browser.newPage();
    await page.goto(`${server.url}/norms/general-service-norms/`);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned)).toBeUndefined();
    expect(await page.textContent('main')).toContain('<script>window.__pwned = true</script>');
    expect(await page.$$eval('main script, main img', (els) => els.length)).toBe(0);
    await page.close();
  });

  it('search shows the markup as text too', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/search/?q=${encodeURIComponent('pwned')}`);
    await page.waitForSelector('ol.results a.result-link');
    expect(await page.textContent('ol.results')).toContain('<script>');
    expect(await page.$$eval('ol.results script, ol.results img', (els) => els.length)).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned)).toBeUndefined();
    await page.close();
  });
});

describe('buildSite on the `guifan new` scaffold', () => {
  it('builds the pages and the search index for another organisation', async () => {
    const content = path.join(TMP, 'scaffold');
    const out = path.join(TMP, 'scaffold-site');
    await scaffold(content);
    await buildSite({ contentDir: content, outDir: out });
    expect(fs.existsSync(path.join(out, 'index.html'))).toBe(true);
    expect(fs.existsSync(path.join(out, 'en/index.html'))).toBe(true);
    expect(fs.existsSync(path.join(out, 'pagefind/pagefind.js'))).toBe(true);
    const home = fs.readFileSync(path.join(out, 'index.html'), 'utf8');
    expect(home).toContain('<html lang="zh-CN">');
    // Nothing of the example organisation leaks into another organisation's site.
    expect(home).not.toContain('云澜');
    const norms = fs.readdirSync(path.join(out, 'norms')).filter((d) => d !== 'index.html');
    expect(norms.length).toBeGreaterThan(0);
    // The scaffold's baseUrl has a path: the site lives under it, links and search results included.
    const baseUrl = fs.readFileSync(path.join(content, 'organisation.yaml'), 'utf8').match(/^baseUrl:\s*(\S+)/m)![1]!;
    const base = new URL(baseUrl).pathname.replace(/\/?$/, '/');
    expect(home).toContain(`href="${base}en/"`);
    const server = await serveStatic(out, base);
    try {
      const page = await browser.newPage();
      await page.goto(`${server.url}/`);
      await page.click(`a[href="${base}norms/"]`);
      await page.waitForURL(`${server.url}/norms/`);
      await page.goto(`${server.url}/search/?q=${encodeURIComponent('推诿')}`);
      await page.waitForSelector('ol.results a.result-link');
      const first = await page.getAttribute('ol.results a.result-link >> nth=0', 'href');
      expect(first?.startsWith(base)).toBe(true);
      await page.click('ol.results a.result-link >> nth=0');
      await page.waitForURL((u) => u.hash !== '');
      expect(await page.textContent(`[id="${decodeURIComponent(new URL(page.url()).hash.slice(1))}"]`)).toContain(
        '推诿',
      );
      await page.close();
    } finally {
      await server.close();
    }
  });

  it('refuses broken content with the diagnostics', async () => {
    const content = path.join(TMP, 'broken');
    fs.cpSync('content', content, { recursive: true });
    fs.writeFileSync(path.join(content, 'roles.yaml'), 'roles: 42\n');
    await expect(buildSite({ contentDir: content, outDir: path.join(TMP, 'broken-site') })).rejects.toThrow(
      /roles\.yaml/,
    );
  });
});
