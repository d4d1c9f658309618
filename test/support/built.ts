/**
 * One build per (organisation, output) per test run, shared by every test file that reads it
 * (shared-build.ts builds it, once, in this run's folder that the global setup made, so a
 * build made from older sources or content is never reused).
 *
 * The outputs are read-only for the tests: a test that edits content or output keeps a build
 * of its own.
 */
import { inject } from 'vitest';
import { sharedBuild, type BuiltOrganisation, type BuiltOutput } from './shared-build.ts';

/**
 * The built output of the organisation in contentDir, built once per test run. Several test
 * files (in several workers) may ask at once; one builds, the others wait.
 */
export async function builtOrganisation(contentDir: string, output: BuiltOutput = 'site'): Promise<BuiltOrganisation> {
  const runDir = inject('builtRunDir');
  if (!runDir)
    throw new Error('builtOrganisation needs the global setup of vitest.config.ts (test/support/global-setup.ts)');
  return sharedBuild(runDir, contentDir, output);
}
