/**
 * `guifan import FILE [--kind norms|etiquette|commitments] [--content DIR] [--out PATH] [--dry-run]`
 *
 * Turns an existing standards document (.docx, .txt, .md) into a content file:
 * reads it, builds the nested clause tree from its numbering, shapes it as the
 * chosen kind, and writes YAML with `# TODO` comments where a human must decide.
 */
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { slugify } from 'transliteration';
import { Document, isCollection, isScalar, parse as parseYaml } from 'yaml';
import { KINDS } from '../model/schema.ts';
import { STRENGTH_LABEL_ZH } from '../model/strength.ts';
import { buildKind, type KindOutput } from './kinds.ts';
import { ImportError, readSource } from './read.ts';
import { buildTree, walkClauses } from './tree.ts';
import { shorten } from './text.ts';
import { IMPORT_KINDS, type ImportedClause, type ImportedTree, type ImportKind, type ImportWarning } from './types.ts';

export { ImportError } from './read.ts';
export type { ImportedClause, ImportedTree, ImportKind, ImportWarning } from './types.ts';
export { IMPORT_KINDS } from './types.ts';

export interface ImportOptions {
  /** The document to import (.docx, .txt, .md). */
  file: string;
  /** Kind of content to produce; default norms. */
  kind?: ImportKind;
  /** Content directory; default "content". Output goes to <content>/<kind>/<id>.yaml unless `out` is given. */
  contentDir?: string;
  /** Exact output path. Never overwritten. */
  out?: string;
  /** Build everything but write nothing. */
  dryRun?: boolean;
  /** Document id to use instead of one made from the file name. */
  id?: string;
  /** Date used for placeholders (YYYY-MM-DD); default today (UTC). */
  today?: string;
}

export interface ImportResult {
  kind: ImportKind;
  /** Id of the produced document / set. */
  id: string;
  yamlText: string;
  /** Where the file was written (undefined on a dry run). */
  outPath?: string;
  /** Where it would be written, also on a dry run. */
  targetPath: string;
  warnings: ImportWarning[];
  tree: ImportedTree;
  /** The content object written, shaped like the kind's schema. */
  data: Record<string, unknown>;
  /** Kind-specific lines for the listing: targets, phrases. */
  summary: string[];
  /** Number of clauses in the tree. */
  clauseCount: number;
}

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

function shortHash(s: string): string {
  // FNV-1a: a stable, dependency-free short hash; collisions are resolved against existing ids anyway.
  let h = 0x811c9dc5;
  for (const ch of s) {
    h ^= ch.codePointAt(0) ?? 0;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36).padStart(6, '0').slice(0, 6);
}

/** Every `id` value in the YAML files of a content directory (ids are global in the model). */
async function existingIds(contentDir: string): Promise<Set<string>> {
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

async function exists(p: string): Promise<boolean> {
  return stat(p).then(
    () => true,
    () => false,
  );
}

function toYaml(out: KindOutput, header: string[]): string {
  const doc = new Document(out.data);
  doc.commentBefore = header.map((h) => ` ${h}`).join('\n');
  for (const c of out.comments) {
    const node = doc.getIn(c.path, true);
    if (isScalar(node)) node.comment = node.comment ? `${node.comment}\n ${c.text}` : ` ${c.text}`;
    else if (isCollection(node)) node.commentBefore = node.commentBefore ? `${node.commentBefore}\n ${c.text}` : ` ${c.text}`;
  }
  return doc.toString({ lineWidth: 0, indentSeq: true });
}

/** Imports one document. Throws ImportError (naming the file) when it cannot be read or written. */
export async function runImport(options: ImportOptions): Promise<ImportResult> {
  const kind = options.kind ?? 'norms';
  if (!IMPORT_KINDS.includes(kind)) {
    throw new ImportError(`--kind 只能是 ${IMPORT_KINDS.join('、')} / --kind must be one of ${IMPORT_KINDS.join(', ')}`);
  }
  const contentDir = options.contentDir ?? 'content';
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  if (options.id !== undefined && !/^[a-z0-9][a-z0-9-]*$/u.test(options.id)) {
    throw new ImportError(`--id "${options.id}" 只能使用小写英文字母、数字和连字符 / an id may only contain a-z, 0-9 and "-"`);
  }
  if (options.id !== undefined && options.id.length > 40) {
    throw new ImportError(`--id "${options.id}" 太长（最多 40 个字符） / --id is too long (at most 40 characters)`);
  }
  const source = await readSource(options.file);
  if (source.lines.length === 0) throw new ImportError(`${options.file} 中没有文字 / ${options.file} has no text`);
  const baseId = options.id ?? documentIdFromFile(options.file);
  const taken = await existingIds(contentDir);

  // Pick a document id whose clause ids collide with nothing in the content directory.
  let built: ReturnType<typeof buildTree> | undefined;
  let docId = baseId;
  for (let k = 0; ; k++) {
    // Letter suffixes cannot collide with the numeric clause ids of the document already there (<id>-2).
    docId = k === 0 ? baseId : k < 26 ? `${baseId}-${String.fromCharCode(97 + k)}` : `${baseId}-${shortHash(`${baseId}${k}`)}`;
    built = buildTree(options.file, docId, source.lines, source.format === 'md');
    const ids = [docId, ...[...walkClauses(built.tree.clauses)].map((c) => c.id)];
    const fileTaken = options.out === undefined && (await exists(path.join(contentDir, kind, `${docId}.yaml`)));
    if (!fileTaken && !ids.some((id) => taken.has(id))) break;
    if (options.id !== undefined && options.out !== undefined) {
      throw new ImportError(`id "${docId}" 已在 ${contentDir} 中使用 / id "${docId}" is already used in ${contentDir}`);
    }
  }
  const { tree } = built;
  if (tree.clauses.length === 0) {
    throw new ImportError(`${options.file} 中只有标题，没有可导入的条款 / ${options.file} holds only a title, no clauses to import`);
  }
  const warnings: ImportWarning[] = [...source.notes, ...built.warnings];
  if (docId !== baseId) warnings.push({ message: `id ${baseId} 已被占用，改用 ${docId} / id ${baseId} is taken; using ${docId}` });

  const out = buildKind(kind, tree, today);
  warnings.push(...out.warnings);
  const schema = KINDS[kind].schema;
  const check = schema.safeParse(out.data);
  if (!check.success) {
    // Should not happen: the builders fill every required field. Say so plainly if it does.
    const issues = check.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new ImportError(`导入结果不符合 ${kind} 的格式（导入程序的缺陷，请报告） / imported content does not fit the ${kind} schema (an importer bug): ${issues}`);
  }

  if (tree.front.intro.length > 0 && kind !== 'etiquette') {
    warnings.push({
      line: tree.front.intro[0]?.line,
      message: `条款前的 ${tree.front.intro.length} 段文字没有对应字段，只作为注释保留在文件开头 / ${tree.front.intro.length} paragraph(s) before the first clause have no field; kept as a comment at the top`,
    });
  }
  warnings.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));

  const header = [
    `由 guifan import 从 ${path.basename(options.file)} 导入（${today}） / imported from ${path.basename(options.file)}`,
    `请检查标有 TODO 的地方，然后运行 guifan check / review the places marked TODO, then run guifan check`,
  ];
  if (kind !== 'etiquette') {
    for (const p of tree.front.intro) header.push(`原文第 ${p.line} 行 / source line ${p.line}: ${p.text}`);
  }
  const yamlText = toYaml(out, header);

  const targetPath = options.out ?? path.join(contentDir, kind, `${docId}.yaml`);
  if (options.out === undefined && !(await exists(contentDir))) {
    warnings.push({ message: `内容目录 ${contentDir} 不存在，将新建 / content directory ${contentDir} does not exist; it will be created` });
  }
  const result: ImportResult = {
    kind,
    id: docId,
    yamlText,
    targetPath,
    warnings,
    tree,
    data: out.data,
    summary: out.summary,
    clauseCount: [...walkClauses(tree.clauses)].length,
  };
  if (options.dryRun) return result;

  try {
    await mkdir(path.dirname(targetPath), { recursive: true });
    await writeFile(targetPath, yamlText, { encoding: 'utf8', flag: 'wx' });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new ImportError(`${targetPath} 已存在，不会覆盖；请换一个 --out 路径 / ${targetPath} exists and is never overwritten; choose another --out`);
    throw new ImportError(`无法写入 ${targetPath}：${(e as Error).message} / cannot write ${targetPath}`);
  }
  result.outPath = targetPath;
  return result;
}

function strengthTag(c: ImportedClause): string {
  return c.strength ? `[${STRENGTH_LABEL_ZH[c.strength]} ${c.strength}] ` : '';
}

/** The tree as an indented listing for --dry-run: number, source marker, strength, title or text, source line. */
export function formatTree(result: ImportResult, width = 48): string {
  const { tree } = result;
  const lines: string[] = [];
  const f = tree.front;
  lines.push(`${result.kind} ${result.id}  →  ${result.targetPath}`);
  lines.push(`标题 title: ${String(result.data.title)}`);
  if (f.issuer) lines.push(`发布 issuer: ${f.issuer.text} (第 ${f.issuer.line} 行)`);
  if (f.issued) lines.push(`发布日期 issued: ${f.issued.text}`);
  if (f.effective) lines.push(`实施日期 effective: ${f.effective.text}`);
  if (f.scope) lines.push(`范围 scope: ${shorten(f.scope.text, width)}`);
  lines.push('');
  const visit = (c: ImportedClause, depth: number): void => {
    const marker = c.marker !== '' && c.marker !== c.number ? ` (${c.marker})` : '';
    const label = c.title !== undefined ? `【${c.title}】${c.text !== undefined ? ` ${shorten(c.text, width - 8)}` : ''}` : shorten(c.text ?? '', width);
    lines.push(`${'  '.repeat(depth)}${c.number}${marker} ${strengthTag(c)}${label}  :${c.line}`);
    for (const child of c.children) visit(child, depth + 1);
  };
  for (const c of tree.clauses) visit(c, 0);
  if (result.summary.length > 0) {
    lines.push('');
    lines.push(...result.summary);
  }
  lines.push('');
  lines.push(`${result.clauseCount} 条款 / clauses, ${result.warnings.length} 条提醒 / warnings`);
  return lines.join('\n');
}

/** Warnings as "FILE:LINE: message" lines, the way compilers print them. */
export function formatWarnings(result: ImportResult): string {
  return result.warnings.map((w) => `${result.tree.file}${w.line !== undefined ? `:${w.line}` : ''}: ${w.message}`).join('\n');
}

interface CliIo {
  out: (s: string) => void;
  err: (s: string) => void;
}

/**
 * `guifan import` as the CLI calls it: parses the arguments, runs the import, prints the
 * tree (--dry-run) or where the file went, and the warnings as FILE:LINE lines on stderr.
 * Exit status 0 on success, 1 when the file cannot be read or written, 2 on bad usage.
 */
export async function runImportCli(args: string[], io: CliIo): Promise<number> {
  const { parseArgs } = await import('node:util');
  const { UsageError } = await import('../cli/errors.ts');
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      kind: { type: 'string', default: 'norms' },
      content: { type: 'string', default: 'content' },
      out: { type: 'string' },
      id: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
    },
  });
  const [file, ...extra] = positionals;
  if (file === undefined) throw new UsageError('请给出要导入的文件 / give the file to import: guifan import FILE');
  if (extra.length > 0) throw new UsageError(`一次只能导入一个文件 / import one file at a time (extra: ${extra.join(' ')})`);
  const kind = values.kind as ImportKind;
  if (!IMPORT_KINDS.includes(kind)) throw new UsageError(`--kind 只能是 ${IMPORT_KINDS.join('、')} / --kind must be one of ${IMPORT_KINDS.join(', ')}`);
  try {
    const result = await runImport({
      file,
      kind,
      contentDir: values.content,
      dryRun: values['dry-run'],
      ...(values.out !== undefined ? { out: values.out } : {}),
      ...(values.id !== undefined ? { id: values.id } : {}),
    });
    if (values['dry-run']) io.out(formatTree(result));
    if (result.warnings.length > 0) io.err(formatWarnings(result));
    if (result.outPath) {
      io.out(`已写入 ${result.outPath}（${result.clauseCount} 条，${result.warnings.length} 条提醒） / wrote ${result.outPath} (${result.clauseCount} clauses, ${result.warnings.length} warning(s))`);
      io.out('请检查标有 TODO 的地方，然后运行 guifan check / review the TODOs, then run guifan check');
    }
    return 0;
  } catch (e) {
    if (e instanceof ImportError) {
      io.err(e.message);
      return 1;
    }
    throw e;
  }
}
