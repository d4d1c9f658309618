/**
 * Which questions a written test asks, by its rule: sections of one question
 * type each, a count and points per question, and the paper's full marks
 * (100). Shared by the printed papers and the site's timed mock exam, so both
 * follow the same rule for the same unit and role.
 *
 * A small scope (one role in one unit) may not have enough questions of a type:
 * the missing points are made up with further questions of the other sections,
 * at their own points, so the paper still adds up to its full marks; only a
 * bank too small for that is scaled (and says its real total).
 */
import { pickQuestions, type QuizScope } from './assemble.ts';
import type { BankQuestion } from './types.ts';

export type PaperQuestionType = BankQuestion['type'];

export interface PaperSectionRule {
  type: PaperQuestionType;
  count: number;
  /** Points per question. */
  points: number;
}

export interface PaperRule {
  sections: readonly PaperSectionRule[];
  /** Full marks (满分). */
  total: number;
}

export interface PaperSection {
  type: PaperQuestionType;
  points: number;
  questions: BankQuestion[];
}

export interface PaperChoice {
  sections: PaperSection[];
  /** Σ points × questions: the rule's total unless the bank is too small. */
  total: number;
}

export function choosePaperQuestions(
  bank: { questions: readonly BankQuestion[] },
  rule: PaperRule,
  scope: QuizScope,
  seed: string,
): PaperChoice {
  // Every question of each type, in the seeded order pickQuestions gives (different items first).
  const pools = rule.sections.map((section) => {
    const ofType = bank.questions.filter((q) => q.type === section.type);
    return pickQuestions({ questions: ofType }, { count: ofType.length, seed: `${seed}:${section.type}`, scope });
  });
  const taken = rule.sections.map((section, i) => Math.min(section.count, pools[i]!.length));
  const sum = (): number => rule.sections.reduce((a, s, i) => a + s.points * taken[i]!, 0);
  // Make up missing points with more questions of the sections that have them, in turn.
  let progress = true;
  while (sum() < rule.total && progress) {
    progress = false;
    for (let i = 0; i < rule.sections.length && sum() < rule.total; i++) {
      if (taken[i]! < pools[i]!.length && rule.sections[i]!.points <= rule.total - sum()) {
        taken[i]! += 1;
        progress = true;
      }
    }
  }
  let sections: PaperSection[] = rule.sections
    .map((s, i) => ({ type: s.type, points: s.points, questions: pools[i]!.slice(0, taken[i]) }))
    .filter((s) => s.questions.length > 0);
  let total = sum();
  if (total > 0 && total !== rule.total) {
    // Too few questions to reach full marks at the written points: scale them (to halves).
    const factor = rule.total / total;
    sections = sections.map((s) => ({ ...s, points: Math.max(0.5, Math.round(s.points * factor * 2) / 2) }));
    total = sections.reduce((a, s) => a + s.points * s.questions.length, 0);
  }
  return { sections, total };
}
