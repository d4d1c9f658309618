// The Astro site build of `guifan build`, in a process of its own (src/cli/build.ts): when it
// exits, the memory Astro, Vite and Rollup held goes with it instead of staying in the process
// that goes on making PDFs. Runs the site sources through tsx, as astro.config.mjs imports them.
// Started before the parent has loaded the model, it imports Astro meanwhile, then waits for
//   { contentDir, outDir, modelFile, logLevel, slice?, offline?, searchIndex?, pageCache? }   (over the IPC channel; the model as JSON)
// and answers { type: 'done', lockWaitMs, bundlesReused } or { type: 'error', error }.
import { readFileSync } from 'node:fs';
import path from 'node:path';

const reply = (message) => new Promise((resolve) => process.send(message, resolve));
// The parent gave up (content errors, another failure, Ctrl-C) or died: nothing to build.
process.on('disconnect', () => process.exit(0));
const job = new Promise((resolve) => process.once('message', resolve));
try {
  // Astro (with Vite and Rollup), MDX and Pagefind load first, natively: once tsx's loader hooks
  // are registered, every import passes through them, and these plain-JavaScript packages' many
  // modules would cost about 1.7 s more CPU time there (measured: bench/results/site-speed.md).
  await Promise.all([import('astro'), import('@astrojs/mdx'), import('pagefind')]);
  const { register } = await import('tsx/esm/api');
  register();
  const { buildSite, siteState } = await import('../site/build.ts');
  // Astro writes its server chunks into the out folder when that lies under the working folder,
  // else into <working folder>/.astro/: either way they must find the project's packages, so
  // work from the site's root (the project, or its stand-in for a read-only install).
  const root = siteState().root;
  process.chdir(root);
  const { contentDir, outDir, modelFile, logLevel, slice, offline, searchIndex, pageCache } = await job;
  // Astro's "under the working folder" is a string prefix: /x/guifan-sites/dist is "under"
  // /x/guifan, and its chunks, written there, found no packages ("Cannot find package 'diff'").
  // From the project's node_modules instead, they go to node_modules/.astro/, beside the packages.
  const out = path.resolve(outDir);
  if (out.startsWith(root) && !out.startsWith(root + path.sep)) process.chdir(path.join(root, 'node_modules'));
  // From here the channel to the parent alone does not keep this process alive. If the build
  // waits for something that can never answer (Pagefind's indexer died on a full disk), the
  // event loop empties and 'beforeExit' says so, instead of the build waiting for ever.
  process.channel?.unref();
  process.once('beforeExit', () => {
    process.channel?.ref();
    const message =
      '网站生成中途停止：它调用的程序没有应答（磁盘是否已满？） / the site build stopped: a program it runs never answered (is the disk full?)';
    void reply({ type: 'error', error: { name: 'Error', message } }).then(() => process.exit(0));
  });
  // The model the parent loaded, so that the content is not loaded and checked twice.
  const model = JSON.parse(readFileSync(modelFile, 'utf8'));
  // Builds of one checkout take turns (src/site/build.ts's lock): note how long this one waited.
  const asked = performance.now();
  let lockedAt;
  const built = await buildSite({
    contentDir,
    outDir,
    model,
    logLevel,
    slice,
    offline,
    searchIndex,
    pageCache,
    onLocked: () => (lockedAt = performance.now()),
  });
  await reply({ type: 'done', lockWaitMs: (lockedAt ?? asked) - asked, bundlesReused: built.bundlesReused });
} catch (e) {
  const err = e instanceof Error ? e : new Error(String(e));
  let { code, path } = /** @type {{ code?: unknown, path?: unknown }} */ (err);
  // Vite and Rollup wrap system errors in their own: "ENOSPC: no space left on device, write '/x'".
  const system = /\b(E[A-Z]{3,})\b[^']*(?:'([^']+)')?/.exec(err.message);
  if (typeof code !== 'string' && system) ({ 1: code, 2: path } = system);
  await reply({
    type: 'error',
    error: {
      name: err.name,
      message: err.message,
      stack: err.stack,
      ...(typeof code === 'string' ? { code } : {}),
      ...(typeof path === 'string' ? { path } : {}),
    },
  });
}
// Astro and Pagefind may leave handles open; the parent has its answer.
process.exit(0);
