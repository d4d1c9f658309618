/**
 * `guifan import FILE [--kind norms|etiquette|commitments|quiz] [--content DIR] [--out PATH] [--dry-run]
 *                     [--split | --no-split] [--strength-words plain|strict] [--gift FILE] [--moodle FILE]`
 *
 * Turns existing standards documents (.docx, .txt, .md) into content files: reads them,
 * splits a compilation into its documents, builds each one's nested clause tree from its
 * numbering (Word's own list numbers for .docx), shapes it as the chosen kind, and writes YAML
 * with `# TODO` comments where a human must decide. `--kind quiz` reads a question bank
 * (.docx, .xlsx, .txt) instead, see quiz-import.ts. The command line is cli.ts.
 */
import path from 'node:path';
import { KINDS } from '../model/schema/kinds.ts';
import type { StrengthWords } from '../model/strength.ts';
import { walkClauses } from './clause.ts';
import { documentIdFromFile, existingIds, shortHash } from './ids.ts';
import { pageWarning, prepareLines } from './lines.ts';
import { locateWarnings } from './locate.ts';
import { ImportError, readSource, type SourceDocument } from './read.ts';
import { buildKind } from './kinds.ts';
import { splitDocuments, type DocumentSlice, type SplitMode } from './split.ts';
import { buildDocumentTree, type TreeBuild } from './tree.ts';
import { IMPORT_KINDS, type ImportedTree, type ImportKind, type ImportWarning, type Located } from './types.ts';
import { exists, toYaml, writeResults } from './write.ts';

export type { ImportedClause, ImportedTree, ImportKind, ImportWarning } from './types.ts';

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

/** Refuses a kind or an --id that cannot be used, before anything is read. */
function checkOptions(kind: ImportKind, id: string | undefined): void {
  if (!IMPORT_KINDS.includes(kind)) {
    throw new ImportError(
      `--kind 只能是 ${IMPORT_KINDS.join('、')} / --kind must be one of ${IMPORT_KINDS.join(', ')}`,
    );
  }
  if (id !== undefined && !/^[a-z0-9][a-z0-9-]*$/u.test(id)) {
    throw new ImportError(`--id "${id}" 只能使用小写英文字母、数字和连字符 / an id may only contain a-z, 0-9 and "-"`);
  }
  if (id !== undefined && id.length > 40) {
    throw new ImportError(`--id "${id}" 太长（最多 40 个字符） / --id is too long (at most 40 characters)`);
  }
}

/**
 * The documents of a source: its lines made ready, page numbers and web boilerplate taken out
 * (each boilerplate line goes to the comment of the document it stood in), and a compilation
 * split. `webLines` are the source lines of that boilerplate.
 */
function documentsOf(
  source: SourceDocument,
  mode: SplitMode,
): { slices: DocumentSlice[]; warnings: ImportWarning[]; webLines: Set<number> } {
  const { lines, dropped } = prepareLines(source.lines);
  const warnings: ImportWarning[] = [...source.notes];
  const pages = pageWarning(dropped);
  if (pages) warnings.push(pages);
  const web = dropped.filter((d) => d.why === 'boilerplate');
  if (web.length > 0) {
    warnings.push({
      line: web[0]?.line,
      message: `去掉了 ${web.length} 行网页文字（第 ${web.map((d) => d.line).join('、')} 行），保留在文件开头的注释中 / dropped ${web.length} line(s) of web-page text; kept in the comment at the top`,
    });
  }
  const split = splitDocuments(lines, mode);
  warnings.push(...split.warnings);
  const slices = split.slices;
  // Web boilerplate goes to the comment of the document it stood in (before the first: the first).
  const startOf = (k: number): number =>
    Math.min(
      slices[k]?.title?.line ?? Infinity,
      slices[k]?.lines[0]?.line ?? Infinity,
      ...(slices[k]?.notes.map((n) => n.line) ?? []),
    );
  for (const w of web) {
    let k = 0;
    while (k + 1 < slices.length && startOf(k + 1) <= w.line) k++;
    slices[k]?.notes.push({ text: w.text, line: w.line });
  }
  return { slices, warnings, webLines: new Set(web.map((w) => w.line)) };
}

/** What picking a document's id must avoid: ids in the content directory and in this import, and existing files. */
interface IdClaim {
  options: ImportOptions;
  kind: ImportKind;
  contentDir: string;
  taken: ReadonlySet<string>;
  /** Ids given to the documents of this import so far; the chosen document's ids are added. */
  batch: Set<string>;
}

/**
 * Builds the tree of `slice` under the first id, from `wanted` on, whose clause ids collide
 * with nothing in the content directory or this import (`wanted`, then -b, -c …).
 */
async function claimDocumentId(
  claim: IdClaim,
  wanted: string,
  slice: DocumentSlice,
  isMarkdown: boolean,
): Promise<{ built: TreeBuild; docId: string }> {
  const { options, contentDir, kind, taken, batch } = claim;
  const wording = options.strengthWords !== undefined ? { strengthWords: options.strengthWords } : {};
  for (let k = 0; ; k++) {
    // Letter suffixes cannot collide with the numeric clause ids of the document already there (<id>-2).
    const docId =
      k === 0
        ? wanted
        : k < 26
          ? `${wanted}-${String.fromCharCode(97 + k)}`
          : `${wanted}-${shortHash(`${wanted}${k}`)}`;
    const built = buildDocumentTree(
      options.file,
      docId,
      { ...slice, lines: [...slice.lines], notes: [...slice.notes] },
      isMarkdown,
      wording,
    );
    const ids = [docId, ...[...walkClauses(built.tree.clauses)].map((c) => c.id)];
    const fileTaken = options.out === undefined && (await exists(path.join(contentDir, kind, `${docId}.yaml`)));
    if (!fileTaken && !ids.some((id) => taken.has(id) || batch.has(id))) {
      ids.forEach((id) => batch.add(id));
      return { built, docId };
    }
    if (options.id !== undefined && options.out !== undefined) {
      throw new ImportError(`id "${docId}" 已在 ${contentDir} 中使用 / id "${docId}" is already used in ${contentDir}`);
    }
  }
}

/** Warnings about what the content has no field for: paragraphs before the first clause, and closing lines after the last. */
function leftOutWarnings(tree: ImportedTree, kind: ImportKind, webLines: ReadonlySet<number>): ImportWarning[] {
  const warnings: ImportWarning[] = [];
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
  return warnings;
}

/** Where a document stood in its file, for the opening comment. */
interface Placement {
  file: string;
  format: SourceDocument['format'];
  today: string;
  /** 0-based index of the document, and how many documents the file holds. */
  index: number;
  count: number;
}

/** The opening comment of a document's file: where it came from, what to do, and the source lines it has no field for. */
function headerLines(tree: ImportedTree, kind: ImportKind, at: Placement): string[] {
  const name = path.basename(at.file);
  const header = [
    `由 guifan import 从 ${name} 导入（${at.today}） / imported from ${name}`,
    `请检查标有 TODO 的地方，然后运行 guifan check / review the places marked TODO, then run guifan check`,
  ];
  if (at.count > 1)
    header.push(
      `原文件中的第 ${at.index + 1} 篇（共 ${at.count} 篇） / document ${at.index + 1} of ${at.count} in the file`,
    );
  const kept: Located[] = [...(kind !== 'etiquette' ? tree.front.intro : []), ...tree.front.notes].sort(
    (a, b) => a.line - b.line,
  );
  const docx = at.format === 'docx';
  for (const p of kept)
    header.push(`原文第 ${p.line} ${docx ? '段' : '行'} / source ${docx ? 'paragraph' : 'line'} ${p.line}: ${p.text}`);
  return header;
}

/** One document's content as the kind wants it, checked against the kind's schema, with its warnings and YAML. */
function documentResult(
  kind: ImportKind,
  built: TreeBuild,
  ids: { docId: string; wanted: string },
  source: SourceDocument,
  at: Placement & { webLines: ReadonlySet<number>; targetPath: string },
): ImportResult {
  const { tree } = built;
  const warnings: ImportWarning[] = [...built.warnings];
  if (ids.docId !== ids.wanted)
    warnings.push({
      message: `id ${ids.wanted} 已被占用，改用 ${ids.docId} / id ${ids.wanted} is taken; using ${ids.docId}`,
    });
  const out = buildKind(kind, tree, at.today);
  warnings.push(...out.warnings);
  const check = KINDS[kind].schema.safeParse(out.data);
  if (!check.success) {
    // Should not happen: the builders fill every required field. Say so plainly if it does.
    const issues = check.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new ImportError(
      `导入结果不符合 ${kind} 的格式（导入程序的缺陷，请报告） / imported content does not fit the ${kind} schema (an importer bug): ${issues}`,
    );
  }
  warnings.push(...leftOutWarnings(tree, kind, at.webLines));
  locateWarnings(warnings, tree, source);
  warnings.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return {
    kind,
    id: ids.docId,
    yamlText: toYaml(out, headerLines(tree, kind, at)),
    targetPath: at.targetPath,
    warnings,
    tree,
    data: out.data,
    summary: out.summary,
    clauseCount: [...walkClauses(tree.clauses)].length,
  };
}

/** Imports a file: every document in it. Throws ImportError (naming the file) when it cannot be read or written. */
export async function runImport(options: ImportOptions): Promise<ImportOutcome> {
  const kind = options.kind ?? 'norms';
  checkOptions(kind, options.id);
  const contentDir = options.contentDir ?? 'content';
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  if (kind === 'quiz') {
    const { importQuiz } = await import('./quiz-import.ts');
    return importQuiz({ ...options, kind, contentDir, today });
  }
  const source = await readSource(options.file);
  if (source.lines.length === 0) throw new ImportError(`${options.file} 中没有文字 / ${options.file} has no text`);
  const baseId = options.id ?? documentIdFromFile(options.file);
  const claim: IdClaim = { options, kind, contentDir, taken: await existingIds(contentDir), batch: new Set() };
  const { slices, warnings: fileWarnings, webLines } = documentsOf(source, options.split ?? 'auto');
  if (slices.length > 1 && options.out !== undefined) {
    throw new ImportError(
      `${options.file} 包含 ${slices.length} 篇文件，--out 只能写一个文件；请去掉 --out（写入 --content 目录）或加 --no-split / ${options.file} holds ${slices.length} documents; --out writes one file: leave it out or add --no-split`,
    );
  }
  const onlyTitle = `${options.file} 中只有标题，没有可导入的条款 / ${options.file} holds only a title, no clauses to import`;
  const documents: ImportResult[] = [];
  for (const [index, slice] of slices.entries()) {
    const wanted =
      slices.length === 1
        ? baseId
        : slice.title
          ? documentIdFromFile(`${slice.title.text}.txt`)
          : `${baseId}-${index + 1}`;
    const { built, docId } = await claimDocumentId(claim, wanted, slice, source.format === 'md');
    if (built.tree.clauses.length === 0) {
      if (slices.length > 1) continue;
      throw new ImportError(onlyTitle);
    }
    const targetPath = options.out ?? path.join(contentDir, kind, `${docId}.yaml`);
    documents.push(
      documentResult(kind, built, { docId, wanted }, source, {
        file: options.file,
        format: source.format,
        today,
        index,
        count: slices.length,
        webLines,
        targetPath,
      }),
    );
  }
  if (documents.length === 0) throw new ImportError(onlyTitle);
  if (options.out === undefined && !(await exists(contentDir))) {
    fileWarnings.push({
      message: `内容目录 ${contentDir} 不存在，将新建 / content directory ${contentDir} does not exist; it will be created`,
    });
  }
  locateWarnings(fileWarnings, undefined, source);
  const outcome: ImportOutcome = { kind, file: options.file, format: source.format, documents, warnings: fileWarnings };
  if (!options.dryRun) await writeResults(documents);
  return outcome;
}
