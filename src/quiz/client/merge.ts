/**
 * Records kept apart before one record per person: a unit's practice used to
 * write under `<namespace>:unit-<id>`. These merge such a record into the main
 * one, so nothing learnt is lost when the pages read only the main record.
 */
import type { Deck } from './flashcards.ts';
import type { Progress } from './progress.ts';
import type { ReviewBook, ReviewEntry } from './review.ts';

/** Both books' questions; a question in both keeps the later mistake, with the wrong answers added up. */
export function mergeReviewBooks(main: ReviewBook, other: ReviewBook): ReviewBook {
  const entries: Record<string, ReviewEntry> = { ...main.entries };
  for (const [id, e] of Object.entries(other.entries)) {
    const m = entries[id];
    if (!m) entries[id] = e;
    else {
      const later = e.lastWrongAt > m.lastWrongAt ? e : m;
      entries[id] = {
        ...later,
        wrongCount: m.wrongCount + e.wrongCount,
        // biome-ignore lint/complexity/useMathMinMax: firstWrongAt is an ISO date string; Math.min would give NaN
        firstWrongAt: e.firstWrongAt < m.firstWrongAt ? e.firstWrongAt : m.firstWrongAt,
      };
    }
  }
  return { entries };
}

/** Both decks' cards; a card in both keeps the one reviewed more often (its schedule is the better informed). */
export function mergeDecks(main: Deck, other: Deck): Deck {
  const cards = { ...main.cards };
  for (const [id, card] of Object.entries(other.cards)) {
    const m = cards[id];
    if (!m || card.reps > m.reps) cards[id] = card;
  }
  const revisions = { ...other.revisions, ...main.revisions };
  return Object.keys(revisions).length > 0 ? { cards, revisions } : { cards };
}

/** Per document: answers added up, questions mastered in either. */
export function mergeProgress(main: Progress, other: Progress): Progress {
  const documents = { ...main.documents };
  for (const [id, d] of Object.entries(other.documents)) {
    const m = documents[id];
    documents[id] = m
      ? {
          answered: m.answered + d.answered,
          correct: m.correct + d.correct,
          mastered: [...new Set([...m.mastered, ...d.mastered])],
        }
      : d;
  }
  return { documents };
}
