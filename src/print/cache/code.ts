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

const memo = new Map<CodeScope, string>();

/** 'print': what can shape a PDF (not src/site), for the PDF cache; 'all': every source, for shards that must make one site. */
export type CodeScope = 'print' | 'all';

function addTree(
  hash: ReturnType<typeof import('node:crypto').createHash>,
  root: string,
  dir: string,
  skip: ReadonlySet<string>,
): void {
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

export async function codeVersion(scope: CodeScope = 'print'): Promise<string> {
  const known = memo.get(scope);
  if (known !== undefined) return known;
  const { createHash } = await import('node:crypto');
  const root = dirname(defaultTemplatesDir());
  const hash = createHash('sha256');
  addTree(hash, root, 'src', new Set(scope === 'print' ? ['src/site'] : []));
  if (scope === 'all') for (const dir of ['templates', 'public']) addTree(hash, root, dir, new Set());
  if (scope === 'all') hash.update('astro.config.mjs\u0000').update(readFileSync(join(root, 'astro.config.mjs')));
  for (const file of ['package.json', 'package-lock.json']) {
    try {
      hash.update(`${file}\u0000`).update(readFileSync(join(root, file)));
    } catch {
      hash.update(`${file}\u0000missing`);
    }
  }
  addTree(hash, root, 'patches', new Set());
  // The bundle the command runs from is made from these sources; its own bytes add nothing.
  const version = sha256(`${hash.digest('hex')}:${process.version}`);
  memo.set(scope, version);
  return version;
}
