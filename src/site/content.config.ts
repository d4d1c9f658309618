/**
 * MDX pages come from <content>/pages/*.mdx of whichever content directory is
 * being built: the glob loader takes an absolute base, so any --content works.
 */
import path from 'node:path';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { contentDir } from './content-dir.ts';

const pages = defineCollection({
  loader: glob({ pattern: '*.{md,mdx}', base: path.join(contentDir(), 'pages') }),
});

export const collections = { pages };
