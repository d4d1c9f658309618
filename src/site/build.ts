/**
 * Programmatic site build: `buildSite({ contentDir, outDir })` renders the
 * Astro site for any content directory into outDir (pages + pagefind/).
 * Called by `guifan build` and by `npm run build`.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { build } from 'astro';
import type { Plugin } from 'vite';
import type { Model } from '../model/types.ts';
import { acquireLock } from '../cli/lock.ts';
import { makeFolder } from '../cli/make-folder.ts';
import { CONTENT_ENV, getModel, lendModel, primeModel } from './data.ts';
import { preloadStudyModules, writeOfflineFiles } from './offline.ts';

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface BuildSiteOptions {
  contentDir: string;
  outDir: string;
  /** The already loaded model of contentDir (the CLI has it); loaded here when absent. */
  model?: Model;
  /** Astro's log level; 'warn' keeps CLI output short. */
  logLevel?: 'debug' | 'info' | 'warn' | 'error' | 'silent';
  /** Called when this build holds the build lock (it may wait for another build first). */
  onLocked?: () => void;
}

export async function buildSite({ contentDir, outDir, model: given, logLevel = 'warn', onLocked }: BuildSiteOptions): Promise<void> {
  const content = path.resolve(contentDir);
  const out = path.resolve(outDir);
  // Builds must not phone home (and there is no network on build machines).
  process.env.ASTRO_TELEMETRY_DISABLED ??= '1';
  // The pages read the content directory from the environment (src/site/data.ts).
  process.env[CONTENT_ENV] = content;
  process.env.GUIFAN_OUT = out;
  // Fail before Astro starts, with the content diagnostics, when the content is broken.
  if (given) primeModel(content, given);
  const model = await getModel(content);
  const site = new URL(model.organisation.baseUrl);
  const base = site.pathname.endsWith('/') ? site.pathname : `${site.pathname}/`;
  process.env.GUIFAN_BASE = base;
  const state = siteState();
  // A cache per content directory: Astro's content store must not mix two organisations' pages.
  // Keyed by project root too: the store records module paths relative to the root, so a store
  // written by another checkout (e.g. bench/snapshot.sh's export) breaks this one's build.
  const cacheKey = createHash('sha1').update(`${PROJECT_ROOT}\u0000${content}`).digest('hex').slice(0, 12);
  const lock = await acquireLock(path.join(state.dir, 'build.lock'), {
    purpose: ['缓存', 'cache'],
    onWait: (pid) => console.error(`等待本机另一个 guifan 构建结束（进程 ${pid}）… / waiting for another guifan build on this machine (pid ${pid}) to finish…`),
  });
  onLocked?.();
  const giveBack = lendModel(content, model);
  try {
    await build({
      root: state.root,
      configFile: 'astro.config.mjs',
      outDir: out,
      site: site.origin,
      base,
      cacheDir: path.join(state.dir, cacheKey),
      vite: { plugins: [serverBundleWhole()], cacheDir: path.join(state.dir, 'vite'), ...(state.root !== PROJECT_ROOT ? { resolve: { preserveSymlinks: true } } : {}) },
      logLevel,
    });
  } finally {
    giveBack();
    lock.release();
  }
  // Server-side leftovers of Astro's content layer; a static site does not serve them.
  for (const leftover of ['content-assets.mjs', 'content-modules.mjs', 'data-store.json']) fs.rmSync(path.join(out, leftover), { force: true });
  preloadStudyModules(out);
  // Last, over the finished pages and search index: the web app manifest and the service worker.
  await writeOfflineFiles(model, out, base, state.dir);
}

/**
 * Astro's server bundle (the pages' code, run once by this build to write the HTML, then deleted)
 * is not tree-shaken: Rollup's tree-shaking was about half of that bundle's CPU time (~4 s of
 * the example's build) and only makes a file smaller that nobody downloads. The browser's
 * bundles (the client build) are tree-shaken as before; the pages written are the same.
 */
function serverBundleWhole(): Plugin {
  return {
    name: 'guifan:server-bundle-whole',
    config(_config, env) {
      if (env.isSsrBuild) return { build: { rollupOptions: { treeshake: false } } };
    },
  };
}

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
const ROOT_ENTRIES = ['src', 'public', 'node_modules', 'templates', 'astro.config.mjs', 'package.json', 'tsconfig.json'];

export function siteState(): SiteState {
  const explicit = process.env.GUIFAN_CACHE_DIR;
  const local = path.join(PROJECT_ROOT, 'node_modules', '.astro-guifan');
  if (!explicit && writable(local)) return { dir: local, root: PROJECT_ROOT };
  const key = createHash('sha1').update(PROJECT_ROOT).digest('hex').slice(0, 12);
  const userCache = process.env.XDG_CACHE_HOME || (os.homedir() ? path.join(os.homedir(), '.cache') : '');
  const candidates = explicit
    ? [path.resolve(explicit)]
    : [...(userCache ? [path.join(userCache, 'guifan', key)] : []), path.join(os.tmpdir(), `guifan-${process.getuid?.() ?? 'user'}`, key)];
  const tried: string[] = explicit ? [] : [local];
  for (const dir of candidates) {
    tried.push(dir);
    if (!writable(dir)) continue;
    // A stand-in root: links to the project's sources, packages and config, beside a .astro/
    // of its own. Vite keeps the links' paths (preserveSymlinks), so every module stays under it.
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
    return { dir, root };
  }
  throw new Error(
    `无法写入 guifan 的缓存文件夹（已尝试 ${tried.join('、')}）；请用环境变量 GUIFAN_CACHE_DIR 指定一个可写的文件夹 / ` +
      `cannot write guifan's cache folder (tried ${tried.join(', ')}); set GUIFAN_CACHE_DIR to a folder you can write`,
  );
}


/** Whether dir exists (or can be made) and a file can be written in it; another user's /tmp folder does not count. */
function writable(dir: string): boolean {
  try {
    makeFolder(dir, 0o700);
    const st = fs.statSync(dir);
    if (typeof process.getuid === 'function' && st.uid !== process.getuid() && dir.startsWith(os.tmpdir())) return false;
    const probe = path.join(dir, `.probe-${process.pid}`);
    fs.writeFileSync(probe, '');
    fs.rmSync(probe);
    return true;
  } catch {
    return false;
  }
}

/** `tsx src/site/build.ts [contentDir] [outDir]`: the site alone (`guifan build` also makes the PDFs). */
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [contentDir = 'content', outDir = 'dist'] = process.argv.slice(2);
  buildSite({ contentDir, outDir, logLevel: 'info' }).catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
}

