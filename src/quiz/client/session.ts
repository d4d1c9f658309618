/**
 * A quiz session as plain, serialisable state with pure transitions, so the
 * island only renders it and a reload can restore it from storage.
 */
import type { BankQuestion } from '../types.ts';
import { feedbackFor, type Feedback, type HrefFor, type QuizResponse } from './grade.ts';

export interface AnswerRecord {
  response: QuizResponse;
  correct: boolean;
  /** ISO timestamp. */
  at: string;
}

export interface QuizSession {
  id: string;
  /** The questions as asked (options already shuffled). */
  questions: BankQuestion[];
  answers: Record<string, AnswerRecord>;
  /** Index of the question on screen. */
  current: number;
  startedAt: string;
  finishedAt?: string;
}

export interface Score {
  total: number;
  answered: number;
  correct: number;
  /** Of all questions, rounded to a whole number. */
  percent: number;
}

export function createSession(questions: readonly BankQuestion[], options: { id: string; now: Date }): QuizSession {
  return { id: options.id, questions: [...questions], answers: {}, current: 0, startedAt: options.now.toISOString() };
}

/**
 * Records the first answer to a question (a second answer is ignored: the
 * score counts first tries) and returns the feedback to show.
 */
export function answerQuestion(
  session: QuizSession,
  questionId: string,
  response: QuizResponse,
  options: { now: Date; hrefFor: HrefFor },
): { session: QuizSession; feedback: Feedback; firstTry: boolean } {
  const question = session.questions.find((q) => q.id === questionId);
  if (!question) throw new Error(`question not in this quiz: ${questionId}`);
  const feedback = feedbackFor(question, response, options.hrefFor);
  const previous = session.answers[questionId];
  if (previous) return { session, feedback: { ...feedback, correct: previous.correct }, firstTry: false };
  const answers = {
    ...session.answers,
    [questionId]: { response, correct: feedback.correct, at: options.now.toISOString() },
  };
  const done = session.questions.every((q) => answers[q.id] !== undefined);
  return {
    session: { ...session, answers, ...(done ? { finishedAt: options.now.toISOString() } : {}) },
    feedback,
    firstTry: true,
  };
}

export function goTo(session: QuizSession, index: number): QuizSession {
  return { ...session, current: Math.max(0, Math.min(session.questions.length - 1, index)) };
}

export function score(session: QuizSession): Score {
  const records = Object.values(session.answers);
  const correct = records.filter((r) => r.correct).length;
  const total = session.questions.length;
  return { total, answered: records.length, correct, percent: total === 0 ? 0 : Math.round((correct / total) * 100) };
}

/** Questions answered wrongly in this session, in quiz order. */
export function wrongQuestions(session: QuizSession): BankQuestion[] {
  return session.questions.filter((q) => session.answers[q.id]?.correct === false);
}
