/**
 * Builds the nested clause tree of one document from its lines, the way a reader would:
 *
 * - A line starting with a numbering marker opens a clause. A scheme already open on the
 *   current path closes everything below it and makes a sibling; a scheme not open yet
 *   nests under the current clause. So the nesting of schemes follows their order of first
 *   appearance in each section, and numbering may restart in every section.
 * - Decimal numbers nest by their dots (4.1.7 goes under 4.1), whatever came between.
 * - A short unnumbered line that introduces numbered items ("支行及网点：") is a sub-heading;
 *   a heading the layout broke over two lines ("四、加强……的" / "具体措施") is joined.
 * - A line without a marker that follows an unfinished clause (no sentence-final
 *   punctuation, and a long line or one ending mid-sentence) continues it: the original
 *   layout broke it. Otherwise it is a new paragraph of the current clause.
 * - Two clauses glued on one line ("…解答。4.1.7 客户来…") are split.
 * - Paragraphs after the document's last item that close the document (a summary, a call,
 *   the effective date) belong to no clause: they are kept for the file's comment.
 */
import { classifyFrontLine, DOCUMENT_WORD, isSignatureLine, looksLikeOrganisation, looksLikeTitle } from './front.ts';
import { markerOfLine, prepareLines, rowNumber, type Line } from './lines.ts';
import { findGluedDecimals, type Marker, type Scheme } from './numbering.ts';
import type { SourceLine } from './read.ts';
import { CLOSING_CUE, type DocumentSlice } from './split.ts';
import { endsClause, joinContinuation, shorten } from './text.ts';
import type { FrontMatter, ImportedClause, ImportedTree, ImportWarning, Located } from './types.ts';
import { finishTree, type WordingOptions } from './finish.ts';
import { readStrength } from '../model/strength.ts';

/** A physical line shorter than this that ends without punctuation reads as a heading, not as a broken line. */
const SHORT_LINE = 16;
const MID_SENTENCE_END = /[，,、：:（(“"「《—\-/]$/u;
/** A heading cannot end on these: the layout broke it ("加强……的" / "具体措施"). */
const OPEN_HEADING_END = /[的和与及之对在为把并或、暨]$/u;

function newClause(m: Marker, line: number, headingLevel: number | undefined, indent = 0): ImportedClause {
  return {
    indent,
    ...(headingLevel !== undefined ? { headingLevel } : {}),
    scheme: m.scheme,
    marker: m.written,
    ordinal: m.ordinal,
    ...(m.parts ? { parts: m.parts } : {}),
    line,
    heading: headingLevel !== undefined,
    head: m.rest.trim(),
    body: [],
    bodyLines: [],
    children: [],
    number: '',
    numberWritten: false,
    id: '',
    todo: [],
  };
}

export function describe(c: ImportedClause): string {
  return c.marker !== '' ? c.marker : `「${shorten(c.head, 12)}」`;
}

const SCHEME_LABEL: Partial<Record<Scheme, string>> = {
  part: '第…篇',
  portion: '第…部分',
  chapter: '第…章',
  section: '第…节',
  article: '第…条',
  han: '一、',
  'han-paren': '（一）',
  arabic: '1.',
  'arabic-half-paren': '1)',
  'arabic-paren': '（1）',
  circled: '①',
  latin: 'a)',
  decimal: '4.1',
};

export interface TreeBuild {
  tree: ImportedTree;
  warnings: ImportWarning[];
}

/** Short, unpunctuated text that reads as a heading (commas allowed: "坚持……，确保……"). */
export function titleLike(text: string, max = 30): boolean {
  const n = [...text].length;
  return n > 0 && n <= max && !endsClause(text) && !/[：:；;]$/u.test(text) && !/[；;。]/u.test(text);
}

/** A short unnumbered line that may head the numbered items after it: "支行及网点：", "各收费班组". */
function subheadingText(text: string): string | undefined {
  const t = text.replace(/[：:]$/u, '');
  if ([...t].length < 2 || [...t].length > 20) return undefined;
  if (/[，,。；;！!？?、：:（(]/u.test(t) || /如下|以下|下列|如次/u.test(t)) return undefined;
  if (readStrength(t).markers.size > 0) return undefined;
  return t;
}

/** Whether line `l` continues the clause text of `prev` (a layout break) rather than starting a paragraph. */
function continues(prev: Line, l: Line, isMarkdown: boolean): boolean {
  if (prev.heading !== undefined || l.heading !== undefined || prev.cells || l.cells) return false;
  if (isMarkdown && l.breakBefore) return false;
  if (endsClause(prev.text)) return false;
  // "……小组：" over "组长：王某": a colon introducing label lines or a list, not a broken sentence.
  if (/[：:]$/u.test(prev.text) && (/[：:]/u.test(l.text) || markerOfLine(l) !== undefined)) return false;
  if (MID_SENTENCE_END.test(prev.text)) return true;
  // An English word or a number broken across lines.
  if (/[A-Za-z0-9]$/u.test(prev.text) && /^[A-Za-z0-9]/u.test(l.text)) return true;
  // "一、指导思想" or "第一篇：服务常态化" on its own line is a heading, however long the line.
  const m = markerOfLine(prev);
  if (m && titleLike(m.rest) && !/[，,]/u.test(m.rest) && [...m.rest].length <= 20) return false;
  return [...prev.text].length >= SHORT_LINE;
}

/** Builds the tree of a whole source as one document (no compilation splitting). */
export function buildTree(file: string, docId: string, source: readonly SourceLine[], isMarkdown: boolean, options: WordingOptions = {}): TreeBuild {
  const { lines, dropped } = prepareLines(source);
  const warnings: ImportWarning[] = [];
  const pages = dropped.filter((d) => d.why === 'page');
  if (pages.length > 0) {
    warnings.push({ line: pages[0]?.line, message: `去掉了 ${pages.length} 行页码（第 ${pages.map((d) => d.line).join('、')} 行） / dropped ${pages.length} page-number line(s) (lines ${pages.map((d) => d.line).join(', ')})` });
  }
  const built = buildDocumentTree(file, docId, { lines, notes: dropped.filter((d) => d.why === 'boilerplate'), signature: [] }, isMarkdown, options);
  return { tree: built.tree, warnings: [...warnings, ...built.warnings] };
}

/** Front matter: the title (a title line, or two when the layout broke it) and the facts before the first clause. */
function readFront(slice: DocumentSlice, isMarkdown: boolean): { front: FrontMatter; start: number } {
  const body = slice.lines;
  const front: FrontMatter = { intro: [], notes: [...slice.notes] };
  if (slice.title) front.title = slice.title;
  let i = 0;
  // A table ends the front matter too: its header row names the columns of the rows after it.
  const opens = (l: Line): boolean => l.heading !== undefined || l.number !== undefined || l.cells !== undefined || markerOfLine(l) !== undefined;
  if (!front.title) {
    // The title is the first title-like line before any clause that is not a code, date or issuer line.
    for (let k = 0; k < Math.min(body.length, 6); k++) {
      const l = body[k] as Line;
      if (opens(l) && !(l.heading !== undefined && l.heading <= 1 && !l.number && !markerOfLine(l))) break;
      if (l.heading !== undefined ? l.heading > 1 : !looksLikeTitle(l.text)) continue;
      const probe: FrontMatter = { intro: [], notes: [] };
      if (classifyFrontLine(probe, { text: l.text, line: l.line }) && !(looksLikeOrganisation(l.text) && body[k + 1] && DOCUMENT_WORD.test((body[k + 1] as Line).text))) continue;
      const next = body[k + 1];
      // "青石高速公路收费站" / "“文明窗口”创建活动实施方案": one title over two lines.
      if (next && !opens(next) && !DOCUMENT_WORD.test(l.text) && looksLikeTitle(next.text) && DOCUMENT_WORD.test(next.text) && [...l.text].length + [...next.text].length <= 50) {
        front.title = { text: l.text + next.text, line: l.line };
        body.splice(k + 1, 1);
      } else front.title = { text: l.text, line: l.line };
      body.splice(k, 1);
      break;
    }
  }
  for (; i < body.length; i++) {
    const l = body[i] as Line;
    if (opens(l)) break;
    if (classifyFrontLine(front, { text: l.text, line: l.line })) continue;
    const prev = front.intro[front.intro.length - 1];
    const prevLine = body[i - 1];
    if (prev && prevLine && continues(prevLine, l, isMarkdown)) prev.text = joinContinuation(prev.text, l.text);
    else front.intro.push({ text: l.text, line: l.line });
  }
  for (const l of slice.signature) {
    if (!classifyFrontLine(front, { text: l.text, line: l.line })) front.notes.push({ text: l.text, line: l.line });
  }
  return { front, start: i };
}

/** Builds the tree of one document of the source. */
export function buildDocumentTree(file: string, docId: string, slice: DocumentSlice, isMarkdown: boolean, options: WordingOptions = {}): TreeBuild {
  const warnings: ImportWarning[] = [];
  const warn = (line: number | undefined, message: string): void => {
    warnings.push(line === undefined ? { message } : { line, message });
  };
  // Signature (落款) at the end when the slice was not cut by the splitter.
  let end = slice.lines.length;
  if (slice.signature.length === 0) {
    while (end > 0) {
      const l = slice.lines[end - 1] as Line;
      if (l.heading !== undefined || l.cells || markerOfLine(l) || !isSignatureLine(l.text)) break;
      end--;
    }
  }
  const own: DocumentSlice = { ...slice, lines: slice.lines.slice(0, end), signature: [...slice.signature, ...slice.lines.slice(end)] };
  const { front, start } = readFront(own, isMarkdown);
  const body = own.lines;

  // The clause tree.
  const roots: ImportedClause[] = [];
  const stack: ImportedClause[] = [];
  /** Where text of continuation lines goes. */
  let current: ImportedClause | undefined;
  let lastDecimal: number[] | undefined;
  let topDecimal: number | undefined;
  /** Clauses that got an unnumbered paragraph after a finished sentence: the line of that paragraph. */
  const loose = new Map<ImportedClause, number>();
  /** The header row of the table being read, when it names its columns. */
  let tableHeader: string[] | undefined;

  const childrenOf = (parent: ImportedClause | undefined): ImportedClause[] => (parent ? parent.children : roots);
  /** "A>B": scheme A has been seen above scheme B in this document (order of first appearance). */
  const above = new Set<string>();
  const schemeKey = (c: ImportedClause): string => `${c.scheme}@${c.indent}`;
  /** An open clause that an unnumbered heading can stand under: a heading, or a numbered title with nothing below yet. */
  const hostsHeading = (s: ImportedClause, level: number): boolean =>
    s.headingLevel !== undefined ? s.headingLevel < level : s.body.length === 0 && titleLike(s.head) && s.children.every((k) => k.headingLevel !== undefined);

  const attach = (c: ImportedClause): void => {
    let parentIndex: number;
    if (c.scheme === 'decimal' && c.parts) {
      const parts = c.parts;
      // The deepest open decimal clause whose number is a prefix of this one.
      let best = -1;
      let bestLen = 0;
      let firstDecimal = -1;
      stack.forEach((s, k) => {
        if (s.scheme !== 'decimal' || !s.parts) return;
        if (firstDecimal < 0) firstDecimal = k;
        const sp = s.parts;
        if (sp.length < parts.length && sp.every((p, j) => parts[j] === p) && sp.length >= bestLen) {
          best = k;
          bestLen = sp.length;
        }
      });
      if (best >= 0) {
        parentIndex = best;
        if (bestLen < parts.length - 1) {
          warn(c.line, `${c.marker} 的上级条款 ${parts.slice(0, -1).join('.')} 不存在，已放在 ${stack[best]?.marker} 下 / parent ${parts.slice(0, -1).join('.')} of ${c.marker} is missing; placed under ${stack[best]?.marker}`);
          c.todo.push(`上级条款 ${parts.slice(0, -1).join('.')} 缺失 / parent clause missing`);
        }
      } else {
        parentIndex = firstDecimal >= 0 ? firstDecimal - 1 : stack.length - 1;
        if (parts.length > 1 && firstDecimal >= 0) {
          warn(c.line, `${c.marker} 的上级条款 ${parts.slice(0, -1).join('.')} 不存在 / parent ${parts.slice(0, -1).join('.')} of ${c.marker} is missing`);
          c.todo.push(`上级条款 ${parts.slice(0, -1).join('.')} 缺失 / parent clause missing`);
        }
      }
    } else if (c.headingLevel !== undefined && c.scheme.startsWith('heading-')) {
      // An unnumbered heading goes under the nearest heading of a higher level, or the numbered section title over it.
      const level = c.headingLevel;
      parentIndex = stack.length - 1;
      while (parentIndex >= 0 && !hostsHeading(stack[parentIndex] as ImportedClause, level)) parentIndex--;
    } else if (c.headingLevel !== undefined) {
      // A numbered heading: under the nearest heading of a higher level, never under a list item.
      const level = c.headingLevel;
      const open = stack.findIndex((s) => s.scheme === c.scheme && s.indent === c.indent);
      parentIndex = stack.length - 1;
      while (parentIndex >= 0 && !((stack[parentIndex]?.headingLevel ?? Infinity) < level)) parentIndex--;
      if (open >= 0 && open - 1 < parentIndex) parentIndex = open - 1;
    } else {
      // The deepest open clause of this scheme (a list nested under an item of the same scheme is deeper).
      let open = -1;
      stack.forEach((s, k) => {
        if (s.scheme === c.scheme && s.indent === c.indent) open = k;
      });
      parentIndex = open >= 0 ? open - 1 : stack.length - 1;
      // "……可按以下方法进行：" then 1、 again: a list the open item's last paragraph introduces, under that item.
      const top = stack[stack.length - 1];
      if (open >= 0 && c.ordinal === 1 && top && /[：:]$/u.test(top.body[top.body.length - 1] ?? '')) parentIndex = stack.length - 1;
      // A scheme seen earlier as the parent of the open ones closes them: after 一、（一）1. in one
      // section, 二、1.（一） reads （一） as a sibling of that 1., not as its child.
      while (open < 0 && parentIndex >= 0 && above.has(`${schemeKey(c)}>${schemeKey(stack[parentIndex] as ImportedClause)}`)) parentIndex--;
    }
    const parent = parentIndex >= 0 ? stack[parentIndex] : undefined;
    stack.length = parentIndex + 1;
    const siblings = childrenOf(parent);
    // An unnumbered heading takes its number from its position (see finishTree).
    if (!c.scheme.startsWith('heading-') && c.scheme !== 'subhead') {
      checkOrdinal(c, parent, siblings);
      lastOrdinal.set(c.scheme, c.ordinal);
    }
    siblings.push(c);
    for (const a of stack) above.add(`${schemeKey(a)}>${schemeKey(c)}`);
    stack.push(c);
    current = c;
  };

  /** The last number of each scheme: items numbered on through the sections (一、1. 2. 二、3. 4.) are no slip. */
  const lastOrdinal = new Map<string, number>();
  const checkOrdinal = (c: ImportedClause, parent: ImportedClause | undefined, siblings: ImportedClause[]): void => {
    const sameDepth = (s: ImportedClause): boolean => s.scheme === c.scheme && (s.parts?.length ?? 0) === (c.parts?.length ?? 0);
    const prev = [...siblings].reverse().find(sameDepth);
    const label = SCHEME_LABEL[c.scheme] ?? c.scheme;
    if (prev) {
      if (c.ordinal === prev.ordinal + 1) return;
      if (c.ordinal === 1 || (c.parts && c.ordinal <= prev.ordinal)) {
        warn(c.line, `编号 ${c.marker} 在同一层级重新开始（上一条是第 ${prev.line} 行的 ${prev.marker}），可能是另一篇文件或漏掉了上级标题 / numbering ${c.marker} restarts at the same level (previous: ${prev.marker} on line ${prev.line}); a new document or a missing heading?`);
        c.todo.push(`编号重新开始，请确认层级 / numbering restarts here: check the nesting`);
      } else {
        warn(c.line, `编号从 ${prev.marker} 跳到 ${c.marker}（${label}） / numbering jumps from ${prev.marker} to ${c.marker}`);
        c.todo.push(`编号不连续 / numbering is not consecutive`);
      }
    } else if (c.ordinal !== 1 && c.scheme !== 'decimal' && !c.wordNumber && !(parent === undefined && c.scheme === 'part') && lastOrdinal.get(c.scheme) !== c.ordinal - 1) {
      warn(c.line, `${c.marker} 是这一层的第一条，但编号不是 1 / ${c.marker} is the first at its level but not number 1`);
      c.todo.push(`编号不从 1 开始 / numbering does not start at 1`);
    }
  };

  const addText = (prevLine: Line | undefined, l: Line): void => {
    if (!current) return;
    if (prevLine && continues(prevLine, l, isMarkdown)) {
      if (current.body.length > 0) current.body[current.body.length - 1] = joinContinuation(current.body[current.body.length - 1] ?? '', l.text);
      else current.head = joinContinuation(current.head, l.text);
      return;
    }
    if (current.children.length === 0 && current.body.length === 0 && current.head !== '' && endsClause(current.head)) {
      loose.set(current, l.line);
    }
    current.body.push(l.text);
    current.bodyLines.push(l.line);
  };

  // Queue of lines still to read; glued clauses are split into extra entries.
  const queue: Line[] = body.slice(start);
  let prevLine: Line | undefined;
  let prevMarker: Marker | undefined;
  while (queue.length > 0) {
    const l = queue.shift() as Line;
    const expectBare = new Set<number>();
    if (topDecimal !== undefined) expectBare.add(topDecimal + 1);
    const openDecimal = stack.find((s) => s.scheme === 'decimal' && s.parts);
    if (openDecimal?.parts?.[0] !== undefined) expectBare.add(openDecimal.parts[0] + 1);
    if (lastDecimal === undefined) expectBare.clear();
    let marker = markerOfLine(l, expectBare);

    // Split off further decimal clauses glued to this line.
    const from = marker?.scheme === 'decimal' ? marker.parts : lastDecimal;
    if (!l.number && !l.cells && from) {
      const textStart = marker ? l.text.length - marker.rest.length : 0;
      const glued = findGluedDecimals(l.text.slice(textStart), from);
      if (glued.length > 0) {
        const pieces: Line[] = [];
        let at = 0;
        for (const g of glued) {
          pieces.push({ ...l, text: l.text.slice(at, textStart + g.index).trim() });
          at = textStart + g.index;
        }
        pieces.push({ ...l, text: l.text.slice(at).trim(), breakBefore: true });
        warn(l.line, `一行中有 ${glued.length + 1} 个条款，已拆开（${glued.map((g) => g.parts.join('.')).join('、')}） / ${glued.length + 1} clauses on one line were split (${glued.map((g) => g.parts.join('.')).join(', ')})`);
        const [head, ...rest] = pieces.filter((p) => p.text !== '');
        if (head) {
          queue.unshift(...rest.map((r) => ({ ...r, breakBefore: true })));
          l.text = head.text;
          marker = markerOfLine(l, expectBare);
        }
      }
    }

    // A table: a header row naming its columns is kept for the rows; a row without a 序号 is text.
    if (l.cells) {
      if (rowNumber(l) === undefined && !marker) {
        const filled = l.cells.filter((c) => c !== '');
        if (filled.length >= 2 && filled.every((c) => [...c].length <= 8 && !endsClause(c))) {
          tableHeader = l.cells;
          front.notes.push({ text: filled.join(' | '), line: l.line });
          prevLine = l;
          continue;
        }
      }
    } else tableHeader = undefined;

    const next = queue[0];
    if (!marker && l.heading !== undefined) {
      marker = { scheme: `heading-${l.heading}`, written: '', ordinal: 0, rest: l.text };
    } else if (!marker && current && prevLine && !(prevLine && continues(prevLine, l, isMarkdown))) {
      const nextMarker = next ? markerOfLine(next) : undefined;
      const cur = current;
      // A heading the layout broke over two lines.
      const brokenHeading =
        prevMarker !== undefined &&
        cur.body.length === 0 &&
        cur.children.length === 0 &&
        titleLike(cur.head) &&
        !l.cells &&
        titleLike(l.text, 12) &&
        !/[，,：:]/u.test(l.text) &&
        (OPEN_HEADING_END.test(cur.head) || (nextMarker !== undefined && nextMarker.scheme !== 'part') || next?.heading !== undefined);
      if (brokenHeading) {
        cur.head = joinContinuation(cur.head, l.text);
        prevLine = l;
        continue;
      }
      const sub = subheadingText(l.text);
      if (sub !== undefined && nextMarker && nextMarker.scheme !== 'part' && !l.cells) {
        const openSame = [...stack].reverse().find((s) => s.scheme === nextMarker.scheme && s.indent === (next?.indent ?? 0));
        const parentOfOpen = openSame ? stack[stack.indexOf(openSame) - 1] : undefined;
        if (!openSame || parentOfOpen?.scheme === 'subhead') {
          marker = { scheme: 'subhead', written: '', ordinal: 0, rest: sub };
        }
      }
    }
    if (marker) {
      const c = newClause(marker, l.line, l.heading, l.indent ?? 0);
      if (l.number) c.wordNumber = true;
      if (l.cells) {
        const values = l.cells.slice(1);
        c.cells = { values, ...(tableHeader ? { header: tableHeader.slice(1) } : {}) };
        c.head = values.filter((v) => v !== '').join(' ');
      }
      attach(c);
      if (c.scheme === 'decimal' && c.parts) {
        lastDecimal = c.parts;
        if (c.parts.length === 1 || stack.filter((s) => s.scheme === 'decimal').length === 1) topDecimal = c.parts[0];
      }
      prevMarker = marker;
    } else if (current) {
      addText(prevLine, l);
      prevMarker = undefined;
    } else {
      front.intro.push({ text: l.text, line: l.line });
    }
    prevLine = l;
  }

  if (roots.length === 0 && front.intro.length > 0) {
    warn(undefined, '没有找到任何编号条款；整篇文字被当作一条 / no numbered clauses found; the whole text becomes one clause');
    const intro = front.intro.splice(0);
    const text = intro.map((p) => p.text).join('\n');
    if (text !== '') {
      roots.push({ ...newClause({ scheme: 'arabic', written: '', ordinal: 1, rest: text }, intro[0]?.line ?? 1, undefined) });
    }
  }

  // Paragraphs after the last item that close the document go to the comment, not into that item.
  const last = lastInOrder(roots);
  if (last && last.children.length === 0 && last.body.length > 0 && last.head !== '' && !titleLike(last.head)) {
    const siblings = siblingsOf(roots, last);
    const earlier = siblings.slice(0, siblings.indexOf(last));
    const listOfOneLiners = earlier.length >= 2 && earlier.every((s) => s.body.length === 0 && s.children.length === 0);
    const from = last.body.findIndex((p, k) => CLOSING_CUE.test(p) || (listOfOneLiners && k === 0));
    if (from >= 0) {
      last.body.splice(from).forEach((text, k) => front.notes.push({ text, line: last.bodyLines[from + k] ?? last.line }));
      last.bodyLines.splice(from);
      loose.delete(last);
    }
  }

  // A paragraph after the last item of a list may close the list rather than belong to the item.
  const checkLoose = (list: ImportedClause[], parent: ImportedClause | undefined): void => {
    const lastOfList = list[list.length - 1];
    const line = lastOfList ? loose.get(lastOfList) : undefined;
    if (lastOfList && line !== undefined && list.length >= 2) {
      warn(line, `列表最后一项 ${describe(lastOfList)} 后的无编号段落已并入该项，也可能属于上一级 ${parent ? describe(parent) : '文件'} / the unnumbered paragraph after the last item ${describe(lastOfList)} was added to it; it may belong to ${parent ? describe(parent) : 'the document'}`);
      lastOfList.todo.push(`第 ${line} 行的段落可能属于上一级 / the paragraph from line ${line} may belong to the parent`);
    }
    for (const c of list) checkLoose(c.children, c);
  };
  checkLoose(roots, undefined);

  // A heading repeated as the first paragraph (common in pages copied from the web) is dropped.
  for (const c of walkClauses(roots)) {
    if (c.body[0] !== undefined && c.body[0] === c.head && titleLike(c.head)) {
      c.body.shift();
      c.bodyLines.shift();
    }
  }

  const tree: ImportedTree = { file, docId, front, clauses: roots, startNumber: 1 };
  finishTree(tree, warnings, options);
  return { tree, warnings };
}

function lastInOrder(list: readonly ImportedClause[]): ImportedClause | undefined {
  const last = list[list.length - 1];
  if (!last) return undefined;
  return lastInOrder(last.children) ?? last;
}

function siblingsOf(roots: readonly ImportedClause[], c: ImportedClause): readonly ImportedClause[] {
  if (roots.includes(c)) return roots;
  for (const r of walkClauses(roots)) if (r.children.includes(c)) return r.children;
  return [c];
}

/** Every clause in document order. */
export function* walkClauses(clauses: readonly ImportedClause[]): Generator<ImportedClause> {
  for (const c of clauses) {
    yield c;
    yield* walkClauses(c.children);
  }
}

export type { Located };
