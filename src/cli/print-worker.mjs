// Print worker process entry for src/cli/print-pool.ts. Its first message over the IPC channel
// is its data (print-worker.ts PrintWorkerData); jobs follow once it says it is ready. Runs the
// precompiled bundle when data.bundle names it (the parent's own, or a fresh one when the parent runs
// from the sources: print-pool.ts workerBundle), otherwise the TypeScript sources through tsx.
// The parent is gone (the build failed, was stopped or killed): nothing more to print.
const parentGone = () => process.exit(0);
process.on('disconnect', parentGone);
const data = await new Promise((resolve) => process.once('message', resolve));
if (data.bundle) {
  const { runBundle } = await import('./bundle.mjs');
  const bundle = runBundle(data.bundle, 'print-worker');
  await bundle.exports.runPrintWorker(data);
  bundle.saveCache();
} else {
  const { register } = await import('tsx/esm/api');
  register();
  const { runPrintWorker } = await import('./print-worker.ts');
  await runPrintWorker(data);
}
// Told to stop, all jobs written: closing the channel lets the process end.
process.off('disconnect', parentGone);
process.disconnect();
