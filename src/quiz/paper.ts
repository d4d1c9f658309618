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
    // Too few questions at the written points: raise points (in halves) and, if need be, leave
    // out a question or two, so the paper still adds up to its full marks exactly.
    const exact =
      exactMarks(rule, taken) ??
      exactMarks(
        rule,
        pools.map((pool) => pool.length),
      );
    if (exact)
      sections = rule.sections
        .map((s, i) => ({ type: s.type, points: exact[i]!.points, questions: pools[i]!.slice(0, exact[i]!.count) }))
        .filter((s) => s.questions.length > 0);
    // A bank too small even for that: scale the points (to halves) and say the real total.
    else {
      const factor = rule.total / total;
      sections = sections.map((s) => ({ ...s, points: Math.max(0.5, Math.round(s.points * factor * 2) / 2) }));
    }
    total = sections.reduce((a, s) => a + s.points * s.questions.length, 0);
  }
  return { sections, total };
}

/** Points per question may rise to this many times the written points, no further. */
const MAX_RAISE = 3;

interface Marks {
  points: number;
  count: number;
}

/**
 * Points (in halves, at least the written ones) and counts (at most what the bank has) for each
 * section that add up to the full marks exactly. The smallest raise over the written points that
 * can add up is chosen first (so no question is worth far more than its kind), then as many
 * questions kept as can be, then points as near the written ones as can be. Undefined when no
 * choice adds up.
 */
function exactMarks(rule: PaperRule, available: readonly number[]): Marks[] | undefined {
  if (!Number.isInteger(rule.total * 2)) return undefined;
  const most = Math.max(...rule.sections.map((s) => Math.ceil(s.points * 2) * (MAX_RAISE - 1)));
  for (let raise = 0; raise <= most; raise++) {
    const marks = marksWithin(rule, available, raise);
    if (marks) return marks;
  }
  return undefined;
}

/** exactMarks with each section's points at most `raise` half-points over the written ones: a knapsack over the total's halves. */
function marksWithin(rule: PaperRule, available: readonly number[], raise: number): Marks[] | undefined {
  const target = rule.total * 2;
  interface Best {
    kept: number;
    off: number;
    marks: Marks[];
  }
  let states = new Map<number, Best>([[0, { kept: 0, off: 0, marks: [] }]]);
  rule.sections.forEach((section, i) => {
    const next = new Map<number, Best>();
    const offer = (halves: number, best: Best): void => {
      const have = next.get(halves);
      if (!have || best.kept > have.kept || (best.kept === have.kept && best.off < have.off)) next.set(halves, best);
    };
    const low = Math.ceil(section.points * 2);
    for (const [halves, best] of states) {
      offer(halves, { ...best, marks: [...best.marks, { points: section.points, count: 0 }] });
      for (let p = low; p <= low + raise; p++)
        for (let n = 1; n <= available[i]! && halves + p * n <= target; n++)
          offer(halves + p * n, {
            kept: best.kept + n,
            off: best.off + n * (p / 2 - section.points),
            marks: [...best.marks, { points: p / 2, count: n }],
          });
    }
    states = next;
  });
  return states.get(target)?.marks;
}
