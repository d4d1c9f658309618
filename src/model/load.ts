/**
 * Finds the content files of each kind in a content directory, parses them and
 * validates each against its schema. Produces validated raw files that keep
 * their parsed YAML, so later checks can point at lines.
 */
import type { Stats } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'zod';
import type { Diagnostics } from './diagnostics.ts';
import { KINDS, type Kind } from './schema/kinds.ts';
import { PageFrontmatter } from './schema/pages.ts';
import { readTextFile } from './read-file.ts';
import type { ParsedCache } from './parsed-cache.ts';
import { positionsOf } from './positions.ts';
import { parseYamlText, type ParsedFile } from './source.ts';
import { describeSystemError, type SystemError } from './system-error.ts';
import { salvage } from './salvage.ts';
import { reportZodIssues } from './zod-issues.ts';

export interface ValidFile<K extends Kind> {
  kind: K;
  pf: ParsedFile;
  data: z.output<(typeof KINDS)[K]['schema']>;
}

export interface PageFile {
  pf: ParsedFile;
  data: z.output<typeof PageFrontmatter>;
  slug: string;
  /** 1-based line where the MDX body starts. */
  bodyLine: number;
}

export type LoadedContent = { [K in Kind]: ValidFile<K>[] } & {
  pages: PageFile[];
  /** Files that failed to parse or failed their schema: their ids still count, so one typo gives one error, not a cascade. */
  invalid: { kind: Kind; pf: ParsedFile }[];
  /** Kinds with a file that could not be read as YAML at all: references into them are not checked. */
  unreadable: Kind[];
};

const YAML_EXT = /\.ya?ml$/;

async function isDir(p: string): Promise<boolean> {
  return stat(p).then(
    (s) => s.isDirectory(),
    () => false,
  );
}

/** Content files in dir; a folder that cannot be read is reported (not an exception) and gives none. */
async function listFiles(dir: string, ext: RegExp, contentDir: string, diags: Diagnostics): Promise<string[]> {
  let st: Stats;
  try {
    st = await stat(dir);
  } catch (e) {
    if ((e as SystemError).code !== 'ENOENT')
      diags.error(
        { file: toRel(contentDir, dir) || '.', line: 1, column: 1 },
        '',
        'file-unreadable',
        describeSystemError(e as SystemError, toRel(contentDir, dir) || '.'),
      );
    return [];
  }
  if (!st.isDirectory()) {
    if (dir !== contentDir) {
      const rel = toRel(contentDir, dir);
      diags.error(
        { file: rel, line: 1, column: 1 },
        '',
        'not-a-folder',
        `${rel} 应是一个文件夹，这里却是文件 / ${rel} should be a folder, but it is a file`,
      );
    }
    return [];
  }
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (e) {
    const rel = toRel(contentDir, dir) || '.';
    diags.error({ file: rel, line: 1, column: 1 }, '', 'file-unreadable', describeSystemError(e as SystemError, rel));
    return [];
  }
  return names.filter((n) => ext.test(n) && !n.startsWith('.')).sort();
}

function toRel(contentDir: string, abs: string): string {
  return path.relative(contentDir, abs).split(path.sep).join('/');
}

async function loadOne<K extends Kind>(
  kind: K,
  contentDir: string,
  abs: string,
  diags: Diagnostics,
  invalid: LoadedContent['invalid'],
  cache?: ParsedCache,
): Promise<ValidFile<K> | undefined> {
  const file = toRel(contentDir, abs);
  const text = await readTextFile(abs, file, diags);
  if (text === undefined) return undefined;
  const key = cache?.keyOf(text);
  const kept = key !== undefined ? cache?.take(key, text, file, abs) : undefined;
  // A kept parse reported nothing; should its schema now object, the file is parsed again and reported as always.
  const taken = kept && validKept(kind, kept);
  if (taken) return taken;
  const before = diags.items.length;
  const pf = parseYamlText(text, file, abs, diags);
  const entry = key !== undefined ? cache?.snapshot(key, pf) : undefined;
  const loaded = validated(kind, pf, diags, invalid);
  if (entry && key !== undefined && diags.items.length === before && loaded?.pf === pf) cache?.keep(key, entry);
  return loaded;
}

/** A kept parse as a valid file, when its data still passes its schema (undefined otherwise). */
function validKept<K extends Kind>(kind: K, pf: ParsedFile): ValidFile<K> | undefined {
  if (pf.data === null || typeof pf.data !== 'object' || Array.isArray(pf.data)) return undefined;
  const result = KINDS[kind].schema.safeParse(pf.data);
  return result.success ? { kind, pf, data: result.data as ValidFile<K>['data'] } : undefined;
}

/** A parsed file checked against its kind's schema: every problem reported, what can be read kept. */
function validated<K extends Kind>(
  kind: K,
  pf: ParsedFile,
  diags: Diagnostics,
  invalid: LoadedContent['invalid'],
): ValidFile<K> | undefined {
  if (pf.data === undefined) {
    // Its syntax errors are reported; the ids in its text still count, so references to them are not errors too.
    invalid.push({ kind, pf });
    return undefined;
  }
  if (pf.data === null || typeof pf.data !== 'object' || Array.isArray(pf.data)) {
    diags.error(
      { file: pf.file, line: 1, column: 1 },
      '',
      'not-a-mapping',
      '文件内容应是一组 "字段: 值"（不是空文件或列表） / the file must hold fields ("name: value"), not be empty or a list',
    );
    return undefined;
  }
  const schema = KINDS[kind].schema;
  const result = schema.safeParse(pf.data);
  if (!result.success) {
    reportZodIssues(pf, schema as never, result.error.issues, diags);
    // Its ids count as written either way, so a value left out hides no reference to them.
    invalid.push({ kind, pf });
    // The rest of the file is still read: its other slips are found in this run (salvage.ts).
    const salvaged = salvage(schema as z.ZodType, pf.data, result.error.issues);
    if (salvaged === undefined) return undefined;
    if (salvaged.dropped.length > 0) diags.rewritePaths(pf.file, (p) => pathInFile(p, salvaged.dropped));
    return { kind, pf: withoutEntries(pf, salvaged.dropped), data: salvaged.data as ValidFile<K>['data'] };
  }
  return { kind, pf, data: result.data as ValidFile<K>['data'] };
}

/**
 * The file's positions without the list entries salvage left out, so that the entries after them
 * are found at their own lines by the indexes of the data read on (each node keeps its place in
 * the text). The file as written is untouched.
 */
function withoutEntries(pf: ParsedFile, dropped: readonly PropertyKey[][]): ParsedFile {
  // A fresh parse always has its document (only a parse that reported nothing is kept).
  if (dropped.length === 0 || !pf.doc) return pf;
  const doc = pf.doc.clone() as NonNullable<ParsedFile['doc']>;
  // Last first, so that the indexes of those still to delete stay put.
  for (const path of [...dropped].reverse()) doc.deleteIn(path as (string | number)[]);
  return { ...pf, doc, positions: positionsOf(doc) };
}

/**
 * A path into the data read on (questions[0].cites[0]) as a path into the file as written, where
 * entries left out before it count (questions[1].cites[0]). Segments named by id (clauses(c-id))
 * are kept as they are, and so is what follows them.
 */
function pathInFile(path: string, dropped: readonly PropertyKey[][]): string {
  const prefix: PropertyKey[] = [];
  let out = '';
  const segments = path.match(/\[\d+\]|[^.[\]]+/gu) ?? [];
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i]!;
    if (seg.includes('(')) return out + (out ? '.' : '') + segments.slice(i).join('.').replace(/\.\[/gu, '[');
    const m = /^\[(\d+)\]$/u.exec(seg);
    if (!m) {
      prefix.push(seg);
      out += out ? `.${seg}` : seg;
      continue;
    }
    const here = new Set(
      dropped
        .filter((d) => d.length === prefix.length + 1 && prefix.every((k, j) => String(d[j]) === String(k)))
        .map((d) => Number(d[prefix.length])),
    );
    let index = -1;
    for (let k = Number(m[1]); k >= 0; index++) if (!here.has(index + 1)) k--;
    prefix.push(index);
    out += `[${index}]`;
  }
  return out;
}

/** Reads every content file. Files that fail are reported and left out; the rest load (their parse kept in `cache`, when given). */
export async function loadContent(contentDir: string, diags: Diagnostics, cache?: ParsedCache): Promise<LoadedContent> {
  const out = {
    organisation: [],
    roles: [],
    norms: [],
    etiquette: [],
    commitments: [],
    processes: [],
    assessment: [],
    quiz: [],
    services: [],
    units: [],
    synonyms: [],
    pages: [],
    invalid: [],
    unreadable: [],
  } as unknown as LoadedContent;

  let top: string[];
  try {
    if (!(await stat(contentDir)).isDirectory()) throw Object.assign(new Error('not a folder'), { code: 'ENOTDIR' });
    top = await readdir(contentDir);
  } catch (e) {
    const code = (e as SystemError).code;
    const message =
      code === 'ENOENT'
        ? `找不到内容目录 ${contentDir} / content directory not found: ${contentDir}`
        : code === 'ENOTDIR'
          ? `内容目录 ${contentDir} 是一个文件，不是文件夹 / the content directory ${contentDir} is a file, not a folder`
          : describeSystemError(e as SystemError, contentDir);
    diags.error({ file: contentDir, line: 1, column: 1 }, '', 'no-content-dir', message);
    return out;
  }

  const known = new Set<string>(['pages']);
  for (const [kind, spec] of Object.entries(KINDS) as [Kind, (typeof KINDS)[Kind]][]) {
    const [dirPart, filePart] = spec.pattern.includes('/') ? spec.pattern.split('/') : ['', spec.pattern];
    known.add(dirPart || filePart!);
    let files: string[];
    if (spec.many) {
      files = (await listFiles(path.join(contentDir, dirPart!), YAML_EXT, contentDir, diags)).map((n) =>
        path.join(contentDir, dirPart!, n),
      );
    } else files = await theOneFile(contentDir, kind, filePart!, known, diags);
    for (const abs of files) {
      const before = diags.errors.length;
      const loaded = await loadOne(kind, contentDir, abs, diags, out.invalid, cache);
      if (!loaded && !out.invalid.some((x) => x.pf.absPath === abs) && diags.errors.length > before)
        out.unreadable.push(kind);
      if (loaded) (out[kind] as ValidFile<Kind>[]).push(loaded);
    }
  }

  for (const name of top.sort()) {
    if (name.startsWith('.') || known.has(name)) continue;
    const abs = path.join(contentDir, name);
    if ((await isDir(abs)) || YAML_EXT.test(name)) {
      diags.warning(
        { file: name, line: 1, column: 1 },
        '',
        'unknown-file',
        `不认识的文件或目录 "${name}"，已忽略 / unknown file or folder "${name}", ignored`,
      );
    }
  }

  out.pages = await loadPages(contentDir, diags);
  return out;
}

/** The file of a kind that has one (organisation.yaml, roles.yaml…): .yaml or .yml, never both; a missing organisation is an error. */
async function theOneFile(
  contentDir: string,
  kind: Kind,
  filePart: string,
  known: Set<string>,
  diags: Diagnostics,
): Promise<string[]> {
  const base = filePart.replace(YAML_EXT, '');
  const candidates = (await listFiles(contentDir, YAML_EXT, contentDir, diags)).filter(
    (n) => n.replace(YAML_EXT, '') === base,
  );
  known.add(`${base}.yml`);
  const files = candidates.map((n) => path.join(contentDir, n));
  if (files.length === 0 && kind === 'organisation') {
    diags.error(
      { file: 'organisation.yaml', line: 1, column: 1 },
      '',
      'missing-file',
      '缺少 organisation.yaml（单位基本信息） / organisation.yaml is missing',
    );
  }
  if (files.length > 1) {
    diags.error(
      { file: toRel(contentDir, files[1]!), line: 1, column: 1 },
      '',
      'duplicate-file',
      `${base}.yaml 与 ${base}.yml 只能保留一个 / keep only one of ${base}.yaml and ${base}.yml`,
    );
    return files.slice(0, 1);
  }
  return files;
}

async function loadPages(contentDir: string, diags: Diagnostics): Promise<PageFile[]> {
  const dir = path.join(contentDir, 'pages');
  const pages: PageFile[] = [];
  for (const name of await listFiles(dir, /\.mdx?$/, contentDir, diags)) {
    const abs = path.join(dir, name);
    const file = toRel(contentDir, abs);
    const text = await readTextFile(abs, file, diags);
    if (text === undefined) continue;
    const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
    if (!match) {
      diags.error(
        { file, line: 1, column: 1 },
        '',
        'missing-frontmatter',
        '页面开头缺少 --- 包围的标题信息（title） / the page must start with front matter between --- lines (title: …)',
      );
      continue;
    }
    // A leading newline stands in for the opening '---' so that line numbers match the file.
    const pf = parseYamlText(`\n${match[1]}`, file, abs, diags);
    if (pf.data === undefined) continue;
    const result = PageFrontmatter.safeParse(pf.data ?? {});
    if (!result.success) {
      reportZodIssues(pf, PageFrontmatter as never, result.error.issues, diags);
      continue;
    }
    const slug = name.replace(/\.mdx?$/, '');
    if (!/^[a-z0-9][a-z0-9-]*$/.test(slug)) {
      diags.error(
        { file, line: 1, column: 1 },
        '',
        'invalid-file-name',
        `页面文件名只能使用小写英文字母、数字和连字符（它会成为网址） / a page's file name may only use a-z, 0-9 and "-" (it becomes the URL)`,
      );
      continue;
    }
    pages.push({ pf, data: result.data, slug, bodyLine: match[0].split('\n').length });
  }
  return pages;
}
