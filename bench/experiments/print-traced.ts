/**
 * Print CPU with and without the PDF cache's read trace, in one thread: every job built against
 * the traced model (as a build with an empty cache does) or against the model itself.
 *
 *   npx tsx bench/experiments/print-traced.ts CONTENT OUT [traced|plain] [kind…]
 */
import { rmSync } from 'node:fs';
import { loadModelOrThrow } from '../../src/model/index.ts';
import { FontCache } from '../../src/print/fonts.ts';
import {
  buildPrint,
  defaultTemplatesDir,
  loadTemplates,
  planPrintJobs,
  plannedPrintFiles,
} from '../../src/print/index.ts';
import { codeVersion } from '../../src/print/cache/code.ts';

const [content = 'content', out = '/tmp/guifan-print-traced', mode = 'traced', ...kinds] = process.argv.slice(2);
const model = await loadModelOrThrow(content);
const templates = loadTemplates(defaultTemplatesDir());
const fonts = new FontCache();
const kindOf = new Map(plannedPrintFiles(model, { templates }).map((p) => [p.file, p.kind]));
const jobs = planPrintJobs(model, { templates }).filter(
  (j) => kinds.length === 0 || kinds.includes(kindOf.get(j.id) ?? ''),
);
rmSync(out, { recursive: true, force: true });
const cache = mode === 'traced' ? { dir: `${out}-cache`, codeVersion: await codeVersion() } : undefined;
const start = process.cpuUsage();
await buildPrint(model, out, { fonts, templates, jobs: jobs.map((j) => j.id), ...(cache ? { cache } : {}) });
const cpu = process.cpuUsage(start);
console.log(
  `${mode} ${jobs.length} jobs ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s CPU, heap ${(process.memoryUsage().heapUsed / 1e6).toFixed(0)} MB`,
);
