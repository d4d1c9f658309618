/**
 * A unit's copy of a document's clause tree: the clauses written for it (with their origins), the
 * numbers every parent has given out (so an added clause never reuses one), and finding a clause in it.
 */
import { appliesToUnit, type UnitPlace, writtenFor } from '../applies.ts';
import type { Clause, NormDocument } from '../types/documents.ts';
import type { ItemOrigin } from '../types.ts';

/** Numbers a parent clause (or a document's top level, key '') has ever given out, for additions. */
export type Reserved = Map<string, number>;

export const reserve = (reserved: Reserved, parentKey: string, number: string): void => {
  const last = Number(number.split('.').pop());
  if (Number.isFinite(last)) reserved.set(parentKey, Math.max(reserved.get(parentKey) ?? 0, last));
};

/** The clauses of `list` written for the unit, copied so its edits leave the organisation's tree alone. */
export function cloneTree(
  list: readonly Clause[],
  place: UnitPlace,
  reserved: Reserved,
  docId: string,
  parentKey: string,
): Clause[] {
  const out: Clause[] = [];
  for (const c of list) {
    reserve(reserved, `${docId}/${parentKey}`, c.number);
    if (!appliesToUnit(place, c.restrict)) continue;
    const forUnit = writtenFor(place, c.restrict);
    const origin: ItemOrigin =
      forUnit === undefined
        ? { kind: 'inherited', definedBy: 'organisation' }
        : { kind: forUnit === place.lineage[place.lineage.length - 1] ? 'own' : 'inherited', definedBy: forUnit };
    out.push({
      ...c,
      tags: [...c.tags],
      roles: [...c.roles],
      appliesTo: [...c.appliesTo],
      origin,
      children: cloneTree(c.children, place, reserved, docId, c.id),
    });
  }
  return out;
}

/** Where a clause sits in the unit's documents: its document, the list holding it and its index there. */
export function locateClause(
  docs: readonly NormDocument[],
  id: string,
): { doc: NormDocument; list: Clause[]; index: number; clause: Clause } | undefined {
  for (const doc of docs) {
    const walk = (list: Clause[]): ReturnType<typeof locateClause> => {
      for (let i = 0; i < list.length; i++) {
        const c = list[i]!;
        if (c.id === id) return { doc, list, index: i, clause: c };
        const r = walk(c.children);
        if (r) return r;
      }
      return undefined;
    };
    const r = walk(doc.clauses);
    if (r) return r;
  }
  return undefined;
}
