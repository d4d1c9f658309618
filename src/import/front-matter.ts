/**
 * The lines of one document that come before its first clause and after its last: the
 * signature (落款) at the end is set apart, the title is found (a title line, or two when the
 * layout broke it) and the facts before the first clause are read (front.ts tells what each
 * line is). Works on a copy of the slice's line list; the lines themselves are not changed.
 */
import { classifyFrontLine, DOCUMENT_WORD, isSignatureLine, looksLikeOrganisation, looksLikeTitle } from './front.ts';
import { continues } from './layout.ts';
import { markerOfLine, type Line } from './lines.ts';
import type { DocumentSlice } from './split.ts';
import { joinContinuation } from './text.ts';
import type { FrontMatter } from './types.ts';

/** The slice with its signature lines moved out of `lines`, when the splitter did not do it already. */
export function withOwnSignature(slice: DocumentSlice): DocumentSlice {
  let end = slice.lines.length;
  if (slice.signature.length === 0) {
    while (end > 0) {
      const l = slice.lines[end - 1] as Line;
      if (l.heading !== undefined || l.cells || markerOfLine(l) || !isSignatureLine(l.text)) break;
      end--;
    }
  }
  return { ...slice, lines: slice.lines.slice(0, end), signature: [...slice.signature, ...slice.lines.slice(end)] };
}

/** A line that ends the front matter: a heading, a numbered line or a table. */
const opensBody = (l: Line): boolean =>
  l.heading !== undefined || l.number !== undefined || l.cells !== undefined || markerOfLine(l) !== undefined;

/** Finds the title among the first lines and takes it (and its second line) out of `body`. */
function takeTitle(body: Line[]): FrontMatter['title'] {
  // The title is the first title-like line before any clause that is not a code, date or issuer line.
  for (let k = 0; k < Math.min(body.length, 6); k++) {
    const l = body[k] as Line;
    if (opensBody(l) && !(l.heading !== undefined && l.heading <= 1 && !l.number && !markerOfLine(l))) break;
    if (l.heading !== undefined ? l.heading > 1 : !looksLikeTitle(l.text)) continue;
    const probe: FrontMatter = { intro: [], notes: [] };
    if (
      classifyFrontLine(probe, { text: l.text, line: l.line }) &&
      !(looksLikeOrganisation(l.text) && body[k + 1] && DOCUMENT_WORD.test((body[k + 1] as Line).text))
    )
      continue;
    const next = body[k + 1];
    let title: FrontMatter['title'];
    // "青石高速公路收费站" / "“文明窗口”创建活动实施方案": one title over two lines.
    if (
      next &&
      !opensBody(next) &&
      !DOCUMENT_WORD.test(l.text) &&
      looksLikeTitle(next.text) &&
      DOCUMENT_WORD.test(next.text) &&
      [...l.text].length + [...next.text].length <= 50
    ) {
      title = { text: l.text + next.text, line: l.line };
      body.splice(k + 1, 1);
    } else title = { text: l.text, line: l.line };
    body.splice(k, 1);
    return title;
  }
  return undefined;
}

/**
 * Front matter of a slice (its signature already set apart): the title, the facts and the
 * intro paragraphs before the first clause, and `start`, the index in `slice.lines` of the
 * first line of the body. Takes the title lines out of `slice.lines`.
 */
export function readFront(slice: DocumentSlice, isMarkdown: boolean): { front: FrontMatter; start: number } {
  const body = slice.lines;
  const front: FrontMatter = { intro: [], notes: [...slice.notes] };
  if (slice.title) front.title = slice.title;
  else {
    const title = takeTitle(body);
    if (title) front.title = title;
  }
  let i = 0;
  for (; i < body.length; i++) {
    const l = body[i] as Line;
    if (opensBody(l)) break;
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
