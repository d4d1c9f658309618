/**
 * One build per (organisation, output) per test run, shared by every test file that reads it
 * (shared-build.ts builds it, once, in this run's folder that the global setup made, so a
 * build made from older sources or content is never reused).
 *
 * The outputs are read-only for the tests: a test that edits content or output keeps a build
 * of its own.
 */
import { inject } from 'vitest';
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

function runDirOf(): string {
  const runDir = inject('builtRunDir');
  if (!runDir)
    throw new Error('the shared builds need the global setup of vitest.config.ts (test/support/global-setup.ts)');
  return runDir;
}
