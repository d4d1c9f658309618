/**
 * The timed mock exam (模拟考试) page: a setup form (unit and role, preset
 * from "我的单位 + 我的岗位"; one question per screen or the whole paper),
 * then the paper with a clock, then the result. The exam in progress is kept
 * (a reload goes on with it, the clock too); the last result stays until
 * another paper is started. The rules are the quiz client's (exam.ts: the
 * printed paper's choosePaperQuestions).
 */
import {
  answerExam,
  clearPart,
  createExam,
  examGoTo,
  examIds,
  handIn,
  readPart,
  secondsLeft,
  writePart,
  type BankQuestion,
  type ExamMode,
  type ExamRule,
  type ExamSession,
  type QuizScope,
} from '../../quiz/client/index.ts';
import { context, type Ctx, type Strings } from './context.ts';
import { h, zhText } from './dom.ts';
import { fitRoles } from './my-scope.ts';
import { fillForm, questionForm } from './question.ts';
import { noteBanksOf, safeStorage } from './storage.ts';
import { missedList } from './exam-missed.ts';

/** The exam page's parts and the clock's timer. */
interface ExamPage {
  root: HTMLElement;
  rule: ExamRule;
  /** The bank files' folder. */
  dir: string;
  namespace: string;
  store: ReturnType<typeof safeStorage>;
  setup: HTMLFormElement;
  stage: HTMLElement;
  status: HTMLElement;
  unitSelect: HTMLSelectElement;
  roleSelect: HTMLSelectElement;
  timer?: ReturnType<typeof setInterval> | undefined;
}

/** A paper being written: the exam as answered so far (replaced at each answer) and its screen's parts. */
interface Paper {
  page: ExamPage;
  ctx: Ctx;
  s: Strings['exam'];
  byId: Map<string, BankQuestion>;
  /** The paper's questions, in order, that the bank has. */
  ids: string[];
  sectionOf: Map<string, number>;
  exam: ExamSession;
  done: boolean;
  clockEl: HTMLElement;
  countEl: HTMLElement;
  confirmBox: HTMLElement;
  body: HTMLElement;
}

/** mm:ss */
function clock(seconds: number): string {
  return `${String(Math.floor(seconds / 60)).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}`;
}

export async function mountExam(root: HTMLElement): Promise<void> {
  const setup = root.querySelector<HTMLFormElement>('form.exam-setup')!;
  const page: ExamPage = {
    root,
    rule: JSON.parse(root.dataset.rule ?? '{}') as ExamRule,
    dir: root.dataset.bankDir ?? '',
    namespace: root.dataset.namespace ?? 'site',
    store: safeStorage(),
    setup,
    stage: root.querySelector<HTMLElement>('.exam-stage')!,
    status: root.querySelector<HTMLElement>('.study-status')!,
    unitSelect: setup.querySelector<HTMLSelectElement>('select[name="unit"]')!,
    roleSelect: setup.querySelector<HTMLSelectElement>('select[name="role"]')!,
  };
  presetChoice(page);
  setup.addEventListener('submit', (e) => {
    e.preventDefault();
    void startExam(page);
  });
  const kept = readPart(page.store, page.namespace, 'exam');
  if (kept) await openExam(page, kept, false);
  else setup.hidden = false;
  root.dataset.ready = 'true';
}

/** The setup form preset from the reader's unit and role, the role options fitted to the unit. */
function presetChoice({ store, namespace, unitSelect, roleSelect }: ExamPage): void {
  unitSelect.addEventListener('change', () => fitRoles(unitSelect, roleSelect));
  const mine = readPart(store, namespace, 'scope');
  if (mine?.unit && [...unitSelect.options].some((o) => o.value === mine.unit)) unitSelect.value = mine.unit;
  fitRoles(unitSelect, roleSelect);
  if (mine?.role && [...roleSelect.options].some((o) => o.value === mine.role && !o.disabled))
    roleSelect.value = mine.role;
}

function stopClock(page: ExamPage): void {
  if (page.timer !== undefined) clearInterval(page.timer);
  page.timer = undefined;
}

function toSetup(page: ExamPage): void {
  stopClock(page);
  page.stage.replaceChildren();
  page.setup.hidden = false;
  page.setup.querySelector<HTMLElement>('select')?.focus();
}

/** A new paper for the unit and role chosen, from the unit's bank (the group's without one). */
async function startExam(page: ExamPage): Promise<void> {
  const { root, dir, setup, unitSelect, roleSelect } = page;
  const unit = unitSelect.value || undefined;
  const role = roleSelect.value || undefined;
  const bank = unit ? `unit-${unit}.json` : 'all.json';
  const ctx = await context(root, dir + bank);
  if (!ctx) return;
  // The printed paper's scope: a unit's bank for the unit, the group's questions ('all') without one; the role's questions.
  const scope: QuizScope = { unitId: unit ?? 'all', ...(role ? { roleId: role } : {}) };
  const mode = (setup.querySelector<HTMLInputElement>('input[name="mode"]:checked')?.value ?? 'one') as ExamMode;
  const exam = createExam({ questions: ctx.questions }, page.rule, scope, {
    seed: `mock:${Date.now()}`,
    now: new Date(),
    mode,
    bank,
    ...(unit ? { unit } : {}),
    ...(role ? { role } : {}),
  });
  if (examIds(exam).length === 0) {
    page.status.textContent = ctx.s.exam.none;
    return;
  }
  writePart(page.store, page.namespace, 'exam', exam, new Date());
  runPaper(page, ctx, exam, true);
}

/** The kept exam: its result, the paper going on, or — the time ran out while the page was closed — handed in as it was. */
async function openExam(page: ExamPage, exam: ExamSession, focus: boolean): Promise<void> {
  const ctx = await context(page.root, page.dir + exam.bank);
  if (!ctx) return;
  const byId = new Map(ctx.questions.map((q) => [q.id, q]));
  if (!exam.finishedAt && secondsLeft(exam, new Date()) <= 0) {
    const done = handIn(exam, byId, new Date());
    const missed = new Set(done.result!.missed);
    ctx.study.recordResults(
      examIds(done).flatMap((id) => (byId.has(id) ? [{ question: byId.get(id)!, correct: !missed.has(id) }] : [])),
    );
    noteBanksOf(page.namespace, [...missed], ctx.bankName);
    writePart(page.store, page.namespace, 'exam', done, new Date());
    showResult(page, ctx, done, focus);
    return;
  }
  if (exam.finishedAt) showResult(page, ctx, exam, focus);
  else runPaper(page, ctx, exam, focus);
}

/** "单位 · 岗位" as the setup form names them. */
function paperName({ unitSelect, roleSelect }: ExamPage, exam: ExamSession): string {
  const unit = [...unitSelect.options].find((o) => o.value === (exam.unit ?? ''))?.textContent ?? '';
  const role = exam.role ? [...roleSelect.options].find((o) => o.value === exam.role)?.textContent : undefined;
  return role ? `${unit} · ${role}` : unit;
}

// ---------------------------------------------------------------- the paper

/** The paper, given its bank loaded: clock, count, hand-in, and the questions one per screen or all at once. */
function runPaper(page: ExamPage, ctx: Ctx, first: ExamSession, focus: boolean): void {
  const s = ctx.s.exam;
  const byId = new Map(ctx.questions.map((q) => [q.id, q]));
  const handInButton = h('button', { type: 'button', class: 'exam-handin' }, s.handIn);
  const paper: Paper = {
    page,
    ctx,
    s,
    byId,
    ids: examIds(first).filter((id) => byId.has(id)),
    sectionOf: new Map(first.sections.flatMap((sec, i) => sec.ids.map((id) => [id, i] as const))),
    exam: first,
    done: false,
    clockEl: h('span', { class: 'exam-clock', role: 'timer' }),
    countEl: h('span', { class: 'exam-count' }),
    confirmBox: h('div', { class: 'exam-confirm', role: 'alertdialog', 'aria-live': 'assertive', hidden: '' }),
    body: h('div', { class: 'exam-body' }),
  };
  const bar = h('div', { class: 'exam-bar' }, paper.clockEl, paper.countEl, handInButton);
  handInButton.addEventListener('click', () => askHandIn(paper, handInButton));
  page.setup.hidden = true;
  page.stage.replaceChildren(
    h('p', { class: 'exam-for' }, zhText(ctx, s.paperFor(paperName(page, first)))),
    bar,
    paper.confirmBox,
    paper.body,
  );
  if (first.mode === 'one') showOne(paper, focus);
  else showAll(paper);
  tick(paper);
  if (!paper.done) page.timer = setInterval(() => tick(paper), 1000);
}

function savePaper(paper: Paper): void {
  writePart(paper.page.store, paper.page.namespace, 'exam', paper.exam, new Date());
}

function answeredCount(paper: Paper): number {
  return paper.ids.filter((id) => paper.exam.answers[id]).length;
}

/** The clock, each second; at 00:00 the paper is handed in. */
function tick(paper: Paper): void {
  const left = secondsLeft(paper.exam, new Date());
  paper.clockEl.textContent = paper.s.timeLeft(clock(left));
  paper.clockEl.classList.toggle('is-short', left <= 300);
  if (left <= 0) finish(paper);
}

/** "已答 n / m", and the answer sheet's buttons marked answered or not. */
function updateCount(paper: Paper): void {
  const { s, exam, body } = paper;
  paper.countEl.textContent = s.answered(answeredCount(paper), paper.ids.length);
  for (const b of body.querySelectorAll<HTMLElement>('[data-sheet-id]')) {
    const done = !!exam.answers[b.dataset.sheetId ?? ''];
    b.classList.toggle('is-answered', done);
    b.setAttribute('aria-label', s.sheetItem(Number(b.textContent), done));
  }
}

/** One question's form, without a submit button: answers are kept as they are given, unmarked. */
function examForm(paper: Paper, q: BankQuestion, n: number): HTMLFormElement {
  const { form, read } = questionForm(paper.ctx, q);
  form.querySelector('.quiz-submit')?.remove();
  form.classList.add('exam-question');
  form.querySelector('legend')?.prepend(h('span', { class: 'exam-number' }, `${n}. `));
  form.addEventListener('submit', (e) => e.preventDefault());
  const given = paper.exam.answers[q.id];
  if (given) fillForm(form, given);
  const onChange = (): void => {
    paper.exam = answerExam(paper.exam, q.id, read());
    savePaper(paper);
    updateCount(paper);
  };
  form.addEventListener('change', onChange);
  form.addEventListener('input', onChange);
  return form;
}

/** "一、单选题（共 n 题，每题 m 分）" */
function sectionTitle({ s, exam }: Paper, i: number): string {
  const sec = exam.sections[i]!;
  return s.section(s.numerals[i] ?? String(i + 1), s.typeNames[sec.type] ?? sec.type, sec.ids.length, sec.points);
}

/** One question per screen, with the way back and on and the answer sheet to jump to any. */
function showOne(paper: Paper, focusHeading: boolean): void {
  const { ctx, s, ids, byId, body } = paper;
  const index = Math.min(paper.exam.current, ids.length - 1);
  const id = ids[index]!;
  const heading = h('h2', { class: 'quiz-counter', tabindex: '-1' }, ctx.s.questionOf(index + 1, ids.length));
  const prev = h('button', { type: 'button', class: 'exam-prev secondary' }, s.prev);
  const next = h('button', { type: 'button', class: 'exam-next' }, s.next);
  prev.disabled = index === 0;
  next.disabled = index === ids.length - 1;
  const go = (to: number): void => {
    paper.exam = examGoTo(paper.exam, to);
    savePaper(paper);
    showOne(paper, true);
  };
  prev.addEventListener('click', () => go(index - 1));
  next.addEventListener('click', () => go(index + 1));
  const sheet = h('details', { class: 'exam-sheet' }, h('summary', {}, s.sheet));
  const grid = h('div', { class: 'exam-sheet-grid' });
  ids.forEach((qid, i) => {
    const b = h(
      'button',
      { type: 'button', 'data-sheet-id': qid, class: i === index ? 'is-current' : undefined },
      String(i + 1),
    );
    if (i === index) b.setAttribute('aria-current', 'true');
    b.addEventListener('click', () => go(i));
    grid.append(b);
  });
  sheet.append(grid);
  body.replaceChildren(
    heading,
    h('p', { class: 'eyebrow exam-section-name' }, sectionTitle(paper, paper.sectionOf.get(id) ?? 0)),
    examForm(paper, byId.get(id)!, index + 1),
    h('div', { class: 'exam-nav' }, prev, next),
    sheet,
  );
  updateCount(paper);
  if (focusHeading) heading.focus();
}

/** The whole paper, section by section, with a second hand-in button at the bottom. */
function showAll(paper: Paper): void {
  const parts: HTMLElement[] = [];
  let n = 0;
  paper.exam.sections.forEach((sec, i) => {
    const list = h('div', { class: 'exam-section-questions' });
    for (const id of sec.ids) {
      const q = paper.byId.get(id);
      if (q) list.append(examForm(paper, q, ++n));
    }
    parts.push(h('section', { class: 'exam-section' }, h('h2', {}, sectionTitle(paper, i)), list));
  });
  const bottom = h('button', { type: 'button', class: 'exam-handin exam-handin-bottom' }, paper.s.handIn);
  bottom.addEventListener('click', () => askHandIn(paper, bottom));
  paper.body.replaceChildren(...parts, bottom);
  updateCount(paper);
}

/** Hands in at once when every question is answered; else asks first, naming how many are not. */
function askHandIn(paper: Paper, from: HTMLElement): void {
  const { s, confirmBox } = paper;
  const missing = paper.ids.length - answeredCount(paper);
  if (missing === 0) {
    finish(paper);
    return;
  }
  const yes = h('button', { type: 'button', class: 'exam-confirm-yes' }, s.confirmYes);
  const no = h('button', { type: 'button', class: 'exam-confirm-no secondary' }, s.confirmNo);
  yes.addEventListener('click', () => finish(paper));
  no.addEventListener('click', () => {
    confirmBox.hidden = true;
    from.focus();
  });
  confirmBox.replaceChildren(h('p', {}, s.confirm(missing)), yes, ' ', no);
  confirmBox.hidden = false;
  yes.focus();
}

/** Hands the paper in (once): marked, recorded in the one learning record, the result shown. */
function finish(paper: Paper): void {
  if (paper.done) return;
  paper.done = true;
  const { page, ctx, ids, byId } = paper;
  stopClock(page);
  paper.exam = handIn(paper.exam, byId, new Date());
  const missed = new Set(paper.exam.result!.missed);
  // Into the one record: a wrong or missing answer reaches the 错题本 and the flashcards.
  ctx.study.recordResults(ids.map((id) => ({ question: byId.get(id)!, correct: !missed.has(id) })));
  noteBanksOf(page.namespace, [...missed], ctx.bankName);
  savePaper(paper);
  showResult(page, ctx, paper.exam, true);
}

// ---------------------------------------------------------------- the result

/** Score, pass or not, time used, the questions missed with their clauses. */
function showResult(page: ExamPage, ctx: Ctx, exam: ExamSession, focus: boolean): void {
  const s = ctx.s.exam;
  const r = exam.result!;
  const heading = h('h2', { class: 'exam-score', tabindex: '-1' }, s.score(r.score, r.total));
  const verdict = h(
    'p',
    { class: `exam-verdict ${r.passed ? 'is-pass' : 'is-fail'}` },
    r.passed ? `✓ ${s.passed(exam.passMark)}` : `✗ ${s.failed(exam.passMark)}`,
  );
  const used = h('p', { class: 'exam-used' }, s.used(Math.floor(r.usedSeconds / 60), r.usedSeconds % 60));
  const list = missedList(ctx, exam);
  const again = h('button', { type: 'button', class: 'exam-again' }, s.again);
  again.addEventListener('click', () => {
    clearPart(page.store, page.namespace, 'exam');
    toSetup(page);
  });
  page.setup.hidden = true;
  page.stage.replaceChildren(
    h('p', { class: 'exam-for' }, zhText(ctx, s.paperFor(paperName(page, exam)))),
    heading,
    verdict,
    used,
    ...(r.timedOut ? [h('p', { class: 'exam-timed-out' }, s.timedOut)] : []),
    ...(r.missed.length
      ? [h('h3', {}, s.missed), h('p', { class: 'muted' }, s.toReview), list]
      : [h('p', {}, s.allRight)]),
    h('p', { class: 'quiz-after' }, again, ' ', h('a', { href: `${ctx.prefix}study/review/` }, ctx.s.reviewBook)),
  );
  if (focus) heading.focus();
}
