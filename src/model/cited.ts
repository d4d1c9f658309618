/**
 * How an item that a page cites (a process step's 执行条款, a violation's 依据, a study question's
 * source: a clause, a phrase, a commitment, a step…) reads in a scope: as the scope's own item
 * does — in a unit's view with the unit's values and wording, where the organisation's index has
 * the group's words (〔按单位规定〕 for a clause written for some units only, a phrase the unit
 * rewords, a step with the group's value).
 */
import { clauseLabel, walkClauses } from './clauses.ts';
import type { IndexEntry, ItemKind, Model } from './types.ts';
import type { Clause, NormDocument } from './types/documents.ts';
import { itemOf, type ScopeView } from './view.ts';

/** The cited item's label in the view (the organisation's index label when the view lacks it or none is given). */
export function citedItemLabel(model: Model, view: ScopeView | undefined, id: string): string {
  const entry = model.index[id];
  if (!entry) return id;
  const own = view ? itemOf(view, id) : undefined;
  return (own && labelOf(entry.kind, own)) ?? entry.label;
}

/**
 * An item's label worded as the id index words it (build/*.ts and assemble.ts register it so),
 * read off the view's copy of the item; undefined for a kind the index labels otherwise.
 */
function labelOf(kind: ItemKind, item: object): string | undefined {
  const x = item as Partial<Record<'title' | 'text' | 'label' | 'stem', string>> & { below?: number };
  switch (kind) {
    case 'clause':
      return clauseLabel(item as Clause);
    case 'phrase':
    case 'forbidden':
    case 'violation':
      return x.text;
    case 'conduct':
      return x.text?.slice(0, 60);
    case 'commitment':
      return x.title ?? x.text?.slice(0, 40);
    case 'node':
      return x.label;
    case 'threshold':
      return x.below === undefined ? undefined : `< ${x.below}`;
    case 'question':
      return x.stem?.slice(0, 60);
    default:
      return x.title;
  }
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
