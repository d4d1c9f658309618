/**
 * Builds the nested clause tree from source lines, the way a reader would:
 *
 * - A line starting with a numbering marker opens a clause. A scheme already open on the
 *   current path closes everything below it and makes a sibling; a scheme not open yet
 *   nests under the current clause. So the nesting of schemes follows their order of first
 *   appearance in each section, and numbering may restart in every section.
 * - Decimal numbers nest by their dots (4.1.7 goes under 4.1), whatever came between.
 * - A line without a marker that follows an unfinished clause (no sentence-final
 *   punctuation, and a long line or one ending mid-sentence) continues it: the original
 *   layout broke it. Otherwise it is a new paragraph of the current clause.
 * - Two clauses glued on one line ("…解答。4.1.7 客户来…") are split.
 */
import type { Strength } from '../model/schema.ts';
import { inferStrength } from '../model/strength.ts';
import { classifyFrontLine, isSignatureLine, looksLikeTitle } from './front.ts';
import { detectMarker, findGluedDecimals, type Marker, type Scheme } from './numbering.ts';
import type { SourceLine } from './read.ts';
import { endsClause, joinContinuation, normaliseLine, shorten } from './text.ts';
import type { FrontMatter, ImportedClause, ImportedTree, ImportWarning, Located } from './types.ts';

/** A physical line shorter than this that ends without punctuation reads as a heading, not as a broken line. */
const SHORT_LINE = 16;
const MID_SENTENCE_END = /[，,、：:（(“"「《—\-/]$/u;

interface Line {
  text: string;
  line: number;
  heading?: number;
  indent?: number;
  list?: { id: string; level: number };
  breakBefore: boolean;
}

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
    children: [],
    number: '',
    numberWritten: false,
    id: '',
    todo: [],
  };
}

function describe(c: ImportedClause): string {
  return c.marker !== '' ? c.marker : `「${shorten(c.head, 12)}」`;
}

const SCHEME_LABEL: Partial<Record<Scheme, string>> = {
  part: '第…篇',
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

export function buildTree(file: string, docId: string, source: readonly SourceLine[], isMarkdown: boolean): TreeBuild {
  const warnings: ImportWarning[] = [];
  const warn = (line: number | undefined, message: string): void => {
    warnings.push(line === undefined ? { message } : { line, message });
  };

  const normalised: Line[] = source.map((s) => ({ ...s, text: normaliseLine(s.text) })).filter((s) => s.text !== '');
  // Page numbers and running footers left by a PDF or Word export ("- 3 -", "第 3 页 共 9 页").
  const pageLine = /^(?:[-—–－\s]*\d{1,3}[-—–－\s]*|第\s*\d+\s*页(?:\s*[，,/／]?\s*共\s*\d+\s*页)?|\d+\s*\/\s*\d+)$/u;
  const lines = normalised.filter((s) => !pageLine.test(s.text));
  if (lines.length < normalised.length) {
    const dropped = normalised.filter((s) => pageLine.test(s.text));
    warn(dropped[0]?.line, `去掉了 ${dropped.length} 行页码（第 ${dropped.map((d) => d.line).join('、')} 行） / dropped ${dropped.length} page-number line(s) (lines ${dropped.map((d) => d.line).join(', ')})`);
  }

  // Signature block (落款) at the end: organisation name and date lines.
  let end = lines.length;
  while (end > 0) {
    const l = lines[end - 1];
    if (!l || l.heading !== undefined || detectMarker(l.text) || !isSignatureLine(l.text)) break;
    end--;
  }
  const signature = lines.slice(end);
  const body = lines.slice(0, end);

  // Word's automatic numbering: count per list and level, restarting deeper levels.
  const listCounters = new Map<string, number[]>();
  const markerOf = (l: Line, expectBare: ReadonlySet<number>): Marker | undefined => {
    if (l.list) {
      const counts = listCounters.get(l.list.id) ?? [];
      counts.length = l.list.level + 1;
      const n = (counts[l.list.level] ?? 0) + 1;
      counts[l.list.level] = n;
      listCounters.set(l.list.id, counts);
      return { scheme: `list-${l.list.level}`, written: `${n}.`, ordinal: n, rest: l.text };
    }
    return detectMarker(l.text, expectBare);
  };

  // Front matter: everything before the first numbered line or heading below the title.
  const front: FrontMatter = { intro: [] };
  let i = 0;
  const first = body[0];
  if (first && !detectMarker(first.text) && !first.list && (first.heading !== undefined ? first.heading <= 1 : looksLikeTitle(first.text))) {
    front.title = { text: first.text, line: first.line };
    i = 1;
  }
  for (; i < body.length; i++) {
    const l = body[i];
    if (!l) break;
    if (l.heading !== undefined || l.list || detectMarker(l.text)) break;
    if (classifyFrontLine(front, l)) continue;
    const prev = front.intro[front.intro.length - 1];
    const prevLine = body[i - 1];
    if (prev && prevLine && continues(prevLine, l, isMarkdown)) prev.text = joinContinuation(prev.text, l.text);
    else front.intro.push({ text: l.text, line: l.line });
  }
  for (const l of signature) classifyFrontLine(front, l);

  // The clause tree.
  const roots: ImportedClause[] = [];
  const stack: ImportedClause[] = [];
  /** Where text of continuation lines goes. */
  let current: ImportedClause | undefined;
  let lastDecimal: number[] | undefined;
  let topDecimal: number | undefined;
  /** Clauses that got an unnumbered paragraph after a finished sentence: the line of that paragraph. */
  const loose = new Map<ImportedClause, number>();

  const childrenOf = (parent: ImportedClause | undefined): ImportedClause[] => (parent ? parent.children : roots);
  /** "A>B": scheme A has been seen above scheme B in this document (order of first appearance). */
  const above = new Set<string>();
  const schemeKey = (c: ImportedClause): string => `${c.scheme}@${c.indent}`;

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
    } else if (c.headingLevel !== undefined) {
      // A heading goes under the nearest heading of a higher level, never under a list item.
      const level = c.headingLevel;
      parentIndex = stack.length - 1;
      while (parentIndex >= 0 && !((stack[parentIndex]?.headingLevel ?? Infinity) < level)) parentIndex--;
    } else {
      const open = stack.findIndex((s) => s.scheme === c.scheme && s.indent === c.indent);
      parentIndex = open >= 0 ? open - 1 : stack.length - 1;
      // A scheme seen earlier as the parent of the open ones closes them: after 一、（一）1. in one
      // section, 二、1.（一） reads （一） as a sibling of that 1., not as its child.
      while (open < 0 && parentIndex >= 0 && above.has(`${schemeKey(c)}>${schemeKey(stack[parentIndex] as ImportedClause)}`)) parentIndex--;
    }
    const parent = parentIndex >= 0 ? stack[parentIndex] : undefined;
    stack.length = parentIndex + 1;
    const siblings = childrenOf(parent);
    // An unnumbered heading takes its number from its position (see finishTree).
    if (!c.scheme.startsWith('heading-')) checkOrdinal(c, parent, siblings);
    siblings.push(c);
    for (const a of stack) above.add(`${schemeKey(a)}>${schemeKey(c)}`);
    stack.push(c);
    current = c;
  };

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
    } else if (c.ordinal !== 1 && c.scheme !== 'decimal' && !(parent === undefined && c.scheme === 'part')) {
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
  };

  // Queue of lines still to read; glued clauses are split into extra entries.
  const queue: Line[] = body.slice(i);
  let prevLine: Line | undefined;
  while (queue.length > 0) {
    const l = queue.shift() as Line;
    const expectBare = new Set<number>();
    if (topDecimal !== undefined) expectBare.add(topDecimal + 1);
    const open = stack.find((s) => s.scheme === 'decimal' && s.parts);
    if (open?.parts?.[0] !== undefined) expectBare.add(open.parts[0] + 1);
    if (lastDecimal === undefined) expectBare.clear();
    let marker = markerOf(l, expectBare);

    // Split off further decimal clauses glued to this line.
    const from = marker?.scheme === 'decimal' ? marker.parts : lastDecimal;
    if (!l.list && from) {
      const textStart = marker ? l.text.length - marker.rest.length : 0;
      const glued = findGluedDecimals(l.text.slice(textStart), from);
      if (glued.length > 0) {
        const pieces: Line[] = [];
        let start = 0;
        for (const g of glued) {
          pieces.push({ ...l, text: l.text.slice(start, textStart + g.index).trim() });
          start = textStart + g.index;
        }
        pieces.push({ ...l, text: l.text.slice(start).trim(), breakBefore: true });
        warn(l.line, `一行中有 ${glued.length + 1} 个条款，已拆开（${glued.map((g) => g.parts.join('.')).join('、')}） / ${glued.length + 1} clauses on one line were split (${glued.map((g) => g.parts.join('.')).join(', ')})`);
        const [head, ...rest] = pieces.filter((p) => p.text !== '');
        if (head) {
          queue.unshift(...rest.map((r) => ({ ...r, breakBefore: true })));
          l.text = head.text;
          marker = markerOf(l, expectBare);
        }
      }
    }

    if (!marker && l.heading !== undefined) {
      marker = { scheme: `heading-${l.heading}`, written: '', ordinal: 0, rest: l.text };
    }
    if (marker) {
      const c = newClause(marker, l.line, l.heading, l.indent ?? 0);
      attach(c);
      if (c.scheme === 'decimal' && c.parts) {
        lastDecimal = c.parts;
        if (c.parts.length === 1 || stack.filter((s) => s.scheme === 'decimal').length === 1) topDecimal = c.parts[0];
      }
    } else if (current) {
      addText(prevLine, l);
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

  // A paragraph after the last item of a list may close the list rather than belong to the item.
  const checkLoose = (list: ImportedClause[], parent: ImportedClause | undefined): void => {
    const last = list[list.length - 1];
    const line = last ? loose.get(last) : undefined;
    if (last && line !== undefined && list.length >= 2) {
      warn(line, `列表最后一项 ${describe(last)} 后的无编号段落已并入该项，也可能属于上一级 ${parent ? describe(parent) : '文件'} / the unnumbered paragraph after the last item ${describe(last)} was added to it; it may belong to ${parent ? describe(parent) : 'the document'}`);
      last.todo.push(`第 ${line} 行的段落可能属于上一级 / the paragraph from line ${line} may belong to the parent`);
    }
    for (const c of list) checkLoose(c.children, c);
  };
  checkLoose(roots, undefined);

  // A heading repeated as the first paragraph (common in pages copied from the web) is dropped.
  for (const c of walkClauses(roots)) {
    if (c.body[0] !== undefined && c.body[0] === c.head && titleLike(c.head)) c.body.shift();
  }

  const tree: ImportedTree = { file, docId, front, clauses: roots, startNumber: 1 };
  finishTree(tree, warnings);
  return { tree, warnings };
}

/** Whether line `l` continues the clause text of `prev` (a layout break) rather than starting a paragraph. */
function continues(prev: Line, l: Line, isMarkdown: boolean): boolean {
  if (prev.heading !== undefined || l.heading !== undefined) return false;
  if (isMarkdown && l.breakBefore) return false;
  if (endsClause(prev.text)) return false;
  if (MID_SENTENCE_END.test(prev.text)) return true;
  // An English word or a number broken across lines.
  if (/[A-Za-z0-9]$/u.test(prev.text) && /^[A-Za-z0-9]/u.test(l.text)) return true;
  // "一、指导思想" or "第一篇：服务常态化" on its own line is a heading, however long the line.
  const m = detectMarker(prev.text);
  if (m && titleLike(m.rest) && [...m.rest].length <= 20) return false;
  return [...prev.text].length >= SHORT_LINE;
}

/** Short, unpunctuated text that reads as a heading. */
function titleLike(text: string): boolean {
  const n = [...text].length;
  return n > 0 && n <= 30 && !endsClause(text) && !/[：:，,；;]$/u.test(text) && !/[，,；;。]/u.test(text);
}

/**
 * Decides title / text, infers strength, and gives every clause its displayed number and id.
 *
 * Numbers follow the model's rule (position within the parent, restarted by an explicit
 * `number`), so a number is written only where the source differs from position. The model
 * wants every displayed number once per document: a number the source repeats (a second
 * document pasted after the first, numbering restarted without a heading) is replaced by the
 * next free one, with a warning.
 */
export function finishTree(tree: ImportedTree, warnings: ImportWarning[]): void {
  const used = new Set<string>();
  const usedIds = new Set<string>();
  /** Renumbered clauses, reported once per top-level clause. */
  const renumbered = new Map<ImportedClause, { changes: string[]; line: number }>();
  let top: ImportedClause | undefined;

  const decideWording = (c: ImportedClause): void => {
    const paragraphs = c.body.filter((b) => b !== '');
    if (c.head !== '' && (c.heading || ((c.children.length > 0 || paragraphs.length > 0) && titleLike(c.head)))) {
      c.title = c.head;
      if (paragraphs.length > 0) c.text = paragraphs.join('\n');
    } else {
      const text = [c.head, ...paragraphs].filter((t) => t !== '').join('\n');
      if (text !== '') c.text = text;
    }
    if (c.title === undefined && c.text === undefined) {
      c.title = c.marker !== '' ? c.marker : '（无标题）';
      warnings.push({ line: c.line, message: `条款 ${describe(c)} 没有文字 / clause ${describe(c)} has no text` });
      c.todo.push('条款没有文字 / the clause has no text');
    }
    if (c.text !== undefined) {
      const s: Strength | undefined = inferStrength(c.text);
      if (s) c.strength = s;
    }
  };

  const visitList = (list: readonly ImportedClause[], parentNumber: string | undefined, start: number): void => {
    let counter = start;
    for (const c of list) {
      if (!parentNumber) top = c;
      decideWording(c);
      const derived = parentNumber ? `${parentNumber}.${counter}` : String(counter);
      const wanted = c.scheme.startsWith('heading-')
        ? derived
        : c.scheme === 'decimal' && c.parts
          ? c.parts.join('.')
          : parentNumber
            ? `${parentNumber}.${c.ordinal}`
            : String(c.ordinal);
      let number = wanted;
      if (used.has(number)) {
        number = derived;
        for (let k = counter + 1; used.has(number); k++) number = parentNumber ? `${parentNumber}.${k}` : String(k);
        if (top) {
          const r = renumbered.get(top) ?? { changes: [], line: c.line };
          r.changes.push(`${wanted}→${number}`);
          renumbered.set(top, r);
        }
        c.todo.push(`原编号 ${c.marker || wanted} 与前文重复，已改为 ${number} / number ${c.marker || wanted} repeats an earlier one; shown as ${number}`);
      }
      used.add(number);
      c.number = number;
      c.numberWritten = number !== derived;
      const last = Number(number.split('.').pop());
      counter = c.numberWritten && Number.isFinite(last) ? last + 1 : counter + 1;

      const base = `${tree.docId}-${number.replace(/\./gu, '-')}`.slice(0, 80).replace(/-+$/u, '');
      let id = base;
      for (let k = 2; usedIds.has(id); k++) id = `${base.slice(0, 76)}-r${k}`;
      usedIds.add(id);
      c.id = id;
      visitList(c.children, number, 1);
    }
  };
  const first = tree.clauses[0];
  // The first top-level clause's own number starts the count (GB/T documents often start at 4);
  // an unnumbered heading or a deeper decimal number (3.1 with no 3) starts at 1.
  const startsCount = first !== undefined && !first.scheme.startsWith('heading-') && (first.scheme !== 'decimal' || first.parts?.length === 1);
  tree.startNumber = startsCount && first.ordinal >= 0 ? first.ordinal : 1;
  visitList(tree.clauses, undefined, tree.startNumber);

  for (const [t, r] of renumbered) {
    const list = r.changes.length > 6 ? `${r.changes.slice(0, 6).join('、')} 等 ${r.changes.length} 个` : r.changes.join('、');
    warnings.push({
      line: r.line,
      message: `${describe(t)} 中有编号与前文重复，已改号：${list} / numbers in ${describe(t)} repeat earlier ones and were changed (${r.changes.length})`,
    });
  }
}

/** Every clause in document order. */
export function* walkClauses(clauses: readonly ImportedClause[]): Generator<ImportedClause> {
  for (const c of clauses) {
    yield c;
    yield* walkClauses(c.children);
  }
}

export type { Located };
