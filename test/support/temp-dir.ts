/**
 * Folders under the OS temp dir (guifan-NAME-XXXXXX) for a test or a file's tests, each removed when
 * what asked for it is done, passed or failed: a test run leaves nothing behind in /tmp (folders
 * made and never removed had piled up to 443, 360 MB, after eleven runs). GUIFAN_KEEP_TEST_TMP=1
 * keeps them for a person to look at and prints where they are.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, onTestFinished } from 'vitest';

function remove(dir: string | undefined): void {
  if (!dir) return;
  if (process.env.GUIFAN_KEEP_TEST_TMP) console.log(`kept ${dir} (GUIFAN_KEEP_TEST_TMP)`);
  else rmSync(dir, { recursive: true, force: true });
}

/** A new folder for the test that calls it (inside `it`), removed when that test finishes. */
export function testTempDir(name: string): string {
  let dir: string | undefined;
  // Registered first: outside a test it throws before anything is made.
  onTestFinished(() => remove(dir));
  dir = mkdtempSync(join(tmpdir(), `guifan-${name}-`));
  return dir;
}

/**
 * A folder for the tests of the file, or of the `describe`, whose body calls it: made before their
 * first `beforeAll` runs (call it above them), removed after their last `afterAll`. Call it where
 * tests are declared, not inside a hook (vitest never runs an afterAll a beforeAll registers); a
 * skipped suite makes none.
 */
export function suiteTempDir(name: string): string {
  const dir = join(tmpdir(), `guifan-${name}-${randomBytes(6).toString('base64url').slice(0, 6)}`);
  let made = false;
  beforeAll(() => {
    mkdirSync(dir);
    made = true;
  });
  afterAll(() => remove(made ? dir : undefined));
  return dir;
}
