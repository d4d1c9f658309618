/**
 * Print CPU as one print worker spends it (src/cli/print-worker.ts): the model read back from
 * JSON, one font cache and one print tree for all jobs, one job per `buildPrint` call, one
 * unit's jobs after another, largest first (cli/print-order.ts). By kind of PDF. With
 * `--no-cache` as `GUIFAN_NO_CACHE=1` runs (no tree, no read tracing); otherwise a cold cache in
 * a fresh folder, as a first build. Run it under `node --cpu-prof --import tsx` for a profile.
 *
 *   npx tsx bench/print-worker-cpu.ts CONTENT OUT [--no-cache] [--units=N] [--kind=KIND]
 *
 * `--units=N` keeps the first N units' jobs (the group's own count as one), a slice of a large
 * group; `--kind=KIND` only that kind's jobs (handbook, quiz, …), to see one change's effect.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadModelOrThrow } from '../src/model/index.ts';
import type { Model } from '../src/model/types.ts';
import { keepViews } from '../src/model/view-cache.ts';
import { FontCache } from '../src/print/fonts.ts';
import {
  buildPrint,
  defaultTemplatesDir,
  loadTemplates,
  planPrintJobs,
  plannedPrintFiles,
  printTree,
} from '../src/print/index.ts';

const args = process.argv.slice(2);
const noCache = args.includes('--no-cache');
const maxUnits = Number(args.find((a) => a.startsWith('--units='))?.slice('--units='.length) ?? Infinity);
const onlyKind = args.find((a) => a.startsWith('--kind='))?.slice('--kind='.length);
const [content = 'content', out = '/tmp/guifan-print-worker'] = args.filter((a) => !a.startsWith('--'));
const loaded = await loadModelOrThrow(content);
const templates = loadTemplates(defaultTemplatesDir());
const kindOf = new Map(plannedPrintFiles(loaded, { templates }).map((p) => [p.file, p.kind]));
const planned = planPrintJobs(loaded, { templates });
const model = JSON.parse(JSON.stringify(loaded)) as Model;
keepViews(model, 24);
const units = new Map<string, number>();
for (const job of planned) if (!units.has(job.unit ?? '')) units.set(job.unit ?? '', units.size);
const order = planned
  .filter((j) => units.get(j.unit ?? '')! < maxUnits && (onlyKind === undefined || kindOf.get(j.id) === onlyKind))
  .sort((a, b) => units.get(a.unit ?? '')! - units.get(b.unit ?? '')! || b.weight - a.weight);
const cacheDir = noCache ? undefined : mkdtempSync(join(tmpdir(), 'guifan-pwc-'));
const fonts = new FontCache();
const seconds = (u: NodeJS.CpuUsage): number => (u.user + u.system) / 1e6;
const byKind = new Map<string, { jobs: number; cpu: number }>();
const start = process.cpuUsage();
const tree = cacheDir ? printTree(model, templates, 'json') : undefined;
// One options object for all the calls, as a worker passes it (index.ts keeps what they share by it).
const cache = cacheDir ? { dir: cacheDir, lookup: false } : undefined;
for (const job of order) {
  const before = process.cpuUsage();
  await buildPrint(model, out, {
    fonts,
    templates,
    jobs: [job.id],
    ...(cache ? { cache, tree } : {}),
  });
  const kind = kindOf.get(job.id) ?? job.id;
  const k = byKind.get(kind) ?? { jobs: 0, cpu: 0 };
  k.jobs++;
  k.cpu += seconds(process.cpuUsage(before));
  byKind.set(kind, k);
}
const all = seconds(process.cpuUsage(start));
if (cacheDir) rmSync(cacheDir, { recursive: true, force: true });
for (const [kind, k] of [...byKind].sort((a, b) => b[1].cpu - a[1].cpu))
  console.log(
    `${kind.padEnd(12)} ${String(k.jobs).padStart(4)} jobs ${k.cpu.toFixed(2).padStart(7)} s  ${((1000 * k.cpu) / k.jobs).toFixed(0).padStart(5)} ms a job`,
  );
console.log(`all          ${all.toFixed(2)} s CPU${noCache ? ' (no cache)' : ' (cold cache)'}`);
