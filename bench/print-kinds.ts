/**
 * Print CPU by kind of PDF, in one thread with one font cache (what a print worker does): each
 * job built alone, its user+sys time added to its kind's.
 *
 *   npx tsx bench/print-kinds.ts [CONTENT] [OUT]     (default: content, /tmp/guifan-print-kinds)
 */
import { loadModelOrThrow } from '../src/model/index.ts';
import { FontCache } from '../src/print/fonts.ts';
import {
  buildPrint,
  defaultTemplatesDir,
  loadTemplates,
  planPrintJobs,
  plannedPrintFiles,
} from '../src/print/index.ts';

const [content = 'content', out = '/tmp/guifan-print-kinds'] = process.argv.slice(2);
const model = await loadModelOrThrow(content);
const templates = loadTemplates(defaultTemplatesDir());
const fonts = new FontCache();
const kindOf = new Map(plannedPrintFiles(model, { templates }).map((p) => [p.file, p.kind]));
const byKind = new Map<string, { jobs: number; files: number; cpu: number }>();
const seconds = (u: NodeJS.CpuUsage): number => (u.user + u.system) / 1e6;
const start = process.cpuUsage();
for (const job of planPrintJobs(model, { templates })) {
  const before = process.cpuUsage();
  await buildPrint(model, out, { fonts, templates, jobs: [job.id] });
  const kind = kindOf.get(job.id) ?? job.id;
  const k = byKind.get(kind) ?? { jobs: 0, files: 0, cpu: 0 };
  k.jobs++;
  k.files += job.files.length;
  k.cpu += seconds(process.cpuUsage(before));
  byKind.set(kind, k);
}
for (const [kind, k] of [...byKind].sort((a, b) => b[1].cpu - a[1].cpu))
  console.log(
    `${kind.padEnd(12)} ${String(k.jobs).padStart(4)} jobs ${String(k.files).padStart(4)} files ${k.cpu.toFixed(2).padStart(7)} s  ${((1000 * k.cpu) / k.jobs).toFixed(0).padStart(5)} ms a job`,
  );
console.log(`all          ${seconds(process.cpuUsage(start)).toFixed(2)} s CPU`);
