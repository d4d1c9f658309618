/**
 * Experiment: the PDF engine's speed on one output, with a fresh font cache per run (what one
 * `guifan pdf --only` call does after loading the model), and the output's digest so that a
 * speed change can be checked for byte-identical (or at least deterministic) output.
 *
 *   npx tsx bench/experiments/print-speed.ts [ONLY] [--content DIR] [--runs N] [--shared-fonts] [--profile OUT.cpuprofile]
 *   npx tsx bench/experiments/print-speed.ts poster:power-city-hall --runs 9
 *   npx tsx bench/experiments/print-speed.ts handbook:<role> --content /tmp/print-org-100 --runs 1
 *
 * Prints wall and CPU (median, min) per run, pages, pages per CPU second, bytes and sha256.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { PDFDocument } from 'pdf-lib';
import { loadModelOrThrow } from '../../src/model/index.ts';
import { FontCache } from '../../src/print/fonts.ts';
import { buildPrint } from '../../src/print/index.ts';
import { stat } from '../lib/stats.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    content: { type: 'string', default: 'content' },
    runs: { type: 'string', default: '7' },
    'shared-fonts': { type: 'boolean', default: false },
    'no-warmup': { type: 'boolean', default: false },
    // A V8 CPU profile of the measured runs only (not start-up): read it with bench/profile-summary.ts.
    profile: { type: 'string' },
  },
});
const only = positionals[0] ?? 'poster:power-city-hall';
const runs = Number(values.runs);
const out = mkdtempSync(path.join(tmpdir(), 'print-speed-'));
const model = await loadModelOrThrow(values.content);
const shared = new FontCache();
const fonts = (): FontCache => (values['shared-fonts'] ? shared : new FontCache());
if (!values['no-warmup']) await buildPrint(model, out, { only, fonts: fonts() }); // JIT and module initialisation
const wall: number[] = [];
const cpu: number[] = [];
let files: string[] = [];
const session = values.profile !== undefined ? new Session() : undefined;
if (session) {
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 250 });
  await session.post('Profiler.start');
}
for (let i = 0; i < runs; i++) {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  files = (await buildPrint(model, out, { only, fonts: fonts() })).files;
  wall.push(performance.now() - t0);
  const c = process.cpuUsage(c0);
  cpu.push((c.user + c.system) / 1000);
}
if (session) {
  const { profile } = await session.post('Profiler.stop');
  writeFileSync(values.profile!, JSON.stringify(profile));
  session.disconnect();
}
const w = stat(wall);
const c = stat(cpu);
let pages = 0;
let bytes = 0;
const digest = createHash('sha256');
for (const file of files) {
  const buf = readFileSync(file);
  bytes += buf.length;
  digest.update(buf);
  pages += (await PDFDocument.load(buf, { updateMetadata: false })).getPageCount();
}
rmSync(out, { recursive: true, force: true });
console.log(
  `${only}: wall median ${w.median.toFixed(0)} ms (min ${w.min.toFixed(0)}), CPU median ${c.median.toFixed(0)} ms (min ${c.min.toFixed(0)}); ` +
    `${pages} pages, ${(pages / (c.median / 1000)).toFixed(0)} pages/s CPU; ${bytes} bytes, sha256 ${digest.digest('hex').slice(0, 16)}`,
);
