/**
 * Run by shared-build.ts in a process of its own: builds one organisation's site (buildSite),
 * print set (buildPrint) or everything (`guifan build`) into the folder named, and writes what the build returned as JSON
 * to stdout's last line. A child process, so the build's environment (GUIFAN_BASE …) and
 * Astro's module state never leak into the test file that happened to ask first.
 */
import { main } from '../../src/cli/main.ts';
import { loadModelOrThrow } from '../../src/model/index.ts';
import { buildPrint } from '../../src/print/index.ts';
import { buildSite } from '../../src/site/build.ts';
import { printFixtureModel } from './print-fixture-model.ts';

const [kind, contentDir, outDir] = process.argv.slice(2);
if (!kind || !contentDir || !outDir) throw new Error('usage: build-child.ts site|print|full|fixture-print CONTENT OUT');
if (kind === 'full') {
  // What a user runs: `guifan build` (site, PDFs, their sizes on the pages, the service worker).
  let printed = '';
  // The print notes, as the command prints them (main.ts: one line each, "<file>：…"), for the
  // tests that read the example's print set from this build (shared-build.ts).
  const notes: string[] = [];
  const code = await main(['build', '--content', contentDir, '--out', outDir], {
    out: (s) => {
      printed += `${s}\n`;
      if (/^[^\s/]+\.pdf：/.test(s)) notes.push(s);
    },
    err: (s) => void (printed += `${s}\n`),
  });
  if (code !== 0) throw new Error(`guifan build exited ${code}:\n${printed}`);
  process.stdout.write(`\n${JSON.stringify({ notes })}\n`);
} else if (kind === 'fixture-print') {
  const { files, notes } = await buildPrint(printFixtureModel(), outDir);
  process.stdout.write(`\n${JSON.stringify({ files, notes })}\n`);
} else {
  const model = await loadModelOrThrow(contentDir);
  if (kind === 'site') {
    await buildSite({ contentDir, outDir, model });
    process.stdout.write(`\n${JSON.stringify({})}\n`);
  } else if (kind === 'print') {
    const { files, notes } = await buildPrint(model, outDir);
    process.stdout.write(`\n${JSON.stringify({ files, notes })}\n`);
  } else throw new Error(`unknown build kind: ${kind}`);
}
