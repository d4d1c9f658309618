/**
 * One imported clause as plain data: making it from a numbering marker, walking a tree of
 * them in document order, and naming one in a warning.
 */
import type { Marker } from './numbering.ts';
import { shorten } from './text.ts';
import type { ImportedClause } from './types.ts';

/** A clause opened by `m` on source line `line`; its number and id are set when the tree is finished. */
export function newClause(m: Marker, line: number, headingLevel: number | undefined, indent = 0): ImportedClause {
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

/** The clause as a warning names it: its marker, or its first words when it has none. */
export function describe(c: ImportedClause): string {
  return c.marker !== '' ? c.marker : `「${shorten(c.head, 12)}」`;
}

/** Every clause in document order. */
export function* walkClauses(clauses: readonly ImportedClause[]): Generator<ImportedClause> {
  for (const c of clauses) {
    yield c;
    yield* walkClauses(c.children);
  }
}

/** The last clause in document order (the deepest last child). */
export function lastInOrder(list: readonly ImportedClause[]): ImportedClause | undefined {
  const last = list[list.length - 1];
  if (!last) return undefined;
  return lastInOrder(last.children) ?? last;
}

/** The list `c` stands in: the roots, or its parent's children. */
export function siblingsOf(roots: readonly ImportedClause[], c: ImportedClause): readonly ImportedClause[] {
  if (roots.includes(c)) return roots;
  for (const r of walkClauses(roots)) if (r.children.includes(c)) return r.children;
  return [c];
}
