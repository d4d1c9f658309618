/**
 * The load phase's CPU (what `guifan build` spends in loadModel, src/cli/build-model.ts), step by
 * step as src/model/index.ts runs them, with process.cpuUsage: the machine is shared, so CPU,
 * not wall, is what to compare. `--runs N` loads N times and prints the median; `--json FILE`
 * writes the model as `guifan build` writes model.json (src/cli/build.ts writeModelJson) and
 * `--diags FILE` the diagnostics, to compare before and after a change byte for byte. `--versions
 * OUT` also times the version step a rebuild runs next (src/cli/versions.ts: the model compared
 * with OUT/model.json, written there first by a first build's step when missing). Run it under
 * `node --cpu-prof --import tsx` for a profile (bench/profile-summary.ts summarises it). A build
 * loads once in a fresh process: compare fresh processes (`--runs 1`, the default), not runs.
 *
 *   npx tsx bench/load-cpu.ts CONTENT [--runs 3] [--json FILE] [--diags FILE] [--versions OUT]
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { assemble } from '../src/model/assemble.ts';
import { revisionRecordWarnings } from '../src/model/changes/version-check.ts';
import { Diagnostics, sortDiagnostics, type Diagnostic } from '../src/model/diagnostics.ts';
import { loadContent } from '../src/model/load.ts';
import { resolveUnits } from '../src/model/resolve.ts';
import { checkLiteralParams } from '../src/model/resolve/literal-params.ts';
import { applyDocumentStatus } from '../src/model/status.ts';
import type { Model } from '../src/model/types.ts';
import { loadModel } from '../src/model/index.ts';
import { versionStep } from '../src/cli/versions.ts';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const content = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--')) ?? 'content';
const runs = Number(option('--runs') ?? 1);

const cpu = (u: NodeJS.CpuUsage): number => (u.user + u.system) / 1e6;

/** One load as loadModel does it, each step timed (CPU and wall, seconds). */
async function timedLoad(): Promise<Map<string, { cpu: number; wall: number }>> {
  const steps = new Map<string, { cpu: number; wall: number }>();
  const time = async <T>(name: string, f: () => T | Promise<T>): Promise<T> => {
    const c = process.cpuUsage();
    const w = performance.now();
    const out = await f();
    steps.set(name, { cpu: cpu(process.cpuUsage(c)), wall: (performance.now() - w) / 1000 });
    return out;
  };
  const c0 = process.cpuUsage();
  const w0 = performance.now();
  const dir = path.resolve(content);
  const diags = new Diagnostics();
  const loaded = await time('read + parse + schema (loadContent)', () => loadContent(dir, diags));
  const assembled = await time('assemble', () => assemble(loaded, diags));
  const units = await time('resolve units', () => resolveUnits(assembled, diags));
  await time('literal params', () => checkLiteralParams(assembled, units, diags));
  await time('revision records + sort', () =>
    sortDiagnostics([...diags.items, ...revisionRecordWarnings({ documents: assembled.documents })]),
  );
  if (assembled.organisation) {
    const model = {
      contentDir: dir,
      organisation: assembled.organisation,
      roles: assembled.roles,
      documents: assembled.documents,
      etiquette: assembled.etiquette,
      commitmentSets: assembled.commitmentSets,
      processes: assembled.processes,
      assessments: assembled.assessments,
      services: assembled.services,
      quizzes: assembled.quizzes,
      units,
      pages: assembled.pages,
      index: assembled.ids.entries,
      keywords: assembled.keywords,
      synonyms: assembled.synonyms,
    } as Model;
    await time('document status', () => applyDocumentStatus(model));
  }
  steps.set('total', { cpu: cpu(process.cpuUsage(c0)), wall: (performance.now() - w0) / 1000 });
  return steps;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const all: Map<string, { cpu: number; wall: number }>[] = [];
for (let i = 0; i < runs; i++) {
  all.push(await timedLoad());
  const t = all.at(-1)!.get('total')!;
  console.error(`run ${i + 1}: ${t.cpu.toFixed(2)} s CPU, ${t.wall.toFixed(2)} s wall`);
}
console.log(`${content}: median of ${runs}`);
for (const name of all[0]!.keys()) {
  const c = median(all.map((s) => s.get(name)!.cpu));
  const w = median(all.map((s) => s.get(name)!.wall));
  console.log(`  ${c.toFixed(2).padStart(7)} s CPU  ${w.toFixed(2).padStart(7)} s wall  ${name}`);
}

/** The model as `guifan build` writes it to model.json (src/cli/build.ts writeModelJson). */
function modelJson(m: Model): string {
  const { contentDir: _dir, pages, ...rest } = m;
  return `${JSON.stringify({ ...rest, pages: pages.map(({ file: _f, ...p }) => p) }, null, 1)}\n`;
}

const versionsOut = option('--versions');
if (versionsOut) {
  const { model } = await loadModel(content);
  if (!model) throw new Error(`${content} has errors`);
  const options = { contentDir: content, outDir: versionsOut };
  if (!existsSync(path.join(versionsOut, 'model.json'))) {
    mkdirSync(versionsOut, { recursive: true });
    writeFileSync(path.join(versionsOut, 'model.json'), modelJson((await versionStep(model, options)).model));
  }
  const c = process.cpuUsage();
  const w = performance.now();
  await versionStep(model, options);
  const s = ((performance.now() - w) / 1000).toFixed(2);
  console.log(
    `  ${cpu(process.cpuUsage(c)).toFixed(2).padStart(7)} s CPU  ${s.padStart(7)} s wall  version step (rebuild)`,
  );
}

const jsonOut = option('--json');
const diagsOut = option('--diags');
if (jsonOut || diagsOut) {
  // The model and diagnostics as loadModel gives them, not as the steps above rebuilt them.
  const { model, partial, diagnostics } = await loadModel(content);
  if (jsonOut) {
    const m = model ?? partial;
    writeFileSync(jsonOut, m ? modelJson(m) : 'no model\n');
  }
  if (diagsOut) writeFileSync(diagsOut, `${JSON.stringify(diagnostics satisfies Diagnostic[], null, 1)}\n`);
}
