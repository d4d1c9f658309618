/**
 * How a clause that an item cites (a process step's 执行条款, a violation's 依据) reads in a
 * scope: as the scope's own clause does — in a unit's view with the unit's values and wording,
 * where the organisation's index has 〔按单位规定〕 for a clause written for some units only.
 */
import { clauseLabel, walkClauses } from './clauses.ts';
import type { IndexEntry, Model } from './types.ts';
import type { Clause, NormDocument } from './types/documents.ts';
import { itemOf, type ScopeView } from './view.ts';

/** The cited clause's label in the view (the organisation's index label when the view lacks it or none is given). */
export function citedClauseLabel(model: Model, view: ScopeView | undefined, id: string): string {
  const entry = model.index[id];
  if (entry?.kind !== 'clause') return entry?.label ?? id;
  const own = view ? (itemOf(view, id) as Clause | undefined) : undefined;
  return own ? clauseLabel(own) : entry.label;
}

/**
 * Of the `cited` clause ids, those a unit's documents word otherwise than the organisation's
 * index (its value for a 〔按单位规定〕, a rewording, another number): an item citing one reads
 * otherwise in the unit, so the unit needs a page of its own for it (resolve/items.ts).
 */
export function citedOtherwise(
  index: Readonly<Record<string, IndexEntry>>,
  documents: readonly NormDocument[],
  cited: ReadonlySet<string>,
): Set<string> {
  const out = new Set<string>();
  if (cited.size > 0)
    for (const d of documents)
      for (const c of walkClauses(d.clauses))
        if (cited.has(c.id) && clauseLabel(c) !== index[c.id]?.label) out.add(c.id);
  return out;
}
