/**
 * sitemap.xml: every page the build wrote (Astro's list of pages, so a page
 * added later is never left out), as absolute URLs under the organisation's
 * baseUrl (routes.absoluteUrl). The 404 page and the JSON data of the study
 * islands are not pages of the map.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { absoluteUrl } from '../model/routes.ts';
import type { Model } from '../model/types.ts';

/** The site paths of a build's pages ('' for the home page, 'norms/x/'), sorted. */
export function sitemapPaths(pathnames: readonly string[]): string[] {
  const out = new Set<string>();
  for (const raw of pathnames) {
    const p = raw.replace(/^\/+/, '');
    if (p === '404/' || p === '404' || /\.[a-z0-9]+$/i.test(p)) continue;
    out.add(p === '' || p.endsWith('/') ? p : `${p}/`);
  }
  return [...out].sort();
}

export function sitemapXml(model: Model, sitePaths: readonly string[]): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const urls = sitePaths.map((p) => `  <url><loc>${esc(absoluteUrl(model, p))}</loc></url>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`;
}

export function sitemapIntegration(loadModel: () => Promise<Model>): AstroIntegration {
  return {
    name: 'guifan-sitemap',
    hooks: {
      'astro:build:done': async ({ dir, pages }) => {
        const model = await loadModel();
        const out = fileURLToPath(dir);
        fs.writeFileSync(path.join(out, 'sitemap.xml'), sitemapXml(model, sitemapPaths(pages.map((p) => p.pathname))));
        const robots = `User-agent: *\nAllow: /\nSitemap: ${absoluteUrl(model, 'sitemap.xml')}\n`;
        if (!fs.existsSync(path.join(out, 'robots.txt'))) fs.writeFileSync(path.join(out, 'robots.txt'), robots);
      },
    },
  };
}
