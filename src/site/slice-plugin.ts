/**
 * A Vite plugin for sliced builds (site/slice.ts): each page's exported getStaticPaths is
 * renamed and re-exported through keepSlicePaths, so the 37 pages need no change and a page
 * added later is sliced too. A whole build passes through it too and keeps every page: the
 * server bundle is then the same for both, and one build may reuse another's (kept-bundle.ts).
 * The same wrapper traces each getStaticPaths for `guifan build`'s page cache (page-cache.ts).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const PAGES = fileURLToPath(new URL('./pages/', import.meta.url));
const FILTER = fileURLToPath(new URL('./slice.ts', import.meta.url));
const EXPORTED = /export\s+(async\s+)?function\s+getStaticPaths\s*\(/;

export function slicePagesPlugin(): Plugin {
  return {
    name: 'guifan-slice-pages',
    enforce: 'post',
    transform(code, id) {
      const file = id.split('?')[0]!;
      if (!file.startsWith(PAGES) || id.includes('?') || !EXPORTED.test(code)) return null;
      // The page's path under pages/, as the page cache names its route (page-cache.ts: routeOf).
      const route = path.relative(PAGES, file).split(path.sep).join('/');
      const renamed = code.replace(
        EXPORTED,
        (_m, async: string | undefined) => `${async ?? ''}function __guifanAllPaths(`,
      );
      return {
        code: `${renamed}\nimport { keepSlicePaths as __guifanKeepSlice, routePaths as __guifanRoutePaths } from ${JSON.stringify(FILTER)};\nexport async function getStaticPaths(options) { return __guifanKeepSlice(await __guifanRoutePaths(${JSON.stringify(route)}, async () => __guifanAllPaths(options))); }\n`,
        map: null,
      };
    },
  };
}
