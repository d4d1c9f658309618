/**
 * Finishes a tree: wording and strength (wording.ts), then every clause's displayed number
 * and id.
 *
 * Numbers follow the model's rule (position within the parent, restarted by an explicit
 * `number`), so a number is written only where the source differs from position. The model
 * wants every displayed number once per document: a number the source repeats (numbering
 * restarted without a heading) is replaced by the next free one, with a TODO at the clause and
 * one warning for the whole document.
 */
import { walkClauses } from './clause.ts';
import { decideWording, type WordingOptions } from './wording.ts';
import type { ImportedClause, ImportedTree, ImportWarning } from './types.ts';

export type { WordingOptions } from './wording.ts';

/** The clause as these warnings name it: its marker, or its first 12 characters (cut without the "…" of clause.ts's describe). */
function describe(c: ImportedClause): string {
  return c.marker !== '' ? c.marker : `「${[...c.head].slice(0, 12).join('')}」`;
}

export function finishTree(tree: ImportedTree, warnings: ImportWarning[], options: WordingOptions = {}): void {
  const used = new Set<string>();
  const usedIds = new Set<string>();
  const renumbered: { from: string; to: string; line: number }[] = [];

  decideWording(tree.clauses, options, warnings);
  for (const c of walkClauses(tree.clauses)) {
    if (c.title === undefined && c.text === undefined) {
      c.title = c.marker !== '' ? c.marker : '（无标题）';
      warnings.push({ line: c.line, message: `条款 ${describe(c)} 没有文字 / clause ${describe(c)} has no text` });
      c.todo.push('条款没有文字 / the clause has no text');
    }
  }

  const visitList = (list: readonly ImportedClause[], parentNumber: string | undefined, start: number): void => {
    let counter = start;
    for (const c of list) {
      const derived = parentNumber ? `${parentNumber}.${counter}` : String(counter);
      // Articles (第N条) are counted through the document by the model (numbering: articles), not per chapter.
      const positional = c.scheme.startsWith('heading-') || c.scheme === 'subhead' || c.scheme === 'article';
      const wanted = positional
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
        renumbered.push({ from: c.marker || wanted, to: number, line: c.line });
        c.todo.push(
          `原编号 ${c.marker || wanted} 与前文重复，已改为 ${number} / number ${c.marker || wanted} repeats an earlier one; shown as ${number}`,
        );
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
  const startsCount =
    first !== undefined &&
    !first.scheme.startsWith('heading-') &&
    first.scheme !== 'subhead' &&
    (first.scheme !== 'decimal' || first.parts?.length === 1);
  tree.startNumber = startsCount && first.ordinal >= 0 ? first.ordinal : 1;
  visitList(tree.clauses, undefined, tree.startNumber);

  if (renumbered.length > 0) {
    const shown = renumbered
      .slice(0, 6)
      .map((r) => `${r.from}→${r.to}（第 ${r.line} 行）`)
      .join('、');
    warnings.push({
      line: renumbered[0]?.line,
      message: `${renumbered.length} 个编号与前文重复，已改号：${shown}${renumbered.length > 6 ? ' 等' : ''}；文件中各处标有 TODO / ${renumbered.length} number(s) repeat earlier ones and were changed; each is marked TODO in the file`,
    });
  }
}
