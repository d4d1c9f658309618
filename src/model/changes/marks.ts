/**
 * What a revision means for one scope's items: which are new, which say something else now
 * (what staff must learn again: the 本次修订 practice, flashcards made new again, the weekly
 * question's preference), and which only moved or got another number. Norm pages mark their
 * clauses with these; study reads the learnable ids.
 */
import { isPlacementOnly } from './compare.ts';
import type { ItemChange, ScopeChanges } from './types.ts';

export interface ItemMark {
  mark: 'new' | 'revised' | 'moved';
  /** The number it had, when it changed. */
  oldNumber?: string;
  change: ItemChange;
}

/** Marks of the items that are in the new version (removed items have no place to be marked). */
export function itemMarks(changes: readonly ItemChange[] | undefined): Map<string, ItemMark> {
  const out = new Map<string, ItemMark>();
  for (const c of changes ?? []) {
    if (c.status === 'removed') continue;
    const oldNumber = c.old?.number !== undefined && c.old.number !== c.new?.number ? { oldNumber: c.old.number } : {};
    out.set(c.id, {
      mark: c.status === 'added' ? 'new' : isPlacementOnly(c) ? 'moved' : 'revised',
      ...oldNumber,
      change: c,
    });
  }
  return out;
}

/** Kinds that hold something to learn (a hotline number or a process's title is not asked). */
const LEARNABLE = new Set([
  'clause',
  'phrase',
  'forbidden',
  'conduct',
  'rule-set',
  'commitment',
  'node',
  'violation',
  'threshold',
  'inspection',
  'award',
  'situation',
]);

/** The changes staff must learn again: added, or changed in what they say; still in the scope. */
export function learnableChanges(scope: ScopeChanges | undefined): ItemChange[] {
  return (scope?.changes ?? []).filter((c) => c.status !== 'removed' && LEARNABLE.has(c.kind) && !isPlacementOnly(c));
}

/** Their ids. */
export function learnableIds(scope: ScopeChanges | undefined): Set<string> {
  return new Set(learnableChanges(scope).map((c) => c.id));
}
