/**
 * Run by shared-build.ts in a process of its own: builds one organisation's site (buildSite),
 * print set (buildPrint) or everything (`guifan build`) into the folder named, and writes what the build returned as JSON
 * to stdout's last line. A child process, so the build's environment (GUIFAN_BASE …) and
 * Astro's module state never leak into the test file that happened to ask first.
 *
 * `sites C1 O1 C2 O2 …` builds several organisations' sites one after another in this one process,
 * a line `{"out": O}` (or `{"out": O, "error": …}`) after each: the fixture organisations' sites,
 * which the same six files read. Node, tsx, Astro and Vite start once instead of once a site: the
 * seven took 183 s of CPU in a process each, 83 s one after another in one process, and wrote the
 * same files, byte for byte (2026-12-07, machine loaded 11–18 on 2 cores).
 */
import { main } from '../../src/cli/main.ts';
import { loadModelOrThrow } from '../../src/model/index.ts';
import { buildPrint } from '../../src/print/index.ts';
import { buildSite } from '../../src/site/build.ts';
import { printFixtureModel } from './print-fixture-model.ts';

const [kind, contentDir, outDir] = process.argv.slice(2);
if (!kind || !contentDir || !outDir)
  throw new Error('usage: build-child.ts site|print|full|fixture-print CONTENT OUT, or sites C1 O1 C2 O2 …');
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
} else if (kind === 'sites') {
  const pairs = process.argv.slice(3);
  for (let i = 0; i + 1 < pairs.length; i += 2) {
    const [content, out] = [pairs[i]!, pairs[i + 1]!];
    try {
      await buildSite({ contentDir: content, outDir: out, model: await loadModelOrThrow(content) });
      process.stdout.write(`\n${JSON.stringify({ out })}\n`);
    } catch (e) {
      process.stdout.write(`\n${JSON.stringify({ out, error: e instanceof Error ? e.stack : String(e) })}\n`);
    }
  }
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
