/**
 * The service worker written from the kept bundle (src/site/sw-bundle.ts) is byte for byte what
 * Workbox's generateSW writes for the same site, with the site's own options (offline.ts):
 * when the bundle is made (cold cache), when it is read back (warm), for another manifest
 * (file names with quotes, backslash-free Unicode, a changed file) and with nothing precached.
 */
import fs from 'node:fs';
import path from 'node:path';
import { generateSW } from 'workbox-build';
import { beforeAll, describe, expect, it } from 'vitest';
import { serviceWorkerOptions, SW_FILE } from '../src/site/offline.ts';
import { writeServiceWorker } from '../src/site/sw-bundle.ts';

const TMP = path.resolve('test/.tmp/sw-bundle');
const CACHE = path.join(TMP, 'cache');

/** A small built site: pages, a script, a study bank, and files the options leave out. */
function site(dir: string, files: Record<string, string>): string {
  fs.rmSync(dir, { recursive: true, force: true });
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

const FILES = {
  'index.html': '<!doctype html><title>首页</title>',
  'norms/general/index.html': '<p>服务规范</p>',
  '_astro/ui.abc123.js': 'export const x = 1;',
  '_astro/site.def456.css': 'body{color:#000}',
  'study/bank/all.json': '{"questions":[]}',
  'study/bank/unit-a.json': '{"unit":"a"}',
  'en/index.html': '<title>Home</title>',
  'pagefind/pagefind.js': '',
  'manifest.webmanifest': '{}',
};

/** generateSW's sw.js for the files, in a folder of its own. */
async function expected(name: string, files: Record<string, string>): Promise<string> {
  const dir = site(path.join(TMP, `${name}-workbox`), files);
  await generateSW(serviceWorkerOptions(dir));
  return fs.readFileSync(path.join(dir, SW_FILE), 'utf8');
}

async function fromKept(name: string, files: Record<string, string>): Promise<{ code: string; count: number }> {
  const dir = site(path.join(TMP, `${name}-kept`), files);
  const { count } = await writeServiceWorker(serviceWorkerOptions(dir), CACHE);
  return { code: fs.readFileSync(path.join(dir, SW_FILE), 'utf8'), count };
}

/** The kept bundles (code before Terser) in the cache; minified.json is Terser's last result. */
const keptBundles = () => fs.readdirSync(path.join(CACHE, 'service-worker')).filter((f) => f !== 'minified.json');

beforeAll(() => {
  fs.rmSync(TMP, { recursive: true, force: true });
  fs.mkdirSync(TMP, { recursive: true });
});

describe('service worker from the kept bundle', () => {
  it('matches generateSW when the bundle is made, then when it is read back', async () => {
    const want = await expected('first', FILES);
    const cold = await fromKept('first', FILES);
    expect(keptBundles()).toHaveLength(1);
    expect(cold.code).toBe(want);
    // The precache list: the four own-language pages and files, the bank, the manifest; not en/, pagefind/ or unit banks.
    expect(cold.count).toBe(6);
    expect(want).toContain('url:"norms/general/index.html"');
    expect(want).not.toContain('unit-a.json');
    const warm = await fromKept('first-again', FILES);
    expect(warm.code).toBe(want);
    // The same program again: Terser's last result is reused, not run again.
    const minified = path.join(CACHE, 'service-worker', 'minified.json');
    const last = JSON.parse(fs.readFileSync(minified, 'utf8')) as { key: string; code: string };
    fs.writeFileSync(minified, JSON.stringify({ ...last, code: 'reused' }));
    expect((await fromKept('first-third', FILES)).code).toBe('reused');
    fs.writeFileSync(minified, JSON.stringify(last));
  });

  it('matches generateSW for another manifest read from the same kept bundle', async () => {
    const other = {
      ...FILES,
      'index.html': '<!doctype html><title>changed</title>',
      'pages/it\'s "quoted"/index.html': 'q',
      'pages/服务/index.html': '中文',
      'study/bank/role-x.json': '[]',
    };
    const kept = keptBundles();
    const want = await expected('other', other);
    const got = await fromKept('other', other);
    expect(got.code).toBe(want);
    expect(want).toContain('服务');
    // Read back, not made again.
    expect(keptBundles()).toEqual(kept);
  });

  it('with nothing to precache, writes what generateSW writes', async () => {
    const none = { 'en/index.html': '<title>Home</title>' };
    const want = await expected('none', none);
    const got = await fromKept('none', none);
    expect(got.count).toBe(0);
    expect(got.code).toBe(want);
  });
});
