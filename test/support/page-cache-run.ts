/**
 * What the page cache's tests share (src/site/page-cache.ts): a build with the cache and a build of
 * the same step without it (GUIFAN_PAGE_CACHE unset), each from the same last output, compared file
 * by file. The reference starts from the same last output, not an empty folder, because a rebuild
 * adds a revision to the output's model.json (the version step) and a first build does not.
 */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect } from 'vitest';

const run = promisify(execFile);
const bin = path.resolve('src/cli/bin.mjs');

export async function build(
  content: string,
  out: string,
  args: string[],
  env: Record<string, string> = {},
): Promise<string> {
  const { stdout } = await run(process.execPath, [bin, 'build', '--content', content, '--out', out, ...args], {
    env: { ...process.env, GUIFAN_DEBUG: '', GUIFAN_NO_CACHE: '', GUIFAN_PAGE_CACHE: '1', ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
  return stdout;
}

/** Every file under `dir`, path → bytes. */
export function tree(dir: string, rel = ''): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const entry of readdirSync(path.join(dir, rel), { withFileTypes: true })) {
    const r = rel ? `${rel}/${entry.name}` : entry.name;
    if (entry.isDirectory()) for (const [k, v] of tree(dir, r)) files.set(k, v);
    else files.set(r, readFileSync(path.join(dir, r)));
  }
  return files;
}

export function expectSameTree(actual: Map<string, Buffer>, expected: Map<string, Buffer>): void {
  const missing = [...expected.keys()].filter((k) => !actual.has(k));
  const extra = [...actual.keys()].filter((k) => !expected.has(k));
  expect({ missing, extra }).toEqual({ missing: [], extra: [] });
  const differing = [...expected].filter(([k, v]) => !actual.get(k)?.equals(v)).map(([k]) => k);
  expect(differing).toEqual([]);
}

/** The pages the last build into `root/out` rendered (the others it took from the output before). */
export function renderedPages(root: string): { rendered: string[]; pages: number } {
  const record = JSON.parse(readFileSync(path.join(root, '.guifan-cache', 'out', 'site.json'), 'utf8')) as {
    build?: string;
    pages?: Record<string, string>;
  };
  const pages = Object.entries(record.pages ?? {});
  return { rendered: pages.filter(([, by]) => by === record.build).map(([rel]) => rel), pages: pages.length };
}

/**
 * `edit` applied to `root/content`, then the build with the page cache into `root/out` and, from a
 * copy of the output and caches as they were before it, the build without the page cache: the
 * two outputs (site, PDFs, staff folder) must be the same bytes. Returns the pages rendered.
 */
export async function editAndCompare(
  root: string,
  edit: (content: string) => void,
  args: string[] = [],
): Promise<{ rendered: string[]; pages: number }> {
  const ref = path.join(root, 'ref');
  rmSync(ref, { recursive: true, force: true });
  for (const name of ['out', 'out-staff', '.guifan-cache'])
    if (existsSync(path.join(root, name)))
      cpSync(path.join(root, name), path.join(ref, name), { recursive: true, preserveTimestamps: true });
  const content = path.join(root, 'content');
  edit(content);
  await build(content, path.join(root, 'out'), args);
  await build(content, path.join(ref, 'out'), args, { GUIFAN_PAGE_CACHE: '' });
  expectSameTree(tree(path.join(root, 'out')), tree(path.join(ref, 'out')));
  const staff = (r: string): Map<string, Buffer> =>
    existsSync(path.join(r, 'out-staff')) ? tree(path.join(r, 'out-staff')) : new Map();
  expectSameTree(staff(root), staff(ref));
  return renderedPages(root);
}

/** Replaces `from` by `to` in a content file (once; the test fails when it is not there). */
export function replaceIn(file: string, from: string | RegExp, to: string): (content: string) => void {
  return (content) => {
    const full = path.join(content, file);
    const text = readFileSync(full, 'utf8');
    const next = text.replace(from, to);
    expect(next, `${file}: ${String(from)}`).not.toBe(text);
    writeFileSync(full, next);
  };
}
