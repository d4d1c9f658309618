/**
 * The written test's rule when the bank is short (src/quiz/paper.ts): a small organisation (a
 * hospital's one norm, imported) had 46 questions and no multiple-choice ones, and its papers
 * said 满分 92 and, for one role, 107.5. The paper must add up to its full marks exactly: points
 * raised in halves as little as can be, a question or two left out if need be, never a question
 * worth many times its kind.
 */
import { describe, expect, it } from 'vitest';
import { choosePaperQuestions, type PaperRule } from '../src/quiz/paper.ts';
import type { BankQuestion } from '../src/quiz/types.ts';

const RULE: PaperRule = {
  total: 100,
  sections: [
    { type: 'single', count: 15, points: 2 },
    { type: 'multiple', count: 5, points: 4 },
    { type: 'truefalse', count: 15, points: 2 },
    { type: 'blank', count: 10, points: 2 },
  ],
};

/** A bank of n questions of each type, each citing an item of its own. */
function bank(counts: Record<'single' | 'multiple' | 'truefalse' | 'blank', number>): { questions: BankQuestion[] } {
  const questions = Object.entries(counts).flatMap(([type, n]) =>
    Array.from(
      { length: n },
      (_, i) =>
        ({
          id: `${type}-${i}`,
          type,
          stem: `${type} ${i}`,
          sources: [`item-${type}-${i}`],
          documents: [],
          roles: 'all',
          units: 'all',
        }) as unknown as BankQuestion,
    ),
  );
  return { questions };
}

describe('a paper from a short bank', () => {
  it.each([
    { single: 9, multiple: 0, truefalse: 15, blank: 22 },
    { single: 8, multiple: 0, truefalse: 14, blank: 21 },
    { single: 12, multiple: 1, truefalse: 15, blank: 9 },
    { single: 20, multiple: 3, truefalse: 8, blank: 5 },
  ])('adds up to full marks exactly: %o', (counts) => {
    const paper = choosePaperQuestions(bank(counts), RULE, {}, 'seed');
    expect(paper.total).toBe(100);
    expect(paper.sections.reduce((a, s) => a + s.points * s.questions.length, 0)).toBe(100);
    for (const s of paper.sections) {
      const written = RULE.sections.find((r) => r.type === s.type)!.points;
      // At least the written points, in halves, and at most one and a half times them here.
      expect(s.points).toBeGreaterThanOrEqual(written);
      expect(s.points * 2).toBe(Math.round(s.points * 2));
      expect(s.points).toBeLessThanOrEqual(written * 1.5);
      expect(s.questions.length).toBeLessThanOrEqual(counts[s.type]);
    }
    // Few questions left out: the bank is short, not the paper.
    const asked = paper.sections.reduce((a, s) => a + s.questions.length, 0);
    const have = Object.values(counts).reduce((a, b) => a + b, 0);
    expect(asked).toBeGreaterThanOrEqual(Math.min(have, 50) - 6);
  });

  it('the smallest raise that adds up: 9 + 15 + 22 questions at 2 points give 92, so 2.5 points where needed', () => {
    const paper = choosePaperQuestions(bank({ single: 9, multiple: 0, truefalse: 15, blank: 22 }), RULE, {}, 'seed');
    expect(Math.max(...paper.sections.map((s) => s.points))).toBe(2.5);
  });

  it('a bank enough for the rule is asked as the rule says', () => {
    const paper = choosePaperQuestions(bank({ single: 30, multiple: 10, truefalse: 30, blank: 30 }), RULE, {}, 's');
    expect(paper.sections.map((s) => [s.type, s.questions.length, s.points])).toEqual([
      ['single', 15, 2],
      ['multiple', 5, 4],
      ['truefalse', 15, 2],
      ['blank', 10, 2],
    ]);
  });

  it('a bank too small to add up at three times the written points says its real total', () => {
    const paper = choosePaperQuestions(bank({ single: 3, multiple: 0, truefalse: 2, blank: 2 }), RULE, {}, 's');
    expect(paper.total).toBe(paper.sections.reduce((a, s) => a + s.points * s.questions.length, 0));
    expect(paper.sections.reduce((a, s) => a + s.questions.length, 0)).toBe(7);
  });
});
