/**
 * MDX pages come from <content>/pages/*.mdx of whichever content directory is
 * being built, as buildSite stages them (content-dir.ts, staged-pages.ts): the glob loader takes
 * an absolute base, so any --content works.
 * defineCollection comes from astro/content/config, not astro:content (the same function, without
 * the check for live collections): Astro loads this file through a Vite server of its own at every
 * build, and astro:content would bring Astro's whole render runtime and the data store with it
 * (98 modules transformed there instead of 50).
 */
import { defineCollection } from 'astro/content/config';
import { glob } from 'astro/loaders';
import { pagesDir } from './content-dir.ts';

const pages = defineCollection({
  loader: glob({ pattern: '*.{md,mdx}', base: pagesDir() }),
});

export const collections = { pages };
