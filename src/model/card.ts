/**
 * What a unit's pocket card (人手一卡) carries, chosen from the unit's own view:
 * its phrases, the phrases it must never say, its key public commitments and its
 * numbers. Content chooses with `card: true`: phrases set by set (a set that marks
 * none of a kind gives the first of each situation, after what content marked;
 * the unit's own situations first), commitments likewise file by file (those with
 * measurable targets first).
 */
import type { Commitment } from './types/commitments.ts';
import type { SourceRef } from './types.ts';
import type { Phrase, Situation } from './types/etiquette.ts';
import type { ScopeView } from './view.ts';

export interface CardLimits {
  phrases: number;
  forbidden: number;
  commitments: number;
  /** Rule sets and conduct rules marked `card: true` (3 unless a template says). */
  rules?: number;
}

/** A rule set (十字文明用语: 您好、请、谢谢…) or a conduct rule chosen for the card. */
export interface CardRule {
  id: string;
  /** The rule set's title; absent for a conduct rule. */
  title?: string;
  /** The rule set's items joined with 、, or the conduct rule's text. */
  text: string;
  source: SourceRef;
}

export interface CardSelection {
  phrases: Phrase[];
  forbidden: Phrase[];
  commitments: Commitment[];
  rules: CardRule[];
}

/**
 * Commitments chosen file by file, as phrases are set by set (bySet): a file that marks some gives
 * those, a file that marks none gives its commitments, those with a measurable target first, after
 * what content marked. (A trade's commitments file that marks nothing left that trade's targets off
 * its cards while the group's file marked its supervision line: lanxi-civic's post and social
 * insurance halls.)
 */
function byFile(commitments: readonly Commitment[], limit: number): Commitment[] {
  const markingFiles = new Set(commitments.filter((c) => c.card === true).map((c) => c.source.file));
  const marked = commitments.filter((c) => c.card === true);
  const rest = commitments.filter((c) => !markingFiles.has(c.source.file) && c.card !== false);
  return [...marked, ...rest.filter((c) => c.target), ...rest.filter((c) => !c.target)].slice(0, limit);
}

export function cardSelection(view: ScopeView, limits: CardLimits): CardSelection {
  // Situations written for this unit (or its industry) speak most directly to its staff.
  const situations: Situation[] = view.etiquette.flatMap((set) => set.situations);
  const own = new Set(situations.filter((s) => view.originOf(s.id) !== undefined).map((s) => s.id));
  const publicOnes = view.publicCommitments;
  return {
    phrases: bySet(view, own, (s) => s.phrases, limits.phrases),
    forbidden: bySet(view, own, (s) => s.forbidden, limits.forbidden),
    commitments: byFile(publicOnes, limits.commitments),
    rules: markedRules(view, limits.rules ?? 3),
  };
}

/**
 * Rule sets and conduct rules go on the card only where content marks them (`card: true`): a
 * card has no room for every rule, and none is first by nature. Before, a marked rule set (十字文明
 * 用语, 四个一) was accepted and never printed.
 */
function markedRules(view: ScopeView, limit: number): CardRule[] {
  const out: CardRule[] = [];
  for (const set of view.etiquette) {
    for (const r of set.ruleSets)
      if (r.card === true) out.push({ id: r.id, title: r.title, text: r.items.join('、'), source: r.source });
    for (const c of [...set.conduct, ...set.situations.flatMap((s) => s.conduct)])
      if (c.card === true) out.push({ id: c.id, text: c.text, source: c.source });
  }
  return out.slice(0, limit);
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
