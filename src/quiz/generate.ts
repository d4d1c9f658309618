/**
 * The question bank: the hand-written questions of content/quiz plus questions generated from
 * phrases, rule sets, commitments, clauses, conduct rules, processes, service guides and
 * revisions (one questions-*.ts file per source).
 *
 * Reads only the typed Model. Deterministic for a seed: every random choice
 * comes from a stream named after the question it is for (see random.ts).
 * Unsound candidates (ambiguous, duplicated, giving the answer away) are
 * never added; they go to `rejections` with the reason.
 */
import { PER_UNIT_VALUE } from '../model/clauses.ts';
import type { Model } from '../model/types.ts';
import type { Question } from '../model/types/quiz.ts';
import type { BankQuestion, GeneratedBank, QuestionKind } from './types.ts';
import { validateQuestion, type Problem } from './validate.ts';
import { viewOf } from './view.ts';
import { BankBuilder, dedupeProblems } from './offers.ts';
import { normQuestions, termSource } from './questions-norms.ts';
import { etiquetteQuestions, ruleSetQuestions } from './questions-etiquette.ts';
import { commitmentQuestions } from './questions-commitments.ts';
import { processQuestions } from './questions-processes.ts';
import { revisionQuestions } from './questions-revisions.ts';
import { serviceQuestions } from './questions-services.ts';

export interface GenerateOptions {
  seed: string | number;
  /** Generate from this unit's resolved documents, commitments and processes. */
  unitId?: string;
}

/** A hand-written question's problems depend on the question alone: checked once, not once per unit's bank. */
const handProblemsCache = new WeakMap<Question, Problem[]>();
function handProblems(question: Question): Problem[] {
  let problems = handProblemsCache.get(question);
  if (!problems) {
    problems = validateQuestion(question);
    handProblemsCache.set(question, problems);
  }
  return problems;
}

/**
 * The hand-written questions of the view: a unit's are those written for it whose every cited
 * item it has, with its own values.
 */
function handWrittenQuestions(b: BankBuilder): void {
  for (const bank of b.view.quizzes) {
    for (const question of bank.questions) {
      const problems = handProblems(question);
      if (problems.length > 0) {
        for (const problem of dedupeProblems(problems)) b.reject('hand', question.id, problem, question.source);
        continue;
      }
      // Its answer or stem is a value each unit sets (〔按单位规定〕 in the group's bank): asked in
      // the units' banks with their values, not here, where no answer could be right. Not an
      // error of the question, so not reported as one.
      if (JSON.stringify(question).includes(PER_UNIT_VALUE)) continue;
      const { restrict: _r, origin: _o, ...plain } = question;
      b.admit({
        ...plain,
        kind: 'hand',
        generated: false,
        sources: [...question.cites],
        ...b.view.metaFor(question.cites, question.id),
      } as BankQuestion);
    }
  }
}

const EMPTY_COUNTS: Record<QuestionKind, number> = {
  hand: 0,
  'etiquette-phrase': 0,
  'etiquette-forbidden': 0,
  'etiquette-ruleset': 0,
  'commitment-target': 0,
  'commitment-fill': 0,
  'commitment-title': 0,
  'norm-blank': 0,
  'norm-truefalse': 0,
  'process-order': 0,
  'process-next': 0,
  'process-role': 0,
  'process-time': 0,
  'revision-contrast': 0,
  'service-materials': 0,
  'service-time': 0,
};

export function generateBank(model: Model, options: GenerateOptions): GeneratedBank {
  const seed = String(options.seed);
  const view = viewOf(model, options.unitId);
  const builder = new BankBuilder(view, seed);
  handWrittenQuestions(builder);
  const terms = termSource(view);
  etiquetteQuestions(builder);
  ruleSetQuestions(builder);
  commitmentQuestions(builder, terms);
  normQuestions(builder, terms);
  processQuestions(builder);
  revisionQuestions(builder);
  serviceQuestions(builder);
  const counts = { ...EMPTY_COUNTS };
  for (const q of builder.questions) counts[q.kind]++;
  return {
    seed,
    ...(options.unitId === undefined ? {} : { unitId: options.unitId }),
    questions: builder.questions,
    rejections: builder.rejections,
    counts,
  };
}

/** Rejections counted by reason, for reports. */
export function rejectionCounts(bank: GeneratedBank): Record<string, number> {
  const out: Record<string, number> = {};
  for (const r of bank.rejections) out[r.reason] = (out[r.reason] ?? 0) + 1;
  return out;
}
