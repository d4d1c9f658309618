/**
 * The timed mock exam (模拟考试): a paper put together by the printed paper's
 * rule (choosePaperQuestions with the organisation's `exam:` — types, counts,
 * points, full marks) for a unit × role, a time limit and a pass mark, no
 * feedback until it is handed in or the time is up. Plain serialisable state
 * with pure transitions, like a quiz session, so a reload goes on with it.
 */
import { choosePaperQuestions, type PaperRule } from '../paper.ts';
import type { QuizScope } from '../assemble.ts';
import type { BankQuestion } from '../types.ts';
import { isCorrect, type QuizResponse } from './grade.ts';

/** The exam rule the page is given (the model's ExamRule). */
export interface ExamRule extends PaperRule {
  passMark: number;
  minutes: number;
}

export type ExamMode = 'one' | 'all';

export interface ExamSection {
  type: BankQuestion['type'];
  points: number;
  ids: string[];
}

export interface ExamResult {
  score: number;
  total: number;
  passed: boolean;
  /** Seconds from the start to the hand-in, at most the time allowed. */
  usedSeconds: number;
  timedOut: boolean;
  /** Question ids answered wrongly or not at all, in paper order. */
  missed: string[];
}

export interface ExamSession {
  id: string;
  seed: string;
  /** The unit and role the paper is for (undefined: the group's paper, every role). */
  unit?: string;
  role?: string;
  /** The bank file the questions come from ('unit-x.json', 'all.json'). */
  bank: string;
  mode: ExamMode;
  startedAt: string;
  deadline: string;
  minutes: number;
  passMark: number;
  total: number;
  sections: ExamSection[];
  answers: Record<string, QuizResponse>;
  /** Question on screen (one-per-screen mode), index in paper order. */
  current: number;
  finishedAt?: string;
  result?: ExamResult;
}

/**
 * A new paper: the printed paper's rule on the bank for the scope ({ unitId,
 * roleId } as the printed paper of that unit and role: a unit's own bank, or
 * unitId 'all' for the group's), with the attempt's seed.
 */
export function createExam(
  bank: { questions: readonly BankQuestion[] },
  rule: ExamRule,
  scope: QuizScope,
  options: { seed: string; now: Date; mode: ExamMode; bank: string; unit?: string; role?: string },
): ExamSession {
  const chosen = choosePaperQuestions(bank, rule, scope, options.seed);
  return {
    id: `exam-${options.seed}`,
    seed: options.seed,
    ...(options.unit === undefined ? {} : { unit: options.unit }),
    ...(options.role === undefined ? {} : { role: options.role }),
    bank: options.bank,
    mode: options.mode,
    startedAt: options.now.toISOString(),
    deadline: new Date(options.now.getTime() + rule.minutes * 60_000).toISOString(),
    minutes: rule.minutes,
    passMark: rule.passMark,
    total: chosen.total,
    sections: chosen.sections.map((s) => ({ type: s.type, points: s.points, ids: s.questions.map((q) => q.id) })),
    answers: {},
    current: 0,
  };
}

/** The paper's question ids in order. */
export function examIds(exam: ExamSession): string[] {
  return exam.sections.flatMap((s) => s.ids);
}

/** Records (or, with undefined, clears) the answer to a question; no feedback. */
export function answerExam(exam: ExamSession, questionId: string, response: QuizResponse | undefined): ExamSession {
  if (exam.finishedAt) return exam;
  const answers = { ...exam.answers };
  if (response) answers[questionId] = response;
  else delete answers[questionId];
  return { ...exam, answers };
}

export function examGoTo(exam: ExamSession, index: number): ExamSession {
  return { ...exam, current: Math.max(0, Math.min(examIds(exam).length - 1, index)) };
}

export function secondsLeft(exam: ExamSession, now: Date): number {
  return Math.max(0, Math.ceil((new Date(exam.deadline).getTime() - now.getTime()) / 1000));
}

/** Handing in (or the time running out): each question's points if answered right, nothing for a wrong or missing answer. */
export function handIn(exam: ExamSession, questions: ReadonlyMap<string, BankQuestion>, now: Date): ExamSession {
  if (exam.finishedAt) return exam;
  const deadline = new Date(exam.deadline);
  const timedOut = now.getTime() >= deadline.getTime();
  const end = timedOut ? deadline : now;
  let score = 0;
  const missed: string[] = [];
  for (const section of exam.sections) {
    for (const id of section.ids) {
      const q = questions.get(id);
      const response = exam.answers[id];
      if (q && response && isCorrect(q, response)) score += section.points;
      else missed.push(id);
    }
  }
  score = Math.round(score * 10) / 10;
  const usedSeconds = Math.max(0, Math.round((end.getTime() - new Date(exam.startedAt).getTime()) / 1000));
  return {
    ...exam,
    finishedAt: end.toISOString(),
    result: { score, total: exam.total, passed: score >= exam.passMark, usedSeconds, timedOut, missed },
  };
}
