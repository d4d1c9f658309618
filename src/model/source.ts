/**
 * Reading one content file: bytes → checked UTF-8 text → YAML document with
 * source positions. Everything that can go wrong before the schema sees the
 * data is reported here as a diagnostic with a line and column.
 */
import type { Stats } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import {
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  visit,
  type Document,
  type Node,
  type YAMLError,
} from 'yaml';
import type { Diagnostics } from './diagnostics.ts';
import { mendSlips, yamlErrorMessage } from './yaml-slips.ts';
import { describeSystemError, type SystemError } from './system-error.ts';
import type { SourceRef } from './types.ts';
import { refoldChineseLines } from './fold.ts';

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
  doc: Document.Parsed;
  lineCounter: LineCounter;
  /** The plain data, or undefined when the YAML could not be read. */
  data: unknown;
  /** Read only after mending slips (reported as errors): the data is the author's intent, not the file. */
  mended?: boolean;
}

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
function positionInText(text: string, offset: number, file: string): SourceRef {
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

/** Walks a YAML node tree along path; stops at the deepest node that exists. */
function walk(
  doc: Document.Parsed,
  path: readonly PathSegment[],
): { node: Node | null; depth: number; keyNode?: Node } {
  let node: Node | null = doc.contents;
  let keyNode: Node | undefined;
  let depth = 0;
  for (const seg of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(seg));
      if (!pair) break;
      keyNode = pair.key as Node;
      node = (pair.value as Node | null) ?? null;
      if (node === null) {
        depth++;
        break;
      }
    } else if (isSeq(node) && typeof seg === 'number') {
      const item = node.items[seg];
      if (item === undefined || item === null) break;
      keyNode = undefined;
      node = item as Node;
    } else {
      break;
    }
    depth++;
  }
  return { node, depth, ...(keyNode ? { keyNode } : {}) };
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
  const { node, depth, keyNode } = walk(pf.doc, segs);
  const exists = depth === segs.length;
  if (exists && opts.key && keyNode?.range) return { ...positionOf(pf.lineCounter, pf.file, keyNode.range[0]), exists };
  if (exists && node === null && keyNode?.range)
    return { ...positionOf(pf.lineCounter, pf.file, keyNode.range[0]), exists };
  const range = node?.range ?? pf.doc.contents?.range;
  return { ...(range ? positionOf(pf.lineCounter, pf.file, range[0]) : { file: pf.file, line: 1, column: 1 }), exists };
}

/** Whether a key exists in the map at path (to tell "missing" from "wrong type"). */
export function hasKey(pf: ParsedFile, path: readonly PropertyKey[]): boolean {
  const segs = path.filter((s): s is PathSegment => typeof s === 'string' || typeof s === 'number');
  return walk(pf.doc, segs).depth === segs.length;
}

/** Reads bytes, checks size and encoding, then parses. Undefined when the text cannot be had at all. */
export async function readTextFile(absPath: string, file: string, diags: Diagnostics): Promise<string | undefined> {
  const start: SourceRef = { file, line: 1, column: 1 };
  let info: Stats;
  try {
    info = await stat(absPath);
  } catch (e) {
    diags.error(start, '', 'file-unreadable', describeSystemError(e as SystemError, file));
    return undefined;
  }
  if (info.isDirectory()) {
    diags.error(
      start,
      '',
      'not-a-file',
      `${file} 是一个文件夹，不是文件；请改名（去掉 .yaml/.mdx 结尾）或移走 / ${file} is a folder, not a file; rename it (without .yaml/.mdx) or move it away`,
    );
    return undefined;
  }
  if (!info.isFile()) {
    // A named pipe would block the read for ever.
    diags.error(
      start,
      '',
      'not-a-file',
      `${file} 不是普通文件（可能是管道或设备），无法读取 / ${file} is not a regular file (a pipe or a device) and cannot be read`,
    );
    return undefined;
  }
  if (info.size > LIMITS.fileBytes) {
    diags.error(
      start,
      '',
      'file-too-large',
      `文件过大（${(info.size / 1024 / 1024).toFixed(1)} MB，上限 ${LIMITS.fileBytes / 1024 / 1024} MB），请拆分为多个文件 / file too large (${info.size} bytes, limit ${LIMITS.fileBytes}); split it into several files`,
    );
    return undefined;
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(absPath);
  } catch (e) {
    diags.error(start, '', 'file-unreadable', describeSystemError(e as SystemError, file));
    return undefined;
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const bad = firstInvalidUtf8(bytes);
    const prefix = new TextDecoder('utf-8').decode(bytes.subarray(0, bad));
    diags.error(
      positionInText(prefix, prefix.length, file),
      '',
      'invalid-utf8',
      `文件不是 UTF-8 编码（此处有无法识别的字节），请用 UTF-8 另存 / the file is not valid UTF-8 here; save it as UTF-8`,
    );
    return undefined;
  }
  if (text.charCodeAt(0) === 0xfeff) {
    // TextDecoder already drops a leading BOM unless told otherwise; this handles a doubled one.
    text = text.slice(1);
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    diags.warning(
      start,
      '',
      'bom',
      '文件开头有 BOM 标记，已忽略；建议保存为无 BOM 的 UTF-8 / the file starts with a byte-order mark (ignored); save as UTF-8 without BOM',
    );
  }
  const nul = text.indexOf('\u0000');
  if (nul >= 0) {
    diags.error(
      positionInText(text, nul, file),
      '',
      'control-character',
      '文件含有空字符（NUL），可能不是文本文件 / the file contains a NUL character; is it a text file?',
    );
    return undefined;
  }
  return text;
}

export async function readYamlFile(absPath: string, file: string, diags: Diagnostics): Promise<ParsedFile | undefined> {
  const text = await readTextFile(absPath, file, diags);
  return text === undefined ? undefined : parseYamlText(text, file, absPath, diags);
}

/** Parses YAML text (already decoded) with positions; reports syntax errors and limits. */
export function parseYamlText(text: string, file: string, absPath: string, diags: Diagnostics): ParsedFile {
  const start: SourceRef = { file, line: 1, column: 1 };
  const unread = (): ParsedFile => ({
    file,
    absPath,
    text,
    doc: parseDocument(''),
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
  const parse = (t: string) => {
    const lineCounter = new LineCounter();
    const doc = parseDocument(t, {
      lineCounter,
      prettyErrors: false,
      uniqueKeys: true,
      strict: true,
      logLevel: 'error',
    });
    return { doc, lineCounter, errors: doc.errors, lineOf: (offset: number) => lineCounter.linePos(offset).line };
  };
  let mended: ReturnType<typeof mendSlips<ReturnType<typeof parse>>>;
  try {
    mended = mendSlips(text, parse);
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
  const pf: ParsedFile = {
    file,
    absPath,
    text: mended.text,
    doc,
    lineCounter,
    data: undefined,
    ...(mended.mends.length ? { mended: true } : {}),
  };
  const duplicates = doc.errors.filter((e) => e.code === 'DUPLICATE_KEY');
  for (const err of duplicates)
    diags.error(positionOf(lineCounter, file, err.pos[0]), '', 'yaml-duplicate_key', yamlErrorMessage(err.code));
  const blocking = doc.errors.filter((e) => e.code !== 'DUPLICATE_KEY');
  if (blocking.length > 0) {
    // The first error that is not a known slip, once: those after it mostly follow from it. An
    // unclosed quote or bracket is the cause of everything after it, wherever yaml noticed it.
    const unclosed = blocking.find((e) => unclosedKind(e) !== undefined);
    const first = unclosed ?? blocking[0]!;
    const more = blocking.length - 1;
    const kind = unclosedKind(first);
    const [zh, en] = (
      kind === 'quote' ? UNCLOSED_QUOTE : kind === 'flow' ? UNCLOSED_BRACKET : yamlErrorMessage(first.code)
    ).split(' / ') as [string, string];
    const code =
      kind === 'quote'
        ? 'yaml-unclosed-quote'
        : kind === 'flow'
          ? 'yaml-unclosed-bracket'
          : `yaml-${first.code.toLowerCase()}`;
    const tail =
      more > 0
        ? [
            `（此文件另有 ${more} 处语法问题，多由这一处引起；改好后请再检查）`,
            ` (${more} more syntax problem(s) in this file, most likely caused by this one; check again after fixing it)`,
          ]
        : ['', ''];
    diags.error(positionOf(lineCounter, file, errorOffset(doc, first)), '', code, `${zh}${tail[0]} / ${en}${tail[1]}`);
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

const UNCLOSED_QUOTE =
  '这里开始的引号没有闭合：请在文字末尾补上同样的引号 / the quote opened here is never closed: add the same quote at the end of the text';
const UNCLOSED_BRACKET =
  '这里开始的方括号 [ 或花括号 { 没有闭合：请在同一行末尾补上 ] 或 } / the [ or { opened here is never closed: add ] or } at the end of the line';

/** An unclosed quote or bracket: the cause of every error after it. */
function unclosedKind(error: YAMLError): 'quote' | 'flow' | undefined {
  if (error.code === 'MISSING_CHAR' && /quote/i.test(error.message)) return 'quote';
  if (
    (error.code === 'MISSING_CHAR' || error.code === 'BAD_INDENT') &&
    /flow (sequence|map|collection)/i.test(error.message) &&
    /end with/i.test(error.message)
  )
    return 'flow';
  return undefined;
}

/** Where to point for an error: an unclosed quote or bracket is reported where it opens, not where yaml gave up. */
function errorOffset(doc: Document.Parsed, error: YAMLError): number {
  const at = error.pos[0];
  const kind = unclosedKind(error);
  if (kind === undefined) return at;
  let start: number | undefined;
  const encloses = (range: readonly number[] | null | undefined) =>
    range !== undefined && range !== null && range[0]! < at && range[1]! >= at;
  if (kind === 'quote') {
    visit(doc, {
      Scalar(_key, node) {
        if ((node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') && encloses(node.range))
          start = node.range![0];
      },
    });
  } else {
    // The innermost flow collection ([ ] or { }) that runs up to the error is the unclosed one.
    const innermost = (_key: unknown, node: { flow?: boolean; range?: readonly number[] | null }) => {
      if (node.flow && encloses(node.range)) start = node.range![0];
    };
    visit(doc, { Seq: innermost, Map: innermost });
  }
  return start ?? at;
}

function toData(pf: ParsedFile, diags: Diagnostics): unknown {
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
function checkShape(pf: ParsedFile, diags: Diagnostics): boolean {
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

function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return bytes.length;
}
