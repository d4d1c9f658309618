/**
 * Where a site build keeps its state (Astro's cache, the build lock, the service worker's kept
 * bundle): apart from build.ts so that the command's own process can find it without importing Astro.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { makeFolder } from '../cli/make-folder.ts';

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface SiteState {
  /** Where the cache, the build lock and (for a read-only install) Astro's root live. */
  dir: string;
  /** Astro's root: the project itself, or a folder in `dir` that reaches the project's packages. */
  root: string;
}

/**
 * Astro keeps per-project state in <root>/.astro/ and its content store in the cache, so two
 * builds at once would mix: builds of one root take turns (the lock in `dir`). When the project
 * cannot be written (a read-only or system-wide install run by another user), the state lives
 * in the user's cache folder instead, with an Astro root of its own whose node_modules is a
 * link to the project's, so the site's server chunks still find their packages. GUIFAN_CACHE_DIR
 * names the folder explicitly. A folder that cannot be written is an error naming it.
 */
/** What Astro and Vite read from the project root. */
const ROOT_ENTRIES = [
  'src',
  'public',
  'node_modules',
  'templates',
  'astro.config.mjs',
  'package.json',
  'tsconfig.json',
];

export function siteState(): SiteState {
  const explicit = process.env.GUIFAN_CACHE_DIR;
  const local = path.join(PROJECT_ROOT, 'node_modules', '.astro-guifan');
  if (!explicit && writable(local)) return { dir: local, root: PROJECT_ROOT };
  const key = createHash('sha1').update(PROJECT_ROOT).digest('hex').slice(0, 12);
  const userCache = process.env.XDG_CACHE_HOME || (os.homedir() ? path.join(os.homedir(), '.cache') : '');
  const candidates = explicit
    ? [path.resolve(explicit)]
    : [
        ...(userCache ? [path.join(userCache, 'guifan', key)] : []),
        path.join(os.tmpdir(), `guifan-${process.getuid?.() ?? 'user'}`, key),
      ];
  const tried: string[] = explicit ? [] : [local];
  for (const dir of candidates) {
    tried.push(dir);
    if (!writable(dir)) continue;
    // A stand-in root: links to the project's sources, packages and config, beside a .astro/
    // of its own. Vite keeps the links' paths (preserveSymlinks), so every module stays under it.
    const root = standInRoot(dir);
    return { dir, root };
  }
  throw new Error(
    `无法写入 guifan 的缓存文件夹（已尝试 ${tried.join('、')}）；请用环境变量 GUIFAN_CACHE_DIR 指定一个可写的文件夹 / ` +
      `cannot write guifan's cache folder (tried ${tried.join(', ')}); set GUIFAN_CACHE_DIR to a folder you can write`,
  );
}

/** `<dir>/root`, whose entries link to the project's (ROOT_ENTRIES), made or repaired. */
function standInRoot(dir: string): string {
  const root = path.join(dir, 'root');
  makeFolder(root);
  for (const entry of ROOT_ENTRIES) {
    const link = path.join(root, entry);
    const wanted = path.join(PROJECT_ROOT, entry);
    let current: string | undefined;
    try {
      current = fs.readlinkSync(link);
    } catch {
      // Not there yet.
    }
    if (current !== wanted) {
      fs.rmSync(link, { recursive: true, force: true });
      fs.symlinkSync(wanted, link);
    }
  }
  return root;
}

/**
 * The folder of a content directory's own site state: Astro's content store (which must not mix
 * two organisations' pages) and the bundles kept between builds (kept-bundle.ts). Keyed by the
 * project root too: the store records module paths relative to the root, so a store written by
 * another checkout (e.g. bench/snapshot.sh's export) breaks this one's build.
 */
export function contentStateDir(state: SiteState, contentDir: string): string {
  const key = createHash('sha1')
    .update(`${PROJECT_ROOT}\u0000${path.resolve(contentDir)}`)
    .digest('hex')
    .slice(0, 12);
  return path.join(state.dir, key);
}

/**
 * Where the server and browser bundles of a site build whose fixed key is `fixed` are kept
 * (kept-bundle.ts): one folder per key, not per content folder, so that another folder with the
 * same pages and settings takes them too (staged-pages.ts). kept-bundle.ts keeps the last few.
 */
export function keptBundleDir(state: SiteState, fixed: string): string {
  return path.join(state.dir, 'bundles', fixed.slice(0, 16));
}

/**
 * Astro's root for `guifan dev` on contentDir: a stand-in root of its own, never the one builds
 * use. The dev server rewrites <root>/.astro/ (the content modules of the organisation it shows)
 * while it runs, and a build of another organisation at the same time read them: its MDX pages
 * failed (UnknownContentCollectionError). Kept outside the project's node_modules, where Vite
 * would take the pages for packages. One per content directory, reused by the next `guifan dev`.
 */
export function devRoot(contentDir: string): { root: string; cacheDir: string } {
  const key = createHash('sha1')
    .update(`${PROJECT_ROOT}\u0000${path.resolve(contentDir)}`)
    .digest('hex')
    .slice(0, 12);
  const userCache = process.env.XDG_CACHE_HOME || (os.homedir() ? path.join(os.homedir(), '.cache') : '');
  const explicit = process.env.GUIFAN_CACHE_DIR;
  const candidates = explicit
    ? [path.join(path.resolve(explicit), 'dev')]
    : [
        ...(userCache ? [path.join(userCache, 'guifan', 'dev')] : []),
        path.join(os.tmpdir(), `guifan-${process.getuid?.() ?? 'user'}`, 'dev'),
      ];
  for (const base of candidates) {
    const dir = path.join(base, key);
    if (writable(dir)) return { root: standInRoot(dir), cacheDir: path.join(dir, 'cache') };
  }
  throw new Error(
    `无法写入 guifan dev 的缓存文件夹（已尝试 ${candidates.join('、')}）；请用环境变量 GUIFAN_CACHE_DIR 指定一个可写的文件夹 / ` +
      `cannot write guifan dev's cache folder (tried ${candidates.join(', ')}); set GUIFAN_CACHE_DIR to a folder you can write`,
  );
}

/** Whether dir exists (or can be made) and a file can be written in it; another user's /tmp folder does not count. */
function writable(dir: string): boolean {
  try {
    makeFolder(dir, 0o700);
    const st = fs.statSync(dir);
    if (typeof process.getuid === 'function' && st.uid !== process.getuid() && dir.startsWith(os.tmpdir()))
      return false;
    const probe = path.join(dir, `.probe-${process.pid}`);
    fs.writeFileSync(probe, '');
    fs.rmSync(probe);
    return true;
  } catch {
    return false;
  }
}
