/**
 * Reads a source document into lines with their source line numbers.
 * .txt and .md: one entry per text line (line = 1-based line in the file).
 * .docx: one entry per paragraph (line = 1-based paragraph number), read by docx.ts with
 * Word's own list numbers.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { readDocxPackage, type DocxLine } from './docx.ts';
import type { ListNumber } from './word-numbering.ts';
import { CELL_SEPARATOR } from './text.ts';

export interface SourceLine {
  /** Raw text of the line, not yet normalised. */
  text: string;
  /** 1-based line (paragraph for .docx) in the source. */
  line: number;
  /** Heading level from Markdown `#` or a Word heading style (0 = Title style). */
  heading?: number;
  /** Word automatic list numbering on this paragraph, as Word shows it. */
  number?: ListNumber;
  /** A table row: the text of each cell. */
  cells?: string[];
  /** Markdown list nesting (0 = not indented): nested lists may reuse the same numbering scheme. */
  indent?: number;
  /** A blank line (or a new list item / paragraph in Markdown) came before: a new paragraph starts. */
  breakBefore: boolean;
}

export interface SourceDocument {
  file: string;
  format: 'txt' | 'md' | 'docx';
  lines: SourceLine[];
  notes: { line?: number; message: string }[];
}

export class ImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportError';
  }
}

/** Plain text in UTF-8 (with or without BOM), or GB18030 (what Chinese Windows saves as "ANSI"). */
function decodeText(buf: Buffer, notes: SourceDocument['notes']): string {
  // Notepad's "Unicode" is UTF-16 with a byte order mark.
  if (buf[0] === 0xff && buf[1] === 0xfe) return new TextDecoder('utf-16le').decode(buf);
  if (buf[0] === 0xfe && buf[1] === 0xff) return new TextDecoder('utf-16be').decode(buf);
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(buf);
  } catch {
    notes.push({ message: '文件不是 UTF-8 编码，已按 GB18030（GBK）读取 / not UTF-8; decoded as GB18030 (GBK)' });
    return new TextDecoder('gb18030').decode(buf);
  }
}

function splitTextLines(text: string): SourceLine[] {
  const out: SourceLine[] = [];
  let blank = true;
  text.split(/\r\n|\r|\n/u).forEach((raw, i) => {
    if (raw.trim() === '') {
      blank = true;
      return;
    }
    out.push({ text: raw, line: i + 1, breakBefore: blank });
    blank = false;
  });
  return out;
}

/** Strips Markdown inline marks that carry no meaning for clauses. */
function stripInline(s: string): string {
  return s
    .replace(/!\[[^\]]*\]\([^)]*\)/gu, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/gu, '$1')
    .replace(/(\*\*|__)(.+?)\1/gu, '$2')
    .replace(/(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])/gu, '$1')
    .replace(/`([^`]*)`/gu, '$1')
    .replace(/<!--.*?-->/gu, '')
    .replace(/\s+$/u, '');
}

function splitMarkdownLines(text: string): SourceLine[] {
  const raw = text.split(/\r\n|\r|\n/u);
  const out: SourceLine[] = [];
  let i = 0;
  // YAML front matter: skip it (its title, if any, is repeated as a heading in practice).
  if (raw[0]?.trim() === '---') {
    const end = raw.findIndex((l, j) => j > 0 && /^(---|\.\.\.)\s*$/u.test(l));
    if (end > 0) i = end + 1;
  }
  let blank = true;
  let fence = false;
  let inComment = false;
  for (; i < raw.length; i++) {
    let line = raw[i] ?? '';
    if (/^\s*(```|~~~)/u.test(line)) {
      fence = !fence;
      blank = true;
      continue;
    }
    if (inComment) {
      if (line.includes('-->')) inComment = false;
      continue;
    }
    if (/^\s*<!--/u.test(line) && !line.includes('-->')) {
      inComment = true;
      continue;
    }
    if (fence) continue;
    if (line.trim() === '' || /^\s*([-*_]\s*){3,}$/u.test(line)) {
      blank = true;
      continue;
    }
    let heading: number | undefined;
    let indentOf = 0;
    let breakBefore = blank;
    const h = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/u.exec(line);
    if (h) {
      heading = (h[1] ?? '#').length;
      line = h[2] ?? '';
      breakBefore = true;
    } else {
      line = line.replace(/^\s*>\s?/u, '');
      const lead = /^( *)(?:\d+[.)]|[-*+])\s/u.exec(line.replace(/\t/gu, '    '));
      if (lead && (lead[1] ?? '').length >= 2) indentOf = Math.floor((lead[1] ?? '').length / 2);
      const bullet = /^\s*[-*+]\s+/u.exec(line);
      if (bullet) {
        line = line.slice(bullet[0].length);
        breakBefore = true;
      }
      if (/^\s*\|/u.test(line)) {
        if (/^\s*\|?\s*:?-{2,}/u.test(line)) continue;
        line = line
          .replace(/^\s*\||\|\s*$/gu, '')
          .split('|')
          .map((c) => c.trim())
          .filter(Boolean)
          .join(CELL_SEPARATOR);
        breakBefore = true;
      }
    }
    line = stripInline(line);
    if (line.trim() === '') continue;
    out.push({
      text: line,
      line: i + 1,
      breakBefore,
      ...(heading !== undefined ? { heading } : {}),
      ...(indentOf > 0 ? { indent: indentOf } : {}),
    });
    blank = false;
  }
  return out;
}

async function readDocx(file: string, buf: Buffer): Promise<SourceLine[]> {
  let lines: DocxLine[];
  try {
    lines = await readDocxPackage(buf);
  } catch (e) {
    throw new ImportError(
      `无法读取 Word 文件 ${file}：${(e as Error).message} / cannot read the .docx file ${file}: ${(e as Error).message}`,
    );
  }
  const out: SourceLine[] = [];
  for (const l of lines) {
    if (l.cells) {
      out.push({
        text: l.cells.filter((c) => c !== '').join(CELL_SEPARATOR),
        line: l.paragraph,
        breakBefore: true,
        cells: l.cells,
      });
      continue;
    }
    // A soft line break inside a paragraph is a layout break: keep it as separate lines so they are rejoined like text lines.
    l.text.split('\n').forEach((part, k) => {
      if (part.trim() === '') return;
      out.push({
        text: part,
        line: l.paragraph,
        breakBefore: k === 0,
        ...(l.heading !== undefined && k === 0 ? { heading: l.heading } : {}),
        ...(l.number && k === 0 ? { number: l.number } : {}),
      });
    });
  }
  return out;
}

/** Reads FILE as .txt, .md or .docx; throws ImportError naming the file when it cannot. */
export async function readSource(file: string): Promise<SourceDocument> {
  const ext = path.extname(file).toLowerCase();
  const format =
    ext === '.docx'
      ? 'docx'
      : ext === '.md' || ext === '.markdown'
        ? 'md'
        : ext === '.txt' || ext === '.text'
          ? 'txt'
          : undefined;
  if (format === undefined) {
    throw new ImportError(
      `不支持的文件类型 "${ext || '(无扩展名)'}"：${file}（支持 .docx、.txt、.md；旧版 .doc 请先另存为 .docx） / unsupported file type "${ext || '(none)'}": ${file} (use .docx, .txt or .md; save old .doc files as .docx first)`,
    );
  }
  let buf: Buffer;
  try {
    buf = await readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? '文件不存在 / no such file'
        : code === 'EISDIR'
          ? '这是一个目录 / it is a directory'
          : code === 'EACCES'
            ? '没有读取权限 / permission denied'
            : (e as Error).message;
    throw new ImportError(`无法读取 ${file}：${why} / cannot read ${file}`);
  }
  const notes: SourceDocument['notes'] = [];
  if (format === 'docx') {
    if (buf.length < 4 || buf.readUInt32LE(0) !== 0x04034b50) {
      throw new ImportError(
        `${file} 不是有效的 .docx 文件（不是 ZIP 格式；旧版 .doc 请先另存为 .docx） / ${file} is not a valid .docx file (not a ZIP package; save old .doc files as .docx)`,
      );
    }
    return { file, format, lines: await readDocx(file, buf), notes };
  }
  const text = decodeText(buf, notes);
  if (text.includes('\u0000')) {
    throw new ImportError(`${file} 看起来是二进制文件，不是文本 / ${file} looks binary, not text`);
  }
  return { file, format, lines: format === 'md' ? splitMarkdownLines(text) : splitTextLines(text), notes };
}
