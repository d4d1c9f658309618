// Worker thread entry for src/cli/print-pool.ts: the precompiled bundle when the parent runs
// from it (workerData.bundle is its manifest), otherwise the TypeScript sources through tsx.
import { workerData } from 'node:worker_threads';

if (workerData.bundle) {
  const { runBundle } = await import('./bundle.mjs');
  const bundle = runBundle(workerData.bundle, 'print-worker');
  await bundle.exports.runPrintWorker();
  bundle.saveCache();
} else {
  const { register } = await import('tsx/esm/api');
  register();
  const { runPrintWorker } = await import('./print-worker.ts');
  await runPrintWorker();
}
