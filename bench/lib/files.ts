/** Size and file count of a directory tree. */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

export interface TreeSize {
  bytes: number;
  files: number;
}

export function treeSize(dir: string): TreeSize {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    bytes += statSync(path.join(entry.parentPath, entry.name)).size;
    files++;
  }
  return { bytes, files };
}
