/**
 * Assembles the clauses of one document from its body lines, one line at a time: a line with
 * a numbering marker (typed, Word's own, a 序号 cell, a heading, or a sub-heading over
 * numbered items) opens a clause, which nesting.ts places; any other line is text of the
 * current clause — the rest of a sentence the layout broke, or a new paragraph. Two clauses
 * glued on one line ("…解答。4.1.7 客户来…") are split first, into new lines: the lines given
 * are never changed, so the same slice can be built again (under another id).
 */
import { newClause } from './clause.ts';
import { columnHeader, continues, continuesHeading, subheadingText } from './layout.ts';
import { markerOfLine, type Line } from './lines.ts';
import { parentIndex, ordinalSlip, schemeKey, subheadFits } from './nesting.ts';
import { findGluedDecimals, type Marker } from './numbering.ts';
import { endsClause, joinContinuation } from './text.ts';
import type { FrontMatter, ImportedClause, ImportWarning } from './types.ts';

/** The tree so far and what reading the next line needs to know. */
interface Assembly {
  roots: ImportedClause[];
  /** The open path: the clauses a new one may go under, outermost first. */
  stack: ImportedClause[];
  /** Where text lines go. */
  current?: ImportedClause;
  /** "A>B": scheme A has been seen above scheme B in this document (order of first appearance). */
  above: Set<string>;
  /** The last number of each scheme (items numbered on through the sections are no slip). */
  lastOrdinal: Map<string, number>;
  /** The parts of the last decimal number, and the first part of the top decimal level. */
  lastDecimal?: number[];
  topDecimal?: number;
  /** Clauses that got an unnumbered paragraph after a finished sentence: the line of that paragraph. */
  loose: Map<ImportedClause, number>;
  /** The header row of the table being read, when it names its columns. */
  tableHeader?: string[];
  warnings: ImportWarning[];
}

export interface Assembled {
  roots: ImportedClause[];
  loose: Map<ImportedClause, number>;
}

/** Places `c` in the tree (nesting.ts), checks its number against its siblings' and makes it current. */
function attach(a: Assembly, c: ImportedClause): void {
  const { index, note } = parentIndex(c, a.stack, a.above);
  if (note) {
    a.warnings.push({ line: c.line, message: note.message });
    c.todo.push(note.todo);
  }
  const parent = index >= 0 ? a.stack[index] : undefined;
  a.stack.length = index + 1;
  const siblings = parent ? parent.children : a.roots;
  // An unnumbered heading takes its number from its position (see finishTree).
  if (!c.scheme.startsWith('heading-') && c.scheme !== 'subhead') {
    const slip = ordinalSlip(c, parent, siblings, a.lastOrdinal);
    if (slip) {
      a.warnings.push({ line: c.line, message: slip.message });
      c.todo.push(slip.todo);
    }
    a.lastOrdinal.set(c.scheme, c.ordinal);
  }
  siblings.push(c);
  for (const s of a.stack) a.above.add(`${schemeKey(s)}>${schemeKey(c)}`);
  a.stack.push(c);
  a.current = c;
}

/** Adds an unnumbered line to the current clause: joined to its last words when the layout broke them, else a paragraph. */
function addText(a: Assembly, prevLine: Line | undefined, l: Line, isMarkdown: boolean): void {
  const current = a.current;
  if (!current) return;
  if (prevLine && continues(prevLine, l, isMarkdown)) {
    if (current.body.length > 0)
      current.body[current.body.length - 1] = joinContinuation(current.body[current.body.length - 1] ?? '', l.text);
    else current.head = joinContinuation(current.head, l.text);
    return;
  }
  if (current.children.length === 0 && current.body.length === 0 && current.head !== '' && endsClause(current.head)) {
    a.loose.set(current, l.line);
  }
  current.body.push(l.text);
  current.bodyLines.push(l.line);
}

/** Top-level decimal numbers that may stand without punctuation on the next line ("5检查与考核" after 4.x). */
function bareNumbersExpected(a: Assembly): Set<number> {
  const expectBare = new Set<number>();
  if (a.lastDecimal === undefined) return expectBare;
  if (a.topDecimal !== undefined) expectBare.add(a.topDecimal + 1);
  const openDecimal = a.stack.find((s) => s.scheme === 'decimal' && s.parts);
  if (openDecimal?.parts?.[0] !== undefined) expectBare.add(openDecimal.parts[0] + 1);
  return expectBare;
}

/**
 * Splits decimal clauses glued to line `l` ("…解答。4.1.7 客户来…") into the line of the first
 * piece (`head`) and the lines of the others, to read next; undefined when nothing is glued.
 * `from` is the decimal number the glued ones must follow on from.
 */
function splitGlued(
  a: Assembly,
  l: Line,
  marker: Marker | undefined,
  from: readonly number[],
): { head: Line; rest: Line[] } | undefined {
  const textStart = marker ? l.text.length - marker.rest.length : 0;
  const glued = findGluedDecimals(l.text.slice(textStart), from);
  if (glued.length === 0) return undefined;
  const pieces: Line[] = [];
  let at = 0;
  for (const g of glued) {
    pieces.push({ ...l, text: l.text.slice(at, textStart + g.index).trim() });
    at = textStart + g.index;
  }
  pieces.push({ ...l, text: l.text.slice(at).trim(), breakBefore: true });
  a.warnings.push({
    line: l.line,
    message: `一行中有 ${glued.length + 1} 个条款，已拆开（${glued.map((g) => g.parts.join('.')).join('、')}） / ${glued.length + 1} clauses on one line were split (${glued.map((g) => g.parts.join('.')).join(', ')})`,
  });
  const [head, ...rest] = pieces.filter((p) => p.text !== '');
  if (!head) return undefined;
  return { head: { ...l, text: head.text }, rest: rest.map((r) => ({ ...r, breakBefore: true })) };
}

/**
 * The marker of an unnumbered line that still opens a clause: a heading, or a sub-heading over
 * the numbered items after it. 'joined' when the line is the second half of a broken heading
 * (its words were added to the current clause's).
 */
function unnumberedMarker(
  a: Assembly,
  l: Line,
  prevLine: Line | undefined,
  prevMarker: Marker | undefined,
  next: Line | undefined,
  isMarkdown: boolean,
): Marker | 'joined' | undefined {
  if (l.heading !== undefined) return { scheme: `heading-${l.heading}`, written: '', ordinal: 0, rest: l.text };
  const cur = a.current;
  if (!cur || !prevLine || continues(prevLine, l, isMarkdown)) return undefined;
  const nextMarker = next ? markerOfLine(next) : undefined;
  if (
    prevMarker !== undefined &&
    continuesHeading(
      { head: cur.head, hasBody: cur.body.length > 0, hasChildren: cur.children.length > 0 },
      l,
      next,
      nextMarker,
    )
  ) {
    cur.head = joinContinuation(cur.head, l.text);
    return 'joined';
  }
  const sub = subheadingText(l.text);
  if (
    sub !== undefined &&
    nextMarker &&
    nextMarker.scheme !== 'part' &&
    !l.cells &&
    subheadFits(a.stack, nextMarker.scheme, next?.indent ?? 0)
  ) {
    return { scheme: 'subhead', written: '', ordinal: 0, rest: sub };
  }
  return undefined;
}

/** Opens the clause of `marker` on line `l` and keeps track of the decimal numbering. */
function openClause(a: Assembly, l: Line, marker: Marker): void {
  const c = newClause(marker, l.line, l.heading, l.indent ?? 0);
  if (l.number) c.wordNumber = true;
  if (l.cells) {
    const values = l.cells.slice(1);
    c.cells = { values, ...(a.tableHeader ? { header: a.tableHeader.slice(1) } : {}) };
    c.head = values.filter((v) => v !== '').join(' ');
  }
  attach(a, c);
  if (c.scheme === 'decimal' && c.parts) {
    a.lastDecimal = c.parts;
    if (c.parts.length === 1 || a.stack.filter((s) => s.scheme === 'decimal').length === 1) a.topDecimal = c.parts[0];
  }
}

/**
 * Reads the body lines of a document into a clause tree. Lines before the first clause that
 * open none go to `front.intro`; a table's header row goes to `front.notes`.
 */
export function assembleClauses(
  lines: readonly Line[],
  front: FrontMatter,
  isMarkdown: boolean,
  warnings: ImportWarning[],
): Assembled {
  const a: Assembly = { roots: [], stack: [], above: new Set(), lastOrdinal: new Map(), loose: new Map(), warnings };
  // Queue of lines still to read; glued clauses are split into extra entries.
  const queue: Line[] = [...lines];
  let prevLine: Line | undefined;
  let prevMarker: Marker | undefined;
  while (queue.length > 0) {
    let l = queue.shift() as Line;
    const expectBare = bareNumbersExpected(a);
    let marker = markerOfLine(l, expectBare);
    const from = marker?.scheme === 'decimal' ? marker.parts : a.lastDecimal;
    const glued = !l.number && !l.cells && from ? splitGlued(a, l, marker, from) : undefined;
    if (glued) {
      queue.unshift(...glued.rest);
      l = glued.head;
      marker = markerOfLine(l, expectBare);
    }
    // A table: a header row naming its columns is kept for the rows; a row without a 序号 is text.
    if (l.cells) {
      const header = marker ? undefined : columnHeader(l);
      if (header) {
        a.tableHeader = l.cells;
        front.notes.push({ text: header.join(' | '), line: l.line });
        prevLine = l;
        continue;
      }
    } else a.tableHeader = undefined;

    if (!marker) {
      const found = unnumberedMarker(a, l, prevLine, prevMarker, queue[0], isMarkdown);
      if (found === 'joined') {
        prevLine = l;
        continue;
      }
      marker = found;
    }
    if (marker) {
      openClause(a, l, marker);
      prevMarker = marker;
    } else if (a.current) {
      addText(a, prevLine, l, isMarkdown);
      prevMarker = undefined;
    } else {
      front.intro.push({ text: l.text, line: l.line });
    }
    prevLine = l;
  }
  return { roots: a.roots, loose: a.loose };
}
