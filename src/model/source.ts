/**
 * One content file's YAML: text → YAML document with source positions (read-file.ts reads the
 * bytes and checks the encoding; yaml-syntax.ts words a syntax error). Everything that can go wrong before the schema sees the
 * data is reported here as a diagnostic with a line and column.
 */
import { isAlias, isMap, isPair, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import type { Diagnostics } from './diagnostics.ts';
import { mendSlips, yamlErrorMessage } from './yaml-slips.ts';
import { syntaxError } from './yaml-syntax.ts';
import type { SourceRef } from './types.ts';
import { refoldChineseLines } from './fold.ts';
import { type PosNode, positionsOf, walkPositions } from './positions.ts';

/** Limits that keep a mistaken or hostile file from stalling a build. */
export const LIMITS = {
  /** Bytes per content file. The largest real norm documents are a few hundred KB. */
  fileBytes: 2 * 1024 * 1024,
  /** Aliases (*name) per file; stops "billion laughs" expansion. */
  aliases: 100,
  /** Nesting depth of maps and lists. */
  depth: 40,
  /** Maps, lists and values per file. */
  nodes: 200_000,
  /**
   * Nesting as it appears in the text (indentation, "- - -" chains, open brackets), checked
   * before parsing: the yaml parser recurses per level and overflows the stack at about 1,000
   * levels — sometimes as a fatal V8 "RegExpCompiler Allocation failed" that kills the process.
   */
  textNesting: 200,
} as const;

export interface ParsedFile {
  /** Relative path, '/'-separated. */
  file: string;
  absPath: string;
  text: string;
  /** The parsed document (none when the parse was kept from an earlier build: parsed-cache.ts). */
  doc?: Document.Parsed;
  /** Where each value is written, as locate reads it (positions.ts). */
  positions: PosNode | null;
  lineCounter: LineCounter;
  /** The plain data, or undefined when the YAML could not be read. */
  data: unknown;
  /** Read only after mending slips (reported as errors): the data is the author's intent, not the file. */
  mended?: boolean;
}

/** A file just parsed: its document at hand. */
type FreshFile = ParsedFile & { doc: Document.Parsed };

type PathSegment = string | number;

/** Path as shown to users: clauses[2].strength */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else out += out ? `.${String(seg)}` : String(seg);
  }
  return out;
}

function positionOf(lc: LineCounter, file: string, offset: number): SourceRef {
  const { line, col } = lc.linePos(offset);
  return { file, line, column: col };
}

/** 1-based line/column of a byte offset in text, for problems found before YAML parsing. */
export function positionInText(text: string, offset: number, file: string): SourceRef {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { file, line, column: offset - lineStart + 1 };
}

/**
 * Position of the value at path. If the path does not exist (a missing field),
 * the position of the deepest existing container, so the user sees the object
 * that lacks the field. With `key: true`, the position of the field's name.
 */
export function locate(
  pf: ParsedFile,
  path: readonly PropertyKey[],
  opts: { key?: boolean } = {},
): SourceRef & { exists: boolean } {
  const segs = path.filter((s): s is PathSegment => typeof s === 'string' || typeof s === 'number');
  const { node, depth, keyAt } = walkPositions(pf.positions, segs);
  const exists = depth === segs.length;
  if (exists && opts.key && keyAt !== undefined) return { ...positionOf(pf.lineCounter, pf.file, keyAt), exists };
  if (exists && node === null && keyAt !== undefined) return { ...positionOf(pf.lineCounter, pf.file, keyAt), exists };
  const at = node?.at ?? pf.positions?.at;
  return {
    ...(at !== undefined ? positionOf(pf.lineCounter, pf.file, at) : { file: pf.file, line: 1, column: 1 }),
    exists,
  };
}

/** Whether a key exists in the map at path (to tell "missing" from "wrong type"). */
export function hasKey(pf: ParsedFile, path: readonly PropertyKey[]): boolean {
  const segs = path.filter((s): s is PathSegment => typeof s === 'string' || typeof s === 'number');
  return walkPositions(pf.positions, segs).depth === segs.length;
}

/** One parse of the text with source positions, in the shape mendSlips retries. */
function parseWithPositions(t: string) {
  const lineCounter = new LineCounter();
  const doc = parseDocument(t, {
    lineCounter,
    prettyErrors: false,
    uniqueKeys: true,
    strict: true,
    logLevel: 'error',
  });
  return { doc, lineCounter, errors: doc.errors, lineOf: (offset: number) => lineCounter.linePos(offset).line };
}
type Parsed = ReturnType<typeof parseWithPositions>;

/** Parses YAML text (already decoded) with positions; reports syntax errors and limits. */
export function parseYamlText(text: string, file: string, absPath: string, diags: Diagnostics): ParsedFile {
  const pf = parseText(text, file, absPath, diags);
  // Taken once the data is read (refolding happens on the document), as locate would then see it.
  if (pf.doc) pf.positions = positionsOf(pf.doc);
  return pf;
}

function parseText(text: string, file: string, absPath: string, diags: Diagnostics): ParsedFile {
  const start: SourceRef = { file, line: 1, column: 1 };
  const unread = (): ParsedFile => ({
    file,
    absPath,
    text,
    doc: parseDocument(''),
    positions: null,
    lineCounter: new LineCounter(),
    data: undefined,
  });
  // Fuzzing found that `- - - … 1` (or [[[…, or deep indentation) nested ~1,000 levels deep makes
  // parseDocument throw RangeError (Maximum call stack size exceeded) or crash the process; refuse
  // such text before parsing, at the line where it gets too deep.
  const deep = findTextNesting(text, LIMITS.textNesting);
  if (deep !== undefined) {
    diags.error(
      positionInText(text, deep, file),
      '',
      'too-deep',
      `嵌套层级过深（上限 ${LIMITS.depth} 层） / nesting too deep (limit ${LIMITS.depth} levels)`,
    );
    return unread();
  }
  let mended: ReturnType<typeof mendSlips<Parsed>>;
  try {
    mended = mendSlips(text, parseWithPositions);
  } catch {
    // A stack overflow that the pre-check above did not foresee: still a diagnostic, never a crash.
    diags.error(
      start,
      '',
      'yaml-unreadable',
      '无法读取此 YAML 文件（结构过于复杂） / cannot read this YAML file (its structure is too complex)',
    );
    return unread();
  }
  const { doc, lineCounter } = mended.parsed;
  // Each slip once, with what to do; the rest of the file is read as mended (same lines).
  for (const m of mended.mends) diags.error({ file, line: m.line, column: m.column }, '', m.code, m.message);
  const pf: FreshFile = {
    file,
    absPath,
    text: mended.text,
    doc,
    positions: null,
    lineCounter,
    data: undefined,
    ...(mended.mends.length ? { mended: true } : {}),
  };
  const duplicates = doc.errors.filter((e) => e.code === 'DUPLICATE_KEY');
  for (const err of duplicates)
    diags.error(positionOf(lineCounter, file, err.pos[0]), '', 'yaml-duplicate_key', yamlErrorMessage(err.code));
  const blocking = doc.errors.filter((e) => e.code !== 'DUPLICATE_KEY');
  if (blocking.length > 0) {
    const e = syntaxError(doc, blocking);
    diags.error(positionOf(lineCounter, file, e.offset), '', e.code, e.message);
    return pf;
  }
  if (duplicates.length > 0 || mended.mends.length > 0) {
    // Read on, so the file's other mistakes are reported in this run too, but never build from it.
    if (checkShape(pf, diags)) pf.data = toData(pf, diags);
    return pf;
  }
  if (!checkShape(pf, diags)) return pf;
  pf.data = toData(pf, diags);
  return pf;
}

function toData(pf: FreshFile, diags: Diagnostics): unknown {
  refoldChineseLines(pf.doc, pf.text);
  try {
    return pf.doc.toJS({ maxAliasCount: LIMITS.aliases });
  } catch {
    diags.error(
      { file: pf.file, line: 1, column: 1 },
      '',
      'yaml-alias-limit',
      `引用（*名称）展开过多，超过上限 ${LIMITS.aliases} / too many alias expansions (limit ${LIMITS.aliases})`,
    );
    return undefined;
  }
}

const ID_IN_TEXT = /(?:^|[\s{,-])["']?id["']?[ \t]*[:：][ \t]*["']?([a-z0-9][a-z0-9-]*)/gm;

/**
 * The ids a file that could not be parsed would have defined, read from its text: references
 * to them elsewhere are then not reported again (one slip, one error).
 */
export function idsInText(text: string): string[] {
  return [...text.matchAll(ID_IN_TEXT)].map((m) => m[1]!);
}

/** Depth and size limits, checked on the node tree before expanding it. */
function checkShape(pf: FreshFile, diags: Diagnostics): boolean {
  let count = 0;
  let aliases = 0;
  const stack: { node: unknown; depth: number }[] = [{ node: pf.doc.contents, depth: 0 }];
  while (stack.length) {
    const { node, depth } = stack.pop()!;
    count++;
    if (count > LIMITS.nodes) {
      diags.error(
        { file: pf.file, line: 1, column: 1 },
        '',
        'too-many-items',
        `条目过多（上限 ${LIMITS.nodes}），请拆分文件 / too many items (limit ${LIMITS.nodes}); split the file`,
      );
      return false;
    }
    if (isMap(node) || isSeq(node)) {
      if (depth > LIMITS.depth) {
        const at = node.range
          ? positionOf(pf.lineCounter, pf.file, node.range[0])
          : { file: pf.file, line: 1, column: 1 };
        diags.error(
          at,
          '',
          'too-deep',
          `嵌套层级过深（上限 ${LIMITS.depth} 层） / nesting too deep (limit ${LIMITS.depth} levels)`,
        );
        return false;
      }
      for (const item of node.items) {
        if (isPair(item)) {
          stack.push({ node: item.key, depth: depth + 1 });
          stack.push({ node: item.value, depth: depth + 1 });
        } else stack.push({ node: item, depth: depth + 1 });
      }
    } else if (isAlias(node)) {
      aliases++;
    }
  }
  if (aliases > LIMITS.aliases) {
    diags.error(
      { file: pf.file, line: 1, column: 1 },
      '',
      'yaml-alias-limit',
      `引用（*名称）过多（上限 ${LIMITS.aliases}） / too many aliases (limit ${LIMITS.aliases})`,
    );
    return false;
  }
  return true;
}

/**
 * Offset of the first line whose nesting, estimated from the text, exceeds limit: its
 * indentation, plus a chain of block indicators ("- ", "? ", ": ") at its start, plus the
 * brackets still open. An overestimate for ordinary files, which stay far below the limit.
 */
function findTextNesting(text: string, limit: number): number | undefined {
  let open = 0;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let end = text.indexOf('\n', lineStart);
    if (end < 0) end = text.length;
    let i = lineStart;
    let depth = 0;
    let indicators = 0;
    let over: number | undefined;
    // Indentation and leading indicators: "  - - ? key" nests once per space-separated indicator.
    for (; i < end; i++) {
      const ch = text.charCodeAt(i);
      if (ch === 32 || ch === 9 || ch === 13) depth++;
      else if (
        (ch === 45 || ch === 63 || ch === 58) &&
        (i + 1 === end || text.charCodeAt(i + 1) === 32 || text.charCodeAt(i + 1) === 9)
      )
        depth++, indicators++;
      else break;
      if (over === undefined && depth + open > limit) over = i;
    }
    // A line of nothing but spaces nests nothing.
    if (over !== undefined && (i < end || indicators > 0)) return over;
    for (; i < end; i++) {
      const ch = text.charCodeAt(i);
      if (ch === 91 || ch === 123) {
        open++;
        if (depth + open > limit) return i;
      } else if ((ch === 93 || ch === 125) && open > 0) open--;
    }
    lineStart = end + 1;
  }
  return undefined;
}
