/**
 * The site's only source of data: the model, loaded once per build from the
 * content directory named by GUIFAN_CONTENT (default "content").
 */
import path from 'node:path';
import type { Model } from '../model/types.ts';
import { contentDir } from './content-dir.ts';

export { CONTENT_ENV } from './content-dir.ts';

const cache = new Map<string, Promise<Model>>();

/**
 * The model of the build in progress, kept on globalThis: Astro bundles this
 * module into the pages, so the copy the pages run is not the one buildSite
 * imported, and without this the pages would load the content a second time
 * (7 s of a 100-unit group's build). Lent for one build only, so a later
 * build (or the dev server, which reloads modules on a content change) reads
 * the content afresh.
 */
const LENT = Symbol.for('guifan.site.lentModels');
const shared = globalThis as typeof globalThis & { [LENT]?: Map<string, Model> };

/** Lends buildSite's model to the pages of this build; call the returned function when the build is over. */
export function lendModel(dir: string, model: Model): () => void {
  const key = path.resolve(dir);
  const lent = (shared[LENT] ??= new Map());
  lent.set(key, model);
  return () => {
    if (lent.get(key) === model) lent.delete(key);
  };
}

/** Loads (once per content directory) and throws when the content has errors. */
export function getModel(dir: string = contentDir()): Promise<Model> {
  const lent = shared[LENT]?.get(dir);
  if (lent) return Promise.resolve(lent);
  let pending = cache.get(dir);
  if (!pending) {
    pending = load(dir);
    cache.set(dir, pending);
  }
  return pending;
}

/** Hands over a model loaded elsewhere (by the CLI) so it is not loaded twice. */
export function primeModel(dir: string, model: Model): void {
  cache.set(path.resolve(dir), Promise.resolve(model));
}

async function load(dir: string): Promise<Model> {
  // Loaded when used: `guifan build` hands the site its model, so the loader is not needed there.
  const { loadCheckedModel } = await import('./load-model.ts');
  return loadCheckedModel(dir);
}
