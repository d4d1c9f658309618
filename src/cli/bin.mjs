#!/usr/bin/env node
// Entry point for the `guifan` command. Runs the precompiled bundle (.guifan-cli/, written by
// `node src/cli/bundle.mjs` at install and by `npm run build`) while every file it was made from
// is unchanged; otherwise the TypeScript sources through tsx, so the package works straight
// from a clone without a compile step and an edit is never ignored. GUIFAN_NO_BUNDLE=1 forces
// the sources.
import { bundleIsFresh, readManifest, runBundle } from './bundle.mjs';

const manifest = process.env.GUIFAN_NO_BUNDLE ? undefined : readManifest();
let bundle;
if (manifest && bundleIsFresh(manifest)) {
  try {
    bundle = runBundle(manifest, 'main');
  } catch (e) {
    // Removed by a newer bundle meanwhile, or unreadable: the sources still work (slower to start:
    // ~3 s more CPU for a small `guifan pdf`). GUIFAN_DEBUG says why, as a broken bundle is otherwise silent.
    if (process.env.GUIFAN_DEBUG) console.error(`guifan: CLI bundle not used: ${e?.stack ?? e}`);
  }
}
let main;
if (bundle) main = bundle.exports.main;
else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('./main.ts'));
}
process.exitCode = await main(process.argv.slice(2));
bundle?.saveCache();
