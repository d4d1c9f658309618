/**
 * Experiment: what a `guifan pdf --only poster:UNIT` process spends before it draws anything.
 * Imports each module in a fresh Node process (through tsx, as the CLI does) and reports the
 * CPU time of the import alone; median of 3.
 *
 *   npx tsx bench/experiments/startup.ts
 */
import { spawnSync } from 'node:child_process';
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
    const res = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', probe(m)], { cwd: ROOT, encoding: 'utf8' });
    const line = res.stdout.trim().split('\n').pop() ?? '';
    const r = JSON.parse(line) as { cpu: number; wall: number };
    cpu.push(r.cpu);
    wall.push(r.wall);
  }
  console.log(`| ${m} | ${stat(cpu).median.toFixed(0)} ms | ${stat(wall).median.toFixed(0)} ms |`);
}
