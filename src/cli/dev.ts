/**
 * `guifan dev`: Astro's dev server over a content directory. Editing a YAML
 * file reloads the model and the page; content errors appear in the browser's
 * error overlay (and in the terminal) with file and line, like code errors do.
 */
import path from 'node:path';
import { dev } from 'astro';
import type { Plugin } from 'vite';
import { formatDiagnostics, loadModel } from '../model/index.ts';
import { CONTENT_ENV, contentChanged } from '../site/data.ts';
import { devRoot } from '../site/site-state.ts';

export interface DevOptions {
  contentDir: string;
  port: number;
  host: string;
  log: (s: string) => void;
}

const CONTENT_FILE = /\.(ya?ml|mdx?)$/;

/** Watches the content directory; on a change, re-checks and makes every page re-read the model. */
export function contentReload(contentDir: string, log: (s: string) => void): Plugin {
  const dir = path.resolve(contentDir);
  return {
    name: 'guifan-content-reload',
    configureServer(server) {
      server.watcher.add(dir);
      let timer: NodeJS.Timeout | undefined;
      server.watcher.on('all', (_event, file) => {
        if (!file.startsWith(dir + path.sep) || !CONTENT_FILE.test(file)) return;
        // At once: a page rendered from now on (Astro's own watcher may reload it first) reads the
        // content as saved, not the model of before the save.
        contentChanged();
        clearTimeout(timer);
        // Editors save in bursts (write, rename, chmod): act once per burst.
        timer = setTimeout(async () => {
          const { model, diagnostics } = await loadModel(dir);
          log(
            diagnostics.length
              ? formatDiagnostics(diagnostics)
              : `内容已更新 / content reloaded: ${path.relative(dir, file)}`,
          );
          if (!model) log('页面将显示错误，修正后自动刷新 / pages show the error until it is fixed');
          // The model is cached per module instance (src/site/data.ts): drop every module so it is loaded afresh.
          server.moduleGraph.invalidateAll();
          server.ws.send({ type: 'full-reload' });
        }, 120);
      });
    },
  };
}

export async function runDev({
  contentDir,
  port,
  host,
  log,
}: DevOptions): Promise<{ url: string; stop: () => Promise<void> }> {
  const dir = path.resolve(contentDir);
  process.env[CONTENT_ENV] = dir;
  // No calls out of the machine from a preview: no update check, no telemetry.
  process.env.ASTRO_DISABLE_UPDATE_CHECK = 'true';
  process.env.ASTRO_TELEMETRY_DISABLED = '1';
  const { diagnostics } = await loadModel(dir);
  if (diagnostics.length) log(formatDiagnostics(diagnostics));
  // A root of its own: a build running meanwhile keeps its .astro/ to itself (site-state.ts).
  const { root, cacheDir } = devRoot(dir);
  const server = await dev({
    root,
    configFile: 'astro.config.mjs',
    cacheDir,
    server: { port, host },
    logLevel: 'warn',
    vite: {
      plugins: [contentReload(dir, log)],
      cacheDir: path.join(cacheDir, 'vite'),
      resolve: { preserveSymlinks: true },
    },
  });
  const url = `http://${host}:${server.address.port}/`;
  log(`guifan dev: ${url}（内容目录 / content: ${dir}）`);
  return { url, stop: () => server.stop() };
}
