/**
 * Experiment: the cost of @pdf-lib/fontkit copying each font byte by byte.
 *
 * fontkit.create() runs `Buffer.from(bytes)` through its bundled Buffer polyfill, which copies a
 * Uint8Array element by element (fromArrayLike) but wraps an ArrayBuffer without copying. Noto
 * Sans SC is ~10 MB per weight, so every fresh FontCache pays that copy. This times one poster
 * with a fresh font cache per call, as shipped and with fontkit handed the ArrayBuffer.
 *
 *   npx tsx bench/experiments/font-copy.ts [KIND:UNIT] [--array-buffer]
 */
import fontkit from '@pdf-lib/fontkit';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadModelOrThrow } from '../../src/model/index.ts';
import { buildPrint } from '../../src/print/index.ts';
import { FontCache } from '../../src/print/fonts.ts';
import { stat } from '../lib/stats.ts';

const args = process.argv.slice(2);
const only = args.find((a) => !a.startsWith('--')) ?? 'poster:power-city-hall';
const arrayBuffer = args.includes('--array-buffer');
if (arrayBuffer) {
  const create = fontkit.create.bind(fontkit);
  (fontkit as { create: typeof fontkit.create }).create = ((bytes: Uint8Array, name?: string) =>
    create(
      (bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes.buffer : bytes) as Uint8Array,
      name,
    )) as typeof fontkit.create;
}
const out = mkdtempSync(path.join(tmpdir(), 'font-copy-'));
const model = await loadModelOrThrow('content');
await buildPrint(model, out, { only, fonts: new FontCache() }); // warm-up: JIT and module initialisation
const wall: number[] = [];
const cpu: number[] = [];
for (let i = 0; i < 7; i++) {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  await buildPrint(model, out, { only, fonts: new FontCache() });
  wall.push(performance.now() - t0);
  const c = process.cpuUsage(c0);
  cpu.push((c.user + c.system) / 1000);
}
rmSync(out, { recursive: true, force: true });
const w = stat(wall);
const c = stat(cpu);
console.log(
  `${only} ${arrayBuffer ? 'ArrayBuffer to fontkit' : 'as shipped'}: wall median ${w.median.toFixed(0)} ms (min ${w.min.toFixed(0)}), CPU median ${c.median.toFixed(0)} ms (min ${c.min.toFixed(0)})`,
);
