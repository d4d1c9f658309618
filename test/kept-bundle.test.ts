/**
 * The site's bundles kept between builds (src/site/kept-bundle.ts), through the hook Astro's
 * patched viteBuild calls: put back exactly as kept while the key and every bundled source are
 * unchanged, and never once anything they are made from differs. (That a build from kept bundles
 * writes the same site as one that bundles afresh is shards.test's: its shards reuse the bundles
 * of the whole build they are compared with, byte for byte.)
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixedKey, type Internals, keepBundle, type PageData } from '../src/site/kept-bundle.ts';

const HOOK = Symbol.for('guifan.keptBundle');

type Page = PageData;
interface Hook {
  restore(at: object): Promise<string[] | undefined>;
  keep(at: object): Promise<void>;
}

function hook(): Hook {
  const h = (globalThis as { [HOOK]?: Hook })[HOOK];
  if (!h) throw new Error('no hook set');
  return h;
}

const internals = (): Internals => ({
  entrySpecifierToBundleMap: new Map(),
  inlinedScripts: new Map(),
  componentMetadata: new Map(),
});
const pages = (): Record<string, Page> => ({ '/&a.astro': { key: '/&a.astro', styles: [] } });

let work: string;
let forget: () => void = () => {};
beforeEach(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'guifan-kept-bundle-'));
});
afterEach(() => {
  forget();
  fs.rmSync(work, { recursive: true, force: true });
});

/** Astro's map of the MDX pages' modules, written by Astro's own writer in the order given (its loader's). */
const MODULE_MAP = () => path.join(work, '.astro', 'content-modules.mjs');
interface DataStore {
  addModuleImport(fileName: string): void;
  writeModuleImports(file: string): Promise<void>;
}
async function writeModuleMap(...pages: string[]): Promise<void> {
  // Not among astro's package exports: imported by its file.
  const file = path.join(
    import.meta.dirname,
    '..',
    'node_modules',
    'astro',
    'dist',
    'content',
    'mutable-data-store.js',
  );
  const { MutableDataStore } = (await import(file)) as { MutableDataStore: new () => DataStore };
  const store = new MutableDataStore();
  for (const page of pages) store.addModuleImport(page);
  await store.writeModuleImports(MODULE_MAP());
}
const MAP = ['content/pages/a.mdx', 'content/pages/b.mdx', 'content/pages/c.mdx'];

/** A build's folders after Vite's two builds: a chunk, a stylesheet and a browser script, from two sources. */
async function bundled(): Promise<{
  at: Record<string, unknown>;
  serverOut: string;
  publicDir: string;
  source: string;
}> {
  const serverOut = path.join(work, 'out');
  const publicDir = path.join(work, 'public');
  const source = path.join(work, 'src', 'page.astro');
  fs.mkdirSync(path.join(serverOut, 'chunks'), { recursive: true });
  fs.mkdirSync(path.join(serverOut, '_astro'), { recursive: true });
  fs.mkdirSync(publicDir, { recursive: true });
  fs.mkdirSync(path.dirname(source), { recursive: true });
  fs.writeFileSync(source, '<p>page</p>');
  fs.writeFileSync(path.join(work, 'src', 'island.ts'), 'export {}');
  fs.mkdirSync(path.join(work, '.astro'));
  await writeModuleMap(...MAP);
  fs.writeFileSync(path.join(publicDir, 'favicon.svg'), '<svg/>');
  fs.writeFileSync(path.join(serverOut, 'chunks', 'page_X1.mjs'), 'export const page = 1;');
  fs.writeFileSync(path.join(serverOut, '_astro', 'a.X2.css'), 'p{}');
  fs.writeFileSync(path.join(serverOut, '_astro', 'island.X3.js'), 'console.log(1)');
  const ins = internals();
  ins.entrySpecifierToBundleMap.set('\0astro-page:a', 'chunks/page_X1.mjs');
  ins.inlinedScripts.set('/s.ts', 'x()');
  ins.componentMetadata.set('/a.astro', { containsHead: true, propagation: 'none' });
  const all = pages();
  all['/&a.astro']!.styles.push({ depth: 0, order: 1, sheet: { type: 'external', src: '/_astro/a.X2.css' } });
  return {
    serverOut,
    publicDir,
    source,
    at: {
      internals: ins,
      allPages: all,
      serverOut,
      publicDir,
      ssrOutputChunkNames: ['chunks/page_X1.mjs'],
      ssrOutputs: [
        {
          output: [
            {
              type: 'chunk',
              fileName: 'chunks/page_X1.mjs',
              moduleIds: [`${source}?astro`, '\0virtual:x', MODULE_MAP()],
            },
            { type: 'asset', fileName: '_astro/a.X2.css' },
          ],
        },
      ],
      clientOutputs: [
        {
          output: [
            {
              type: 'chunk',
              fileName: '_astro/island.X3.js',
              moduleIds: [path.join(work, 'src', 'island.ts'), '/x/node_modules/astro/y.js'],
            },
          ],
        },
      ],
    },
  };
}

describe('kept bundles', () => {
  it('are put back as they were: the files, public/ under them, the internals and page styles', async () => {
    const dir = path.join(work, 'kept');
    const first = keepBundle(dir, 'key-1');
    const { at, serverOut, publicDir } = await bundled();
    await hook().keep(at);
    first.forget();
    expect(first.reused()).toBe(false);
    const next = keepBundle(dir, 'key-1');
    forget = next.forget;
    // The next build: Astro has emptied the out folder and made fresh internals and pages.
    fs.rmSync(serverOut, { recursive: true });
    const ins = internals();
    const all = pages();
    const names = await hook().restore({ internals: ins, allPages: all, serverOut, publicDir });
    expect(names).toEqual(['chunks/page_X1.mjs']);
    expect(next.reused()).toBe(true);
    expect(fs.readFileSync(path.join(serverOut, 'chunks', 'page_X1.mjs'), 'utf8')).toBe('export const page = 1;');
    expect(fs.readFileSync(path.join(serverOut, '_astro', 'island.X3.js'), 'utf8')).toBe('console.log(1)');
    expect(fs.readFileSync(path.join(serverOut, 'favicon.svg'), 'utf8')).toBe('<svg/>');
    expect(ins).toEqual((at as { internals: Internals }).internals);
    expect(all).toEqual((at as { allPages: Record<string, Page> }).allPages);
    // Only what the builds wrote and public/: nothing of the kept folder's own.
    expect(fs.readdirSync(serverOut).sort()).toEqual(['_astro', 'chunks', 'favicon.svg']);
  });

  it('are not taken once a bundled source, the key or the pages differ', async () => {
    const dir = path.join(work, 'kept');
    forget = keepBundle(dir, 'key-1').forget;
    const { at, serverOut, publicDir, source } = await bundled();
    await hook().keep(at);
    const again = () => hook().restore({ internals: internals(), allPages: pages(), serverOut, publicDir });
    expect(await again()).toBeDefined();
    // A page component edited.
    fs.writeFileSync(source, '<p>page, edited</p>');
    expect(await again()).toBeUndefined();
    fs.writeFileSync(source, '<p>page</p>');
    expect(await again()).toBeDefined();
    // Astro's map of the MDX modules in another order (each line then differs too: the last one
    // closes the map): the same entries, the same bundle.
    for (const order of [
      [2, 1, 0],
      [1, 0, 2],
      [0, 2, 1],
    ]) {
      await writeModuleMap(...order.map((i) => MAP[i]!));
      expect(await again()).toBeDefined();
    }
    // … with one page more or one fewer: not.
    await writeModuleMap(...MAP, 'content/pages/d.mdx');
    expect(await again()).toBeUndefined();
    await writeModuleMap(MAP[0]!, MAP[2]!);
    expect(await again()).toBeUndefined();
    await writeModuleMap(...MAP);
    // A bundled source gone.
    fs.rmSync(path.join(work, 'src', 'island.ts'));
    expect(await again()).toBeUndefined();
    fs.writeFileSync(path.join(work, 'src', 'island.ts'), 'export {}');
    // A route Astro found that the kept bundles do not have.
    const more = { ...pages(), '/&b.astro': { key: '/&b.astro', styles: [] } };
    expect(await hook().restore({ internals: internals(), allPages: more, serverOut, publicDir })).toBeUndefined();
    // Another fixed key (another code version, site address, content folder, …).
    forget();
    forget = keepBundle(dir, 'key-2').forget;
    expect(await again()).toBeUndefined();
  });

  it('are not kept when Astro would look for a middleware entry in the server folder', async () => {
    const dir = path.join(work, 'kept');
    forget = keepBundle(dir, 'key-1').forget;
    const { at, serverOut, publicDir } = await bundled();
    (at.internals as Internals).middlewareEntryPoint = new URL('file:///x/middleware.mjs');
    await hook().keep(at);
    expect(fs.existsSync(dir)).toBe(false);
    expect(await hook().restore({ internals: internals(), allPages: pages(), serverOut, publicDir })).toBeUndefined();
  });
});

describe('the fixed key', () => {
  it('follows the MDX pages (compiled into the bundle) and the settings, not the YAML', () => {
    const content = path.join(work, 'content');
    fs.mkdirSync(path.join(content, 'pages'), { recursive: true });
    fs.writeFileSync(path.join(content, 'pages', 'about.mdx'), '# 关于');
    fs.writeFileSync(path.join(content, 'norms.yaml'), 'a: 1');
    const settings = {
      codeVersion: 'v1',
      root: work,
      pages: path.join(content, 'pages'),
      site: 'https://example.org',
      base: '/',
    };
    const first = fixedKey(settings);
    expect(fixedKey(settings)).toBe(first);
    fs.writeFileSync(path.join(content, 'norms.yaml'), 'a: 2');
    expect(fixedKey(settings)).toBe(first);
    fs.writeFileSync(path.join(content, 'pages', 'about.mdx'), '# 关于我们');
    const edited = fixedKey(settings);
    expect(edited).not.toBe(first);
    fs.writeFileSync(path.join(content, 'pages', 'new.mdx'), '# 新页');
    expect(fixedKey(settings)).not.toBe(edited);
    fs.rmSync(path.join(content, 'pages', 'new.mdx'));
    expect(fixedKey(settings)).toBe(edited);
    for (const other of [{ codeVersion: 'v2' }, { base: '/guifan/' }, { site: 'https://example.com' }])
      expect(fixedKey({ ...settings, ...other })).not.toBe(edited);
  });
});
