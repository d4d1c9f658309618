/**
 * guifan's own version for the PDF cache: a hash of its source (everything under src/ that can
 * shape a PDF, so not the site), package.json, the lock file (the
 * versions of pdf-lib, fontkit, elkjs …) and patches/. Any change to the code that makes PDFs
 * makes every key new, so an old PDF is never reused by a changed renderer.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { defaultTemplatesDir } from '../templates.ts';
import { sha256 } from './store.ts';

let memo: string | undefined;

function addTree(hash: ReturnType<typeof import('node:crypto').createHash>, root: string, dir: string, skip: ReadonlySet<string>): void {
  let names: string[];
  try {
    names = readdirSync(join(root, dir)).sort();
  } catch {
    return;
  }
  for (const name of names) {
    const rel = dir ? `${dir}/${name}` : name;
    if (skip.has(rel)) continue;
    const abs = join(root, rel);
    let bytes: Buffer;
    try {
      bytes = readFileSync(abs);
    } catch {
      // A folder (EISDIR): walk it.
      addTree(hash, root, rel, skip);
      continue;
    }
    hash.update(`${rel}\u0000${bytes.length}\u0000`).update(bytes);
  }
}

export async function codeVersion(): Promise<string> {
  if (memo !== undefined) return memo;
  const { createHash } = await import('node:crypto');
  const root = dirname(defaultTemplatesDir());
  const hash = createHash('sha256');
  addTree(hash, root, 'src', new Set(['src/site']));
  for (const file of ['package.json', 'package-lock.json']) {
    try {
      hash.update(`${file}\u0000`).update(readFileSync(join(root, file)));
    } catch {
      hash.update(`${file}\u0000missing`);
    }
  }
  addTree(hash, root, 'patches', new Set());
  // The bundle the command runs from is made from these sources; its own bytes add nothing.
  memo = sha256(`${hash.digest('hex')}:${process.version}`);
  return memo;
}
