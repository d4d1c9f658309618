/**
 * Every link of a built site checked against the pages and anchors that exist: a link to
 * another page of the site must land on a built page and, with a #fragment, on an element with
 * that id; a link to '#x' on an id of its own page. Pagefind's files are left out, and so are
 * links to PDFs (the site-only builds have none) and, unless asked, to JSON and XML files.
 */
import fs from 'node:fs';
import path from 'node:path';
import { allPages, hrefs, ids, page } from './html.ts';

export interface LinkCheck {
  /** `page links href` for every link that does not land. */
  broken: string[];
  /** How many links to other pages were checked. */
  checked: number;
  /** Every page of the site, as site paths ('' for the home page). */
  pages: Set<string>;
  /** The ids of a page (read once). */
  idsOf(sitePath: string): Set<string>;
}

export function checkLinks(out: string, base: string, options: { files?: boolean } = {}): LinkCheck {
  const pages = new Set(allPages(out));
  const anchors = new Map<string, Set<string>>();
  const idsOf = (p: string): Set<string> => {
    let set = anchors.get(p);
    if (!set) anchors.set(p, (set = ids(page(out, p))));
    return set;
  };
  const broken: string[] = [];
  let checked = 0;
  for (const p of pages) {
    for (const h of hrefs(page(out, p))) {
      if (h.startsWith('#')) {
        if (!idsOf(p).has(decodeURIComponent(h.slice(1)))) broken.push(`${p} links ${h}`);
        continue;
      }
      if (!h.startsWith(base) || h.startsWith(`${base}pagefind/`)) continue;
      const [pathPart, anchor] = h.slice(base.length).split('#') as [string, string | undefined];
      const target = pathPart.replace(/\?.*$/, '');
      if (/\.(pdf|json|xml)$/.test(target)) {
        // JSON and XML files are built with the site; a PDF only by `guifan build`.
        if (options.files && !target.endsWith('.pdf') && !fs.existsSync(path.join(out, target)))
          broken.push(`${p} links ${h}`);
        continue;
      }
      if (!pages.has(target)) broken.push(`${p} links ${h}`);
      else if (anchor && !idsOf(target).has(decodeURIComponent(anchor))) broken.push(`${p} links ${h}`);
      checked++;
    }
  }
  return { broken, checked, pages, idsOf };
}
