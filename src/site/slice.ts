/**
 * The slice of the organisation this site build makes (`guifan build --shard i/n` or
 * `--units`), read from GUIFAN_SLICE, which buildSite sets. The pages do not know about it:
 * a Vite plugin (slice-plugin.ts) passes every page's getStaticPaths through keepSlicePaths,
 * so the rule lives here once. A path with a [unit] parameter is that unit's; every other path
 * is the group's (src/model/shard.ts).
 */
import { inSlice, type Slice } from '../model/shard.ts';

export const SLICE_ENV = 'GUIFAN_SLICE';

export function currentSlice(): Slice | undefined {
  const text = process.env[SLICE_ENV];
  return text ? (JSON.parse(text) as Slice) : undefined;
}

/** The entries of a page's getStaticPaths that this build's slice makes (all of them without a slice). */
export function keepSlicePaths<T>(entries: T[]): T[] {
  const slice = currentSlice();
  if (!slice) return entries;
  return entries.filter((e) => inSlice(slice, (e as { params?: { unit?: string } }).params?.unit));
}

/** Where `guifan build`'s page cache is found (page-cache.ts: this module is bundled into the pages). */
const PAGE_CACHE = Symbol.for('guifan.pageCache');
interface RouteTracing {
  route<T>(route: string, paths: () => Promise<T[]>): Promise<T[]>;
}

/** A page's getStaticPaths, traced as its route's record when the page cache is on (page-cache.ts). */
export function routePaths<T>(route: string, paths: () => Promise<T[]>): Promise<T[]> {
  const cache = (globalThis as { [PAGE_CACHE]?: RouteTracing })[PAGE_CACHE];
  return cache ? cache.route(route, paths) : paths();
}
