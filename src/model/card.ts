/**
 * What a unit's pocket card (人手一卡) carries, chosen from the unit's own view:
 * its phrases, the phrases it must never say, its key public commitments and its
 * numbers. Content chooses with `card: true`: phrases set by set (a set that marks
 * none of a kind gives the first of each situation, after what content marked;
 * the unit's own situations first), commitments across the view (where none is marked, those with
 * measurable targets first).
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
  // Situations written for this unit (or its industry) speak most directly to its staff.
  const situations: Situation[] = view.etiquette.flatMap((set) => set.situations);
  const own = new Set(situations.filter((s) => view.originOf(s.id) !== undefined).map((s) => s.id));
  const publicOnes = view.publicCommitments;
  return {
    phrases: bySet(view, own, (s) => s.phrases, limits.phrases),
    forbidden: bySet(view, own, (s) => s.forbidden, limits.forbidden),
    commitments: choose(
      publicOnes,
      [...publicOnes.filter((c) => c.target), ...publicOnes.filter((c) => !c.target)],
      limits.commitments,
    ),
  };
}

/**
 * Phrases chosen set by set: a set that marks some of a kind with `card: true` gives those, a set
 * that marks none gives the first of each of its situations. A group's general set marks its few
 * and a trade's set marks nothing: its units' cards still carry their trade's phrases (before, any
 * mark anywhere in a unit's view left every unmarked set out: the cable and rail units of two
 * fixtures carried the group's phrases only). Up to the limit: what content marked, in its order,
 * then the picks of sets that mark nothing, the situations written for this unit first.
 */
function bySet(
  view: ScopeView,
  own: ReadonlySet<string>,
  pick: (s: Situation) => readonly Phrase[],
  limit: number,
): Phrase[] {
  const marked: Phrase[] = [];
  const picks: { phrase: Phrase; own: boolean }[] = [];
  for (const set of view.etiquette) {
    if (set.situations.some((s) => pick(s).some((p) => p.card === true)))
      for (const s of set.situations) marked.push(...pick(s).filter((p) => p.card === true));
    else
      for (const s of set.situations)
        for (const phrase of pick(s).slice(0, 1)) if (phrase.card !== false) picks.push({ phrase, own: own.has(s.id) });
  }
  const defaults = [...picks.filter((p) => p.own), ...picks.filter((p) => !p.own)].map((p) => p.phrase);
  return [...marked, ...defaults].slice(0, limit);
}
