/**
 * The quiz client's rules for study on a phone, without a browser: the mock
 * exam's paper and marking, the study plan toward a test date (flashcards
 * never due after its eve), and the learning record file (export, checks with
 * Chinese messages, merge and replace).
 */
import { describe, expect, it } from 'vitest';
import { loadModelOrThrow } from '../src/model/index.ts';
import { studyBank } from '../src/site/study.ts';
import {
  addCards,
  answerExam,
  choosePaperQuestions,
  createExam,
  createStudy,
  daysUntil,
  emptyDeck,
  examIds,
  exportRecord,
  fitDeck,
  handIn,
  importRecord,
  memoryStore,
  parseRecord,
  rateCard,
  readPart,
  reviewDeadline,
  todayPlan,
  writePart,
  type QuizResponse,
} from '../src/quiz/client/index.ts';
import type { BankQuestion } from '../src/quiz/types.ts';

const model = await loadModelOrThrow('content');
const bank = { questions: studyBank(model, 'power-city-hall') };
const rule = model.organisation.exam;

function right(q: BankQuestion): QuizResponse {
  if (q.type === 'single') return { type: 'single', choice: q.answer };
  if (q.type === 'multiple') return { type: 'multiple', choices: q.answer };
  if (q.type === 'truefalse') return { type: 'truefalse', value: q.answer };
  return { type: 'blank', values: q.answer.map((a) => a[0]!) };
}

describe('mock exam', () => {
  it('is the printed paper’s choice for the scope and seed, timed, and marked only when handed in', () => {
    const now = new Date('2026-12-03T08:00:00');
    const scope = { unitId: 'power-city-hall', roleId: 'counter-clerk' };
    const exam = createExam(bank, rule, scope, {
      seed: 'mock:1',
      now,
      mode: 'one',
      bank: 'unit-power-city-hall.json',
      unit: 'power-city-hall',
      role: 'counter-clerk',
    });
    const paper = choosePaperQuestions(bank, rule, scope, 'mock:1');
    expect(exam.sections.map((s) => s.ids)).toEqual(paper.sections.map((s) => s.questions.map((q) => q.id)));
    expect(exam.total).toBe(paper.total);
    expect(new Date(exam.deadline).getTime() - now.getTime()).toBe(rule.minutes * 60_000);
    const byId = new Map(bank.questions.map((q) => [q.id, q]));
    const ids = examIds(exam);
    let answered = exam;
    for (const id of ids.slice(0, 5)) answered = answerExam(answered, id, right(byId.get(id)!));
    answered = answerExam(answered, ids[5]!, { type: 'truefalse', value: true });
    expect(answered.result).toBeUndefined();
    const done = handIn(answered, byId, new Date(now.getTime() + 125_000));
    const points = new Map(exam.sections.flatMap((s) => s.ids.map((id) => [id, s.points] as const)));
    const expected =
      ids.slice(0, 5).reduce((n, id) => n + points.get(id)!, 0) +
      (byId.get(ids[5]!)!.type === 'truefalse' && (byId.get(ids[5]!) as { answer: boolean }).answer === true
        ? points.get(ids[5]!)!
        : 0);
    expect(done.result!.score).toBe(expected);
    expect(done.result!.usedSeconds).toBe(125);
    expect(done.result!.timedOut).toBe(false);
    expect(done.result!.passed).toBe(expected >= rule.passMark);
    // After the deadline: handed in at the deadline, the time used is the time allowed.
    const late = handIn(exam, byId, new Date(now.getTime() + (rule.minutes + 5) * 60_000));
    expect(late.result).toMatchObject({ timedOut: true, usedSeconds: rule.minutes * 60, score: 0 });
    expect(late.result!.missed).toEqual(ids);
    // Answers after the hand-in change nothing.
    expect(answerExam(done, ids[10]!, right(byId.get(ids[10]!)!))).toBe(done);
  });
});

describe('study plan', () => {
  it('counts the days, brings reviews forward to the test’s eve, and says what to do today', () => {
    const now = new Date(2026, 11, 3, 9);
    const plan = { testDate: '2026-12-20' };
    expect(daysUntil(plan, now)).toBe(17);
    const eve = reviewDeadline(plan, now)!;
    expect(eve).toEqual(new Date(2026, 11, 19));
    let deck = addCards(emptyDeck(), ['a'], now);
    for (let i = 0; i < 6; i++) deck = rateCard(deck, 'a', 'easy', new Date(deck.cards.a!.due), eve);
    expect(new Date(deck.cards.a!.due).getTime()).toBeLessThanOrEqual(eve.getTime());
    const far = { cards: { b: { ...deck.cards.a!, due: new Date(2027, 5, 1).toISOString() } } };
    expect(fitDeck(far, eve).cards.b!.due).toBe(eve.toISOString());
    const today = todayPlan(plan, now, { cardsDue: 3, notMastered: 170, reviewCount: 2 })!;
    expect(today).toMatchObject({ daysLeft: 17, cardsDue: 3, newToday: 10, reviewCount: 2, mockExam: false });
    expect(todayPlan(plan, new Date(2026, 11, 15, 9), { cardsDue: 0, notMastered: 10, reviewCount: 0 })!.mockExam).toBe(
      true,
    );
    expect(todayPlan(plan, new Date(2026, 11, 20, 9), { cardsDue: 0, notMastered: 10, reviewCount: 0 })!.daysLeft).toBe(
      0,
    );
    expect(
      todayPlan(plan, new Date(2026, 11, 21, 9), { cardsDue: 0, notMastered: 10, reviewCount: 0 }),
    ).toBeUndefined();
    expect(reviewDeadline(plan, new Date(2026, 11, 20, 9))).toBeUndefined();
  });

  it('the client schedules flashcards before the eve once a test date is set', () => {
    const store = memoryStore();
    let clock = new Date(2026, 11, 3, 9);
    const study = createStudy({ bank, store, namespace: 'x', hrefFor: () => undefined, now: () => clock });
    const q = bank.questions[0]!;
    study.addFlashcards([q.id]);
    writePart(store, 'x', 'plan', { testDate: '2026-12-08' }, clock);
    const eve = new Date(2026, 11, 7).getTime();
    // Reviewed each time it comes due, up to the eve: never scheduled past it (on the eve itself, due at once).
    for (let i = 0; i < 5; i++) {
      const due = study.rateFlashcard(q.id, 'easy')!;
      expect(due.getTime()).toBeLessThanOrEqual(Math.max(eve, clock.getTime()));
      clock = new Date(Math.max(due.getTime(), clock.getTime()) + 1000);
    }
  });
});

describe('learning record file', () => {
  it('exports, refuses what is not this site’s record with a Chinese message, merges or replaces', () => {
    const now = new Date('2026-12-03T08:00:00Z');
    const a = memoryStore();
    writePart(
      a,
      'yunlan',
      'review',
      {
        entries: {
          q1: {
            questionId: 'q1',
            wrongCount: 2,
            streak: 0,
            firstWrongAt: '2026-11-01T00:00:00Z',
            lastWrongAt: '2026-11-02T00:00:00Z',
          },
        },
      },
      now,
    );
    writePart(a, 'yunlan', 'plan', { testDate: '2027-01-01' }, now);
    a.setItem('guifan:study:yunlan:bank-of', JSON.stringify({ q1: 'doc-x.json' }));
    const file = exportRecord(a, 'yunlan', now);
    const text = JSON.stringify(file);
    expect(parseRecord(text, 'yunlan').ok).toBe(true);
    expect(parseRecord('not json', 'yunlan')).toEqual({
      ok: false,
      message: expect.stringContaining('无法导入：这不是学习记录文件'),
    });
    expect(parseRecord(text, 'other')).toEqual({ ok: false, message: expect.stringContaining('另一个网站') });
    expect(parseRecord(JSON.stringify({ ...file, version: 2 }), 'yunlan')).toEqual({
      ok: false,
      message: expect.stringContaining('更新版本'),
    });
    expect(
      parseRecord(JSON.stringify({ ...file, parts: { ...file.parts, cards: { cards: { q: { due: 5 } } } } }), 'yunlan'),
    ).toEqual({ ok: false, message: expect.stringContaining('闪卡') });

    const b = memoryStore();
    writePart(
      b,
      'yunlan',
      'review',
      {
        entries: {
          q2: {
            questionId: 'q2',
            wrongCount: 1,
            streak: 0,
            firstWrongAt: '2026-11-05T00:00:00Z',
            lastWrongAt: '2026-11-05T00:00:00Z',
          },
        },
      },
      now,
    );
    writePart(b, 'yunlan', 'plan', { testDate: '2027-02-01' }, now);
    const parsed = parseRecord(text, 'yunlan');
    if (!parsed.ok) throw new Error(parsed.message);
    importRecord(b, 'yunlan', parsed.record, 'merge', now);
    expect(Object.keys(readPart(b, 'yunlan', 'review')!.entries).sort()).toEqual(['q1', 'q2']);
    expect(readPart(b, 'yunlan', 'plan')).toEqual({ testDate: '2027-02-01' });
    expect(JSON.parse(b.getItem('guifan:study:yunlan:bank-of')!)).toEqual({ q1: 'doc-x.json' });
    importRecord(b, 'yunlan', parsed.record, 'replace', now);
    expect(Object.keys(readPart(b, 'yunlan', 'review')!.entries)).toEqual(['q1']);
    expect(readPart(b, 'yunlan', 'plan')).toEqual({ testDate: '2027-01-01' });
  });
});
