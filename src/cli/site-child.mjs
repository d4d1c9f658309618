// The Astro site build of `guifan build`, in a process of its own (src/cli/build.ts): when it
// exits, the memory Astro, Vite and Rollup held goes with it instead of staying in the process
// that goes on making PDFs. Runs the site sources through tsx, as astro.config.mjs imports them.
// Started before the parent has loaded the model, it imports Astro meanwhile, then waits for
//   { contentDir, outDir, modelFile, logLevel }   (over the IPC channel; the model as JSON)
// and answers { type: 'done', lockWaitMs } or { type: 'error', error }.
import { existsSync, readFileSync } from 'node:fs';

const reply = (message) => new Promise((resolve) => process.send(message, resolve));
// The parent gave up (content errors, Ctrl-C): nothing to build.
process.on('disconnect', () => process.exit(0));
const job = new Promise((resolve) => process.once('message', resolve));
try {
  const { register } = await import('tsx/esm/api');
  register();
  const { buildSite } = await import('../site/build.ts');
  const { contentDir, outDir, modelFile, logLevel } = await job;
  // The model the parent loaded, so that the content is not loaded and checked twice.
  const model = JSON.parse(readFileSync(modelFile, 'utf8'));
  // Builds of one checkout take turns (src/site/build.ts's lock): note how long this one waited.
  const lockPid = new URL('../../node_modules/.astro-guifan/build.lock/pid', import.meta.url);
  const asked = performance.now();
  let lockedAt;
  const poll = setInterval(() => {
    if (lockedAt === undefined && existsSync(lockPid) && readFileSync(lockPid, 'utf8').trim() === String(process.pid)) lockedAt = performance.now();
  }, 20);
  await buildSite({ contentDir, outDir, model, logLevel });
  clearInterval(poll);
  await reply({ type: 'done', lockWaitMs: (lockedAt ?? asked) - asked });
} catch (e) {
  const err = e instanceof Error ? e : new Error(String(e));
  await reply({ type: 'error', error: { name: err.name, message: err.message, stack: err.stack } });
}
// Astro and Pagefind may leave handles open; the parent has its answer.
process.exit(0);
