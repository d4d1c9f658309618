/**
 * The hub's 备考计划: a test date (kept), and today's tasks in plain words —
 * flashcards due, new questions to spread over the days left, the 错题本, a
 * mock exam in the last week. Setting the date brings every card due after
 * its eve forward (the client schedules new reviews the same way). The rules
 * are the quiz client's (plan.ts).
 */
import {
  clearPart,
  dueCards,
  fitDeck,
  inScope,
  isoDay,
  localDay,
  readPart,
  reviewDeadline,
  reviewList,
  todayPlan,
  writePart,
  type BankQuestion,
} from '../../quiz/client/index.ts';
import { loadBank } from './bank.ts';
import { assetUrl, type Ctx } from './context.ts';
import { dayText } from './dates.ts';
import { h } from './dom.ts';
import type { MyInfo } from './my-scope.ts';
import { safeStorage } from './storage.ts';

export interface PlanView {
  refresh(): void;
  /** The reader chose another unit or role. */
  choose(next: MyInfo): void;
}

/** The plan's box and what it is drawn from; `current` is the reader's chosen scope. */
interface PlanBox {
  root: HTMLElement;
  ctx: Ctx;
  store: ReturnType<typeof safeStorage>;
  input: HTMLInputElement;
  out: HTMLElement;
  current: MyInfo;
}

export function mountPlan(root: HTMLElement, ctx: Ctx, my: MyInfo): PlanView | undefined {
  const section = root.querySelector<HTMLElement>('.study-plan');
  const form = section?.querySelector<HTMLFormElement>('form.plan-form');
  const input = form?.querySelector<HTMLInputElement>('input[type="date"]');
  const out = section?.querySelector<HTMLElement>('.plan-today');
  const status = section?.querySelector<HTMLElement>('.plan-status');
  if (!section || !form || !input || !out || !status) return undefined;
  const p = ctx.s.plan;
  const box: PlanBox = { root, ctx, store: safeStorage(), input, out, current: my };
  const { store } = box;
  input.min = isoDay(new Date());

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
    void renderPlan(box);
  });
  form.querySelector<HTMLButtonElement>('.plan-clear')?.addEventListener('click', () => {
    clearPart(store, ctx.namespace, 'plan');
    input.value = '';
    status.textContent = p.cleared;
    void renderPlan(box);
  });
  form.hidden = false;
  void renderPlan(box);
  return {
    refresh: () => void renderPlan(box),
    choose(next) {
      box.current = next;
      void renderPlan(box);
    },
  };
}

/** Today's tasks toward the test date, or the intro, or the day itself, or that it is past. */
async function renderPlan(box: PlanBox): Promise<void> {
  const { ctx, store, input, out } = box;
  const p = ctx.s.plan;
  const link = (path: string, text: string): HTMLElement => h('a', { href: ctx.prefix + path }, text);
  const plan = readPart(store, ctx.namespace, 'plan');
  // The saved date, never an empty one over a date being typed: choosing a unit re-renders the
  // plan, and a date typed meanwhile (before it was saved) was wiped (seen in study-phone.test).
  if (plan) input.value = plan.testDate;
  if (!plan) {
    out.replaceChildren(h('p', { class: 'muted' }, p.intro));
    return;
  }
  const now = new Date();
  const date = dayText(ctx, localDay(plan.testDate));
  const endOfToday = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1);
  const deck = readPart(store, ctx.namespace, 'cards');
  const book = readPart(store, ctx.namespace, 'review');
  const { notMastered, practice } = await questionsLeft(box);
  const today = todayPlan(plan, now, {
    cardsDue: deck ? dueCards(deck, endOfToday).length : 0,
    notMastered,
    reviewCount: book ? reviewList(book).length : 0,
  });
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
  out.replaceChildren(
    h('p', { class: 'plan-days' }, p.days(today.daysLeft, date)),
    tasks.length ? h('ul', { class: 'plan-tasks' }, ...tasks) : h('p', {}, p.done),
  );
}

/**
 * The reader's questions not yet mastered, and where to practise them: their
 * unit's (or the group's) bank for their role; without a choice, the whole
 * bank's count.
 */
async function questionsLeft(box: PlanBox): Promise<{ notMastered: number; practice: string }> {
  const { root, ctx, store, current } = box;
  const progress = readPart(store, ctx.namespace, 'progress');
  const mastered = new Set(Object.values(progress?.documents ?? {}).flatMap((d) => d.mastered));
  let notMastered = Math.max(0, Number(root.dataset.total ?? 0) - mastered.size);
  let practice = 'study/all/';
  if (current) {
    try {
      const bank = await loadBank(assetUrl(root, current.file.bank));
      // The choice as it is now (the reader may have chosen again while the bank loaded).
      const chosen = box.current!;
      const role = chosen.file.roles.find((r) => r.id === box.current?.choice.role);
      const scope = role?.quizScope ?? chosen.file.quizScope;
      notMastered = bank.questions.filter((q) => inScope(q as BankQuestion, scope) && !mastered.has(q.id)).length;
      practice = role?.practice ?? chosen.file.practice;
    } catch {
      // offline before the bank was kept: the whole bank's count
    }
  }
  return { notMastered, practice };
}
