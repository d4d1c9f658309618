/**
 * Where a new clause goes in the tree being built, and whether its number follows on from
 * its siblings'. Plain functions over the open path (the stack of clauses a new one may go
 * under, outermost first); the rules:
 *
 * - A scheme already open on the path closes everything below it and makes a sibling; a scheme
 *   not open yet nests under the current clause, unless it was seen above the open ones earlier
 *   in the document (order of first appearance decides the nesting).
 * - Decimal numbers nest by their dots (4.1.7 goes under 4.1), whatever came between.
 * - Headings go under the nearest heading of a higher level, never under a list item.
 */
import { titleLike } from './layout.ts';
import { SCHEME_LABEL } from './numbering.ts';
import type { ImportedClause } from './types.ts';

/** A note for the warnings and the clause's TODO, in the words a reader sees. */
export interface NestingNote {
  message: string;
  todo: string;
}

/** The key of a clause's scheme in the "seen above" relation: a list nested in Markdown is its own level. */
export const schemeKey = (c: ImportedClause): string => `${c.scheme}@${c.indent}`;

/** An open clause that an unnumbered heading can stand under: a heading, or a numbered title with nothing below yet. */
function hostsHeading(s: ImportedClause, level: number): boolean {
  return s.headingLevel !== undefined
    ? s.headingLevel < level
    : s.body.length === 0 && titleLike(s.head) && s.children.every((k) => k.headingLevel !== undefined);
}

/** The deepest open decimal clause whose number is a prefix of `c`'s (-1: none), with a note when a level between is missing. */
function decimalParent(
  c: ImportedClause,
  parts: readonly number[],
  stack: readonly ImportedClause[],
): { index: number; note?: NestingNote } {
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
  const missing = parts.slice(0, -1).join('.');
  const todo = `上级条款 ${missing} 缺失 / parent clause missing`;
  if (best >= 0) {
    if (bestLen >= parts.length - 1) return { index: best };
    return {
      index: best,
      note: {
        message: `${c.marker} 的上级条款 ${missing} 不存在，已放在 ${stack[best]?.marker} 下 / parent ${missing} of ${c.marker} is missing; placed under ${stack[best]?.marker}`,
        todo,
      },
    };
  }
  const index = firstDecimal >= 0 ? firstDecimal - 1 : stack.length - 1;
  if (parts.length > 1 && firstDecimal >= 0)
    return {
      index,
      note: { message: `${c.marker} 的上级条款 ${missing} 不存在 / parent ${missing} of ${c.marker} is missing`, todo },
    };
  return { index };
}

/**
 * The index in `stack` of the clause `c` goes under (-1: the top level). `above` holds
 * "A>B" for every scheme A seen above scheme B so far.
 */
export function parentIndex(
  c: ImportedClause,
  stack: readonly ImportedClause[],
  above: ReadonlySet<string>,
): { index: number; note?: NestingNote } {
  if (c.scheme === 'decimal' && c.parts) return decimalParent(c, c.parts, stack);
  if (c.headingLevel !== undefined && c.scheme.startsWith('heading-')) {
    // An unnumbered heading goes under the nearest heading of a higher level, or the numbered section title over it.
    const level = c.headingLevel;
    let index = stack.length - 1;
    while (index >= 0 && !hostsHeading(stack[index] as ImportedClause, level)) index--;
    return { index };
  }
  if (c.headingLevel !== undefined) {
    // A numbered heading: under the nearest heading of a higher level, never under a list item.
    const level = c.headingLevel;
    const open = stack.findIndex((s) => s.scheme === c.scheme && s.indent === c.indent);
    let index = stack.length - 1;
    while (index >= 0 && !((stack[index]?.headingLevel ?? Infinity) < level)) index--;
    if (open >= 0 && open - 1 < index) index = open - 1;
    return { index };
  }
  // The deepest open clause of this scheme (a list nested under an item of the same scheme is deeper).
  let open = -1;
  stack.forEach((s, k) => {
    if (s.scheme === c.scheme && s.indent === c.indent) open = k;
  });
  let index = open >= 0 ? open - 1 : stack.length - 1;
  // "……可按以下方法进行：" then 1、 again: a list the open item's last paragraph introduces, under that item.
  const top = stack[stack.length - 1];
  if (open >= 0 && c.ordinal === 1 && top && /[：:]$/u.test(top.body[top.body.length - 1] ?? ''))
    index = stack.length - 1;
  // A scheme seen earlier as the parent of the open ones closes them: after 一、（一）1. in one
  // section, 二、1.（一） reads （一） as a sibling of that 1., not as its child.
  while (open < 0 && index >= 0 && above.has(`${schemeKey(c)}>${schemeKey(stack[index] as ImportedClause)}`)) index--;
  return { index };
}

/**
 * A slip in `c`'s number against its siblings: a restart, a jump, or a first item not
 * numbered 1. `lastOrdinal` is the last number of each scheme in the document (items numbered
 * on through the sections — 一、1. 2. 二、3. 4. — are no slip).
 */
export function ordinalSlip(
  c: ImportedClause,
  parent: ImportedClause | undefined,
  siblings: readonly ImportedClause[],
  lastOrdinal: ReadonlyMap<string, number>,
): NestingNote | undefined {
  const sameDepth = (s: ImportedClause): boolean =>
    s.scheme === c.scheme && (s.parts?.length ?? 0) === (c.parts?.length ?? 0);
  const prev = [...siblings].reverse().find(sameDepth);
  const label = SCHEME_LABEL[c.scheme] ?? c.scheme;
  if (prev) {
    if (c.ordinal === prev.ordinal + 1) return undefined;
    if (c.ordinal === 1 || (c.parts && c.ordinal <= prev.ordinal)) {
      return {
        message: `编号 ${c.marker} 在同一层级重新开始（上一条是第 ${prev.line} 行的 ${prev.marker}），可能是另一篇文件或漏掉了上级标题 / numbering ${c.marker} restarts at the same level (previous: ${prev.marker} on line ${prev.line}); a new document or a missing heading?`,
        todo: `编号重新开始，请确认层级 / numbering restarts here: check the nesting`,
      };
    }
    return {
      message: `编号从 ${prev.marker} 跳到 ${c.marker}（${label}） / numbering jumps from ${prev.marker} to ${c.marker}`,
      todo: `编号不连续 / numbering is not consecutive`,
    };
  }
  if (
    c.ordinal !== 1 &&
    c.scheme !== 'decimal' &&
    !c.wordNumber &&
    !(parent === undefined && c.scheme === 'part') &&
    lastOrdinal.get(c.scheme) !== c.ordinal - 1
  ) {
    return {
      message: `${c.marker} 是这一层的第一条，但编号不是 1 / ${c.marker} is the first at its level but not number 1`,
      todo: `编号不从 1 开始 / numbering does not start at 1`,
    };
  }
  return undefined;
}

/**
 * Whether an unnumbered line may head the items of `scheme` after it: no clause of that scheme
 * is open on the path, or the open one already stands under a sub-heading (a second one).
 */
export function subheadFits(stack: readonly ImportedClause[], scheme: string, indent: number): boolean {
  const openSame = [...stack].reverse().find((s) => s.scheme === scheme && s.indent === indent);
  const parentOfOpen = openSame ? stack[stack.indexOf(openSame) - 1] : undefined;
  return !openSame || parentOfOpen?.scheme === 'subhead';
}
