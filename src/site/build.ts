/**
 * Programmatic site build: `buildSite({ contentDir, outDir })` renders the
 * Astro site for any content directory into outDir (pages + pagefind/).
 * Called by `guifan build` and by `npm run build`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { build } from 'astro';
import type { Model } from '../model/types.ts';
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
}

export async function buildSite({ contentDir, outDir, model: given, logLevel = 'warn' }: BuildSiteOptions): Promise<void> {
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
  // A cache per content directory: Astro's content store must not mix two organisations' pages.
  // Keyed by project root too: the store records module paths relative to the root, so a store
  // written by another checkout (e.g. bench/snapshot.sh's export) breaks this one's build.
  const cacheKey = createHash('sha1').update(`${PROJECT_ROOT}\u0000${content}`).digest('hex').slice(0, 12);
  const lock = await acquireBuildLock();
  const giveBack = lendModel(content, model);
  try {
    await build({
      root: PROJECT_ROOT,
      configFile: 'astro.config.mjs',
      outDir: out,
      site: site.origin,
      base,
      cacheDir: path.join(PROJECT_ROOT, 'node_modules', '.astro-guifan', cacheKey),
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
  await writeOfflineFiles(model, out, base);
}

/**
 * Astro keeps per-project state in <root>/.astro/ (content module lists), so two
 * builds of different content directories at once would mix. Builds take turns.
 */
async function acquireBuildLock(): Promise<{ release(): void }> {
  const dir = path.join(PROJECT_ROOT, 'node_modules', '.astro-guifan');
  fs.mkdirSync(dir, { recursive: true });
  const lockDir = path.join(dir, 'build.lock');
  const staleMs = 10 * 60 * 1000;
  for (;;) {
    try {
      fs.mkdirSync(lockDir);
      fs.writeFileSync(path.join(lockDir, 'pid'), String(process.pid));
      return { release: () => fs.rmSync(lockDir, { recursive: true, force: true }) };
    } catch {
      // A lock left by a build that died (killed test run) is taken over.
      let holder = 0;
      try {
        holder = Number(fs.readFileSync(path.join(lockDir, 'pid'), 'utf8')) || 0;
      } catch {
        // Not written yet, or released meanwhile.
      }
      const age = Date.now() - (fs.statSync(lockDir, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if ((holder > 0 && !isAlive(holder)) || age > staleMs) fs.rmSync(lockDir, { recursive: true, force: true });
      await new Promise((r) => setTimeout(r, 250));
    }
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

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
