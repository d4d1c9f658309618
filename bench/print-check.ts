/**
 * The PDF cache check of a rebuild (src/cli/print-pool.ts planPrint → reuseCached), timed alone:
 * CONTENT loaded and versioned as `guifan build` does against OUT/model.json, its model made a
 * tree (the JSON round trip the build's model file gives), then every job looked up in OUT's
 * cache and the reused files placed in a scratch folder. `--code VERSION` checks against a cache
 * another code version made (code.ts; print it with `--print-code`), so a change can be measured
 * without making the cache again. CPU and wall of the check; run under `node --cpu-prof --import
 * tsx` for a profile.
 *
 *   npx tsx bench/print-check.ts CONTENT OUT [--code VERSION] [--print-code]
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadedAndVersioned } from '../src/cli/build-model.ts';
import type { Model } from '../src/model/types.ts';
import { codeVersion } from '../src/print/cache/code.ts';
import { cacheDirFor } from '../src/print/cache/store.ts';
import { reuseCached } from '../src/print/index.ts';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
if (args.includes('--print-code')) {
  console.log(await codeVersion());
  process.exit(0);
}
const [content, out] = args.filter((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
if (!content || !out) {
  console.error('usage: npx tsx bench/print-check.ts CONTENT OUT [--code VERSION] [--print-code]');
  process.exit(2);
}
const ready = await loadedAndVersioned(
  { contentDir: content, outDir: out },
  () => {},
  () => {},
);
if (!ready.built) throw new Error('content has errors');
const scratch = mkdtempSync(path.join(tmpdir(), 'print-check-'));
const file = path.join(scratch, 'model.json');
writeFileSync(file, JSON.stringify(ready.built));
delete ready.built;
const model = JSON.parse(readFileSync(file, 'utf8')) as Model;
const cache = { dir: cacheDirFor(out), codeVersion: option('--code') ?? (await codeVersion()) };
const c = process.cpuUsage();
const w = performance.now();
const r = await reuseCached(model, path.join(scratch, 'print'), { cache, from: 'json' });
const cpu = process.cpuUsage(c);
console.log(
  `check: ${((performance.now() - w) / 1000).toFixed(2)} s wall, ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s CPU; ` +
    `reused ${r.cache.reused}, changed ${r.cache.changed}, corrupt ${r.cache.corrupt}, jobs left ${r.remaining.length}`,
);
rmSync(scratch, { recursive: true, force: true });
