import { describe, expect, it } from 'vitest';
import { generateBank, type BankQuestion } from '../src/quiz/index.ts';
import {
  addCards,
  answerQuestion,
  cardFaces,
  correctAnswerText,
  createSession,
  createStudy,
  documentProgress,
  dueCards,
  emptyDeck,
  emptyProgress,
  emptyReviewBook,
  isCorrect,
  memoryStore,
  mergeDecks,
  mergeProgress,
  mergeReviewBooks,
  previewDue,
  rateCard,
  readPart,
  recordInReview,
  recordProgress,
  reviewList,
  score,
  storageKey,
  wrongQuestions,
  writePart,
  type QuizResponse,
} from '../src/quiz/client/index.ts';
import { quizFixtureModel } from './support/quiz-fixture-model.ts';

const bank = generateBank(quizFixtureModel(), { seed: 'client' });
const hrefFor = (id: string): string | undefined => (id.startsWith('c-') ? `/norms/doc-service/#c-${id}` : undefined);
const byId = (id: string): BankQuestion => {
  const q = bank.questions.find((x) => x.id === id);
  if (!q) throw new Error(`fixture question ${id} missing`);
  return q;
};

/** The right response to any question, and a wrong one. */
function rightResponse(q: BankQuestion): QuizResponse {
  switch (q.type) {
    case 'single':
      return { type: 'single', choice: q.answer };
    case 'multiple':
      return { type: 'multiple', choices: [...q.answer].reverse() };
    case 'truefalse':
      return { type: 'truefalse', value: q.answer };
    case 'blank':
      return { type: 'blank', values: q.answer.map((a) => ` ${a[0]} `) };
  }
}
function wrongResponse(q: BankQuestion): QuizResponse {
  switch (q.type) {
    case 'single':
      return { type: 'single', choice: (q.answer + 1) % q.options.length };
    case 'multiple':
      return { type: 'multiple', choices: q.answer.slice(1) };
    case 'truefalse':
      return { type: 'truefalse', value: !q.answer };
    case 'blank':
      return { type: 'blank', values: q.answer.map(() => '不知道') };
  }
}

describe('grading', () => {
  it('grades every question type, right and wrong', () => {
    for (const q of bank.questions) {
      expect(isCorrect(q, rightResponse(q)), q.id).toBe(true);
      expect(isCorrect(q, wrongResponse(q)), q.id).toBe(false);
    }
  });

  it('accepts listed alternatives and full-width digits in blanks; wants the exact set for multiple choice', () => {
    const blank = byId('q-deadline');
    expect(isCorrect(blank, { type: 'blank', values: ['两'] })).toBe(true);
    expect(isCorrect(blank, { type: 'blank', values: ['２'] })).toBe(true);
    expect(isCorrect(blank, { type: 'blank', values: ['3'] })).toBe(false);
    // A number accepted as digits is accepted in Chinese numerals too, and the other way round.
    const blankWith = (answer: string[][]): BankQuestion => ({ ...blank, type: 'blank', answer }) as BankQuestion;
    const fifteen = blankWith([['15']]);
    for (const typed of ['15', '十五', '１５', ' 15。'])
      expect(isCorrect(fifteen, { type: 'blank', values: [typed] }), typed).toBe(true);
    for (const typed of ['16', '五十', '十'])
      expect(isCorrect(fifteen, { type: 'blank', values: [typed] }), typed).toBe(false);
    expect(isCorrect(blankWith([['三']]), { type: 'blank', values: ['3'] })).toBe(true);
    const multiple = byId('q-ten-words');
    expect(isCorrect(multiple, { type: 'multiple', choices: [0, 1, 3] })).toBe(true);
    expect(isCorrect(multiple, { type: 'multiple', choices: [0, 1] })).toBe(false);
    expect(isCorrect(multiple, { type: 'multiple', choices: [0, 1, 2, 3] })).toBe(false);
    expect(isCorrect(multiple, { type: 'single', choice: 0 })).toBe(false);
    expect(correctAnswerText(multiple)).toBe('A. 您好；B. 谢谢；D. 再见');
    expect(correctAnswerText(byId('q-phone'))).toBe('错误');
  });
});

describe('quiz session', () => {
  const questions = bank.questions.slice(0, 10);
  const t0 = new Date('2026-11-23T08:00:00Z');

  it('scores a fully correct quiz 100 % and links the cited clause', () => {
    let session = createSession(questions, { id: 's1', now: t0 });
    for (const q of questions) {
      const result = answerQuestion(session, q.id, rightResponse(q), { now: t0, hrefFor });
      session = result.session;
      expect(result.feedback.correct).toBe(true);
    }
    expect(score(session)).toEqual({ total: 10, answered: 10, correct: 10, percent: 100 });
    expect(session.finishedAt).toBe(t0.toISOString());
    const badge = answerQuestion(
      createSession([byId('q-badge')], { id: 's', now: t0 }),
      'q-badge',
      { type: 'single', choice: 0 },
      { now: t0, hrefFor },
    );
    expect(badge.feedback).toMatchObject({
      correct: false,
      correctAnswer: 'B. 佩戴在胸前',
      links: [{ id: 'c-badge', href: '/norms/doc-service/#c-c-badge' }],
    });
  });

  it('counts the first try only and lists the wrong ones', () => {
    let session = createSession(questions, { id: 's2', now: t0 });
    const [first, second] = questions as [BankQuestion, BankQuestion];
    session = answerQuestion(session, first.id, wrongResponse(first), { now: t0, hrefFor }).session;
    const retry = answerQuestion(session, first.id, rightResponse(first), { now: t0, hrefFor });
    expect(retry.firstTry).toBe(false);
    expect(retry.feedback.correct).toBe(false);
    session = answerQuestion(retry.session, second.id, rightResponse(second), { now: t0, hrefFor }).session;
    expect(score(session)).toMatchObject({ answered: 2, correct: 1, percent: 10 });
    expect(wrongQuestions(session).map((q) => q.id)).toEqual([first.id]);
    expect(session.finishedAt).toBeUndefined();
    expect(() => answerQuestion(session, 'nope', rightResponse(first), { now: t0, hrefFor })).toThrow();
  });
});

describe('wrong-answer review (错题本)', () => {
  it('keeps a question until it is answered right twice in a row', () => {
    const t = (m: number) => new Date(Date.UTC(2026, 10, 23, 8, m));
    let book = recordInReview(emptyReviewBook(), 'a', false, t(1));
    book = recordInReview(book, 'b', false, t(2));
    book = recordInReview(book, 'a', false, t(3));
    book = recordInReview(book, 'c', true, t(4)); // never wrong: not added
    expect(reviewList(book).map((e) => [e.questionId, e.wrongCount])).toEqual([
      ['a', 2],
      ['b', 1],
    ]);
    book = recordInReview(book, 'a', true, t(5));
    expect(book.entries.a?.streak).toBe(1);
    book = recordInReview(book, 'a', false, t(6));
    expect(book.entries.a).toMatchObject({ streak: 0, wrongCount: 3 });
    book = recordInReview(recordInReview(book, 'a', true, t(7)), 'a', true, t(8));
    expect(Object.keys(book.entries)).toEqual(['b']);
  });
});

describe('flashcards (FSRS)', () => {
  const t0 = new Date('2026-11-23T08:00:00Z');

  it('schedules cards: new cards are due, good pushes the due date out, again brings it back soon', () => {
    let deck = addCards(emptyDeck(), ['a', 'b'], t0);
    expect(dueCards(deck, t0)).toEqual(['a', 'b']);
    expect(addCards(deck, ['a'], new Date('2027-01-01'))).toEqual(deck);
    deck = rateCard(deck, 'a', 'good', t0);
    deck = rateCard(deck, 'b', 'again', t0);
    const dueA = new Date(deck.cards.a!.due).getTime();
    const dueB = new Date(deck.cards.b!.due).getTime();
    expect(dueA).toBeGreaterThan(dueB);
    expect(dueB).toBeGreaterThan(t0.getTime());
    expect(dueCards(deck, t0)).toEqual([]);
    expect(dueCards(deck, new Date(dueB))).toEqual(['b']);
    // Repeated good answers space the card out further each time.
    let at = new Date(dueA);
    let gap = dueA - t0.getTime();
    for (let i = 0; i < 3; i++) {
      deck = rateCard(deck, 'a', 'good', at);
      const next = new Date(deck.cards.a!.due);
      expect(next.getTime() - at.getTime()).toBeGreaterThan(gap);
      gap = next.getTime() - at.getTime();
      at = next;
    }
    expect(deck.cards.a!.reps).toBe(4);
    const preview = previewDue(deck, 'b', new Date(dueB));
    expect(preview.again.getTime()).toBeLessThan(preview.easy.getTime());
    // Plain JSON round trip keeps the schedule.
    expect(JSON.parse(JSON.stringify(deck))).toEqual(deck);
  });

  it('shows the question on the front and the answer with its explanation on the back', () => {
    const faces = cardFaces(byId('q-badge'));
    expect(faces.front).toBe('上岗时工号牌应如何处理？\nA. 放在抽屉里\nB. 佩戴在胸前\nC. 交给值班长');
    expect(faces.back).toBe('B. 佩戴在胸前');
  });
});

describe('progress per document', () => {
  it('counts questions answered right at least once', () => {
    const docQuestions = bank.questions.filter((q) => q.documents.includes('doc-service'));
    let progress = recordProgress(emptyProgress(), docQuestions[0]!, true);
    progress = recordProgress(progress, docQuestions[0]!, true);
    progress = recordProgress(progress, docQuestions[1]!, false);
    expect(progress.documents['doc-service']).toMatchObject({
      answered: 3,
      correct: 2,
      mastered: [docQuestions[0]!.id],
    });
    const p = documentProgress(progress, 'doc-service', bank);
    expect(p).toEqual({ mastered: 1, total: docQuestions.length, percent: Math.round(100 / docQuestions.length) });
    expect(recordProgress(progress, byId('gen-etiquette-phrase-ph-bye-1'), true)).toBe(progress); // no document
  });
});

describe('storage', () => {
  it('uses versioned keys and ignores foreign or broken data', () => {
    const store = memoryStore();
    const now = new Date('2026-11-23T08:00:00Z');
    const book = recordInReview(emptyReviewBook(), 'a', false, now);
    expect(writePart(store, 'org', 'review', book, now)).toBe(true);
    expect(storageKey('org', 'review')).toBe('guifan:study:v1:org:review');
    expect(Object.keys(store.dump())).toEqual(['guifan:study:v1:org:review']);
    expect(readPart(store, 'org', 'review')).toEqual(book);
    expect(readPart(store, 'other', 'review')).toBeUndefined();
    store.setItem(storageKey('org', 'cards'), '{not json');
    expect(readPart(store, 'org', 'cards')).toBeUndefined();
    store.setItem(storageKey('org', 'progress'), JSON.stringify({ version: 99, data: { documents: {} } }));
    expect(readPart(store, 'org', 'progress')).toBeUndefined();
    const full = {
      getItem: () => null,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => undefined,
    };
    expect(writePart(full, 'org', 'review', book, now)).toBe(false);
  });
});

describe('createStudy', () => {
  let clock = new Date('2026-11-23T08:00:00Z');
  const now = () => clock;

  it('runs a quiz, fills the review and flashcards, and survives a reload', () => {
    const store = memoryStore();
    const study = createStudy({ bank, store, namespace: 'org', hrefFor, now });
    const quiz = study.startQuiz({ count: 10, seed: 'w48', scope: { documentId: 'doc-service' } });
    expect(quiz.questions).toHaveLength(10);
    for (const q of quiz.questions) expect(q.documents).toContain('doc-service');
    const [wrong, ...rest] = quiz.questions as [BankQuestion, ...BankQuestion[]];
    const first = study.answer(wrong.id, wrongResponse(wrong));
    expect(first.feedback.correct).toBe(false);
    expect(first.feedback.links.some((l) => l.href.includes('#c-'))).toBe(true);
    for (const q of rest) study.answer(q.id, rightResponse(q));
    expect(study.score()).toEqual({ total: 10, answered: 10, correct: 9, percent: 90 });
    expect(study.progress('doc-service').mastered).toBe(9);

    // Reload: a new client over the same storage.
    const again = createStudy({ bank, store, namespace: 'org', hrefFor, now });
    expect(again.session?.id).toBe(quiz.id);
    expect(again.score()).toEqual({ total: 10, answered: 10, correct: 9, percent: 90 });
    expect(again.review().map((r) => r.question.id)).toEqual([wrong.id]);
    const due = again.dueFlashcards();
    expect(due.map((c) => c.question.id)).toEqual([wrong.id]);
    expect(due[0]!.back).toContain(correctAnswerText(wrong));
    const next = again.rateFlashcard(wrong.id, 'good');
    expect(next!.getTime()).toBeGreaterThan(clock.getTime());
    expect(again.dueFlashcards()).toEqual([]);

    const third = createStudy({ bank, store, namespace: 'org', hrefFor, now });
    expect(third.dueFlashcards()).toEqual([]);
    clock = new Date(next!.getTime() + 1000);
    expect(third.dueFlashcards().map((c) => c.question.id)).toEqual([wrong.id]);

    // Practising the review book: two right answers in a row clear the question.
    const review = third.startReviewQuiz({ seed: 'r1' });
    expect(review.questions.map((q) => q.id)).toEqual([wrong.id]);
    third.answer(wrong.id, rightResponse(review.questions[0]!));
    expect(third.review().map((r) => r.entry.streak)).toEqual([1]);
    third.startReviewQuiz({ seed: 'r2' });
    third.answer(wrong.id, rightResponse(third.session!.questions[0]!));
    expect(third.review()).toEqual([]);
    expect(third.startReviewQuiz({ seed: 'r3' }).questions).toEqual([]);
    expect(study.answer(wrong.id, rightResponse(wrong)).score.correct).toBe(9); // a second try never changes the score
    third.removeFromReview(wrong.id);
    expect(createStudy({ bank, store, namespace: 'org', hrefFor, now }).review()).toEqual([]);
    third.endQuiz();
    expect(createStudy({ bank, store, namespace: 'org', hrefFor, now }).session).toBeUndefined();
    third.reset();
    expect(store.dump()).toEqual({});
  });

  it('gives the same weekly question all week', () => {
    const study = createStudy({ bank, store: memoryStore(), namespace: 'org', hrefFor, now });
    const monday = study.weekly(new Date(2026, 10, 23));
    const sunday = study.weekly(new Date(2026, 10, 29, 23));
    expect(monday.week).toBe('2026-W48');
    expect(sunday).toEqual(monday);
    expect(study.weekly(new Date(2026, 10, 30)).question?.id).not.toBe(monday.question?.id);
  });

  it('records a question answered outside a quiz (the weekly one) in the same record as a quiz’s', () => {
    const store = memoryStore();
    const study = createStudy({ bank, store, namespace: 'org', hrefFor, now });
    const q = bank.questions.find((x) => x.type === 'single')!;
    const feedback = study.answerOne(q, wrongResponse(q));
    expect(feedback.correct).toBe(false);
    expect(feedback.correctAnswer).toBe(correctAnswerText(q));
    // Another client over the same storage (another page) sees it in the 错题本 and the flashcards.
    const other = createStudy({ bank, store, namespace: 'org', hrefFor, now });
    expect(other.review().map((r) => r.question.id)).toEqual([q.id]);
    expect(other.dueFlashcards().map((c) => c.question.id)).toEqual([q.id]);
    expect(other.session).toBeUndefined();
    other.answerOne(q, rightResponse(q));
    other.answerOne(q, rightResponse(q));
    expect(createStudy({ bank, store, namespace: 'org', hrefFor, now }).review()).toEqual([]);
  });

  it('shows options in the bank’s order in every quiz, the review quiz and the flashcards (the same letters everywhere)', () => {
    const store = memoryStore();
    const study = createStudy({ bank, store, namespace: 'org', hrefFor, now });
    const withOptions = bank.questions.filter((q) => q.type === 'single' || q.type === 'multiple');
    for (const seed of ['a', 'b', 'c']) {
      const quiz = study.startQuiz({ count: bank.questions.length, seed });
      for (const q of quiz.questions) expect(q, `${seed} ${q.id}`).toEqual(byId(q.id));
    }
    const q = withOptions[0]!;
    study.startQuiz({ count: bank.questions.length, seed: 'd' });
    study.answer(q.id, wrongResponse(q));
    expect(study.startReviewQuiz({ seed: 'e' }).questions).toEqual([byId(q.id)]);
    expect(study.dueFlashcards()[0]!.front).toBe(cardFaces(byId(q.id)).front);
  });
});

describe('merging a record kept apart (a unit’s, before one record per person)', () => {
  it('keeps every question of both, the later mistake and the sum of wrong answers, the better-informed card, both progresses', () => {
    const t1 = new Date('2026-11-01T08:00:00Z');
    const t2 = new Date('2026-11-05T08:00:00Z');
    const main = recordInReview(recordInReview(emptyReviewBook(), 'a', false, t1), 'b', false, t1);
    const unit = recordInReview(recordInReview(emptyReviewBook(), 'b', false, t2), 'c', false, t2);
    const merged = mergeReviewBooks(main, unit);
    expect(Object.keys(merged.entries).sort()).toEqual(['a', 'b', 'c']);
    expect(merged.entries.b).toMatchObject({
      wrongCount: 2,
      firstWrongAt: t1.toISOString(),
      lastWrongAt: t2.toISOString(),
    });
    const deckMain = addCards(emptyDeck(), ['a', 'b'], t1);
    const deckUnit = rateCard(addCards(emptyDeck(), ['b', 'c'], t1), 'b', 'good', t2);
    const deck = mergeDecks(deckMain, deckUnit);
    expect(Object.keys(deck.cards).sort()).toEqual(['a', 'b', 'c']);
    expect(deck.cards.b).toEqual(deckUnit.cards.b);
    const q = bank.questions.find((x) => x.documents.length > 0)!;
    const p1 = recordProgress(emptyProgress(), q, true);
    const p2 = recordProgress(emptyProgress(), q, false);
    const progress = mergeProgress(p1, p2);
    expect(progress.documents[q.documents[0]!]).toEqual({ answered: 2, correct: 1, mastered: [q.id] });
  });
});
