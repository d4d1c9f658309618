/**
 * `guifan import FILE [--kind norms|etiquette|commitments|quiz] [--content DIR] [--out PATH] [--dry-run]
 *                     [--split | --no-split] [--strength-words plain|strict] [--gift FILE] [--moodle FILE]`
 *
 * Turns existing standards documents (.docx, .txt, .md) into content files: reads them,
 * splits a compilation into its documents, builds each one's nested clause tree from its
 * numbering (Word's own list numbers for .docx), shapes it as the chosen kind, and writes YAML
 * with `# TODO` comments where a human must decide. `--kind quiz` reads a question bank
 * (.docx, .xlsx, .txt) instead, see quiz-import.ts.
 */
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { slugify } from 'transliteration';
import { Document, isCollection, isScalar, parse as parseYaml } from 'yaml';
import { KINDS } from '../model/schema/kinds.ts';
import { STRENGTH_LABEL_ZH, STRENGTH_WORDS, type StrengthWords } from '../model/strength.ts';
import { buildKind, type KindOutput } from './kinds.ts';
import { prepareLines } from './lines.ts';
import { ImportError, readSource, type SourceDocument } from './read.ts';
import { splitDocuments, type SplitMode } from './split.ts';
import { buildDocumentTree, walkClauses } from './tree.ts';
import { shorten } from './text.ts';
import { IMPORT_KINDS, type ImportedClause, type ImportedTree, type ImportKind, type ImportWarning } from './types.ts';

export { ImportError } from './read.ts';
export type { ImportedClause, ImportedTree, ImportKind, ImportWarning } from './types.ts';
export { IMPORT_KINDS } from './types.ts';

export interface ImportOptions {
  /** The document to import (.docx, .txt, .md; for --kind quiz also .xlsx). */
  file: string;
  /** Kind of content to produce; default norms. */
  kind?: ImportKind;
  /** Content directory; default "content". Output goes to <content>/<kind>/<id>.yaml unless `out` is given. */
  contentDir?: string;
  /** Exact output path (one document only). Never overwritten. */
  out?: string;
  /** Build everything but write nothing. */
  dryRun?: boolean;
  /** Document id to use instead of one made from the file name. */
  id?: string;
  /** Date used for placeholders (YYYY-MM-DD); default today (UTC). */
  today?: string;
  /** Compilations: split where the boundary is clear (auto, default), also at every top-level restart (always), or never. */
  split?: SplitMode;
  /** Which words state an obligation besides GB/T 1.1's: plain (default: 必须/须/要 read as 应) or strict. */
  strengthWords?: StrengthWords;
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
  /** Number of clauses (questions for a quiz) in the document. */
  clauseCount: number;
  /** Quiz: ids of the questions whose cited item is a guess (marked TODO). */
  unsure?: string[];
}

/** An import: one result per document found in the file (a compilation gives several). */
export interface ImportOutcome {
  kind: ImportKind;
  file: string;
  format: SourceDocument['format'] | 'xlsx';
  documents: ImportResult[];
  /** Warnings about the file as a whole (encoding, compilation, boilerplate). */
  warnings: ImportWarning[];
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

export async function exists(p: string): Promise<boolean> {
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

/** Imports a file: every document in it. Throws ImportError (naming the file) when it cannot be read or written. */
export async function runImport(options: ImportOptions): Promise<ImportOutcome> {
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
  if (kind === 'quiz') {
    const { importQuiz } = await import('./quiz-import.ts');
    return importQuiz({ ...options, kind, contentDir, today });
  }
  const source = await readSource(options.file);
  if (source.lines.length === 0) throw new ImportError(`${options.file} 中没有文字 / ${options.file} has no text`);
  const baseId = options.id ?? documentIdFromFile(options.file);
  const taken = await existingIds(contentDir);
  const isMarkdown = source.format === 'md';
  const wording = options.strengthWords !== undefined ? { strengthWords: options.strengthWords } : {};

  const { lines, dropped } = prepareLines(source.lines);
  const fileWarnings: ImportWarning[] = [...source.notes];
  const pages = dropped.filter((d) => d.why === 'page');
  if (pages.length > 0) {
    fileWarnings.push({ line: pages[0]?.line, message: `去掉了 ${pages.length} 行页码（第 ${pages.map((d) => d.line).join('、')} 行） / dropped ${pages.length} page-number line(s) (lines ${pages.map((d) => d.line).join(', ')})` });
  }
  const web = dropped.filter((d) => d.why === 'boilerplate');
  if (web.length > 0) {
    fileWarnings.push({ line: web[0]?.line, message: `去掉了 ${web.length} 行网页文字（第 ${web.map((d) => d.line).join('、')} 行），保留在文件开头的注释中 / dropped ${web.length} line(s) of web-page text; kept in the comment at the top` });
  }
  const split = splitDocuments(lines, options.split ?? 'auto');
  fileWarnings.push(...split.warnings);
  const slices = split.slices;
  if (slices.length > 1 && options.out !== undefined) {
    throw new ImportError(`${options.file} 包含 ${slices.length} 篇文件，--out 只能写一个文件；请去掉 --out（写入 --content 目录）或加 --no-split / ${options.file} holds ${slices.length} documents; --out writes one file: leave it out or add --no-split`);
  }
  // Web boilerplate goes to the comment of the document it stood in (before the first: the first).
  const startOf = (k: number): number => Math.min(slices[k]?.title?.line ?? Infinity, slices[k]?.lines[0]?.line ?? Infinity, ...(slices[k]?.notes.map((n) => n.line) ?? []));
  for (const w of web) {
    let k = 0;
    while (k + 1 < slices.length && startOf(k + 1) <= w.line) k++;
    slices[k]?.notes.push({ text: w.text, line: w.line });
  }
  const webLines = new Set(web.map((w) => w.line));

  const documents: ImportResult[] = [];
  const batch = new Set<string>();
  for (const [index, slice] of slices.entries()) {
    const wanted = slices.length === 1 ? baseId : slice.title ? documentIdFromFile(`${slice.title.text}.txt`) : `${baseId}-${index + 1}`;
    // Pick a document id whose clause ids collide with nothing in the content directory.
    let built: ReturnType<typeof buildDocumentTree> | undefined;
    let docId = wanted;
    for (let k = 0; ; k++) {
      // Letter suffixes cannot collide with the numeric clause ids of the document already there (<id>-2).
      docId = k === 0 ? wanted : k < 26 ? `${wanted}-${String.fromCharCode(97 + k)}` : `${wanted}-${shortHash(`${wanted}${k}`)}`;
      built = buildDocumentTree(options.file, docId, { ...slice, lines: [...slice.lines], notes: [...slice.notes] }, isMarkdown, wording);
      const ids = [docId, ...[...walkClauses(built.tree.clauses)].map((c) => c.id)];
      const fileTaken = options.out === undefined && (await exists(path.join(contentDir, kind, `${docId}.yaml`)));
      if (!fileTaken && !ids.some((id) => taken.has(id) || batch.has(id))) {
        ids.forEach((id) => batch.add(id));
        break;
      }
      if (options.id !== undefined && options.out !== undefined) {
        throw new ImportError(`id "${docId}" 已在 ${contentDir} 中使用 / id "${docId}" is already used in ${contentDir}`);
      }
    }
    const { tree } = built;
    if (tree.clauses.length === 0) {
      if (slices.length > 1) continue;
      throw new ImportError(`${options.file} 中只有标题，没有可导入的条款 / ${options.file} holds only a title, no clauses to import`);
    }
    const warnings: ImportWarning[] = [...built.warnings];
    if (docId !== wanted) warnings.push({ message: `id ${wanted} 已被占用，改用 ${docId} / id ${wanted} is taken; using ${docId}` });

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
    const lastLine = Math.max(...[...walkClauses(tree.clauses)].map((c) => Math.max(c.line, ...c.bodyLines)));
    const closing = tree.front.notes.filter((n) => n.line > lastLine && !webLines.has(n.line));
    if (closing.length > 0) {
      warnings.push({
        line: closing[0]?.line,
        message: `结尾的 ${closing.length} 段文字（总结、落款）不属于任何条款，只作为注释保留 / ${closing.length} closing paragraph(s) or signature line(s) belong to no clause; kept as a comment`,
      });
    }
    locateWarnings(warnings, tree, source);
    warnings.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));

    const header = [
      `由 guifan import 从 ${path.basename(options.file)} 导入（${today}） / imported from ${path.basename(options.file)}`,
      `请检查标有 TODO 的地方，然后运行 guifan check / review the places marked TODO, then run guifan check`,
    ];
    if (slices.length > 1) header.push(`原文件中的第 ${index + 1} 篇（共 ${slices.length} 篇） / document ${index + 1} of ${slices.length} in the file`);
    const kept = [...(kind !== 'etiquette' ? tree.front.intro : []), ...tree.front.notes].sort((a, b) => a.line - b.line);
    for (const p of kept) header.push(`原文第 ${p.line} ${source.format === 'docx' ? '段' : '行'} / source ${source.format === 'docx' ? 'paragraph' : 'line'} ${p.line}: ${p.text}`);
    const yamlText = toYaml(out, header);

    const targetPath = options.out ?? path.join(contentDir, kind, `${docId}.yaml`);
    documents.push({
      kind,
      id: docId,
      yamlText,
      targetPath,
      warnings,
      tree,
      data: out.data,
      summary: out.summary,
      clauseCount: [...walkClauses(tree.clauses)].length,
    });
  }
  if (documents.length === 0) throw new ImportError(`${options.file} 中只有标题，没有可导入的条款 / ${options.file} holds only a title, no clauses to import`);
  if (options.out === undefined && !(await exists(contentDir))) {
    fileWarnings.push({ message: `内容目录 ${contentDir} 不存在，将新建 / content directory ${contentDir} does not exist; it will be created` });
  }
  locateWarnings(fileWarnings, undefined, source);
  const outcome: ImportOutcome = { kind, file: options.file, format: source.format, documents, warnings: fileWarnings };
  if (!options.dryRun) await writeResults(documents);
  return outcome;
}

/** Writes each document's file, never overwriting one. */
export async function writeResults(documents: ImportResult[]): Promise<void> {
  for (const result of documents) {
    try {
      await mkdir(path.dirname(result.targetPath), { recursive: true });
      await writeFile(result.targetPath, result.yamlText, { encoding: 'utf8', flag: 'wx' });
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') throw new ImportError(`${result.targetPath} 已存在，不会覆盖；请换一个 --out 路径 / ${result.targetPath} exists and is never overwritten; choose another --out`);
      throw new ImportError(`无法写入 ${result.targetPath}：${(e as Error).message} / cannot write ${result.targetPath}`);
    }
    result.outPath = result.targetPath;
  }
}

/**
 * Gives each warning a position a reader can find: the path of headings down to the clause
 * holding the line, and the first words of that line (a Word user cannot count paragraphs).
 */
function locateWarnings(warnings: ImportWarning[], tree: ImportedTree | undefined, source: SourceDocument): void {
  const textAt = new Map<number, string>();
  for (const l of source.lines) if (!textAt.has(l.line)) textAt.set(l.line, l.text.trim());
  const ordered = tree ? [...walkWithPath(tree.clauses, [])] : [];
  for (const w of warnings) {
    if (w.line === undefined) continue;
    let holder: { clause: ImportedClause; path: string[] } | undefined;
    for (const x of ordered) if (x.clause.line <= w.line) holder = x;
    // The clause's own words when the warning is about its first line (the number is in the path already).
    const words = holder?.clause.line === w.line ? (holder.clause.text ?? holder.clause.title) : textAt.get(w.line);
    const parts = [holder && holder.path.length > 0 ? holder.path.join(' › ') : undefined, words !== undefined ? `「${shorten(words, 14)}」` : undefined].filter((p) => p !== undefined);
    if (parts.length > 0) w.where = parts.join(' ');
  }
}

function* walkWithPath(list: readonly ImportedClause[], above: string[]): Generator<{ clause: ImportedClause; path: string[] }> {
  for (const c of list) {
    const label = `${c.marker}${c.marker !== '' && c.title !== undefined ? ' ' : ''}${c.title !== undefined ? shorten(c.title, 10) : c.marker === '' ? shorten(c.text ?? '', 10) : ''}`;
    const path = [...above, label];
    yield { clause: c, path };
    yield* walkWithPath(c.children, path);
  }
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
  lines.push(`${result.clauseCount} ${result.kind === 'quiz' ? '道题 / questions' : '条款 / clauses'}, ${result.warnings.length} 条提醒 / warnings`);
  return lines.join('\n');
}

/**
 * Warnings the way compilers print them: "FILE:LINE: message" for text files; for a Word or
 * Excel file, where a user finds the place — the heading path and the first words
 * ("FILE 第12段 二、服务要求 › 3. 「窗口人员上岗时…」: message").
 */
export function formatWarnings(outcome: ImportOutcome, warnings: readonly ImportWarning[]): string {
  const paragraphs = outcome.format === 'docx';
  const rows = outcome.format === 'xlsx';
  return warnings
    .map((w) => {
      if (w.line === undefined) return `${outcome.file}: ${w.message}`;
      const at = paragraphs ? ` 第${w.line}段` : rows ? ` ${w.where ?? ''}` : `:${w.line}`;
      const where = !rows && w.where !== undefined ? ` ${w.where}` : '';
      return `${outcome.file}${at}${where}: ${w.message}`;
    })
    .join('\n');
}

interface CliIo {
  out: (s: string) => void;
  err: (s: string) => void;
}

/**
 * `guifan import` as the CLI calls it: parses the arguments, runs the import, prints the
 * tree (--dry-run) or where the files went, the warnings with positions on stderr, and then
 * what `guifan check` says about the files written.
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
      split: { type: 'boolean' },
      'no-split': { type: 'boolean' },
      'strength-words': { type: 'string' },
      gift: { type: 'string' },
      moodle: { type: 'string' },
    },
  });
  const [file, ...extra] = positionals;
  if (file === undefined) throw new UsageError('请给出要导入的文件 / give the file to import: guifan import FILE');
  if (extra.length > 0) throw new UsageError(`一次只能导入一个文件 / import one file at a time (extra: ${extra.join(' ')})`);
  const kind = values.kind as ImportKind;
  if (!IMPORT_KINDS.includes(kind)) throw new UsageError(`--kind 只能是 ${IMPORT_KINDS.join('、')} / --kind must be one of ${IMPORT_KINDS.join(', ')}`);
  if (values.split && values['no-split']) throw new UsageError('--split 和 --no-split 只能选一个 / choose --split or --no-split, not both');
  const words = values['strength-words'];
  if (words !== undefined && !STRENGTH_WORDS.includes(words as StrengthWords)) {
    throw new UsageError(`--strength-words 只能是 ${STRENGTH_WORDS.join('、')} / --strength-words must be one of ${STRENGTH_WORDS.join(', ')}`);
  }
  if ((values.gift !== undefined || values.moodle !== undefined) && kind !== 'quiz') {
    throw new UsageError('--gift 和 --moodle 只用于 --kind quiz / --gift and --moodle export question banks: use them with --kind quiz');
  }
  try {
    const outcome = await runImport({
      file,
      kind,
      contentDir: values.content,
      dryRun: values['dry-run'],
      split: values.split ? 'always' : values['no-split'] ? 'never' : 'auto',
      ...(words !== undefined ? { strengthWords: words as StrengthWords } : {}),
      ...(values.out !== undefined ? { out: values.out } : {}),
      ...(values.id !== undefined ? { id: values.id } : {}),
    });
    const all = [...outcome.warnings, ...outcome.documents.flatMap((d) => d.warnings)];
    if (values['dry-run']) io.out(outcome.documents.map((d) => formatTree(d)).join('\n\n'));
    if (all.length > 0) io.err(formatWarnings(outcome, all));
    for (const result of outcome.documents) {
      if (!result.outPath) continue;
      const unit = kind === 'quiz' ? '道题 / questions' : '条 / clauses';
      io.out(`已写入 ${result.outPath}（${result.clauseCount} ${unit}，${result.warnings.length} 条提醒） / wrote ${result.outPath} (${result.clauseCount}, ${result.warnings.length} warning(s))`);
    }
    if (kind === 'quiz' && (values.gift !== undefined || values.moodle !== undefined)) {
      const { writeExports } = await import('./quiz-export.ts');
      for (const line of await writeExports(outcome, { ...(values.gift !== undefined ? { gift: values.gift } : {}), ...(values.moodle !== undefined ? { moodle: values.moodle } : {}) })) io.out(line);
    }
    if (!values['dry-run']) {
      const { checkAfterImport } = await import('./after.ts');
      const report = await checkAfterImport(values.content, outcome);
      for (const line of report.out) io.out(line);
      for (const line of report.err) io.err(line);
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
