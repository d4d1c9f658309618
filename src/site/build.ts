/**
 * Programmatic site build: `buildSite({ contentDir, outDir })` renders the
 * Astro site for any content directory into outDir (pages + pagefind/).
 * Called by `guifan build` and by `npm run build`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'astro';
import type { Plugin, Rollup } from 'vite';
import type { Model } from '../model/types.ts';
import { acquireLock } from '../cli/lock.ts';
import { contentStateDir, keptBundleDir, PROJECT_ROOT, type SiteState, siteState } from './site-state.ts';
import { CONTENT_ENV, getModel, lendModel, primeModel } from './data.ts';
import { PAGES_ENV } from './content-dir.ts';
import { stagePages, withOwnPages } from './staged-pages.ts';
import { preloadStudyModules, writeOfflineFiles } from './offline.ts';
import { SLICE_ENV } from './slice.ts';
import { INDEX_ELSEWHERE_ENV } from '../search/search-index.ts';
import { LAYER_CACHE_ENV } from '../diagram/layout/layers.ts';
import { keepCompiledComponents } from './compiled-components.ts';
import { fixedKey, type KeptBundle, keepBundle } from './kept-bundle.ts';
import { codeVersion } from '../print/cache/code.ts';
import type { Slice } from '../model/shard.ts';
import { installPageCache, PageCache, type PageCacheJob, type PageCacheStats } from './page-cache.ts';

export { siteState } from './site-state.ts';

export interface BuildSiteOptions {
  contentDir: string;
  outDir: string;
  /** The already loaded model of contentDir (the CLI has it); loaded here when absent. */
  model?: Model;
  /** Astro's log level; 'warn' keeps CLI output short. */
  logLevel?: 'debug' | 'info' | 'warn' | 'error' | 'silent';
  /** Called when this build holds the build lock (it may wait for another build first). */
  onLocked?: () => void;
  /** Only this slice's pages (guifan build --shard/--units); `guifan merge` assembles the slices. */
  slice?: Slice;
  /**
   * Write the service worker (default true). `guifan build` writes it itself when it makes PDFs:
   * their sizes go into the pages after the site is done, and the precache must hash the final pages.
   */
  offline?: boolean;
  /**
   * Write the search index after the pages (default true). `guifan build` writes it itself once
   * this process has exited, so that Astro's memory is gone while Pagefind's indexer runs.
   */
  searchIndex?: boolean;
  /** `guifan build`'s page cache: pages whose inputs are unchanged are copied from its last output (page-cache.ts). */
  pageCache?: PageCacheJob;
}

/** What a site build tells its caller. */
export interface SiteBuilt {
  /** The server and browser bundles were an earlier build's (kept-bundle.ts), not made afresh. */
  bundlesReused: boolean;
  /** What does not work offline as the rest does, and when it does (precache.ts); none without the service worker. */
  offlineNotes: string[];
  /** Pages rendered and pages taken from the last output (with a page cache). */
  pages?: PageCacheStats;
}

export async function buildSite({
  contentDir,
  outDir,
  model: given,
  logLevel = 'warn',
  onLocked,
  slice,
  offline = true,
  searchIndex = true,
  pageCache,
}: BuildSiteOptions): Promise<SiteBuilt> {
  const content = path.resolve(contentDir);
  const out = path.resolve(outDir);
  // Builds must not phone home (and there is no network on build machines).
  process.env.ASTRO_TELEMETRY_DISABLED ??= '1';
  // The pages read the content directory from the environment (src/site/data.ts).
  process.env[CONTENT_ENV] = content;
  process.env.GUIFAN_OUT = out;
  if (slice) process.env[SLICE_ENV] = JSON.stringify(slice);
  else delete process.env[SLICE_ENV];
  if (searchIndex) delete process.env[INDEX_ELSEWHERE_ENV];
  else process.env[INDEX_ELSEWHERE_ENV] = '1';
  // Fail before Astro starts, with the content diagnostics, when the content is broken.
  if (given) primeModel(content, given);
  const model = await getModel(content);
  const site = new URL(model.organisation.baseUrl);
  const base = site.pathname.endsWith('/') ? site.pathname : `${site.pathname}/`;
  process.env.GUIFAN_BASE = base;
  const state = siteState();
  const lock = await acquireLock(path.join(state.dir, 'build.lock'), {
    purpose: ['缓存', 'cache'],
    onWait: (pid) =>
      console.error(
        `等待本机另一个 guifan 构建结束（进程 ${pid}）… / waiting for another guifan build on this machine (pid ${pid}) to finish…`,
      ),
  });
  onLocked?.();
  removeStagedServerOutput(out);
  // The MDX pages from one place whatever the content folder, so its bundles serve any copy.
  const ownPages = path.join(content, 'pages');
  const pagesRead = stagePages(state.root, content);
  process.env[PAGES_ENV] = pagesRead;
  // The process charts' ELK layers, kept between builds (src/diagram/layout/layers.ts).
  process.env[LAYER_CACHE_ENV] ??= path.join(state.dir, 'layers');
  const giveBack = lendModel(content, model);
  // The site's Astro components as the last build compiled them, while unchanged (compiled-components.ts).
  const forgetCompiled = keepCompiledComponents(path.join(state.dir, 'compiled-components'));
  const bundle = await keepBundleOf(state, pagesRead, site.origin, base);
  const pages = pageCache && !slice ? new PageCache(pageCache, model, out) : undefined;
  const forgetPages = pages ? installPageCache(pages) : () => {};
  try {
    await build(astroOptions(state, { content, out, origin: site.origin, base, logLevel }));
    // Only once every page is in place: a failed build leaves no record naming it.
    pages?.finish();
  } catch (e) {
    throw withOwnPages(e, pagesRead, ownPages);
  } finally {
    delete process.env[PAGES_ENV];
    forgetPages();
    bundle.forget();
    forgetCompiled();
    giveBack();
    lock.release();
  }
  // Server-side leftovers of Astro's content layer; a static site does not serve them.
  for (const leftover of ['content-assets.mjs', 'content-modules.mjs', 'data-store.json'])
    fs.rmSync(path.join(out, leftover), { force: true });
  preloadStudyModules(out);
  const built: SiteBuilt = {
    bundlesReused: bundle.reused(),
    offlineNotes: [],
    ...(pages ? { pages: pages.stats } : {}),
  };
  // A slice's service worker would list only its own pages: `guifan merge` writes the group's.
  // Without the index (its caller writes it) the service worker, which precaches it, is the caller's too.
  if (slice || !offline || !searchIndex) return built;
  // Last, over the finished pages and search index: the web app manifest and the service worker.
  built.offlineNotes = (await writeOfflineFiles(model, out, base, state.dir)).notes;
  return built;
}

/** What buildSite hands Astro's build. */
function astroOptions(
  state: SiteState,
  at: { content: string; out: string; origin: string; base: string; logLevel: BuildSiteOptions['logLevel'] },
): Parameters<typeof build>[0] {
  return {
    root: state.root,
    configFile: 'astro.config.mjs',
    outDir: at.out,
    site: at.origin,
    base: at.base,
    cacheDir: contentStateDir(state, at.content),
    vite: {
      plugins: [serverBundleWhole(), modelLoaderLeftOut(), astroRuntimeNative()],
      // Astro spreads these into both of its builds (the server's and the browser's).
      build: { rollupOptions: { onwarn: dependencyWarningsQuiet(state.root) } },
      cacheDir: path.join(state.dir, 'vite'),
      ...(state.root !== PROJECT_ROOT ? { resolve: { preserveSymlinks: true } } : {}),
    },
    ...(at.logLevel ? { logLevel: at.logLevel } : {}),
  };
}

/**
 * The server and browser bundles of the last build with these pages and settings, offered to this
 * one while their sources are unchanged (kept-bundle.ts). GUIFAN_NO_CACHE=1 bundles afresh, as it makes every PDF afresh.
 */
async function keepBundleOf(state: SiteState, pages: string, site: string, base: string): Promise<KeptBundle> {
  if (process.env.GUIFAN_NO_CACHE) return { forget: () => {}, reused: () => false };
  const fixed = fixedKey({ codeVersion: await codeVersion('all'), root: state.root, pages, site, base });
  return keepBundle(keptBundleDir(state, fixed), fixed);
}

/**
 * When the out folder lies outside the working folder, Astro stages the server bundle and the
 * browser's files in <working folder>/.astro/, copies what is published into the out folder and
 * removes the folder. A build killed half-way (out of memory, Ctrl-C) leaves its server chunks
 * there, and the next build copied them into its output (seen: `chunks/` and `manifest_*.mjs` in a
 * published site). Under the build lock nothing else uses the folder: it starts empty.
 */
function removeStagedServerOutput(out: string): void {
  const cwd = process.cwd();
  if (!out.startsWith(cwd + path.sep)) fs.rmSync(path.join(cwd, '.astro'), { recursive: true, force: true });
}

/**
 * Rollup's warnings about a package's own source, left unsaid: the people who run guifan can do
 * nothing about them. Only INVALID_ANNOTATION (a @__PURE__ comment where Rollup cannot use it, as
 * in zod 4; Rollup drops the comment, which costs at most a little tree-shaking), and only for a
 * file under node_modules that is not guifan's own (guifan may itself be installed in one). Any
 * other warning, and this one about guifan's sources, is printed as Vite prints it.
 */
export function dependencyWarningsQuiet(root: string): NonNullable<Rollup.RollupOptions['onwarn']> {
  const own = [path.join(root, 'src') + path.sep, path.join(PROJECT_ROOT, 'src') + path.sep];
  return (warning, warn) => {
    const file = warning.id ?? warning.loc?.file ?? '';
    const dependency =
      file.split(path.sep).includes('node_modules') && !own.some((dir) => path.resolve(file).startsWith(dir));
    if (warning.code === 'INVALID_ANNOTATION' && dependency) return;
    warn(warning);
  };
}

/**
 * Astro's server bundle (the pages' code, run once by this build to write the HTML, then deleted)
 * is not tree-shaken: Rollup's tree-shaking was about half of that bundle's CPU time (~4 s of
 * the example's build) and only makes a file smaller that nobody downloads. The browser's
 * bundles (the client build) are tree-shaken as before; the pages written are the same.
 */
function serverBundleWhole(): Plugin {
  return {
    name: 'guifan:server-bundle-whole',
    config(_config, env) {
      if (env.isSsrBuild) return { build: { rollupOptions: { treeshake: false } } };
    },
  };
}

const MODEL_LOADER = fileURLToPath(new URL('./load-model.ts', import.meta.url));
const NO_MODEL_LOADER = '\0guifan:no-model-loader';

/**
 * The server bundle without the content loader (src/site/load-model.ts and the ~80 modules of
 * src/model it imports: a sixth of what Vite and Rollup process there): buildSite always lends
 * the pages its model, so the bundle never loads content. Should it ever try, it says so.
 */
function modelLoaderLeftOut(): Plugin {
  let ssr = false;
  return {
    name: 'guifan:model-loader-left-out',
    enforce: 'pre',
    config(_config, env) {
      ssr = env.isSsrBuild === true;
    },
    async resolveId(source, importer, options) {
      if (!ssr || !source.endsWith('/load-model.ts')) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved && path.resolve(resolved.id) === MODEL_LOADER ? NO_MODEL_LOADER : null;
    },
    load(id) {
      if (id !== NO_MODEL_LOADER) return null;
      const message =
        '网站生成没有拿到内容模型（src/site/build.ts 的 lendModel） / the site build was not lent its model (lendModel in src/site/build.ts)';
      return `export async function loadCheckedModel() { throw new Error(${JSON.stringify(message)}); }`;
    },
  };
}

/**
 * Astro's render runtime (astro/dist/runtime/server) and its errors (astro/dist/core/errors) load
 * natively in the server bundle instead of being bundled into it: Astro bundles all of itself
 * there, but these 56 modules read no virtual module and no import.meta.env, so they run the same
 * from node_modules — the very copies the build already loaded. The bundle Rollup writes shrinks
 * by a third (1.02 → 0.69 MB). Server build only; the dev server and the browser's bundles are as
 * Astro makes them.
 */
const NATIVE_ASTRO = /\/node_modules\/astro\/dist\/(?:runtime\/server|core\/errors)\/[^?]*\.js$/;

function astroRuntimeNative(): Plugin {
  let ssr = false;
  return {
    name: 'guifan:astro-runtime-native',
    enforce: 'pre',
    config(_config, env) {
      ssr = env.isSsrBuild === true;
    },
    async resolveId(source, importer, options) {
      // Only imports that can reach those modules: Astro's own, and astro/… from pages, MDX and renderers.
      if (!ssr || !importer || (!importer.includes('/node_modules/astro/') && !source.startsWith('astro/')))
        return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (!resolved || resolved.external || !NATIVE_ASTRO.test(resolved.id)) return null;
      // A file: URL, which Rollup writes into the chunk as it is (an absolute path it would rebase).
      return { id: pathToFileURL(resolved.id).href, external: true };
    },
  };
}

/** `tsx src/site/build.ts [contentDir] [outDir]`: the site alone (`guifan build` also makes the PDFs). */
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [contentDir = 'content', outDir = 'dist'] = process.argv.slice(2);
  buildSite({ contentDir, outDir, logLevel: 'info' }).then(
    (built) => {
      for (const note of built.offlineNotes) console.log(note);
    },
    (err: unknown) => {
      console.error(err instanceof Error ? err.message : err);
      process.exit(1);
    },
  );
}
