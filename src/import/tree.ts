/**
 * Builds the nested clause tree of one document from its lines, the way a reader would, in
 * phases over plain data:
 *
 * 1. front-matter.ts — the signature at the end set apart; the title and the facts before the
 *    first clause read;
 * 2. assemble.ts — the body read line by line into clauses (layout.ts tells what an unnumbered
 *    line is, nesting.ts where a numbered one goes);
 * 3. tidy.ts — closing paragraphs to the comment, a loose paragraph after a list flagged, a
 *    heading repeated as its first paragraph dropped;
 * 4. finish.ts — wording, strength, displayed numbers and ids.
 */
import { assembleClauses } from './assemble.ts';
import { readFront, withOwnSignature } from './front-matter.ts';
import { pageWarning, prepareLines } from './lines.ts';
import type { SourceLine } from './read.ts';
import type { DocumentSlice } from './split.ts';
import type { ImportedTree, ImportWarning } from './types.ts';
import { finishTree, type WordingOptions } from './finish.ts';
import { dropRepeatedHeadings, flagLooseParagraphs, moveClosingParagraphs, wholeTextAsClause } from './tidy.ts';

export interface TreeBuild {
  tree: ImportedTree;
  warnings: ImportWarning[];
}

/** Builds the tree of a whole source as one document (no compilation splitting). */
export function buildTree(
  file: string,
  docId: string,
  source: readonly SourceLine[],
  isMarkdown: boolean,
  options: WordingOptions = {},
): TreeBuild {
  const { lines, dropped } = prepareLines(source);
  const pages = pageWarning(dropped);
  const warnings: ImportWarning[] = pages ? [pages] : [];
  const built = buildDocumentTree(
    file,
    docId,
    { lines, notes: dropped.filter((d) => d.why === 'boilerplate'), signature: [] },
    isMarkdown,
    options,
  );
  return { tree: built.tree, warnings: [...warnings, ...built.warnings] };
}

/** Builds the tree of one document of the source. */
export function buildDocumentTree(
  file: string,
  docId: string,
  slice: DocumentSlice,
  isMarkdown: boolean,
  options: WordingOptions = {},
): TreeBuild {
  const warnings: ImportWarning[] = [];
  const own = withOwnSignature(slice);
  const { front, start } = readFront(own, isMarkdown);
  const { roots, loose } = assembleClauses(own.lines.slice(start), front, isMarkdown, warnings);
  wholeTextAsClause(roots, front, warnings);
  const closed = moveClosingParagraphs(roots, front);
  if (closed) loose.delete(closed);
  flagLooseParagraphs(roots, undefined, loose, warnings);
  dropRepeatedHeadings(roots);
  const tree: ImportedTree = { file, docId, front, clauses: roots, startNumber: 1 };
  finishTree(tree, warnings, options);
  return { tree, warnings };
}
