/**
 * Which content directory the site is built from: GUIFAN_CONTENT (set by buildSite), else
 * "content". A module of its own so that content.config.ts, which Astro's content layer loads
 * through Vite on every build, does not pull in the model's loader (data.ts) with it.
 */
import path from 'node:path';

export const CONTENT_ENV = 'GUIFAN_CONTENT';

export function contentDir(): string {
  return path.resolve(process.env[CONTENT_ENV] ?? 'content');
}
