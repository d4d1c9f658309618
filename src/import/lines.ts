/**
 * Source lines made ready for the tree: normalised text, page-number lines and web
 * boilerplate (site paths, 来源, 作者/发布于, 上一页/下一页, "not fully shown") taken out and kept
 * for a comment, and the numbering marker of a line — typed, or Word's own list number.
 */
import { detectMarker, type Marker } from './numbering.ts';
import type { SourceLine } from './read.ts';
import { normaliseLine } from './text.ts';
import type { ImportWarning, Located } from './types.ts';
import type { ListNumber } from './word-numbering.ts';

export interface Line {
  text: string;
  line: number;
  heading?: number;
  indent?: number;
  number?: ListNumber;
  cells?: string[];
  breakBefore: boolean;
}

/** Page numbers and running footers left by a PDF or Word export ("- 3 -", "第 3 页 共 9 页"). */
const PAGE_LINE = /^(?:[-—–－\s]*\d{1,3}[-—–－\s]*|第\s*\d+\s*页(?:\s*[，,/／]?\s*共\s*\d+\s*页)?|\d+\s*\/\s*\d+)$/u;

/** Lines a web page wraps around a document. Short lines only: a clause may mention a website. */
const BOILERPLATE: RegExp[] = [
  /^(?:您的)?当前位置\s*[：:]/u,
  /^首页\s*[>›»＞]/u,
  /[>›»＞]\s*正文$/u,
  /(?:^|\s)来源\s*[：:]\s*\S+/u,
  /本文来源|来源于\s*[：:]?\s*\S*\.(?:com|cn|net|org)|转载请注明|版权归.*所有|如有侵权/u,
  /^作者\s*[：:].*(?:发布|时间)/u,
  /发布(?:于|时间)\s*[：:]\s*\d{4}[-/.年]\d{1,2}/u,
  /【大】\s*【中】\s*【小】|字号\s*[：:]?\s*[大中小]/u,
  /(?:浏览|阅读|点击)(?:次数|量)?\s*[：:]\s*\d+/u,
  /^上一页|下一页$|^上一篇|^下一篇/u,
  /篇幅(?:问题|有限)|不能全部显示|点此查看|查看(?:更多|全文)|展开全文|下载(?:文档|全文|本文)|免费下载|全文阅读/u,
  /(?:^|\s)www\.\S+|https?:\/\/\S+/u,
  /^(?:相关(?:推荐|文章|阅读)|热门(?:推荐|文章)|猜你喜欢|推荐阅读)\s*[：:]?$/u,
];

/** A compilation's own title: "服务制度汇编（精选4篇）", "公交公司服务规范(共3篇)". */
export const COMPILATION_TITLE = /[（(]\s*(?:精选|共|合集)?\s*\d+\s*篇\s*[）)]$|汇编$|范文\s*\d*\s*篇$|\d+篇$/u;

export function isBoilerplate(text: string): boolean {
  return [...text].length <= 80 && BOILERPLATE.some((re) => re.test(text));
}

export interface PreparedLines {
  lines: Line[];
  /** Lines taken out, for the file's comment: page numbers and boilerplate. */
  dropped: (Located & { why: 'page' | 'boilerplate' })[];
}

/** The warning naming the page-number lines taken out, if any were. */
export function pageWarning(dropped: PreparedLines['dropped']): ImportWarning | undefined {
  const pages = dropped.filter((d) => d.why === 'page');
  if (pages.length === 0) return undefined;
  return {
    line: pages[0]?.line,
    message: `去掉了 ${pages.length} 行页码（第 ${pages.map((d) => d.line).join('、')} 行） / dropped ${pages.length} page-number line(s) (lines ${pages.map((d) => d.line).join(', ')})`,
  };
}

export function prepareLines(source: readonly SourceLine[]): PreparedLines {
  const dropped: PreparedLines['dropped'] = [];
  const lines: Line[] = [];
  for (const s of source) {
    const text = normaliseLine(s.text);
    if (text === '') continue;
    if (s.number === undefined && s.cells === undefined && PAGE_LINE.test(text)) {
      dropped.push({ text, line: s.line, why: 'page' });
      continue;
    }
    if (s.number === undefined && s.heading === undefined && isBoilerplate(text)) {
      dropped.push({ text, line: s.line, why: 'boilerplate' });
      continue;
    }
    const l: Line = { text, line: s.line, breakBefore: s.breakBefore };
    if (s.heading !== undefined) l.heading = s.heading;
    if (s.indent !== undefined) l.indent = s.indent;
    if (s.number !== undefined) l.number = s.number;
    if (s.cells !== undefined) l.cells = s.cells.map((c) => normaliseLine(c));
    lines.push(l);
  }
  return { lines, dropped };
}

/** A table row whose first cell is a number (序号): "1 | 水质投诉 | 2小时内上门取样". */
export function rowNumber(l: Line): number | undefined {
  const cells = (l.cells ?? []).filter((c) => c !== '');
  const m = /^(\d{1,3})[.、．]?$/u.exec(cells[0] ?? '');
  return m && cells.length > 1 ? Number(m[1]) : undefined;
}

/**
 * The numbering marker of a line: Word's list number read as the user sees it ("第三条",
 * "（二）"), a 序号 cell, or a typed marker. `expectBare` lists top-level numbers that may
 * stand without punctuation ("5检查与考核").
 */
export function markerOfLine(l: Line, expectBare: ReadonlySet<number> = new Set()): Marker | undefined {
  if (l.number) {
    const shown = l.number.text;
    const typed = detectMarker(shown) ?? detectMarker(`${shown} 文`);
    if (typed) return { ...typed, written: shown, ordinal: typed.ordinal, rest: l.text };
    return { scheme: `list-${l.number.level}`, written: shown, ordinal: l.number.value, rest: l.text };
  }
  if (l.cells) {
    const n = rowNumber(l);
    return n === undefined ? undefined : { scheme: 'arabic', written: String(n), ordinal: n, rest: l.text };
  }
  return detectMarker(l.text, expectBare);
}
