/**
 * Run by shared-build.ts in a process of its own: builds one organisation's site (buildSite) or
 * print set (buildPrint) into the folder named, and writes what the build returned as JSON
 * to stdout's last line. A child process, so the build's environment (GUIFAN_BASE …) and
 * Astro's module state never leak into the test file that happened to ask first.
 */
import { loadModelOrThrow } from '../../src/model/index.ts';
import { buildPrint } from '../../src/print/index.ts';
import { buildSite } from '../../src/site/build.ts';

const [kind, contentDir, outDir] = process.argv.slice(2);
if (!kind || !contentDir || !outDir) throw new Error('usage: build-child.ts site|print CONTENT OUT');
const model = await loadModelOrThrow(contentDir);
if (kind === 'site') {
  await buildSite({ contentDir, outDir, model });
  process.stdout.write(`\n${JSON.stringify({})}\n`);
} else if (kind === 'print') {
  const { files, notes } = await buildPrint(model, outDir);
  process.stdout.write(`\n${JSON.stringify({ files, notes })}\n`);
} else throw new Error(`unknown build kind: ${kind}`);
