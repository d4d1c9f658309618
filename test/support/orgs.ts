// The organisations tests read as a staff member would meet them: the example and every
// organisation under test/fixtures/orgs (its `expected` folder holds outputs, not content).
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from './run-dirs.ts';

const FIXTURES = 'test/fixtures/orgs';

export const EXAMPLE_AND_FIXTURE_ORGS: readonly string[] = [
  'content',
  // Read from the repository, whatever the working folder (the global setup imports this, through shared-build.ts).
  ...readdirSync(path.join(REPO_ROOT, FIXTURES), { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name !== 'expected')
    .map((d) => path.join(FIXTURES, d.name)),
];
