// Astro config for the guifan site. Pages live in src/site; the content
// directory comes from GUIFAN_CONTENT (see src/site/data.ts and build.ts).
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { pagefindIntegration } from './src/search/integration.ts';
import rehypeTableLabels from './src/site/rehype-table-labels.ts';
import remarkWideLines from './src/site/remark-wide-lines.ts';
import { getModel } from './src/site/data.ts';
import { sitemapIntegration } from './src/site/sitemap.ts';
import { slicePagesPlugin } from './src/site/slice-plugin.ts';

export default defineConfig({
  srcDir: './src/site',
  publicDir: './public',
  output: 'static',
  trailingSlash: 'always',
  // Four pages rendered at a time: the pages' own work is synchronous, but each one's writing
  // then overlaps the next one's rendering. At 100× (7,163 pages, node bench/site-alone.mjs, four
  // runs each) the site's process took 46–49 s instead of 50–60 s and peaked at 1.40–1.48 GB
  // instead of 1.75–2.23 GB; the example's took the same time; the pages were byte for byte the same.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  // The site is generated whole; no dev toolbar, no telemetry prompts in builds.
  devToolbar: { enabled: false },
  integrations: [
    mdx({ remarkPlugins: [remarkWideLines], rehypePlugins: [rehypeTableLabels] }),
    pagefindIntegration(() => getModel()),
    sitemapIntegration(() => getModel()),
  ],
  // A build of one slice of a group (guifan build --shard/--units) makes only that slice's pages.
  // On in every build (without a slice it keeps every page), so that whole and sliced builds have
  // the same server bundle, which a later build may take again (src/site/kept-bundle.ts).
  vite: { plugins: [slicePagesPlugin()] },
});
