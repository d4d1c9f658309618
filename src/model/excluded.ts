/**
 * The clauses a unit does not apply, named where their numbers are missing from the unit's
 * wording of a document (its norms pages, its handbook). One rule, read by both.
 */
import type { Model, ResolvedUnit } from './types.ts';
import type { Clause } from './types/documents.ts';
import { unitView } from './view.ts';

/**
 * The clauses of a document a unit does not apply (excluded by it or by a unit above), in the
 * document's order, as the unit above has them (a clause a parent added is in the parent's
 * wording): the unit's pages and handbook name them where their numbers are missing.
 */
export function excludedClauses(model: Model, unit: ResolvedUnit, documentId: string): Clause[] {
  const gone = new Set(unit.excluded.filter((e) => e.documentId === documentId).map((e) => e.clauseId));
  if (gone.size === 0) return [];
  const parent = unit.parentId === undefined ? undefined : unitView(model, unit.parentId);
  const found = new Map<string, Clause>();
  const walk = (cs: readonly Clause[]): void =>
    cs.forEach((x) => {
      if (gone.has(x.id) && !found.has(x.id)) found.set(x.id, x);
      walk(x.children);
    });
  // The group's documents as written: some clauses are written for some units only.
  for (const docs of [parent?.documents ?? [], model.documents])
    walk(docs.find((d) => d.id === documentId)?.clauses ?? []);
  return [...found.values()];
}

/** An excluded clause as it is named: its number and the first words of its wording (not the rule, which is not in force). */
export function excludedClauseSaid(c: Pick<Clause, 'label' | 'text' | 'title'>): string {
  const text = c.text ?? c.title ?? '';
  const cut = /^[^，,；;。：:]{1,14}/.exec(text)?.[0] ?? text.slice(0, 14);
  return `${c.label}（${cut.length < text.length ? `${cut}……` : cut}）`;
}
