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
import { changedQuestions, isoWeekOf, pickQuestions, weeklyQuestion, type QuizScope } from '../assemble.ts';
import type { BankQuestion } from '../types.ts';
import {
  addCards,
  cardFaces,
  dueCards,
  emptyDeck,
  nextDue,
  previewDue,
  rateCard,
  resetForRevision,
  type Deck,
  type FlashcardRating,
} from './flashcards.ts';
import { feedbackFor, type Feedback, type HrefFor, type QuizResponse } from './grade.ts';
import { documentProgress, emptyProgress, recordProgress, type Progress } from './progress.ts';
import {
  emptyReviewBook,
  recordInReview,
  removeFromReview,
  reviewList,
  type ReviewBook,
  type ReviewEntry,
} from './review.ts';
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
export { choosePaperQuestions } from '../paper.ts';
export { GROUP_WEEK, isoWeekOf, pickQuestions, inScope, type QuizScope } from '../assemble.ts';
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
  /**
   * The scope's current revision (the study file's `revision`): flashcards of questions about
   * its changed items are made new once, and the weekly question asks about them first in the
   * weeks after it takes effect.
   */
  revision?: { id: string; effective: string; items: readonly string[] };
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
  dueFlashcards(
    limit?: number,
  ): { question: BankQuestion; front: string; back: string; preview: Record<FlashcardRating, Date> }[];
  addFlashcards(questionIds: readonly string[]): void;
  rateFlashcard(questionId: string, rating: FlashcardRating): Date | undefined;
  progress(documentId: string): { mastered: number; total: number; percent: number };
  weekly(date?: Date, scope?: QuizScope): { week: string; question: BankQuestion | undefined };
  /** Forget everything stored for this namespace. */
  reset(): void;
}

/** A study's record as held between saves, and what it is read against. */
interface StudyState {
  options: StudyOptions;
  now: () => Date;
  byId: Map<string, BankQuestion>;
  session: QuizSession | undefined;
  book: ReviewBook;
  deck: Deck;
  progress: Progress;
}

export function createStudy(options: StudyOptions): Study {
  const st = loadState(options);
  return {
    get session() {
      return st.session;
    },
    ...quizMethods(st),
    ...recordMethods(st),
    ...flashcardMethods(st),
    progress: (documentId) => documentProgress(st.progress, documentId, options.bank),
    weekly(date = st.now(), scope = {}) {
      const week = isoWeekOf(date);
      return { week, question: weeklyQuestion(options.bank, week, scope, options.revision) };
    },
    reset() {
      for (const part of ['session', 'review', 'cards', 'progress'] as const)
        clearPart(options.store, options.namespace, part);
      st.session = undefined;
      st.book = emptyReviewBook();
      st.deck = emptyDeck();
      st.progress = emptyProgress();
    },
  };
}

/** The stored record; a new revision's changed questions make their cards new (once per revision: resetForRevision is idempotent). */
function loadState(options: StudyOptions): StudyState {
  const { store, namespace } = options;
  const now = options.now ?? (() => new Date());
  const st: StudyState = {
    options,
    now,
    byId: new Map(options.bank.questions.map((q) => [q.id, q])),
    session: readPart(store, namespace, 'session'),
    book: readPart(store, namespace, 'review') ?? emptyReviewBook(),
    deck: readPart(store, namespace, 'cards') ?? emptyDeck(),
    progress: readPart(store, namespace, 'progress') ?? emptyProgress(),
  };
  const revision = options.revision;
  if (revision) {
    // Cards learnt in the old wording start again.
    const changed = changedQuestions(options.bank, revision.items).map((q) => q.id);
    const before = JSON.stringify(st.deck);
    st.deck = resetForRevision(st.deck, revision.id, changed, now());
    if (JSON.stringify(st.deck) !== before) writePart(store, namespace, 'cards', st.deck, now());
  }
  return st;
}

function save(st: StudyState): void {
  const { store, namespace } = st.options;
  const at = st.now();
  if (st.session) writePart(store, namespace, 'session', st.session, at);
  else clearPart(store, namespace, 'session');
  writePart(store, namespace, 'review', st.book, at);
  writePart(store, namespace, 'cards', st.deck, at);
  writePart(store, namespace, 'progress', st.progress, at);
}

/** A first answer into the one record: the review book, progress, and a flashcard when wrong. */
function note(st: StudyState, question: BankQuestion, correct: boolean): void {
  st.book = recordInReview(st.book, question.id, correct, st.now());
  st.progress = recordProgress(st.progress, question, correct);
  if (!correct) st.deck = addCards(st.deck, [question.id], st.now());
}

function record(st: StudyState, question: BankQuestion, correct: boolean): void {
  note(st, question, correct);
  save(st);
}

/** The eve of the reader's test, if set: no review is scheduled after it. */
function latest(st: StudyState): Date | undefined {
  return reviewDeadline(readPart(st.options.store, st.options.namespace, 'plan'), st.now());
}

/** A quiz: started from the bank or the review book, answered, moved through, ended. */
function quizMethods(
  st: StudyState,
): Pick<Study, 'startQuiz' | 'startReviewQuiz' | 'answer' | 'goTo' | 'score' | 'endQuiz'> {
  const { options, now } = st;
  return {
    startQuiz({ count, seed, scope }) {
      const picked = pickQuestions(options.bank, { count, seed, ...(scope ? { scope } : {}) });
      st.session = createSession(picked, { id: `quiz-${String(seed)}`, now: now() });
      save(st);
      return st.session;
    },
    startReviewQuiz({ seed, count }) {
      const questions = reviewList(st.book)
        .flatMap((entry) => {
          const question = st.byId.get(entry.questionId);
          return question ? [question] : [];
        })
        .slice(0, count ?? Infinity);
      st.session = createSession(questions, { id: `review-${String(seed)}`, now: now() });
      save(st);
      return st.session;
    },
    answer(questionId, response) {
      if (!st.session) throw new Error('no quiz in progress');
      const result = answerQuestion(st.session, questionId, response, { now: now(), hrefFor: options.hrefFor });
      st.session = result.session;
      if (result.firstTry)
        record(st, st.session.questions.find((q) => q.id === questionId) as BankQuestion, result.feedback.correct);
      return { feedback: result.feedback, session: st.session, score: score(st.session) };
    },
    goTo(index) {
      if (!st.session) throw new Error('no quiz in progress');
      st.session = goTo(st.session, index);
      save(st);
      return st.session;
    },
    score: () => (st.session ? score(st.session) : undefined),
    endQuiz() {
      st.session = undefined;
      save(st);
    },
  };
}

/** Answers outside a quiz (the question of the week, a mock exam) and the review book. */
function recordMethods(st: StudyState): Pick<Study, 'answerOne' | 'recordResults' | 'review' | 'removeFromReview'> {
  return {
    answerOne(question, response) {
      const feedback = feedbackFor(question, response, st.options.hrefFor);
      record(st, question, feedback.correct);
      return feedback;
    },
    recordResults(results) {
      for (const { question, correct } of results) note(st, question, correct);
      save(st);
    },
    review() {
      return reviewList(st.book).flatMap((entry) => {
        const question = st.byId.get(entry.questionId);
        return question ? [{ entry, question }] : []; // questions gone from the content drop out quietly
      });
    },
    removeFromReview(questionId) {
      st.book = removeFromReview(st.book, questionId);
      save(st);
    },
  };
}

/** Flashcards: those due with their faces and when each rating would bring them back, adding, rating. */
function flashcardMethods(st: StudyState): Pick<Study, 'dueFlashcards' | 'addFlashcards' | 'rateFlashcard'> {
  return {
    dueFlashcards(limit) {
      const at = st.now();
      return dueCards(st.deck, at, limit).flatMap((id) => {
        const question = st.byId.get(id);
        return question ? [{ question, ...cardFaces(question), preview: previewDue(st.deck, id, at, latest(st)) }] : [];
      });
    },
    addFlashcards(questionIds) {
      st.deck = addCards(
        st.deck,
        questionIds.filter((id) => st.byId.has(id)),
        st.now(),
      );
      save(st);
    },
    rateFlashcard(questionId, rating) {
      st.deck = rateCard(st.deck, questionId, rating, st.now(), latest(st));
      save(st);
      return nextDue(st.deck, questionId);
    },
  };
}
