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
  // The pages as Vite names them: under the project, or under a stand-in root whose src/ links to
  // the project's (site-state.ts; Vite keeps the links' paths), where PAGES alone matched nothing
  // and a sliced build made every unit's pages.
  let pagesDirs = [PAGES];
  return {
    name: 'guifan-slice-pages',
    enforce: 'post',
    configResolved(config) {
      const underRoot = path.join(config.root, 'src', 'site', 'pages') + path.sep;
      if (underRoot !== PAGES) pagesDirs = [PAGES, underRoot];
    },
    transform(code, id) {
      const file = id.split('?')[0]!;
      const pages = pagesDirs.find((dir) => file.startsWith(dir));
      if (!pages || id.includes('?') || !EXPORTED.test(code)) return null;
      // The page's path under pages/, as the page cache names its route (page-cache.ts: routeOf).
      const route = path.relative(pages, file).split(path.sep).join('/');
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
