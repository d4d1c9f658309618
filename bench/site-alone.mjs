#!/usr/bin/env node
/**
 * The site half of `guifan build`, alone, as the command runs it: src/cli/site-child.mjs in a
 * process of its own, handed the model as JSON, building into a fresh folder. Prints the wall
 * time and the CPU time (user + sys) of the site process and its children (Pagefind).
 *
 *   node bench/site-alone.mjs [--content DIR] [--out DIR] [--runs N]
 *
 * The model file is made first (load + versions, as `guifan build` does for an output folder
 * without a previous build) by a separate process, so it is not counted.
 */
import { execFileSync, fork } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const contentDir = path.resolve(opt('--content', path.join(ROOT, 'content')));
const outDir = path.resolve(opt('--out', path.join(os.tmpdir(), 'guifan-site-alone')));
const runs = Number(opt('--runs', '1'));
const marks = process.env.SITE_MARKS ? [] : undefined;
if (marks) process.on('exit', () => fs.writeFileSync(process.env.SITE_MARKS, JSON.stringify(marks)));
const modelFile = path.join(os.tmpdir(), `guifan-site-alone-${process.pid}.json`);
// Also when a run fails: a failed site build left the model file (and GNU time's) in the temp folder.
process.on('exit', () => {
  fs.rmSync(modelFile, { force: true });
  fs.rmSync(`${modelFile}.time`, { force: true });
});

execFileSync(
  process.execPath,
  [
    '--import',
    'tsx',
    '--input-type=module',
    '-e',
    `
  import { writeFileSync } from 'node:fs';
  import { loadModel } from ${JSON.stringify(path.join(ROOT, 'src/model/index.ts'))};
  import { versionStep } from ${JSON.stringify(path.join(ROOT, 'src/cli/versions.ts'))};
  const { model } = await loadModel(${JSON.stringify(contentDir)});
  const step = await versionStep(model, { contentDir: ${JSON.stringify(contentDir)}, outDir: ${JSON.stringify(`${outDir}.none`)}, drafts: false });
  writeFileSync(${JSON.stringify(modelFile)}, JSON.stringify(step.model));
`,
  ],
  { cwd: ROOT, stdio: 'inherit' },
);

/** Wall and CPU time (GNU time: user + sys of the site process and the children it waited for, i.e. Pagefind). */
function runOnce() {
  fs.rmSync(outDir, { recursive: true, force: true });
  const timeFile = `${modelFile}.time`;
  return new Promise((resolve, reject) => {
    const start = performance.now();
    // GNU time between this process and the site's: the IPC channel passes through it.
    const child = fork(path.join(ROOT, 'src/cli/site-child.mjs'), [], {
      execPath: '/usr/bin/time',
      execArgv: [
        '-o',
        timeFile,
        '-f',
        '%U %S %M',
        process.execPath,
        ...(process.env.SITE_NODE_FLAGS ? process.env.SITE_NODE_FLAGS.split(' ') : []),
        ...(process.env.SITE_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.SITE_PROF}`] : []),
      ],
      stdio: ['ignore', marks ? 'pipe' : 'inherit', marks ? 'pipe' : 'inherit', 'ipc'],
    });
    // SITE_MARKS=file: Astro's log lines with the time each arrived (the monotonic clock a CPU profile uses).
    for (const stream of marks ? [child.stdout, child.stderr] : []) {
      stream.on('data', (chunk) => {
        const now = Number(process.hrtime.bigint() / 1000n);
        for (const line of String(chunk).split('\n')) {
          if (!line.trim() || /├─|└─/.test(line)) continue;
          marks.push([now, line]);
          process.stdout.write(`[${((performance.now() - start) / 1000).toFixed(2).padStart(6)} s] ${line}\n`);
        }
      });
    }
    let answer;
    child.on('message', (m) => (answer = m));
    child.on('exit', () => {
      const wallS = (performance.now() - start) / 1000;
      if (answer?.type !== 'done') return reject(new Error(JSON.stringify(answer)));
      const [user, sys, maxKb] = fs.readFileSync(timeFile, 'utf8').trim().split(/\s+/).map(Number);
      fs.rmSync(timeFile, { force: true });
      resolve({ wallS, cpuS: user + sys, rssMb: maxKb / 1024 });
    });
    child.send({ contentDir, outDir, modelFile, logLevel: process.env.SITE_LOG ?? 'warn' });
  });
}

for (let i = 0; i < runs; i++) {
  const load = os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');
  const { wallS, cpuS, rssMb } = await runOnce();
  console.log(
    `run ${i + 1}: wall ${wallS.toFixed(2)} s, cpu ${cpuS.toFixed(2)} s, peak rss ${rssMb.toFixed(0)} MB (load at start ${load})`,
  );
}
