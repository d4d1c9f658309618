/**
 * What an unnumbered line is, read from the layout around it: the rest of a sentence the
 * original layout broke, a heading (short and unpunctuated), the second half of a broken
 * heading, a sub-heading over numbered items, or the header row of a table. Plain functions
 * of lines; the tree decides what to do with the answer.
 */
import { markerOfLine, rowNumber, type Line } from './lines.ts';
import type { Marker } from './numbering.ts';
import { endsClause } from './text.ts';
import { readStrength } from '../model/strength.ts';

/** A physical line shorter than this that ends without punctuation reads as a heading, not as a broken line. */
const SHORT_LINE = 16;
const MID_SENTENCE_END = /[，,、：:（(“"「《—\-/]$/u;
/** A heading cannot end on these: the layout broke it ("加强……的" / "具体措施"). */
const OPEN_HEADING_END = /[的和与及之对在为把并或、暨]$/u;

/** Short, unpunctuated text that reads as a heading (commas allowed: "坚持……，确保……"). */
export function titleLike(text: string, max = 30): boolean {
  const n = [...text].length;
  return n > 0 && n <= max && !endsClause(text) && !/[：:；;]$/u.test(text) && !/[；;。]/u.test(text);
}

/** A short unnumbered line that may head the numbered items after it: "支行及网点：", "各收费班组". */
export function subheadingText(text: string): string | undefined {
  const t = text.replace(/[：:]$/u, '');
  if ([...t].length < 2 || [...t].length > 20) return undefined;
  if (/[，,。；;！!？?、：:（(]/u.test(t) || /如下|以下|下列|如次/u.test(t)) return undefined;
  if (readStrength(t).markers.size > 0) return undefined;
  return t;
}

/** Whether line `l` continues the clause text of `prev` (a layout break) rather than starting a paragraph. */
export function continues(prev: Line, l: Line, isMarkdown: boolean): boolean {
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

/** The clause a broken heading would continue: its words so far and whether anything stands under it yet. */
export interface OpenHeading {
  head: string;
  hasBody: boolean;
  hasChildren: boolean;
}

/**
 * Whether `l` is the second half of a numbered heading the layout broke over two lines
 * ("四、加强……的" / "具体措施"): the clause just opened is a bare title and `l` a short
 * unpunctuated line, and either the heading cannot end where it did or numbered items follow.
 */
export function continuesHeading(
  open: OpenHeading,
  l: Line,
  next: Line | undefined,
  nextMarker: Marker | undefined,
): boolean {
  return (
    !open.hasBody &&
    !open.hasChildren &&
    titleLike(open.head) &&
    !l.cells &&
    titleLike(l.text, 12) &&
    !/[，,：:]/u.test(l.text) &&
    (OPEN_HEADING_END.test(open.head) ||
      (nextMarker !== undefined && nextMarker.scheme !== 'part') ||
      next?.heading !== undefined)
  );
}

/** The filled cells of a table row that names its columns (short labels, no 序号), or undefined. */
export function columnHeader(l: Line): string[] | undefined {
  if (!l.cells || rowNumber(l) !== undefined) return undefined;
  const filled = l.cells.filter((c) => c !== '');
  return filled.length >= 2 && filled.every((c) => [...c].length <= 8 && !endsClause(c)) ? filled : undefined;
}
