/**
 * Where a site build's Astro reads the MDX pages from. The pages are compiled into the server
 * bundle, and the folder they are read from is compiled with them (their module ids, Astro's
 * content-modules map), so two folders of one organisation (a copy, a checkout moved, a test's
 * own copy) could never take each other's kept bundles (kept-bundle.ts) although the bundles
 * differ by nothing else. So the build hands Astro a copy of <content>/pages at one place of its
 * site state; the kept bundles still check the pages' bytes, so a copy with other pages is
 * bundled afresh. A page that reaches outside pages/ ("../" anywhere in it: an import, an image)
 * would not find it from the copy: then Astro reads the pages where they are, as before.
 */
import fs from 'node:fs';
import path from 'node:path';

/**
 * Makes `<root>/.guifan-pages` a copy of `<content>/pages` (empty when there is none) and returns
 * it, or returns the pages folder itself when a page reaches outside it. Only under the site
 * state's build lock: every build of the state uses the one copy.
 */
export function stagePages(root: string, content: string): string {
  const pages = path.join(content, 'pages');
  if (reachesOutside(pages)) return pages;
  const staged = path.join(root, '.guifan-pages');
  fs.rmSync(staged, { recursive: true, force: true });
  if (fs.existsSync(pages)) fs.cpSync(pages, staged, { recursive: true, dereference: true });
  else fs.mkdirSync(staged, { recursive: true });
  return staged;
}

function reachesOutside(dir: string): boolean {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true, recursive: true });
  } catch {
    return false;
  }
  return entries.some((entry) => {
    if (!entry.isFile() && !entry.isSymbolicLink()) return false;
    const file = path.join(entry.parentPath, entry.name);
    try {
      return fs.statSync(file).isFile() && fs.readFileSync(file, 'latin1').includes('../');
    } catch {
      return false;
    }
  });
}

/**
 * An error of a build from the copy, naming the user's own pages instead (Astro's messages,
 * stack and location name the file it compiled).
 */
export function withOwnPages(error: unknown, staged: string, pages: string): unknown {
  if (staged === pages || error === null || typeof error !== 'object') return error;
  const swap = (text: string): string => text.split(staged).join(pages);
  const fields = error as Record<string, unknown>;
  for (const key of ['message', 'stack', 'id', 'frame', 'hint']) {
    const value = fields[key];
    if (typeof value === 'string') fields[key] = swap(value);
  }
  const loc = fields.loc as { file?: unknown } | undefined;
  if (loc && typeof loc.file === 'string') loc.file = swap(loc.file);
  return error;
}
