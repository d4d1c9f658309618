/**
 * Study mode islands (browser), continued: the timed mock exam (模拟考试)
 * page, the hub's study plan toward a test date (备考计划) and the learning
 * record as a file for a new phone (换手机). Built on the same helpers and
 * the one learning record as study-island.ts; the rules are the quiz client's
 * (exam.ts: the printed paper's choosePaperQuestions; plan.ts; record.ts).
 */
import {
  answerExam,
  correctAnswerText,
  createExam,
  dueCards,
  examGoTo,
  examIds,
  exportRecord,
  fitDeck,
  handIn,
  importRecord,
  inScope,
  isoDay,
  localDay,
  parseRecord,
  readPart,
  recordCounts,
  reviewDeadline,
  reviewList,
  secondsLeft,
  todayPlan,
  writePart,
  clearPart,
  type BankQuestion,
  type ExamMode,
  type ExamRule,
  type ExamSession,
  type MyChoice,
  type QuizScope,
} from '../quiz/client/index.ts';
import type { MyScopeFile } from './my-scope.ts';
import { assetUrl, context, dayText, fillForm, h, linksOf, loadBank, noteBanksOf, questionForm, responseText, safeStorage, sourceLinks, zhText, type Ctx } from './study-island.ts';

type MyInfo = { file: MyScopeFile; choice: MyChoice } | undefined;

// ---------------------------------------------------------------- mock exam

/** mm:ss */
function clock(seconds: number): string {
  return `${String(Math.floor(seconds / 60)).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}`;
}

/**
 * The exam page: a setup form (unit and role, preset from "我的单位 + 我的
 * 岗位"; one question per screen or the whole paper), then the paper with a
 * clock, then the result. The exam in progress is kept (a reload goes on with
 * it, the clock too); the last result stays until another paper is started.
 */
export async function mountExam(root: HTMLElement): Promise<void> {
  const rule = JSON.parse(root.dataset.rule ?? '{}') as ExamRule;
  const dir = root.dataset.bankDir ?? '';
  const namespace = root.dataset.namespace ?? 'site';
  const store = safeStorage();
  const setup = root.querySelector<HTMLFormElement>('form.exam-setup')!;
  const stage = root.querySelector<HTMLElement>('.exam-stage')!;
  const status = root.querySelector<HTMLElement>('.study-status')!;
  const unitSelect = setup.querySelector<HTMLSelectElement>('select[name="unit"]')!;
  const roleSelect = setup.querySelector<HTMLSelectElement>('select[name="role"]')!;
  const fitRoles = (): void => {
    const roles = (unitSelect.selectedOptions[0]?.dataset.roles ?? '').split(' ');
    for (const o of roleSelect.options) {
      const fits = o.value === '' || roles.includes(o.value);
      o.hidden = !fits;
      o.disabled = !fits;
    }
    if (roleSelect.selectedOptions[0]?.disabled) roleSelect.value = '';
  };
  unitSelect.addEventListener('change', fitRoles);
  const mine = readPart(store, namespace, 'scope');
  if (mine?.unit && [...unitSelect.options].some((o) => o.value === mine.unit)) unitSelect.value = mine.unit;
  fitRoles();
  if (mine?.role && [...roleSelect.options].some((o) => o.value === mine.role && !o.disabled)) roleSelect.value = mine.role;

  let timer: ReturnType<typeof setInterval> | undefined;
  const stop = (): void => {
    if (timer !== undefined) clearInterval(timer);
    timer = undefined;
  };

  const toSetup = (): void => {
    stop();
    stage.replaceChildren();
    setup.hidden = false;
    setup.querySelector<HTMLElement>('select')?.focus();
  };

  /** The paper, given its bank loaded. */
  const run = (ctx: Ctx, first: ExamSession, focus: boolean): void => {
    const s = ctx.s.exam;
    const byId = new Map(ctx.questions.map((q) => [q.id, q]));
    const ids = examIds(first).filter((id) => byId.has(id));
    let exam = first;
    const save = (): void => void writePart(store, namespace, 'exam', exam, new Date());
    const sectionOf = new Map(exam.sections.flatMap((sec, i) => sec.ids.map((id) => [id, i] as const)));
    const clockEl = h('span', { class: 'exam-clock', role: 'timer' });
    const countEl = h('span', { class: 'exam-count' });
    const handInButton = h('button', { type: 'button', class: 'exam-handin' }, s.handIn);
    const confirmBox = h('div', { class: 'exam-confirm', role: 'alertdialog', 'aria-live': 'assertive', hidden: '' });
    const bar = h('div', { class: 'exam-bar' }, clockEl, countEl, handInButton);
    const body = h('div', { class: 'exam-body' });
    const answeredCount = (): number => ids.filter((id) => exam.answers[id]).length;
    const tick = (): void => {
      const left = secondsLeft(exam, new Date());
      clockEl.textContent = s.timeLeft(clock(left));
      clockEl.classList.toggle('is-short', left <= 300);
      if (left <= 0) finish();
    };
    const updateCount = (): void => {
      countEl.textContent = s.answered(answeredCount(), ids.length);
      for (const b of body.querySelectorAll<HTMLElement>('[data-sheet-id]')) {
        const done = !!exam.answers[b.dataset.sheetId ?? ''];
        b.classList.toggle('is-answered', done);
        b.setAttribute('aria-label', s.sheetItem(Number(b.textContent), done));
      }
    };
    /** One question's form, without a submit button: answers are kept as they are given, unmarked. */
    const examForm = (q: BankQuestion, n: number): HTMLFormElement => {
      const { form, read } = questionForm(ctx, q);
      form.querySelector('.quiz-submit')?.remove();
      form.classList.add('exam-question');
      form.querySelector('legend')?.prepend(h('span', { class: 'exam-number' }, `${n}. `));
      form.addEventListener('submit', (e) => e.preventDefault());
      const given = exam.answers[q.id];
      if (given) fillForm(form, given);
      const onChange = (): void => {
        exam = answerExam(exam, q.id, read());
        save();
        updateCount();
      };
      form.addEventListener('change', onChange);
      form.addEventListener('input', onChange);
      return form;
    };
    const sectionTitle = (i: number): string => {
      const sec = exam.sections[i]!;
      return s.section(s.numerals[i] ?? String(i + 1), s.typeNames[sec.type] ?? sec.type, sec.ids.length, sec.points);
    };
    const showOne = (focusHeading: boolean): void => {
      const index = Math.min(exam.current, ids.length - 1);
      const id = ids[index]!;
      const heading = h('h2', { class: 'quiz-counter', tabindex: '-1' }, ctx.s.questionOf(index + 1, ids.length));
      const prev = h('button', { type: 'button', class: 'exam-prev secondary' }, s.prev);
      const next = h('button', { type: 'button', class: 'exam-next' }, s.next);
      prev.disabled = index === 0;
      next.disabled = index === ids.length - 1;
      const go = (to: number): void => {
        exam = examGoTo(exam, to);
        save();
        showOne(true);
      };
      prev.addEventListener('click', () => go(index - 1));
      next.addEventListener('click', () => go(index + 1));
      const sheet = h('details', { class: 'exam-sheet' }, h('summary', {}, s.sheet));
      const grid = h('div', { class: 'exam-sheet-grid' });
      ids.forEach((qid, i) => {
        const b = h('button', { type: 'button', 'data-sheet-id': qid, class: i === index ? 'is-current' : undefined }, String(i + 1));
        if (i === index) b.setAttribute('aria-current', 'true');
        b.addEventListener('click', () => go(i));
        grid.append(b);
      });
      sheet.append(grid);
      body.replaceChildren(heading, h('p', { class: 'eyebrow exam-section-name' }, sectionTitle(sectionOf.get(id) ?? 0)), examForm(byId.get(id)!, index + 1), h('div', { class: 'exam-nav' }, prev, next), sheet);
      updateCount();
      if (focusHeading) heading.focus();
    };
    const showAll = (): void => {
      const parts: HTMLElement[] = [];
      let n = 0;
      exam.sections.forEach((sec, i) => {
        const list = h('div', { class: 'exam-section-questions' });
        for (const id of sec.ids) {
          const q = byId.get(id);
          if (q) list.append(examForm(q, ++n));
        }
        parts.push(h('section', { class: 'exam-section' }, h('h2', {}, sectionTitle(i)), list));
      });
      const bottom = h('button', { type: 'button', class: 'exam-handin exam-handin-bottom' }, s.handIn);
      bottom.addEventListener('click', () => askHandIn(bottom));
      body.replaceChildren(...parts, bottom);
      updateCount();
    };
    const askHandIn = (from: HTMLElement): void => {
      const missing = ids.length - answeredCount();
      if (missing === 0) {
        finish();
        return;
      }
      const yes = h('button', { type: 'button', class: 'exam-confirm-yes' }, s.confirmYes);
      const no = h('button', { type: 'button', class: 'exam-confirm-no secondary' }, s.confirmNo);
      yes.addEventListener('click', () => finish());
      no.addEventListener('click', () => {
        confirmBox.hidden = true;
        from.focus();
      });
      confirmBox.replaceChildren(h('p', {}, s.confirm(missing)), yes, ' ', no);
      confirmBox.hidden = false;
      yes.focus();
    };
    let done = false;
    const finish = (): void => {
      if (done) return;
      done = true;
      stop();
      exam = handIn(exam, byId, new Date());
      const missed = new Set(exam.result!.missed);
      // Into the one record: a wrong or missing answer reaches the 错题本 and the flashcards.
      ctx.study.recordResults(ids.map((id) => ({ question: byId.get(id)!, correct: !missed.has(id) })));
      noteBanksOf(namespace, [...missed], ctx.bankName);
      save();
      result(ctx, exam, true);
    };
    handInButton.addEventListener('click', () => askHandIn(handInButton));
    setup.hidden = true;
    stage.replaceChildren(h('p', { class: 'exam-for' }, zhText(ctx, s.paperFor(paperName(exam)))), bar, confirmBox, body);
    if (exam.mode === 'one') showOne(focus);
    else showAll();
    tick();
    if (!done) timer = setInterval(tick, 1000);
  };

  const paperName = (exam: ExamSession): string => {
    const unit = [...unitSelect.options].find((o) => o.value === (exam.unit ?? ''))?.textContent ?? '';
    const role = exam.role ? [...roleSelect.options].find((o) => o.value === exam.role)?.textContent : undefined;
    return role ? `${unit} · ${role}` : unit;
  };

  /** Score, pass or not, time used, the questions missed with their clauses. */
  const result = (ctx: Ctx, exam: ExamSession, focus: boolean): void => {
    const s = ctx.s.exam;
    const r = exam.result!;
    const byId = new Map(ctx.questions.map((q) => [q.id, q]));
    const heading = h('h2', { class: 'exam-score', tabindex: '-1' }, s.score(r.score, r.total));
    const verdict = h('p', { class: `exam-verdict ${r.passed ? 'is-pass' : 'is-fail'}` }, r.passed ? `✓ ${s.passed(exam.passMark)}` : `✗ ${s.failed(exam.passMark)}`);
    const used = h('p', { class: 'exam-used' }, s.used(Math.floor(r.usedSeconds / 60), r.usedSeconds % 60));
    const list = h('ol', { class: 'quiz-wrong-list exam-missed' });
    for (const id of r.missed) {
      const q = byId.get(id);
      if (!q) continue;
      const given = exam.answers[id];
      const options = q.type === 'single' || q.type === 'multiple' ? h('ol', { class: 'review-options', type: 'A', lang: ctx.zh }, ...q.options.map((o) => h('li', {}, o))) : null;
      list.append(
        h(
          'li',
          { 'data-question-id': id },
          zhText(ctx, q.stem, 'p', 'quiz-stem'),
          options,
          h('p', {}, `${ctx.s.yourAnswer}${ctx.s.sep}`, given ? zhText(ctx, responseText(ctx, q, given)) : h('span', { class: 'muted' }, s.notAnswered)),
          h('p', {}, `${ctx.s.correctAnswer}${ctx.s.sep}`, zhText(ctx, correctAnswerText(q))),
          q.explanation ? h('p', {}, `${ctx.s.explanation}${ctx.s.sep}`, zhText(ctx, q.explanation)) : null,
          sourceLinks(ctx, linksOf(ctx, q)),
        ),
      );
    }
    const again = h('button', { type: 'button', class: 'exam-again' }, s.again);
    again.addEventListener('click', () => {
      clearPart(store, namespace, 'exam');
      toSetup();
    });
    setup.hidden = true;
    stage.replaceChildren(
      h('p', { class: 'exam-for' }, zhText(ctx, s.paperFor(paperName(exam)))),
      heading,
      verdict,
      used,
      ...(r.timedOut ? [h('p', { class: 'exam-timed-out' }, s.timedOut)] : []),
      ...(r.missed.length ? [h('h3', {}, s.missed), h('p', { class: 'muted' }, s.toReview), list] : [h('p', {}, s.allRight)]),
      h('p', { class: 'quiz-after' }, again, ' ', h('a', { href: `${ctx.prefix}study/review/` }, ctx.s.reviewBook)),
    );
    if (focus) heading.focus();
  };

  const open = async (exam: ExamSession, focus: boolean): Promise<void> => {
    const ctx = await context(root, dir + exam.bank);
    if (!ctx) return;
    const byId = new Map(ctx.questions.map((q) => [q.id, q]));
    if (!exam.finishedAt && secondsLeft(exam, new Date()) <= 0) {
      // The time ran out while the page was closed: handed in as it was.
      const done = handIn(exam, byId, new Date());
      const missed = new Set(done.result!.missed);
      ctx.study.recordResults(examIds(done).flatMap((id) => (byId.has(id) ? [{ question: byId.get(id)!, correct: !missed.has(id) }] : [])));
      noteBanksOf(namespace, [...missed], ctx.bankName);
      writePart(store, namespace, 'exam', done, new Date());
      result(ctx, done, focus);
      return;
    }
    if (exam.finishedAt) result(ctx, exam, focus);
    else run(ctx, exam, focus);
  };

  setup.addEventListener('submit', (e) => {
    e.preventDefault();
    void (async () => {
      const unit = unitSelect.value || undefined;
      const role = roleSelect.value || undefined;
      const bank = unit ? `unit-${unit}.json` : 'all.json';
      const ctx = await context(root, dir + bank);
      if (!ctx) return;
      // The printed paper's scope: a unit's bank for the unit, the group's questions ('all') without one; the role's questions.
      const scope: QuizScope = { unitId: unit ?? 'all', ...(role ? { roleId: role } : {}) };
      const mode = (setup.querySelector<HTMLInputElement>('input[name="mode"]:checked')?.value ?? 'one') as ExamMode;
      const exam = createExam({ questions: ctx.questions }, rule, scope, { seed: `mock:${Date.now()}`, now: new Date(), mode, bank, ...(unit ? { unit } : {}), ...(role ? { role } : {}) });
      if (examIds(exam).length === 0) {
        status.textContent = ctx.s.exam.none;
        return;
      }
      writePart(store, namespace, 'exam', exam, new Date());
      run(ctx, exam, true);
    })();
  });

  const kept = readPart(store, namespace, 'exam');
  if (kept) await open(kept, false);
  else setup.hidden = false;
  root.dataset.ready = 'true';
}

// ---------------------------------------------------------------- study plan

/**
 * The hub's 备考计划: a test date (kept), and today's tasks in plain words —
 * flashcards due, new questions to spread over the days left, the 错题本, a
 * mock exam in the last week. Setting the date brings every card due after
 * its eve forward (the client schedules new reviews the same way).
 */
export function mountPlan(root: HTMLElement, ctx: Ctx, my: MyInfo): PlanView | undefined {
  const section = root.querySelector<HTMLElement>('.study-plan');
  const form = section?.querySelector<HTMLFormElement>('form.plan-form');
  const input = form?.querySelector<HTMLInputElement>('input[type="date"]');
  const out = section?.querySelector<HTMLElement>('.plan-today');
  const status = section?.querySelector<HTMLElement>('.plan-status');
  if (!section || !form || !input || !out || !status) return undefined;
  const p = ctx.s.plan;
  const store = safeStorage();
  let current = my;
  input.min = isoDay(new Date());
  const link = (path: string, text: string): HTMLElement => h('a', { href: ctx.prefix + path }, text);

  const render = async (): Promise<void> => {
    const plan = readPart(store, ctx.namespace, 'plan');
    input.value = plan?.testDate ?? '';
    if (!plan) {
      out.replaceChildren(h('p', { class: 'muted' }, p.intro));
      return;
    }
    const now = new Date();
    const date = dayText(ctx, localDay(plan.testDate));
    const endOfToday = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1);
    const deck = readPart(store, ctx.namespace, 'cards');
    const book = readPart(store, ctx.namespace, 'review');
    const progress = readPart(store, ctx.namespace, 'progress');
    const mastered = new Set(Object.values(progress?.documents ?? {}).flatMap((d) => d.mastered));
    // The reader's questions: their unit's (or the group's) bank for their role; without a choice, the whole bank's count.
    let notMastered = Math.max(0, Number(root.dataset.total ?? 0) - mastered.size);
    let practice = 'study/all/';
    if (current) {
      try {
        const bank = await loadBank(assetUrl(root, current.file.bank));
        const role = current.file.roles.find((r) => r.id === current?.choice.role);
        const scope = role?.quizScope ?? current.file.quizScope;
        notMastered = bank.questions.filter((q) => inScope(q as BankQuestion, scope) && !mastered.has(q.id)).length;
        practice = role?.practice ?? current.file.practice;
      } catch {
        // offline before the bank was kept: the whole bank's count
      }
    }
    const today = todayPlan(plan, now, { cardsDue: deck ? dueCards(deck, endOfToday).length : 0, notMastered, reviewCount: book ? reviewList(book).length : 0 });
    if (!today) {
      out.replaceChildren(h('p', {}, p.past(date)));
      return;
    }
    if (today.daysLeft === 0) {
      out.replaceChildren(h('p', {}, p.today(date)));
      return;
    }
    const tasks: HTMLElement[] = [];
    if (today.cardsDue > 0) tasks.push(h('li', {}, link('study/cards/', p.cards(today.cardsDue))));
    if (today.newToday > 0) tasks.push(h('li', {}, link(practice, p.fresh(today.newToday, today.newLeft))));
    if (today.reviewCount > 0) tasks.push(h('li', {}, link('study/review/', p.review(today.reviewCount))));
    if (today.mockExam) tasks.push(h('li', {}, link('study/exam/', p.exam)));
    out.replaceChildren(h('p', { class: 'plan-days' }, p.days(today.daysLeft, date)), tasks.length ? h('ul', { class: 'plan-tasks' }, ...tasks) : h('p', {}, p.done));
  };

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const value = input.value;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || value < isoDay(new Date())) {
      status.textContent = p.invalid;
      return;
    }
    const plan = { testDate: value };
    writePart(store, ctx.namespace, 'plan', plan, new Date());
    // Reviews already scheduled after the eve come forward to it.
    const latest = reviewDeadline(plan, new Date());
    const deck = readPart(store, ctx.namespace, 'cards');
    if (latest && deck) writePart(store, ctx.namespace, 'cards', fitDeck(deck, latest), new Date());
    status.textContent = p.saved;
    void render();
  });
  form.querySelector<HTMLButtonElement>('.plan-clear')?.addEventListener('click', () => {
    clearPart(store, ctx.namespace, 'plan');
    status.textContent = p.cleared;
    void render();
  });
  form.hidden = false;
  void render();
  return {
    refresh: () => void render(),
    choose(next) {
      current = next;
      void render();
    },
  };
}

export interface PlanView {
  refresh(): void;
  /** The reader chose another unit or role. */
  choose(next: MyInfo): void;
}

// ---------------------------------------------------------------- record file

/** 换手机: the learning record exported as a file, and imported from one (merged or replacing). */
export function mountRecordFile(root: HTMLElement, ctx: Ctx, imported: () => void): void {
  const section = root.querySelector<HTMLElement>('.study-record');
  const exportButton = section?.querySelector<HTMLButtonElement>('.record-export');
  const form = section?.querySelector<HTMLFormElement>('form.record-import');
  const status = section?.querySelector<HTMLElement>('.record-status');
  if (!section || !exportButton || !form || !status) return;
  const r = ctx.s.record;
  const store = safeStorage();
  exportButton.addEventListener('click', () => {
    const now = new Date();
    const file = exportRecord(store, ctx.namespace, now);
    const name = `学习记录-${ctx.namespace}-${isoDay(now)}.json`;
    const url = URL.createObjectURL(new Blob([JSON.stringify(file, null, 1)], { type: 'application/json' }));
    const a = h('a', { href: url, download: name, hidden: '' });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    status.textContent = r.exported(name);
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const file = form.querySelector<HTMLInputElement>('input[type="file"]')?.files?.[0];
    if (!file) {
      status.textContent = r.pick;
      return;
    }
    const mode = form.querySelector<HTMLInputElement>('input[name="record-mode"]:checked')?.value === 'replace' ? 'replace' : 'merge';
    void file.text().then((text) => {
      const parsed = parseRecord(text, ctx.namespace);
      if (!parsed.ok) {
        status.textContent = parsed.message;
        return;
      }
      importRecord(store, ctx.namespace, parsed.record, mode, new Date());
      const c = recordCounts(parsed.record.parts);
      status.textContent = r.imported(c.review, c.cards, c.mastered);
      // The counts, the weekly answer and the plan on the hub come from the record: drawn again after a moment to read the message.
      try {
        sessionStorage.setItem('guifan:record-imported', status.textContent);
      } catch {
        // the message is then not repeated after the reload
      }
      imported();
    });
  });
  try {
    const message = sessionStorage.getItem('guifan:record-imported');
    if (message) {
      status.textContent = message;
      sessionStorage.removeItem('guifan:record-imported');
    }
  } catch {
    // as above
  }
  section.hidden = false;
}

