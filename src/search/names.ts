/** Names the indexer and the island must agree on (browser-safe: no Node imports). */

/** The island's own data files, under the Pagefind bundle directory. */
export const DATA_DIR = 'guifan';

/** Attribute on the search page's preload link of Pagefind's entry file, holding its cache tag. */
export const ENTRY_TAG_ATTRIBUTE = 'data-pagefind-entry';

/** A unit's table of its own pages (model/unit-pages.ts), under DATA_DIR: fetched when a search names the unit. */
export const unitPagesFile = (unitId: string): string => `units/${unitId}.json`;
