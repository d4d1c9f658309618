/**
 * The study hub. It loads hub-summary.json, not the whole bank: its weekly
 * questions and each document's question count. Progress and the review and
 * card counts come from what is stored; ids of questions since dropped from
 * the content are not checked against the bank here (the review and flashcard
 * pages drop them), and progress is capped at the document's count. Once the
 * reader has chosen a unit or a role ("我的单位 + 我的岗位", my-scope.ts), the
 * hub loads that scope's small file and the question of the week comes from
 * the unit's bank for the role (the quiz core's weeklyQuestion). Also the
 * study plan (plan.ts) and the record as a file (record-file.ts).
 */
import {
  dueCards,
  feedbackFor,
  GROUP_WEEK,
  isoWeekOf,
  readPart,
  reviewList,
  writePart,
  type BankQuestion,
} from '../../quiz/client/index.ts';
import type { StudyHubFile } from '../study-hub-summary.ts';
import { loadBank } from './bank.ts';
import { assetUrl, context, hrefOf, type Ctx } from './context.ts';
import { weekLabel } from './dates.ts';
import { h, zhText } from './dom.ts';
import { mountMyScope, type MyInfo } from './my-scope.ts';
import { mountPlan, type PlanView } from './plan.ts';
import { feedbackView, onAnswer, questionForm, responseText, settle } from './question.ts';
import { mountRecordFile } from './record-file.ts';
import { noteBanksOf, safeStorage } from './storage.ts';

/** The hub and what its parts share; `plan` is there once the plan is mounted. */
interface Hub {
  root: HTMLElement;
  ctx: Ctx;
  file: StudyHubFile;
  store: ReturnType<typeof safeStorage>;
  plan?: PlanView | undefined;
}

export async function mountHub(root: HTMLElement): Promise<void> {
  const ctx = await context(root);
  if (!ctx) return;
  const file = (await loadBank(root.dataset.bank ?? '')) as StudyHubFile;
  const hub: Hub = { root, ctx, file, store: safeStorage() };
  showProgress(hub);
  showCounts(hub);
  const my = await mountMyScope(root, ctx, (next) => {
    void showWeekly(hub, next);
    hub.plan?.choose(next);
  });
  hub.plan = mountPlan(root, ctx, my);
  mountRecordFile(root, ctx, () => location.reload());
  await showWeekly(hub, my);
  root.dataset.ready = 'true';
  keepHeights(root);
}

/** Each document's progress: mastered of its questions, in words and as a bar. */
function showProgress({ root, ctx, file, store }: Hub): void {
  const progress = readPart(store, ctx.namespace, 'progress');
  for (const el of root.querySelectorAll<HTMLElement>('[data-progress-doc]')) {
    const documentId = el.dataset.progressDoc ?? '';
    const total = file.documentTotals[documentId] ?? 0;
    const mastered = Math.min(total, new Set(progress?.documents[documentId]?.mastered ?? []).size);
    const percent = total === 0 ? 0 : Math.round((mastered / total) * 100);
    el.textContent = ctx.s.progress(mastered, total, percent);
    const bar = el.parentElement?.querySelector<HTMLElement>('.progress-bar > span');
    if (bar) bar.style.width = `${percent}%`;
  }
}

/** How many questions are in the 错题本 and how many flashcards are due. */
function showCounts({ root, ctx, store }: Hub): void {
  const reviewCount = root.querySelector<HTMLElement>('[data-review-count]');
  const book = readPart(store, ctx.namespace, 'review');
  if (reviewCount) reviewCount.textContent = ctx.s.reviewCount(book ? reviewList(book).length : 0);
  const dueCount = root.querySelector<HTMLElement>('[data-due-count]');
  const deck = readPart(store, ctx.namespace, 'cards');
  if (dueCount) dueCount.textContent = ctx.s.cardsDue(deck ? dueCards(deck, new Date()).length : 0);
}

/** The question of the week and the bank it is from: the chosen scope's for the chosen role, or the whole organisation's. */
async function weeklyQuestion(
  hub: Hub,
  my: MyInfo,
  week: string,
): Promise<{ weekCtx: Ctx | undefined; question: BankQuestion | undefined; forWhom: string | undefined }> {
  const { root, ctx, file } = hub;
  if (my) {
    // The chosen scope's bank, the chosen role's questions in it.
    const weekCtx = await context(root, assetUrl(root, my.file.bank));
    const role = my.file.roles.find((r) => r.id === my.choice.role);
    const question = weekCtx?.study.weekly(new Date(), role?.quizScope ?? my.file.quizScope).question;
    return { weekCtx, question, forWhom: ctx.s.meHeading(role?.name, my.file.name) };
  }
  // Outside the weeks the summary names (a site not rebuilt for a year), the whole bank decides.
  const weekCtx = week in file.weeks ? ctx : await context(root, root.dataset.bankAll);
  const question =
    weekCtx &&
    (week in file.weeks
      ? weekCtx.questions.find((x) => x.id === file.weeks[week])
      : weekCtx.study.weekly(undefined, GROUP_WEEK).question);
  return { weekCtx, question, forWhom: undefined };
}

/** The question of the week, asked once: this week's answer is kept and shown again with its feedback. */
async function showWeekly(hub: Hub, my: MyInfo): Promise<void> {
  const { root, ctx, store } = hub;
  const weekly = root.querySelector<HTMLElement>('.weekly-stage');
  if (!weekly) return;
  const live = root.querySelector<HTMLElement>('.weekly-live')!;
  live.replaceChildren();
  const week = isoWeekOf(new Date());
  const { weekCtx, question, forWhom } = await weeklyQuestion(hub, my, week);
  if (!weekCtx) return;
  const wctx = weekCtx;
  weekly.replaceChildren(h('p', { class: 'eyebrow' }, weekLabel(ctx, new Date())));
  if (forWhom) weekly.append(h('p', { class: 'weekly-for' }, zhText(ctx, ctx.s.weeklyFor(forWhom))));
  weekly.dataset.week = week;
  weekly.dataset.bankFile = wctx.bankName;
  if (!question) {
    weekly.append(h('p', {}, ctx.s.weeklyNone));
    return;
  }
  const q = question;
  const { form, read } = questionForm(wctx, q);
  const hint = h('p', { class: 'quiz-hint', role: 'alert' });
  weekly.append(form, hint);
  // This week's answer, kept: a reload shows it with its feedback rather than asking again.
  const kept = readPart(store, ctx.namespace, 'weekly');
  if (kept && kept.week === week && kept.questionId === q.id) {
    settle(wctx, form, q, kept.response);
    live.replaceChildren(
      feedbackView(
        wctx,
        feedbackFor(q, kept.response, (id) => hrefOf(wctx, id)),
        responseText(wctx, q, kept.response),
      ),
    );
    return;
  }
  onAnswer(form, read, hint, ctx.s.pickOne, (response) => {
    // Into the one record, like any practice: a wrong answer reaches the 错题本 and the flashcards.
    const feedback = wctx.study.answerOne(q, response);
    if (!feedback.correct) noteBanksOf(wctx.namespace, [q.id], wctx.bankName);
    writePart(store, ctx.namespace, 'weekly', { week, questionId: q.id, response }, new Date());
    settle(wctx, form, q, response);
    live.replaceChildren(feedbackView(wctx, feedback, responseText(wctx, q, response)));
    showCounts(hub);
    hub.plan?.refresh();
  });
}

/**
 * Notes the heights of the boxes the hub fills in, once they are drawn; the
 * hub's inline script reserves them on the next visit, so nothing below them
 * moves while the page loads (CLS).
 */
function keepHeights(root: HTMLElement): void {
  const boxes = ['my-scope-summary', 'weekly-stage', 'weekly-live', 'plan-today'].flatMap(
    (cls) => root.querySelector<HTMLElement>(`.${cls}`) ?? [],
  );
  let pending: ReturnType<typeof setTimeout> | undefined;
  const save = (): void => {
    const heights: Record<string, number> = {};
    for (const el of boxes) {
      // Measured without what the last visit reserved, so a box that became shorter is noted as it is.
      const reserved = el.style.minHeight;
      el.style.minHeight = '0px';
      const height = Math.round(el.getBoundingClientRect().height);
      el.style.minHeight = reserved;
      if (height > 0) heights[el.classList[0]!] = height;
    }
    try {
      localStorage.setItem('guifan:hub-heights', JSON.stringify(heights));
    } catch {
      // storage full or disabled: the defaults of study.css are reserved instead
    }
  };
  // Again whenever they change (a unit chosen, the weekly question answered, a test date set).
  const observer = new ResizeObserver(() => {
    clearTimeout(pending);
    pending = setTimeout(save, 300);
  });
  for (const el of boxes) observer.observe(el);
  // And when the page is left (a reload soon after a change, before the observer's turn).
  addEventListener('pagehide', save);
}
