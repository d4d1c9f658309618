/**
 * The site offline (build side, Node): a web app manifest named after the
 * organisation, and a service worker made by Workbox (workbox-build's
 * generateSW) once Astro and Pagefind are done.
 *
 * Precached at install (so after one visit they open without a network): the
 * HTML of the site's own-language pages — norms, units' pages and boards,
 * study pages — with their CSS and JS, the icons, and the study JSON except
 * the units' banks (one per unit: a group's would be many; the reader's own is
 * kept at run time, since the hub and the practice page fetch it and the page
 * asks the worker to keep what it has loaded, see study-island/bank.ts), each
 * file up to PRECACHE_LIMIT (precache.ts): a larger one, at a group's scale the
 * whole bank study/bank/all.json, is kept at run time like a unit's bank, and
 * the build's summary names it. Kept at run time as they are used: everything
 * else of the site (English pages, search index, unit banks), stale-while-revalidate.
 * Never cached: PDFs (large; they are downloaded to keep). The output is
 * deterministic: the manifest's revisions are hashes of the files, no time is written.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { GenerateSWOptions } from 'workbox-build';
import type { Model } from '../model/types.ts';
import { type NotPrecached, notPrecachedNote, PRECACHE_LIMIT, precacheUpTo } from './precache.ts';

export const SW_FILE = 'sw.js';
export const MANIFEST_FILE = 'manifest.webmanifest';
/** The header's colour (site.css --brand): the phone's status bar and splash screen. */
export const THEME_COLOR = '#0b4f8a';

/** The manifest: the organisation's name, the site's base as start and scope, the committed icons (public/icons/). */
export function webManifest(model: Model, base: string): string {
  const org = model.organisation;
  const manifest = {
    name: org.name,
    short_name: org.shortName,
    lang: org.language,
    start_url: base,
    scope: base,
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: THEME_COLOR,
    icons: [
      { src: `${base}icons/icon.svg`, sizes: 'any', type: 'image/svg+xml' },
      { src: `${base}icons/icon-192.png`, sizes: '192x192', type: 'image/png' },
      { src: `${base}icons/icon-512.png`, sizes: '512x512', type: 'image/png' },
      { src: `${base}icons/icon-maskable-512.png`, sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

/** The path the site is served under ('/' or '/standards/'), from organisation.baseUrl. */
export function siteBase(model: Model): string {
  const p = new URL(model.organisation.baseUrl).pathname;
  return p.endsWith('/') ? p : `${p}/`;
}

/** What writeOfflineFiles made, and what the build's summary says of it. */
export interface OfflineWritten {
  precached: number;
  bytes: number;
  /** Files too large to precache (precache.ts): they work offline once used. */
  notPrecached: NotPrecached[];
  /** Lines for the build's summary, bilingual (none when every file is precached). */
  notes: string[];
}

/**
 * Writes manifest.webmanifest and sw.js into the built site at `outDir` (served at `base`);
 * the service worker's bundled code is kept in `cacheDir` between builds (sw-bundle.ts).
 * `limit` is the largest file precached (tests lower it).
 */
export async function writeOfflineFiles(
  model: Model,
  outDir: string,
  base: string,
  cacheDir: string,
  limit = PRECACHE_LIMIT,
): Promise<OfflineWritten> {
  fs.writeFileSync(path.join(outDir, MANIFEST_FILE), webManifest(model, base));
  // Loaded here only: the pages import this module's names, not Workbox (and its Rollup and Babel).
  const { writeServiceWorker } = await import('./sw-bundle.ts');
  const notPrecached: NotPrecached[] = [];
  const { count, size, warnings } = await writeServiceWorker(
    serviceWorkerOptions(outDir, { limit, notPrecached }),
    cacheDir,
  );
  const notes = [notPrecachedNote(notPrecached, limit), ...warnings.flatMap(workboxNote)];
  return { precached: count, bytes: size, notPrecached, notes: notes.filter((n) => n !== undefined) };
}

/**
 * Workbox's other warnings in guifan's words. A glob pattern that matches nothing (a site with no
 * file of that kind) only means there is nothing of that kind to precache: not said. Anything else
 * (a file Workbox could not read) leaves pages out of the offline copy.
 */
function workboxNote(warning: string): string[] {
  if (/glob patterns doesn't match any files/.test(warning)) return [];
  return [
    `离线使用：有文件未能存入离线副本，部分页面可能无法离线打开，请重新生成；如仍出现，请把这一行告诉维护人员：${warning} / ` +
      `offline: some files could not go into the offline copy, so some pages may not open offline; build again, and if this line comes back, send it to whoever maintains guifan: ${warning}`,
  ];
}

/** Loads and warms the service worker's tools (sw-bundle.ts prepareServiceWorker), ahead of writeOfflineFiles. */
export async function prepareOfflineFiles(): Promise<void> {
  const { prepareServiceWorker } = await import('./sw-bundle.ts');
  prepareServiceWorker();
}

/**
 * Workbox's generateSW options for the built site at `outDir`: what is precached, what kept as used.
 * Files over `precache.limit` are left out of the precache and listed in `precache.notPrecached`.
 */
export function serviceWorkerOptions(
  outDir: string,
  precache: { limit: number; notPrecached: NotPrecached[] } = { limit: PRECACHE_LIMIT, notPrecached: [] },
): GenerateSWOptions {
  return {
    globDirectory: outDir,
    globPatterns: ['**/*.html', '_astro/**/*.{js,css}', 'study/**/*.json', 'icons/*', MANIFEST_FILE],
    globIgnores: [
      // The other language's pages, the search index, the PDFs and data downloads: as used, or never.
      'en/**',
      'pagefind/**',
      '**/*.pdf',
      'print/**',
      'schemas/**',
      'model.json',
      // One bank per unit: the reader's own is kept when it is first loaded.
      'study/bank/unit-*.json',
    ],
    swDest: path.join(outDir, SW_FILE),
    // One file, no source map, no workbox-<hash>.js beside it.
    inlineWorkboxRuntime: true,
    sourcemap: false,
    mode: 'production',
    // A new build takes over at once: content pages are plain documents, nothing half-loaded to keep.
    skipWaiting: true,
    clientsClaim: true,
    cleanupOutdatedCaches: true,
    // /study/unit-x/?role=y and the hub's ?unit=&role= are the precached page; the search page's ?q= too.
    ignoreURLParametersMatching: [/^utm_/, /^fbclid$/, /^role$/, /^unit$/, /^q$/],
    // Sizes are precacheUpTo's to check (precache.ts): Workbox's own check would print a Node warning.
    maximumFileSizeToCacheInBytes: Number.MAX_SAFE_INTEGER,
    manifestTransforms: [precacheUpTo(precache.limit, precache.notPrecached)],
    runtimeCaching: [
      {
        // Pages not precached: the network first (fresh content), the copy kept when there is none.
        urlPattern: ({ request, url }) =>
          request.mode === 'navigate' && url.origin === self.location.origin && !url.pathname.endsWith('.pdf'),
        handler: 'NetworkFirst',
        options: { cacheName: 'guifan-pages', networkTimeoutSeconds: 4, expiration: { maxEntries: 200 } },
      },
      {
        // The rest of the site (search index, unit banks, banks too large to precache, English pages' files), but no PDF.
        urlPattern: ({ request, url }) =>
          request.mode !== 'navigate' &&
          url.origin === self.location.origin &&
          !/\.pdf$/i.test(url.pathname) &&
          !url.pathname.endsWith('/sw.js'),
        handler: 'StaleWhileRevalidate',
        options: { cacheName: 'guifan-files', expiration: { maxEntries: 400 } },
      },
    ],
  };
}

/**
 * The study pages' scripts without a waterfall: Astro writes a page's script as a small module
 * that imports the shared island chunk, so on a slow network the island is only asked for once
 * that module has arrived (one round trip, ~0.6 s on Slow 4G, before the first question). Each
 * study page gets <link rel="modulepreload"> for the chunks its script imports, so they load
 * beside it. Deterministic: the links follow the script's import order.
 */
export function preloadStudyModules(outDir: string): number {
  let pages = 0;
  const walk = (dir: string): string[] =>
    fs
      .readdirSync(dir, { withFileTypes: true })
      .flatMap((e) =>
        e.isDirectory() ? walk(path.join(dir, e.name)) : e.name === 'index.html' ? [path.join(dir, e.name)] : [],
      );
  const studyDirs = [path.join(outDir, 'study'), path.join(outDir, 'en', 'study')].filter((d) => fs.existsSync(d));
  const importsOf = new Map<string, string[]>();
  for (const file of studyDirs.flatMap(walk)) {
    const html = fs.readFileSync(file, 'utf8');
    const script = /<script type="module" src="([^"]+)"><\/script>/.exec(html);
    if (!script || html.includes('rel="modulepreload"')) continue;
    const src = script[1]!;
    let chunks = importsOf.get(src);
    if (!chunks) {
      const local = path.join(outDir, src.replace(/^\/+/, '').replace(/^.*?(_astro\/)/, '$1'));
      const code = fs.existsSync(local) ? fs.readFileSync(local, 'utf8') : '';
      chunks = [...code.matchAll(/(?:import|from)\s*"(\.\/[^"]+\.js)"/g)].map(
        (m) => new URL(m[1]!, `http://x${src}`).pathname,
      );
      importsOf.set(src, [...new Set(chunks)]);
      chunks = importsOf.get(src)!;
    }
    if (chunks.length === 0) continue;
    const links = chunks.map((c) => `<link rel="modulepreload" href="${c}">`).join('');
    fs.writeFileSync(file, html.replace(script[0], `${links}${script[0]}`));
    pages++;
  }
  return pages;
}
