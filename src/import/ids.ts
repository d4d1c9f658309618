/**
 * Document ids: an ASCII id made from a file name, and the ids a content directory already
 * uses (ids are global in the model, so an import must avoid every one of them).
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { slugify } from 'transliteration';
import { parse as parseYaml } from 'yaml';

const MAX_DOC_ID = 40;

/** An ASCII kebab id from a file name: pinyin for Chinese, a short hash when nothing readable remains. */
export function documentIdFromFile(file: string): string {
  const base = path.basename(file).replace(/\.[^.]+$/u, '');
  let slug = slugify(base, { lowercase: true, separator: '-', trim: true })
    .replace(/[^a-z0-9-]+/gu, '-')
    .replace(/-+/gu, '-')
    .replace(/^-|-$/gu, '');
  if (slug.length > MAX_DOC_ID) {
    const cut = slug.slice(0, MAX_DOC_ID - 7);
    slug = `${cut.slice(0, Math.max(cut.lastIndexOf('-'), 8))}-${shortHash(base)}`;
  }
  if (!/^[a-z0-9]/u.test(slug) || slug.length < 2) slug = `doc-${shortHash(base)}`;
  return slug;
}

export function shortHash(s: string): string {
  // FNV-1a: a stable, dependency-free short hash; collisions are resolved against existing ids anyway.
  let h = 0x811c9dc5;
  for (const ch of s) {
    h ^= ch.codePointAt(0) ?? 0;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36).padStart(6, '0').slice(0, 6);
}

/** Every `id` value in the YAML files of a content directory (ids are global in the model). */
export async function existingIds(contentDir: string): Promise<Set<string>> {
  const ids = new Set<string>();
  const collect = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(collect);
    else if (v !== null && typeof v === 'object') {
      for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
        if (k === 'id' && typeof x === 'string') ids.add(x);
        else collect(x);
      }
    }
  };
  const walk = async (dir: string): Promise<void> => {
    let names: string[];
    try {
      names = await readdir(dir);
    } catch {
      return;
    }
    for (const n of names) {
      if (n.startsWith('.') || n === 'node_modules') continue;
      const p = path.join(dir, n);
      const s = await stat(p).catch(() => undefined);
      if (s?.isDirectory()) await walk(p);
      else if (/\.ya?ml$/u.test(n)) {
        try {
          collect(parseYaml(await readFile(p, 'utf8')));
        } catch {
          // A broken file is `guifan check`'s business, not the importer's.
        }
      }
    }
  };
  await walk(contentDir);
  return ids;
}
