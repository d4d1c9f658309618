/**
 * The last passes over an assembled clause tree, before it is finished (finish.ts): a text
 * with no numbered clause becomes one clause; paragraphs after the document's last item that
 * close it (a summary, a call, the effective date) go to the comment; a paragraph after the
 * last item of a list is flagged (it may close the list); a heading repeated as its own first
 * paragraph (pages copied from the web) is dropped. Each pass changes the tree in place.
 */
import { describe, lastInOrder, newClause, siblingsOf, walkClauses } from './clause.ts';
import { titleLike } from './layout.ts';
import { CLOSING_CUE } from './split.ts';
import type { FrontMatter, ImportedClause, ImportWarning } from './types.ts';

/** No numbered clause at all: the intro paragraphs become one clause (with a warning). */
export function wholeTextAsClause(roots: ImportedClause[], front: FrontMatter, warnings: ImportWarning[]): void {
  if (roots.length > 0 || front.intro.length === 0) return;
  warnings.push({
    message: '没有找到任何编号条款；整篇文字被当作一条 / no numbered clauses found; the whole text becomes one clause',
  });
  const intro = front.intro.splice(0);
  const text = intro.map((p) => p.text).join('\n');
  if (text !== '')
    roots.push({
      ...newClause({ scheme: 'arabic', written: '', ordinal: 1, rest: text }, intro[0]?.line ?? 1, undefined),
    });
}

/**
 * Paragraphs of the last item that close the document go to `front.notes`: from the first one
 * opened by a closing cue, or all of them after a list of one-line items. Returns the item
 * they were taken from.
 */
export function moveClosingParagraphs(
  roots: readonly ImportedClause[],
  front: FrontMatter,
): ImportedClause | undefined {
  const last = lastInOrder(roots);
  if (!last || last.children.length > 0 || last.body.length === 0 || last.head === '' || titleLike(last.head))
    return undefined;
  const siblings = siblingsOf(roots, last);
  const earlier = siblings.slice(0, siblings.indexOf(last));
  const listOfOneLiners = earlier.length >= 2 && earlier.every((s) => s.body.length === 0 && s.children.length === 0);
  const from = last.body.findIndex((p, k) => CLOSING_CUE.test(p) || (listOfOneLiners && k === 0));
  if (from < 0) return undefined;
  last.body.splice(from).forEach((text, k) => front.notes.push({ text, line: last.bodyLines[from + k] ?? last.line }));
  last.bodyLines.splice(from);
  return last;
}

/**
 * A paragraph after the last item of a list may close the list rather than belong to the item:
 * a warning and a TODO at that item. `loose` maps a clause to the line of the unnumbered
 * paragraph that followed its finished sentence.
 */
export function flagLooseParagraphs(
  list: readonly ImportedClause[],
  parent: ImportedClause | undefined,
  loose: ReadonlyMap<ImportedClause, number>,
  warnings: ImportWarning[],
): void {
  const lastOfList = list[list.length - 1];
  const line = lastOfList ? loose.get(lastOfList) : undefined;
  if (lastOfList && line !== undefined && list.length >= 2) {
    warnings.push({
      line,
      message: `列表最后一项 ${describe(lastOfList)} 后的无编号段落已并入该项，也可能属于上一级 ${parent ? describe(parent) : '文件'} / the unnumbered paragraph after the last item ${describe(lastOfList)} was added to it; it may belong to ${parent ? describe(parent) : 'the document'}`,
    });
    lastOfList.todo.push(
      `第 ${line} 行的段落可能属于上一级 / the paragraph from line ${line} may belong to the parent`,
    );
  }
  for (const c of list) flagLooseParagraphs(c.children, c, loose, warnings);
}

/** A heading repeated as its own first paragraph is dropped. */
export function dropRepeatedHeadings(roots: readonly ImportedClause[]): void {
  for (const c of walkClauses(roots)) {
    if (c.body[0] !== undefined && c.body[0] === c.head && titleLike(c.head)) {
      c.body.shift();
      c.bodyLines.shift();
    }
  }
}
