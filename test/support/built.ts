/**
 * One build per (organisation, output) per test run, shared by every test file that reads it
 * (shared-build.ts builds it, once, in this run's folder that the global setup made, so a
 * build made from older sources or content is never reused).
 *
 * The outputs are read-only for the tests: a test that edits content or output keeps a build
 * of its own.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { inject } from 'vitest';
import { type FontRow, pdffonts, pdftotext } from './pdf.ts';
import { BUILT_OUTSIDE_ROOT } from './run-dirs.ts';
import { PRINT_FIXTURE, sharedBuild, type BuiltOrganisation, type BuiltOutput } from './shared-build.ts';

/**
 * The built output of the organisation in contentDir, built once per test run. Several test
 * files (in several workers) may ask at once; one builds, the others wait.
 */
export async function builtOrganisation(
  contentDir: string,
  output: Exclude<BuiltOutput, 'fixture-print'> = 'site',
): Promise<BuiltOrganisation> {
  return sharedBuild(runDirOf(), contentDir, output);
}

/** The print set of `printFixtureModel()` (buildPrint, every kind), built once per test run. */
export async function builtPrintFixture(): Promise<BuiltOrganisation> {
  return sharedBuild(runDirOf(), PRINT_FIXTURE, 'fixture-print');
}

/**
 * pdftotext of a PDF of this run's shared builds, read once per run: print-text, print-example and
 * print-quiz all read the example's PDFs (85 files: 8 s CPU a pass raw, 8 s layout, 9 s pdffonts at
 * load ~14), and the outputs never change within a run.
 */
export function builtPdfText(file: string, options: { layout?: boolean } = {}): string {
  return readOnce(file, options.layout ? 'layout' : 'raw', () => pdftotext(file, options));
}

/** pdffonts of a PDF of this run's shared builds, read once per run (as builtPdfText). */
export function builtPdfFonts(file: string): FontRow[] {
  return JSON.parse(readOnce(file, 'fonts', () => JSON.stringify(pdffonts(file)))) as FontRow[];
}

/** A reading of a shared build's file, kept in the run's folder: its outputs are read only, its folder new each run. */
function readOnce(file: string, reading: string, read: () => string): string {
  const runDir = runDirOf();
  const roots = [runDir, path.join(BUILT_OUTSIDE_ROOT, path.basename(runDir))];
  if (!roots.some((r) => path.resolve(file).startsWith(`${r}${path.sep}`)))
    throw new Error(`${file} is not a file of this run's shared builds (${runDir}): its reading could not be kept`);
  const at = path.join(runDir, 'reads', `${createHash('sha1').update(`${reading}\0${file}`).digest('hex')}.txt`);
  try {
    return fs.readFileSync(at, 'utf8');
  } catch {
    // Not read yet in this run.
  }
  const value = read();
  fs.mkdirSync(path.dirname(at), { recursive: true });
  // Two files reading at once both write the same text; the rename makes each write whole.
  fs.writeFileSync(`${at}.${process.pid}`, value);
  fs.renameSync(`${at}.${process.pid}`, at);
  return value;
}

function runDirOf(): string {
  const runDir = inject('builtRunDir');
  if (!runDir)
    throw new Error('the shared builds need the global setup of vitest.config.ts (test/support/global-setup.ts)');
  return runDir;
}
