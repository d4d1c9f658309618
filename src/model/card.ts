/**
 * What a unit's pocket card (人手一卡) carries, chosen from the unit's own view:
 * its phrases, the phrases it must never say, its key public commitments and its
 * numbers. Content chooses with `card: true`; where it marks nothing of a kind,
 * the card takes the first phrase of each situation (those written for the unit
 * first) and the commitments with measurable targets first.
 */
import type { Commitment } from './types/commitments.ts';
import type { Phrase, Situation } from './types/etiquette.ts';
import type { ScopeView } from './view.ts';

export interface CardLimits {
  phrases: number;
  forbidden: number;
  commitments: number;
}

export interface CardSelection {
  phrases: Phrase[];
  forbidden: Phrase[];
  commitments: Commitment[];
}

/** Marked items when any is marked, else the default picks, up to the limit. */
function choose<T extends { card?: boolean }>(all: readonly T[], defaults: readonly T[], limit: number): T[] {
  const marked = all.filter((x) => x.card === true);
  return (marked.length > 0 ? marked : defaults.filter((x) => x.card !== false)).slice(0, limit);
}

export function cardSelection(view: ScopeView, limits: CardLimits): CardSelection {
  const situations: Situation[] = view.etiquette.flatMap((set) => set.situations);
  // Situations written for this unit (or its industry) speak most directly to its staff.
  const ownFirst = [
    ...situations.filter((s) => view.originOf(s.id) !== undefined),
    ...situations.filter((s) => view.originOf(s.id) === undefined),
  ];
  const phrases = situations.flatMap((s) => s.phrases);
  const forbidden = situations.flatMap((s) => s.forbidden);
  const firstOf = (pick: (s: Situation) => readonly Phrase[]): Phrase[] => ownFirst.flatMap((s) => pick(s).slice(0, 1));
  const publicOnes = view.publicCommitments;
  return {
    phrases: choose(
      phrases,
      firstOf((s) => s.phrases),
      limits.phrases,
    ),
    forbidden: choose(
      forbidden,
      firstOf((s) => s.forbidden),
      limits.forbidden,
    ),
    commitments: choose(
      publicOnes,
      [...publicOnes.filter((c) => c.target), ...publicOnes.filter((c) => !c.target)],
      limits.commitments,
    ),
  };
}
