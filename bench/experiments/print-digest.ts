/**
 * Builds every PDF of a content directory and prints one sha256 per file, so that an engine
 * change can be checked for byte-identical output against another commit:
 *
 *   npx tsx bench/experiments/print-digest.ts [CONTENT_DIR] [OUT_DIR] > after.txt && diff before.txt after.txt
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadModelOrThrow } from '../../src/model/index.ts';
import { buildPrint } from '../../src/print/index.ts';

const [contentDir = 'content', outDir = '/tmp/print-digest', only] = process.argv.slice(2);
const model = await loadModelOrThrow(contentDir);
const c0 = process.cpuUsage();
const { files } = await buildPrint(model, outDir, only !== undefined ? { only } : {});
const c = process.cpuUsage(c0);
for (const file of files.sort())
  console.log(`${createHash('sha256').update(readFileSync(file)).digest('hex')}  ${path.basename(file)}`);
console.error(`${files.length} files, ${((c.user + c.system) / 1e6).toFixed(2)} s CPU`);
