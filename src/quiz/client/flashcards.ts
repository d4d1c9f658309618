/**
 * Flashcards scheduled with FSRS (ts-fsrs). One card per question id; the
 * deck is plain JSON (dates as ISO strings) for localStorage. With a test
 * date set (plan.ts), no review is scheduled after its eve.
 */
import { createEmptyCard, fsrs, Rating, type State, type Card, type Grade } from 'ts-fsrs';
import type { BankQuestion } from '../types.ts';
import { correctAnswerText, optionLetter } from './grade.ts';

export interface StoredCard {
  due: string;
  stability: number;
  difficulty: number;
  elapsed_days: number;
  scheduled_days: number;
  learning_steps: number;
  reps: number;
  lapses: number;
  state: number;
  last_review?: string;
}

export interface Deck {
  cards: Record<string, StoredCard>;
  /** Revision id → when this deck first met it (ISO): cards reviewed before then were made new (resetForRevision). */
  revisions?: Record<string, string>;
}

export type FlashcardRating = 'again' | 'hard' | 'good' | 'easy';
const GRADE: Record<FlashcardRating, Grade> = {
  again: Rating.Again,
  hard: Rating.Hard,
  good: Rating.Good,
  easy: Rating.Easy,
};

// No fuzz: the same answers on the same days give the same schedule (and testable intervals).
const scheduler = fsrs({ enable_fuzz: false });

function store(card: Card): StoredCard {
  const { due, last_review, ...rest } = card;
  return {
    ...rest,
    state: card.state,
    due: due.toISOString(),
    ...(last_review ? { last_review: last_review.toISOString() } : {}),
  };
}

function load(card: StoredCard): Card {
  const { due, last_review, ...rest } = card;
  return {
    ...rest,
    state: card.state as State,
    due: new Date(due),
    ...(last_review ? { last_review: new Date(last_review) } : {}),
  };
}

export function emptyDeck(): Deck {
  return { cards: {} };
}

/** Adds a new card for every question id not yet in the deck. */
export function addCards(deck: Deck, questionIds: readonly string[], now: Date): Deck {
  const cards = { ...deck.cards };
  for (const id of questionIds) cards[id] ??= store(createEmptyCard(now));
  return { ...deck, cards };
}

/**
 * After a revision, the cards of questions about changed items are new again: every such card
 * last reviewed before the deck first met the revision (its wording was learnt in the old
 * version) is rescheduled as a new card. Idempotent: a card reviewed since is left alone, so
 * the revision can be applied by every page that knows of it.
 */
export function resetForRevision(deck: Deck, revisionId: string, questionIds: readonly string[], now: Date): Deck {
  const met = deck.revisions?.[revisionId] ?? now.toISOString();
  const cards = { ...deck.cards };
  for (const id of questionIds) {
    const card = cards[id];
    if (card?.last_review !== undefined && card.last_review < met) cards[id] = store(createEmptyCard(now));
  }
  return { cards, revisions: { ...deck.revisions, [revisionId]: met } };
}

/** Ids of the cards due at `now`, most overdue first. */
export function dueCards(deck: Deck, now: Date, limit = Infinity): string[] {
  return Object.entries(deck.cards)
    .filter(([, card]) => new Date(card.due).getTime() <= now.getTime())
    .sort(([a, x], [b, y]) => (x.due !== y.due ? (x.due < y.due ? -1 : 1) : a < b ? -1 : 1))
    .slice(0, limit)
    .map(([id]) => id);
}

/**
 * Rates a card; FSRS says when it is next due. `latest` (the eve of the reader's test, plan.ts)
 * brings a later date forward to it, so every review falls before the test.
 */
export function rateCard(deck: Deck, questionId: string, rating: FlashcardRating, now: Date, latest?: Date): Deck {
  const card = deck.cards[questionId];
  const current = card ? load(card) : createEmptyCard(now);
  const { card: next } = scheduler.next(current, now, GRADE[rating]);
  return { ...deck, cards: { ...deck.cards, [questionId]: store({ ...next, due: capped(next.due, latest) }) } };
}

function capped(due: Date, latest: Date | undefined): Date {
  return latest && due.getTime() > latest.getTime() ? new Date(latest) : due;
}

/** Every card due no later than `latest` (a test date set or moved earlier). */
export function fitDeck(deck: Deck, latest: Date): Deck {
  const cards: Deck['cards'] = {};
  for (const [id, card] of Object.entries(deck.cards))
    cards[id] = new Date(card.due).getTime() > latest.getTime() ? { ...card, due: latest.toISOString() } : card;
  return { cards };
}

/** When the card would next be due for each rating, to label the buttons (brought forward to `latest` as rateCard does). */
export function previewDue(deck: Deck, questionId: string, now: Date, latest?: Date): Record<FlashcardRating, Date> {
  const card = deck.cards[questionId];
  const preview = scheduler.repeat(card ? load(card) : createEmptyCard(now), now);
  return {
    again: capped(preview[Rating.Again].card.due, latest),
    hard: capped(preview[Rating.Hard].card.due, latest),
    good: capped(preview[Rating.Good].card.due, latest),
    easy: capped(preview[Rating.Easy].card.due, latest),
  };
}

export function nextDue(deck: Deck, questionId: string): Date | undefined {
  const card = deck.cards[questionId];
  return card ? new Date(card.due) : undefined;
}

/** Front and back of a question's flashcard. */
export function cardFaces(question: BankQuestion): { front: string; back: string } {
  const options =
    question.type === 'single' || question.type === 'multiple'
      ? question.options.map((o, i) => `${optionLetter(i)}. ${o}`)
      : [];
  return {
    front: [question.stem, ...options].join('\n'),
    back: [correctAnswerText(question), question.explanation ?? ''].filter((s) => s !== '').join('\n'),
  };
}
