/**
 * The site's only source of data: the model, loaded once per build from the
 * content directory named by GUIFAN_CONTENT (default "content").
 */
import path from 'node:path';
import type { Model } from '../model/types.ts';
import { contentDir } from './content-dir.ts';

export { CONTENT_ENV } from './content-dir.ts';

/** Each directory's model, with the content version it was loaded at (see contentChanged). */
const cache = new Map<string, { version: number; model: Promise<Model> }>();

/**
 * The model of the build in progress, kept on globalThis: Astro bundles this
 * module into the pages, so the copy the pages run is not the one buildSite
 * imported, and without this the pages would load the content a second time
 * (7 s of a 100-unit group's build). Lent for one build only, so a later
 * build (or the dev server, which reloads modules on a content change) reads
 * the content afresh.
 */
const LENT = Symbol.for('guifan.site.lentModels');
/** How many times the dev server saw the content change (on globalThis, for the same reason). */
const VERSION = Symbol.for('guifan.site.contentVersion');
const shared = globalThis as typeof globalThis & { [LENT]?: Map<string, Model>; [VERSION]?: number };

/**
 * The content on disk changed (`guifan dev`'s watcher, at once, before it re-checks): the next page
 * rendered loads it afresh. A page rendered between a fix and the dev server's module reload showed
 * the fixed content's old error, and kept it: the reload message, sent while that page was loading,
 * reached no one (seen in test/dev.test.ts, reproduced with a page reloaded by Astro's own watcher).
 */
export function contentChanged(): void {
  shared[VERSION] = (shared[VERSION] ?? 0) + 1;
}

/** Lends buildSite's model to the pages of this build; call the returned function when the build is over. */
export function lendModel(dir: string, model: Model): () => void {
  const key = path.resolve(dir);
  const lent = (shared[LENT] ??= new Map());
  lent.set(key, model);
  return () => {
    if (lent.get(key) === model) lent.delete(key);
  };
}

/**
 * The page being rendered by `guifan build`'s page cache reads the model through a tracer of its
 * own (page-cache.ts, on globalThis: this module is bundled into the pages, that one is not).
 */
const PAGE_CACHE = Symbol.for('guifan.pageCache');
const reading = globalThis as typeof globalThis & { [PAGE_CACHE]?: { model(): Model | undefined } };

/** Loads (once per content directory) and throws when the content has errors. */
export function getModel(dir: string = contentDir()): Promise<Model> {
  const traced = reading[PAGE_CACHE]?.model();
  if (traced) return Promise.resolve(traced);
  const lent = shared[LENT]?.get(dir);
  if (lent) return Promise.resolve(lent);
  const version = shared[VERSION] ?? 0;
  let entry = cache.get(dir);
  if (!entry || entry.version !== version) {
    entry = { version, model: load(dir) };
    cache.set(dir, entry);
  }
  return entry.model;
}

/** Hands over a model loaded elsewhere (by the CLI) so it is not loaded twice. */
export function primeModel(dir: string, model: Model): void {
  cache.set(path.resolve(dir), { version: shared[VERSION] ?? 0, model: Promise.resolve(model) });
}

async function load(dir: string): Promise<Model> {
  // Loaded when used: `guifan build` hands the site its model, so the loader is not needed there.
  const { loadCheckedModel } = await import('./load-model.ts');
  return loadCheckedModel(dir);
}
