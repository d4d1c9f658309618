/**
 * How a clause that an item cites (a process step's 执行条款) reads in a scope: as the scope's
 * own clause does — in a unit's view with the unit's values and wording, where the organisation's
 * index has 〔按单位规定〕 for a clause written for some units only.
 */
import { clauseLabel } from './clauses.ts';
import type { Model } from './types.ts';
import type { Clause } from './types/documents.ts';
import { itemOf, type ScopeView } from './view.ts';

/** The cited clause's label in the view (the organisation's index label when the view lacks it or none is given). */
export function citedClauseLabel(model: Model, view: ScopeView | undefined, id: string): string {
  const entry = model.index[id];
  if (entry?.kind !== 'clause') return entry?.label ?? id;
  const own = view ? (itemOf(view, id) as Clause | undefined) : undefined;
  return own ? clauseLabel(own) : entry.label;
}
