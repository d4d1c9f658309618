/**
 * The question bank's types. A bank question is a model `Question` plus what
 * the site, the print pipeline and the coverage report need to know about it,
 * so a bank serialised to JSON is all a browser island needs.
 */
import type { Question } from '../model/types/quiz.ts';
import type { SourceRef } from '../model/types.ts';

export const GENERATED_KINDS = [
  'etiquette-phrase',
  'etiquette-forbidden',
  'etiquette-ruleset',
  'commitment-target',
  'commitment-fill',
  'commitment-title',
  'norm-blank',
  'norm-truefalse',
  'process-order',
  'process-next',
  'process-role',
  'process-time',
  'revision-contrast',
  'service-materials',
  'service-time',
] as const;
export type GeneratedKind = (typeof GENERATED_KINDS)[number];
/** 'hand' for the hand-written questions of content/quiz/. */
export type QuestionKind = 'hand' | GeneratedKind;

/** The part shared by every question type. */
export interface BankQuestionMeta {
  kind: QuestionKind;
  generated: boolean;
  /** Ids this question tests (= `cites`); every one resolves in `model.index`. */
  sources: string[];
  /** Ids of the norm documents whose clauses it cites. */
  documents: string[];
  /** Role ids it concerns: those every cited item concerns (model's rolesOfItems); 'all' when every cited item is everyone's. */
  roles: 'all' | string[];
  /** Unit ids in whose resolved content every cited item exists; 'all' when the model has no units or all qualify. */
  units: 'all' | string[];
}

export type BankQuestion = Question & BankQuestionMeta;

export const REJECTION_REASONS = {
  'duplicate-options': '选项重复 / two options are the same',
  'substring-option': '选项与答案互相包含 / an option is a substring of the answer or vice versa',
  'blank-in-stem': '空格答案在题干其他位置出现 / the blank’s answer appears elsewhere in the stem',
  'answer-in-stem': '题干已写出答案 / the stem gives the answer away',
  'too-few-options': '可用选项不足 / fewer distinct options than required',
  'equally-true': '两个选项同样正确 / two options are equally true',
  'ambiguous-stem': '题干指向多个来源 / the stem fits more than one source',
  'wording-mismatch': '措辞与规范强度不符 / wording does not show the written strength',
  'no-blank': '填空题没有空格 / a blank question without ____',
  'bad-answer': '答案不在选项中 / the answer does not point at an option',
  'duplicate-question': '与已有题目重复 / same question as another',
  'per-unit-value': '数值由各单位自定，集团题库不出此题 / the value is set per unit, so the group bank does not ask it',
} as const;
export type RejectionReason = keyof typeof REJECTION_REASONS;

export interface Rejection {
  kind: QuestionKind;
  /** The item the question was generated from (or the hand-written question's id). */
  sourceId: string;
  reason: RejectionReason;
  /** What was wrong, e.g. the clashing options. */
  detail: string;
  source: SourceRef;
}

export interface GeneratedBank {
  seed: string;
  unitId?: string;
  questions: BankQuestion[];
  rejections: Rejection[];
  /** Number of questions per kind. */
  counts: Record<QuestionKind, number>;
}

/** Blank marker in stems, as written in content/quiz (four underscores). */
export const BLANK = '____';
