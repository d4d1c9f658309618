// The Astro site build of `guifan build`, in a process of its own (src/cli/build.ts): when it
// exits, the memory Astro, Vite and Rollup held goes with it instead of staying in the process
// that goes on making PDFs. Runs the site sources through tsx, as astro.config.mjs imports them.
//   node src/cli/site-child.mjs CONTENT OUT MODEL.json LOGLEVEL    (with an IPC channel)
import { readFileSync } from 'node:fs';

const [contentDir, outDir, modelFile, logLevel] = process.argv.slice(2);
const reply = (message) => new Promise((resolve) => process.send(message, resolve));
try {
  const { register } = await import('tsx/esm/api');
  register();
  const { buildSite } = await import('../site/build.ts');
  // The model the parent loaded, so that the content is not loaded and checked twice.
  const model = JSON.parse(readFileSync(modelFile, 'utf8'));
  await buildSite({ contentDir, outDir, model, logLevel });
  await reply({ type: 'done' });
} catch (e) {
  const err = e instanceof Error ? e : new Error(String(e));
  await reply({ type: 'error', error: { name: err.name, message: err.message, stack: err.stack } });
}
// Astro and Pagefind may leave handles open; the parent has its answer.
process.exit(0);
