/**
 * Which content directory the site is built from: GUIFAN_CONTENT (set by buildSite), else
 * "content". A module of its own so that content.config.ts, which Astro's content layer loads
 * through Vite on every build, does not pull in the model's loader (data.ts) with it.
 */
import path from 'node:path';

export const CONTENT_ENV = 'GUIFAN_CONTENT';
/** Where buildSite staged the MDX pages for Astro (staged-pages.ts); unset, <content>/pages. */
export const PAGES_ENV = 'GUIFAN_PAGES';

export function contentDir(): string {
  return path.resolve(process.env[CONTENT_ENV] ?? 'content');
}

/** Where Astro reads the MDX pages: buildSite's copy of them (staged-pages.ts), else <content>/pages. */
export function pagesDir(): string {
  const staged = process.env[PAGES_ENV];
  return staged ? path.resolve(staged) : path.join(contentDir(), 'pages');
}
