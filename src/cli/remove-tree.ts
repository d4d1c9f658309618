/**
 * Removes a folder and everything in it, many files at once. A build's run folder holds the
 * previous output once it is swapped out (at 100× 11,800 files in 7,900 folders), and Node's
 * `fs.rmSync` takes them one by one with a stat before each: 7.0 s there, this 1.3 s (`rm -rf`
 * 1.0 s), on the same machine. Links are removed, never followed.
 */
import fs from 'node:fs';
import { readdir, rmdir, unlink } from 'node:fs/promises';
import path from 'node:path';

const gone = (e: unknown): boolean => (e as NodeJS.ErrnoException).code === 'ENOENT';

async function removeIn(dir: string): Promise<void> {
  let entries: fs.Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (e) {
    if (gone(e)) return;
    throw e;
  }
  await Promise.all(
    entries.map((entry) => {
      const p = path.join(dir, entry.name);
      return entry.isDirectory()
        ? removeIn(p)
        : unlink(p).catch((e: unknown) => {
            if (!gone(e)) throw e;
          });
    }),
  );
  await rmdir(dir).catch((e: unknown) => {
    if (!gone(e)) throw e;
  });
}

/** Removes `dir` (nothing when it is not there); any other failure is Node's `rmSync`'s, with its error. */
export async function removeTree(dir: string): Promise<void> {
  try {
    await removeIn(dir);
  } catch {
    // What could not be removed in parallel (a folder that changed meanwhile, no permission):
    // removed the usual way, which throws what stops it.
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
