/**
 * The service worker written from the kept bundle (src/site/sw-bundle.ts) is what Workbox's
 * generateSW writes for the same site, with the site's own options (offline.ts): the same
 * precache entries, and the same program once Terser's mangled names are set aside (both are
 * minified again with names mangled afresh and compared byte for byte) — when the bundle is made
 * (cold cache), when it is read back (warm), for another manifest (file names with quotes,
 * Unicode, a changed file); with nothing precached, generateSW's own file.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
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

/** The kept bundles (code before Terser) in the cache; minified-*.json are Terser's results. */
const keptBundles = () => fs.readdirSync(path.join(CACHE, 'service-worker')).filter((f) => !f.startsWith('minified'));
const keptMinified = () => fs.readdirSync(path.join(CACHE, 'service-worker')).filter((f) => f.startsWith('minified'));

/** The precache manifest a minified service worker carries (the array literal passed to precache), evaluated. */
function manifestOf(code: string): { literal: string; entries: unknown } {
  const start = code.indexOf('[{url:');
  expect(start).toBeGreaterThan(0);
  const end = code.indexOf('}])', start) + 2;
  const literal = code.slice(start, end);
  return { literal, entries: new Function(`return ${literal}`)() };
}

/** Workbox's own Terser, as it runs it. */
const workbox = createRequire(createRequire(import.meta.url).resolve('workbox-build'));
const terser = createRequire(workbox.resolve('@rollup/plugin-terser'))('terser') as {
  minify: (code: string, options: object) => Promise<{ code?: string }>;
};

/**
 * Names by their number alone: Terser's own choice follows the characters of the whole program, so
 * two copies of one program with different manifests get different names.
 */
const plainNames = { get: (n: number) => `v${n}`, consider: () => {}, reset: () => {}, sort: () => {} };

/**
 * The program without its manifest and with every mangled name chosen afresh, by number: equal
 * for the same program. Properties Terser mangled are one or two characters long; every such
 * property is renamed, the same way in both programs.
 */
async function shape(code: string): Promise<string> {
  const { literal } = manifestOf(code);
  const bare = code.replace(literal, '[]');
  const out = await terser.minify(bare, {
    compress: false,
    mangle: {
      toplevel: true,
      nth_identifier: plainNames,
      properties: { regex: /^[\w$]{1,2}$/, nth_identifier: plainNames },
    },
    module: true,
  });
  return out.code ?? '';
}

/** The two service workers precache the same entries and are the same program. */
async function expectSameWorker(got: string, want: string): Promise<void> {
  expect(manifestOf(got).entries).toEqual(manifestOf(want).entries);
  expect(await shape(got)).toBe(await shape(want));
  // Not blind: a program that differs in one string does not compare equal.
  expect(await shape(got.replace('"guifan-pages"', '"guifan-other"'))).not.toBe(await shape(want));
}

beforeAll(() => {
  fs.rmSync(TMP, { recursive: true, force: true });
  fs.mkdirSync(TMP, { recursive: true });
});

describe('service worker from the kept bundle', () => {
  it('matches generateSW when the bundle is made, then when it is read back', async () => {
    const want = await expected('first', FILES);
    const cold = await fromKept('first', FILES);
    expect(keptBundles()).toHaveLength(1);
    await expectSameWorker(cold.code, want);
    // The precache list: the four own-language pages and files, the bank, the manifest; not en/, pagefind/ or unit banks.
    expect(cold.count).toBe(6);
    expect(want).toContain('url:"norms/general/index.html"');
    expect(want).not.toContain('unit-a.json');
    const warm = await fromKept('first-again', FILES);
    expect(warm.code).toBe(cold.code);
    // Terser's result is kept and reused, not run again: a marked copy comes back.
    const [name] = keptMinified();
    const minified = path.join(CACHE, 'service-worker', name!);
    const last = JSON.parse(fs.readFileSync(minified, 'utf8')) as { key: string; before: string; after: string };
    fs.writeFileSync(minified, JSON.stringify({ ...last, before: `/*reused*/${last.before}` }));
    expect((await fromKept('first-third', FILES)).code.startsWith('/*reused*/')).toBe(true);
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
    await expectSameWorker(got.code, want);
    expect(want).toContain('服务');
    expect(got.code).toContain('it\'s \\"quoted\\"');
    // Read back, not made again; Terser not run again either.
    expect(keptBundles()).toEqual(kept);
    expect(keptMinified()).toHaveLength(1);
  });

  it('with nothing to precache, writes what generateSW writes', async () => {
    const none = { 'en/index.html': '<title>Home</title>' };
    const want = await expected('none', none);
    const got = await fromKept('none', none);
    expect(got.count).toBe(0);
    expect(got.code).toBe(want);
  });
});
