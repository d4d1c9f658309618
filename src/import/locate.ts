/**
 * Positions for warnings a reader can find: the path of headings down to the clause holding
 * the line, and the first words of that line (a Word user cannot count paragraphs).
 */
import type { SourceDocument } from './read.ts';
import { shorten } from './text.ts';
import type { ImportedClause, ImportedTree, ImportWarning } from './types.ts';

/** Sets `where` on each warning with a line: the heading path in `tree` (none for file warnings) and the line's first words. */
export function locateWarnings(
  warnings: ImportWarning[],
  tree: ImportedTree | undefined,
  source: SourceDocument,
): void {
  const textAt = new Map<number, string>();
  for (const l of source.lines) if (!textAt.has(l.line)) textAt.set(l.line, l.text.trim());
  const ordered = tree ? [...walkWithPath(tree.clauses, [])] : [];
  for (const w of warnings) {
    if (w.line === undefined) continue;
    let holder: { clause: ImportedClause; path: string[] } | undefined;
    for (const x of ordered) if (x.clause.line <= w.line) holder = x;
    // The clause's own words when the warning is about its first line (the number is in the path already).
    const words = holder?.clause.line === w.line ? (holder.clause.text ?? holder.clause.title) : textAt.get(w.line);
    const parts = [
      holder && holder.path.length > 0 ? holder.path.join(' › ') : undefined,
      words !== undefined ? `「${shorten(words, 14)}」` : undefined,
    ].filter((p) => p !== undefined);
    if (parts.length > 0) w.where = parts.join(' ');
  }
}

function* walkWithPath(
  list: readonly ImportedClause[],
  above: string[],
): Generator<{ clause: ImportedClause; path: string[] }> {
  for (const c of list) {
    const label = `${c.marker}${c.marker !== '' && c.title !== undefined ? ' ' : ''}${c.title !== undefined ? shorten(c.title, 10) : c.marker === '' ? shorten(c.text ?? '', 10) : ''}`;
    const path = [...above, label];
    yield { clause: c, path };
    yield* walkWithPath(c.children, path);
  }
}
