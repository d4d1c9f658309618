/**
 * Helpers for the build robustness tests: temporary copies of the example,
 * running the CLI in-process, hashing every file of an output directory, and
 * describing exactly where two builds differ.
 */
import { CACHE_FOLDER } from '../../src/print/cache/store.ts';
import { createHash } from 'node:crypto';
import { cp, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { main } from '../../src/cli/main.ts';
import { REPO_ROOT } from './harness.ts';

/** A fresh temporary directory holding a copy of the example content as `content/`. */
export async function copyExample(prefix: string): Promise<{ root: string; content: string }> {
  const root = await mkdtemp(path.join(os.tmpdir(), `guifan-${prefix}-`));
  const content = path.join(root, 'content');
  await cp(path.join(REPO_ROOT, 'content'), content, { recursive: true });
  return { root, content };
}

export async function editFile(file: string, edit: (text: string) => string): Promise<void> {
  const before = await readFile(file, 'utf8');
  const after = edit(before);
  if (after === before) throw new Error(`edit did not change ${file}`);
  await writeFile(file, after);
}

/** Runs `guifan ARGS` in this process; returns the exit status and everything printed. */
export async function guifan(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(args, { out: (s) => void (out += `${s}\n`), err: (s) => void (err += `${s}\n`) });
  return { code, out, err };
}

/** Every file under dir (relative, '/'-separated) with its SHA-256; directories are listed with a trailing '/'. */
export async function hashTree(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const walk = async (rel: string): Promise<void> => {
    const entries = await readdir(path.join(dir, rel), { withFileTypes: true });
    for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) {
        out.set(`${r}/`, 'dir');
        await walk(r);
      } else
        out.set(
          r,
          createHash('sha256')
            .update(await readFile(path.join(dir, r)))
            .digest('hex'),
        );
    }
  };
  await walk('');
  return out;
}

/** Files added, removed or changed between two hash maps. */
export function treeChanges(before: ReadonlyMap<string, string>, after: ReadonlyMap<string, string>): string[] {
  const changes: string[] = [];
  for (const [f, h] of before) {
    if (!after.has(f)) changes.push(`removed ${f}`);
    else if (after.get(f) !== h) changes.push(`changed ${f}`);
  }
  for (const f of after.keys()) if (!before.has(f)) changes.push(`added ${f}`);
  return changes;
}

const printable = (b: Buffer) => JSON.stringify(b.toString('latin1')).slice(1, -1);

/** Where two versions of a file first differ, with the bytes around it, for a report a renderer's owner can act on. */
export async function firstDifference(a: string, b: string): Promise<string> {
  const [x, y] = [await readFile(a), await readFile(b)];
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  const count = (() => {
    let n = 0;
    for (let k = 0; k < Math.min(x.length, y.length); k++) if (x[k] !== y[k]) n++;
    return n;
  })();
  return (
    `sizes ${x.length} / ${y.length}, ${count} differing bytes, first at offset ${i}:\n` +
    `      first:  …${printable(x.subarray(Math.max(0, i - 60), i + 60))}…\n` +
    `      second: …${printable(y.subarray(Math.max(0, i - 60), i + 60))}…`
  );
}

/** Leftovers of an interrupted atomic swap next to the output directory. */
export async function stagingLeftovers(outDir: string): Promise<string[]> {
  // The PDF cache beside the out folder is kept on purpose (and holds only whole entries: test/pdf-cache.test.ts).
  return (await readdir(path.dirname(path.resolve(outDir)))).filter(
    (n) => n.startsWith('.guifan-') && n !== CACHE_FOLDER,
  );
}
