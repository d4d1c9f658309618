/**
 * Study mode for the site, without a framework: mount from an Astro island's
 * <script> with the bank JSON. Everything here is pure state plus a thin
 * persistent wrapper (`createStudy`); rendering is the site's.
 *
 *   import { createStudy } from '…/quiz/client/index.ts';
 *   const study = createStudy({ bank, store: localStorage, namespace: 'yunlan', hrefFor });
 *   let quiz = study.startQuiz({ count: 10, seed: Date.now(), scope: { documentId } });
 *   const { feedback } = study.answer(quiz.questions[0].id, { type: 'single', choice: 2 });
 *
 * One record per person: every practice (a document's, a role's, a unit's, the
 * weekly question) writes to the same namespace, so every mistake reaches the
 * one 错题本 and the flashcards. Options are shown in the bank's order on every
 * screen (quiz, review, flashcards, weekly question): generated questions are
 * already placed at a seeded random position, and a hand-written question's
 * order is its author's (options such as 以上都对 rely on it), so the letter of
 * an answer is the same wherever the question is seen.
 */
import { isoWeekOf, pickQuestions, weeklyQuestion, type QuizScope } from '../assemble.ts';
import type { BankQuestion } from '../types.ts';
import { addCards, cardFaces, dueCards, emptyDeck, nextDue, previewDue, rateCard, type Deck, type FlashcardRating } from './flashcards.ts';
import { feedbackFor, type Feedback, type HrefFor, type QuizResponse } from './grade.ts';
import { documentProgress, emptyProgress, recordProgress, type Progress } from './progress.ts';
import { emptyReviewBook, recordInReview, removeFromReview, reviewList, type ReviewBook, type ReviewEntry } from './review.ts';
import { answerQuestion, createSession, goTo, score, type QuizSession, type Score } from './session.ts';
import { clearPart, readPart, writePart, type KeyValueStore } from './storage.ts';
import { reviewDeadline } from './plan.ts';

export * from './grade.ts';
export * from './session.ts';
export * from './review.ts';
export * from './flashcards.ts';
export * from './progress.ts';
export * from './storage.ts';
export * from './merge.ts';
export * from './exam.ts';
export * from './plan.ts';
export * from './record.ts';
export { choosePaperQuestions, type PaperRule } from '../paper.ts';
export { isoWeekOf, pickQuestions, shuffleOptions, weeklyQuestion, weeklySchedule, inScope, type QuizScope } from '../assemble.ts';
export type { BankQuestion } from '../types.ts';

export interface StudyOptions {
  /** The bank (generateBank(...).questions, serialised into the page). */
  bank: { questions: readonly BankQuestion[] };
  store: KeyValueStore;
  /** Separates sites / units sharing an origin, e.g. the organisation or unit id. */
  namespace: string;
  hrefFor: HrefFor;
  /** Clock, for tests. */
  now?: () => Date;
}

export interface Study {
  readonly session: QuizSession | undefined;
  startQuiz(options: { count: number; seed: string | number; scope?: QuizScope }): QuizSession;
  /** A quiz of the questions in the review book (错题本), to clear them by answering right. */
  startReviewQuiz(options: { seed: string | number; count?: number }): QuizSession;
  /** Answers a question outside a quiz (the question of the week): recorded like a quiz's first answer. */
  answerOne(question: BankQuestion, response: QuizResponse): Feedback;
  /** Results of a handed-in mock exam into the one record: each question right or wrong (unanswered: wrong), saved once. */
  recordResults(results: readonly { question: BankQuestion; correct: boolean }[]): void;
  /** Answers a question of the current quiz; updates the review book, flashcards and progress, and saves. */
  answer(questionId: string, response: QuizResponse): { feedback: Feedback; session: QuizSession; score: Score };
  goTo(index: number): QuizSession;
  score(): Score | undefined;
  endQuiz(): void;
  /** 错题本, most recent first, with the questions. */
  review(): { entry: ReviewEntry; question: BankQuestion }[];
  removeFromReview(questionId: string): void;
  /** Flashcards due now (cards are created for every question answered wrongly or added explicitly). */
  dueFlashcards(limit?: number): { question: BankQuestion; front: string; back: string; preview: Record<FlashcardRating, Date> }[];
  addFlashcards(questionIds: readonly string[]): void;
  rateFlashcard(questionId: string, rating: FlashcardRating): Date | undefined;
  progress(documentId: string): { mastered: number; total: number; percent: number };
  weekly(date?: Date, scope?: QuizScope): { week: string; question: BankQuestion | undefined };
  /** Forget everything stored for this namespace. */
  reset(): void;
}

export function createStudy(options: StudyOptions): Study {
  const { store, namespace, hrefFor } = options;
  const now = options.now ?? (() => new Date());
  const byId = new Map(options.bank.questions.map((q) => [q.id, q]));
  let session = readPart(store, namespace, 'session');
  let book: ReviewBook = readPart(store, namespace, 'review') ?? emptyReviewBook();
  let deck: Deck = readPart(store, namespace, 'cards') ?? emptyDeck();
  let progress: Progress = readPart(store, namespace, 'progress') ?? emptyProgress();

  const save = (): void => {
    const at = now();
    if (session) writePart(store, namespace, 'session', session, at);
    else clearPart(store, namespace, 'session');
    writePart(store, namespace, 'review', book, at);
    writePart(store, namespace, 'cards', deck, at);
    writePart(store, namespace, 'progress', progress, at);
  };

  /** A first answer into the one record: the review book, progress, and a flashcard when wrong. */
  const note = (question: BankQuestion, correct: boolean): void => {
    book = recordInReview(book, question.id, correct, now());
    progress = recordProgress(progress, question, correct);
    if (!correct) deck = addCards(deck, [question.id], now());
  };
  const record = (question: BankQuestion, correct: boolean): void => {
    note(question, correct);
    save();
  };
  /** The eve of the reader's test, if set: no review is scheduled after it. */
  const latest = (): Date | undefined => reviewDeadline(readPart(store, namespace, 'plan'), now());

  return {
    get session() {
      return session;
    },
    startQuiz({ count, seed, scope }) {
      const picked = pickQuestions(options.bank, { count, seed, ...(scope ? { scope } : {}) });
      session = createSession(picked, { id: `quiz-${String(seed)}`, now: now() });
      save();
      return session;
    },
    startReviewQuiz({ seed, count }) {
      const questions = reviewList(book)
        .flatMap((entry) => {
          const question = byId.get(entry.questionId);
          return question ? [question] : [];
        })
        .slice(0, count ?? Infinity);
      session = createSession(questions, { id: `review-${String(seed)}`, now: now() });
      save();
      return session;
    },
    answerOne(question, response) {
      const feedback = feedbackFor(question, response, hrefFor);
      record(question, feedback.correct);
      return feedback;
    },
    recordResults(results) {
      for (const { question, correct } of results) note(question, correct);
      save();
    },
    answer(questionId, response) {
      if (!session) throw new Error('no quiz in progress');
      const result = answerQuestion(session, questionId, response, { now: now(), hrefFor });
      session = result.session;
      if (result.firstTry) record(session.questions.find((q) => q.id === questionId) as BankQuestion, result.feedback.correct);
      return { feedback: result.feedback, session, score: score(session) };
    },
    goTo(index) {
      if (!session) throw new Error('no quiz in progress');
      session = goTo(session, index);
      save();
      return session;
    },
    score: () => (session ? score(session) : undefined),
    endQuiz() {
      session = undefined;
      save();
    },
    review() {
      return reviewList(book).flatMap((entry) => {
        const question = byId.get(entry.questionId);
        return question ? [{ entry, question }] : []; // questions gone from the content drop out quietly
      });
    },
    removeFromReview(questionId) {
      book = removeFromReview(book, questionId);
      save();
    },
    dueFlashcards(limit) {
      const at = now();
      return dueCards(deck, at, limit).flatMap((id) => {
        const question = byId.get(id);
        return question ? [{ question, ...cardFaces(question), preview: previewDue(deck, id, at, latest()) }] : [];
      });
    },
    addFlashcards(questionIds) {
      deck = addCards(deck, questionIds.filter((id) => byId.has(id)), now());
      save();
    },
    rateFlashcard(questionId, rating) {
      deck = rateCard(deck, questionId, rating, now(), latest());
      save();
      return nextDue(deck, questionId);
    },
    progress: (documentId) => documentProgress(progress, documentId, options.bank),
    weekly(date = now(), scope = {}) {
      const week = isoWeekOf(date);
      return { week, question: weeklyQuestion(options.bank, week, scope) };
    },
    reset() {
      for (const part of ['session', 'review', 'cards', 'progress'] as const) clearPart(store, namespace, part);
      session = undefined;
      book = emptyReviewBook();
      deck = emptyDeck();
      progress = emptyProgress();
    },
  };
}
