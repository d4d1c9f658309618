/**
 * Which units and roles a search item belongs to (the unit and role filters). One place, so that
 * when the model gives each unit a resolved view, only this file changes.
 *
 * 'all' means every unit (or role): one filter value instead of a hundred.
 */
import type { Clause, Commitment, Model, NormDocument } from '../model/types.ts';

export type Scope = 'all' | string[];

export interface ScopeResolver {
  /** An organisation clause: the units that inherit it unchanged. */
  clauseUnits(doc: NormDocument, clause: Clause): Scope;
  /** An organisation commitment: the units whose board shows the same words. */
  commitmentUnits(commitment: Commitment): Scope;
  /** The units a process applies to (its steps too). */
  processUnits(processId: string): Scope;
  /** The units whose norms include a document. */
  documentUnits(documentId: string): Scope;
  /** The units an item listing its own `units:` applies to (a page). */
  listed(units: 'all' | readonly string[]): Scope;
  /** Roles: the given ones, or every role when none are given. */
  roles(ids: readonly string[]): Scope;
}

function flatten(clauses: readonly Clause[]): Clause[] {
  return clauses.flatMap((c) => [c, ...flatten(c.children)]);
}

export function scopeResolver(model: Model): ScopeResolver {
  const unitCount = model.units.length;
  const collapse = (ids: Iterable<string>): Scope => {
    const set = [...new Set(ids)];
    return unitCount > 0 && set.length === unitCount ? 'all' : set;
  };
  // "doc/clause" → units whose resolved document has it inherited unchanged.
  const inherited = new Map<string, string[]>();
  // "commitment id\0text" → units whose board shows those words.
  const boards = new Map<string, string[]>();
  for (const u of model.units) {
    for (const d of u.documents) {
      for (const c of flatten(d.clauses)) {
        if (c.origin?.kind !== 'inherited') continue;
        const key = `${d.id}/${c.id}`;
        inherited.set(key, [...(inherited.get(key) ?? []), u.id]);
      }
    }
    for (const c of u.commitments) {
      const key = `${c.id}\u0000${c.text}`;
      boards.set(key, [...(boards.get(key) ?? []), u.id]);
    }
  }
  return {
    clauseUnits: (doc, clause) => collapse(inherited.get(`${doc.id}/${clause.id}`) ?? []),
    commitmentUnits: (c) => collapse(boards.get(`${c.id}\u0000${c.text}`) ?? []),
    processUnits: (id) => collapse(model.units.filter((u) => u.processes.includes(id)).map((u) => u.id)),
    documentUnits: (id) => collapse(model.units.filter((u) => u.documents.some((d) => d.id === id)).map((u) => u.id)),
    listed: (units) => (units === 'all' ? 'all' : collapse(units)),
    roles: (ids) => (ids.length === 0 ? 'all' : [...new Set(ids)]),
  };
}
