/**
 * Grading and feedback: pure functions over a bank question and a response.
 */
import { chineseNumeral } from '../../model/numerals.ts';
import type { BankQuestion } from '../types.ts';

export type QuizResponse =
  | { type: 'single'; choice: number }
  | { type: 'multiple'; choices: number[] }
  | { type: 'truefalse'; value: boolean }
  | { type: 'blank'; values: string[] };

/** Option letters A, B, C … as printed on papers and read by screen readers. */
export function optionLetter(index: number): string {
  return String.fromCharCode(65 + index);
}

/** Comparison form of a typed answer: full-width → half-width, no spaces or closing punctuation, lower case. */
export function normaliseTyped(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/[。.!！,，；;、]+$/u, '')
    .toLowerCase();
}

/**
 * Whether a typed blank is the accepted answer: the same words, or the same number however it is
 * written (3, ３ or 三 for 3; 十五 for 15; 两 for 2) — a paper's reader writes numbers both ways.
 */
function sameBlank(accepted: string, typed: string): boolean {
  const a = normaliseTyped(accepted);
  const t = normaliseTyped(typed);
  if (a === t) return true;
  const n = chineseNumeral(a);
  return n !== undefined && n === chineseNumeral(t);
}

export function isCorrect(question: BankQuestion, response: QuizResponse): boolean {
  switch (question.type) {
    case 'single':
      return response.type === 'single' && response.choice === question.answer;
    case 'multiple': {
      if (response.type !== 'multiple') return false;
      const given = [...new Set(response.choices)].sort((a, b) => a - b);
      const expected = [...question.answer].sort((a, b) => a - b);
      return given.length === expected.length && given.every((v, i) => v === expected[i]);
    }
    case 'truefalse':
      return response.type === 'truefalse' && response.value === question.answer;
    case 'blank':
      return (
        response.type === 'blank' &&
        response.values.length === question.answer.length &&
        question.answer.every((accepted, i) => accepted.some((a) => sameBlank(a, response.values[i] ?? '')))
      );
  }
}

/** The right answer as text, e.g. "B. 佩戴在胸前", "A、C", "正确", "首问负责". */
export function correctAnswerText(question: BankQuestion): string {
  switch (question.type) {
    case 'single':
      return `${optionLetter(question.answer)}. ${question.options[question.answer] ?? ''}`;
    case 'multiple':
      return question.answer.map((i) => `${optionLetter(i)}. ${question.options[i] ?? ''}`).join('；');
    case 'truefalse':
      return question.answer ? '正确' : '错误';
    case 'blank':
      return question.answer.map((accepted) => accepted[0] ?? '').join('；');
  }
}

/** Where a cited item is shown, e.g. `/norms/general/#c-<id>`; undefined when it has no page. */
export type HrefFor = (id: string) => string | undefined;

export interface Feedback {
  questionId: string;
  correct: boolean;
  correctAnswer: string;
  explanation?: string;
  /** Links to the cited clauses, phrases, commitments or steps. */
  links: { id: string; href: string }[];
}

export function feedbackFor(question: BankQuestion, response: QuizResponse, hrefFor: HrefFor): Feedback {
  const links: Feedback['links'] = [];
  for (const id of question.sources) {
    const href = hrefFor(id);
    if (href !== undefined) links.push({ id, href });
  }
  return {
    questionId: question.id,
    correct: isCorrect(question, response),
    correctAnswer: correctAnswerText(question),
    ...(question.explanation === undefined ? {} : { explanation: question.explanation }),
    links,
  };
}
