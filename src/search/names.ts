/** Names the indexer and the island must agree on (browser-safe: no Node imports). */

/** The island's own data files, under the Pagefind bundle directory. */
export const DATA_DIR = 'guifan';

/** Attribute on the search page's preload link of Pagefind's entry file, holding its cache tag. */
export const ENTRY_TAG_ATTRIBUTE = 'data-pagefind-entry';
