/**
 * The written test's rule when the bank is short (src/quiz/paper.ts): a small organisation (a
 * hospital's one norm, imported) had 46 questions and no multiple-choice ones, and its papers
 * said 满分 92 and, for one role, 107.5. The paper must add up to its full marks exactly: points
 * raised in halves as little as can be, a question or two left out if need be, never a question
 * worth many times its kind.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scaffold } from '../src/cli/scaffold.ts';
import { loadModelOrThrow } from '../src/model/index.ts';
import type { Model } from '../src/model/types.ts';
import { planPrintJobs, plannedPrintFiles, printPlanNotes } from '../src/print/index.ts';
import { leftOutQuizScopes, quizScopes } from '../src/print/plan.ts';
import { defaultTemplatesDir, loadTemplates, type QuizTemplate } from '../src/print/templates.ts';
import { DEFAULT_SEED, generateBank, inScope, paperLeftOut } from '../src/quiz/index.ts';
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

/**
 * Which scopes get a paper (src/quiz/paper-scopes.ts): a new user's group whose every file is
 * written for some units (`units:`) got a group-wide paper saying 共0题，满分0分, and a unit with
 * nothing of its own got one too. The quiz core leaves such a paper out, the print plan follows it
 * and the build says so once; the rule agrees with the banks the papers are drawn from.
 */
describe('a paper with nothing to ask is not planned', () => {
  /** The scaffold with every file written for main-hall, and a second unit that gets nothing. */
  async function unitOnlyGroup(): Promise<string> {
    const dir = mkdtempSync(join(tmpdir(), 'guifan-paper-'));
    await scaffold(dir);
    for (const kind of ['norms', 'etiquette', 'commitments', 'processes', 'assessment', 'quiz'])
      for (const file of readdirSync(join(dir, kind))) {
        const path = join(dir, kind, file);
        writeFileSync(path, readFileSync(path, 'utf8').replace(/^id:/m, 'units: [main-hall]\nid:'));
      }
    writeFileSync(
      join(dir, 'units', 'second-hall.yaml'),
      'id: second-hall\nname: 示例公司第二营业厅\nindustry: water\n',
    );
    return dir;
  }

  /** Questions of each paper scope in the banks the papers are chosen from. */
  function bankCounts(model: Model): Map<string, number> {
    const counts = new Map<string, number>();
    const org = generateBank(model, { seed: DEFAULT_SEED });
    counts.set('all', org.questions.filter((q) => inScope(q, { unitId: 'all' })).length);
    for (const u of model.units) {
      const bank = generateBank(model, { seed: DEFAULT_SEED, unitId: u.id });
      for (const r of [undefined, ...u.roles])
        counts.set(
          r ? `${u.id}__${r}` : u.id,
          bank.questions.filter((q) => inScope(q, { unitId: u.id, ...(r ? { roleId: r } : {}) })).length,
        );
    }
    return counts;
  }

  const quizTemplate = (): QuizTemplate =>
    loadTemplates(defaultTemplatesDir()).find((t): t is QuizTemplate => t.kind === 'quiz')!;

  it('leaves out the group-wide paper when everything is for some units, and a unit with nothing; keeps the rest', async () => {
    const dir = await unitOnlyGroup();
    try {
      const model = await loadModelOrThrow(dir);
      expect(paperLeftOut(model, { unitId: 'all' })?.reason).toBe('unit-only');
      expect(paperLeftOut(model, { unitId: 'second-hall' })?.reason).toBe('nothing');
      expect(paperLeftOut(model, { unitId: 'main-hall' })).toBeUndefined();
      // The rule says what the banks say: a scope is left out exactly when its paper would be empty.
      const counts = bankCounts(model);
      expect(counts.get('all')).toBe(0);
      expect(counts.get('second-hall')).toBe(0);
      expect(counts.get('main-hall')).toBeGreaterThan(0);
      for (const [scope, n] of counts) {
        const [unitId, roleId] = scope.split('__') as [string, string | undefined];
        expect(paperLeftOut(model, { unitId, ...(roleId ? { roleId } : {}) }) !== undefined, scope).toBe(n === 0);
      }

      const files = plannedPrintFiles(model, { only: 'quiz' }).map((f) => f.file);
      expect(files.filter((f) => f.startsWith('quiz-all-') || f.startsWith('quiz-second-hall-'))).toEqual([]);
      expect(files).toContain('quiz-main-hall-A.pdf');
      expect(files).toContain('quiz-main-hall-key.pdf');
      expect(planPrintJobs(model, { only: 'quiz' }).map((j) => j.id)).not.toContain('quiz-all-A.pdf');

      // Said once, in Chinese and English, naming the paper and why.
      const notes = printPlanNotes(model, { only: 'quiz' });
      expect(notes).toHaveLength(2);
      expect(notes[0]).toMatch(
        /^未出试卷 quiz-all（示例公用事业公司）：.*部分单位（units:.*\/ no quiz paper quiz-all .*units:/,
      );
      expect(notes[1]).toMatch(
        /^未出试卷 quiz-second-hall（示例公司第二营业厅）：本单位没有可考的内容 \/ no quiz paper/,
      );
      // Only the selection's: a poster build says nothing about papers, a unit's paper nothing of the group's.
      expect(printPlanNotes(model, { only: 'poster' })).toEqual([]);
      expect(printPlanNotes(model, { only: 'quiz:main-hall' })).toEqual([]);
      // Asking for the paper itself says why there is none.
      expect(() => plannedPrintFiles(model, { only: 'quiz:all' })).toThrow(
        /不出这份试卷.*units:.*no such paper is made/,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the trial group (water and bus lines, every file for one line) has no group-wide paper; the example keeps its own', async () => {
    const trial = await loadModelOrThrow('test/fixtures/orgs/chengchuan-water-bus');
    expect(bankCounts(trial).get('all')).toBe(0);
    expect(quizScopes(trial, quizTemplate()).map((s) => s.id)).not.toContain('all');
    expect(quizScopes(trial, quizTemplate()).map((s) => s.id)).toContain('bus-company');
    const example = await loadModelOrThrow('content');
    expect(paperLeftOut(example, { unitId: 'all' })).toBeUndefined();
    expect(leftOutQuizScopes(example, quizTemplate())).toEqual([]);
    expect(printPlanNotes(example)).toEqual([]);
    expect(quizScopes(example, quizTemplate())[0]!.id).toBe('all');
  });
});
