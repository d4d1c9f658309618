/**
 * Preload hints on the search page for Pagefind's runtime and index metadata and the island's
 * meta.json. Pagefind finds its files one after another (pagefind.js → pagefind-entry.json →
 * the wasm and pf_meta it names); on a phone network each step is a round trip before the
 * first query can start. With these links the browser fetches all of them in parallel while
 * it reads the page. The names carry the index's hash, known only once the index is written,
 * so the links are added to the built pages afterwards.
 *
 * The entry file is preloaded with `?ts=<hash>`; the island passes the same tag to Pagefind
 * (its `metaCacheTag` option) so that Pagefind's request is the preloaded one.
 */
import fs from 'node:fs';
import path from 'node:path';
import { DATA_DIR, ENTRY_TAG_ATTRIBUTE } from './names.ts';

interface Entry {
  languages: Record<string, { hash: string; wasm: string | null }>;
}

/** The <link> tags for a bundle written at <outDir>/<bundle>/, served under base. */
export function preloadTags(outDir: string, base: string, bundle: string, language: string): string {
  const entry = JSON.parse(fs.readFileSync(path.join(outDir, bundle, 'pagefind-entry.json'), 'utf8')) as Entry;
  const lang = entry.languages[language] ?? Object.values(entry.languages)[0];
  if (!lang) return '';
  const at = (file: string) => `${base}${bundle}/${file}`;
  const fetchPreload = (file: string, extra = '') =>
    `<link rel="preload" href="${at(file)}" as="fetch" crossorigin${extra}>`;
  return [
    `<link rel="modulepreload" href="${at('pagefind.js')}">`,
    fetchPreload(`pagefind-entry.json?ts=${lang.hash}`, ` ${ENTRY_TAG_ATTRIBUTE}="${lang.hash}"`),
    fetchPreload(`pagefind.${lang.hash}.pf_meta`),
    fetchPreload(`wasm.${lang.wasm ?? 'unknown'}.pagefind`),
    fetchPreload(`${DATA_DIR}/meta.json`),
  ].join('');
}

const START = '<!--search-preload-->';
const END = '<!--/search-preload-->';

/** Adds (or replaces) the tags on each built search page (every UI language's); returns the pages changed. */
export function addSearchPreloads(outDir: string, base: string, bundle: string, language: string): string[] {
  const tags = preloadTags(outDir, base, bundle, language);
  if (!tags) return [];
  const changed: string[] = [];
  const pages = [
    path.join(outDir, 'search', 'index.html'),
    ...fs
      .readdirSync(outDir, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => path.join(outDir, e.name, 'search', 'index.html')),
  ];
  for (const page of pages) {
    if (!fs.existsSync(page)) continue;
    const html = fs.readFileSync(page, 'utf8').replace(new RegExp(`${START}[\\s\\S]*?${END}`), '');
    if (!html.includes('</head>')) continue;
    fs.writeFileSync(page, html.replace('</head>', `${START}${tags}${END}</head>`));
    changed.push(page);
  }
  return changed;
}
