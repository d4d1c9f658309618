/**
 * `mkdir -p` that always ends. Node's own recursive mkdir retries for ever when the kernel keeps
 * answering ENOENT (any path under /proc, for example: `guifan build --out /proc/x` hung), so
 * folders the user names are made one level at a time, and any error is reported.
 */
import fs from 'node:fs';
import path from 'node:path';

export function makeFolder(dir: string, mode?: number): void {
  const missing: string[] = [];
  for (let current = path.resolve(dir); ; ) {
    // statSync throws for a path below a file (ENOTDIR): reported by the caller like any other error.
    if (fs.statSync(current, { throwIfNoEntry: false })) break;
    missing.unshift(current);
    const up = path.dirname(current);
    if (up === current) break;
    current = up;
  }
  for (const folder of missing) {
    try {
      fs.mkdirSync(folder, mode);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
  }
}
