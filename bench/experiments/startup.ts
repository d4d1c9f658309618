/**
 * Experiment: what a `guifan pdf --only poster:UNIT` process spends before it draws anything.
 * Imports each module in a fresh Node process (through tsx, as the CLI does from the sources)
 * and reports the CPU time of the import alone; then the whole command, from the sources
 * (GUIFAN_NO_BUNDLE=1) and from the precompiled bundle (src/cli/bundle.mjs, written first if
 * stale); median of 3.
 *
 *   npx tsx bench/experiments/startup.ts
 */
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { stat } from '../lib/stats.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const MODULES = [
  'yaml',
  'zod',
  'pdf-lib',
  '@pdf-lib/fontkit',
  'elkjs/lib/elk.bundled.js',
  'linebreak',
  'qrcode',
  './src/model/index.ts',
  './src/print/poster.ts',
  './src/print/handbook.ts',
  './src/print/index.ts',
  './src/cli/main.ts',
];

const probe = (spec: string): string =>
  `const c0=process.cpuUsage();const t0=performance.now();await import(${JSON.stringify(spec.startsWith('.') ? path.join(ROOT, spec) : spec)});` +
  `const c=process.cpuUsage(c0);console.log(JSON.stringify({cpu:(c.user+c.system)/1000,wall:performance.now()-t0}))`;

console.log('| module | import CPU (median of 3) | wall |');
console.log('| --- | --- | --- |');
for (const m of MODULES) {
  const cpu: number[] = [];
  const wall: number[] = [];
  for (let i = 0; i < 3; i++) {
    const res = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', probe(m)], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    const line = res.stdout.trim().split('\n').pop() ?? '';
    const r = JSON.parse(line) as { cpu: number; wall: number };
    cpu.push(r.cpu);
    wall.push(r.wall);
  }
  console.log(`| ${m} | ${stat(cpu).median.toFixed(0)} ms | ${stat(wall).median.toFixed(0)} ms |`);
}

// The whole command as a process: CPU time (user + sys) from the OS, sources against bundle.
const { bundleIsFresh, readManifest, writeBundle } = (await import('../../src/cli/bundle.mjs')) as {
  bundleIsFresh: (m: unknown) => boolean;
  readManifest: () => unknown;
  writeBundle: (o: { quiet?: boolean }) => Promise<unknown>;
};
const manifest = readManifest();
if (!manifest || !bundleIsFresh(manifest)) await writeBundle({ quiet: true });
const cpuOf = (args: string[], env: Record<string, string>): { cpu: number; wall: number } => {
  const t0 = performance.now();
  const res = spawnSync('/usr/bin/time', ['-f', '%U %S', process.execPath, 'src/cli/bin.mjs', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
  const wall = performance.now() - t0;
  const [user, sys] = (res.stderr.trim().split('\n').pop() ?? '0 0').split(' ').map(Number);
  return { cpu: ((user ?? 0) + (sys ?? 0)) * 1000, wall };
};
const out = path.join(os.tmpdir(), 'guifan-startup-experiment');
console.log('');
console.log('| command | sources (tsx): CPU | wall | bundle: CPU | wall |');
console.log('| --- | --- | --- | --- | --- |');
for (const args of [['--help'], ['check'], ['pdf', '--only', 'poster:power-city-hall', '--out', out]]) {
  const rows: Record<string, { cpu: number[]; wall: number[] }> = {
    src: { cpu: [], wall: [] },
    bundle: { cpu: [], wall: [] },
  };
  cpuOf(args, {}); // writes the code cache on a first run
  for (let i = 0; i < 3; i++) {
    for (const [k, env] of [
      ['src', { GUIFAN_NO_BUNDLE: '1' }],
      ['bundle', {}],
    ] as const) {
      const r = cpuOf(args, env);
      rows[k]!.cpu.push(r.cpu);
      rows[k]!.wall.push(r.wall);
    }
  }
  const f = (xs: number[]) => `${stat(xs).median.toFixed(0)} ms`;
  console.log(
    `| guifan ${args.slice(0, 3).join(' ')} | ${f(rows.src!.cpu)} | ${f(rows.src!.wall)} | ${f(rows.bundle!.cpu)} | ${f(rows.bundle!.wall)} |`,
  );
}
