/**
 * The 错题本 page: the questions answered wrongly with their right answers and
 * 依据, each removable, and a quiz of them. Loads only the bank files they
 * came from (recordsContext).
 */
import { correctAnswerText } from '../../quiz/client/index.ts';
import { linksOf, recordsContext, type Ctx } from './context.ts';
import { h, zhText } from './dom.ts';
import { sourceLinks } from './question.ts';
import { navAfter, runQuiz, scoreView } from './quiz.ts';
import { keepScroll } from './storage.ts';

/** The page's boxes: the list, the quiz stage, its live region and the status line. */
interface ReviewScreen {
  ctx: Ctx;
  listHost: HTMLElement;
  stage: HTMLElement;
  live: HTMLElement;
  status: HTMLElement;
}

export async function mountReview(root: HTMLElement): Promise<void> {
  const { ctx } = await recordsContext(root, 'review');
  if (!ctx) return;
  const screen: ReviewScreen = {
    ctx,
    listHost: root.querySelector<HTMLElement>('.review-list')!,
    stage: root.querySelector<HTMLElement>('.quiz-stage')!,
    live: root.querySelector<HTMLElement>('.quiz-live')!,
    status: root.querySelector<HTMLElement>('.review-status')!,
  };
  const session = ctx.study.session;
  // biome-ignore lint/complexity/useOptionalChain: kept as written so the study bundle shipped to browsers stays byte-identical (`?.` changes the minified code)
  if (session && session.id.startsWith('review-') && !session.finishedAt) runReviewQuiz(screen, false);
  else renderList(screen);
  keepScroll();
  root.dataset.ready = 'true';
}

/** The review book as a list, with the button that practises it. */
function renderList(screen: ReviewScreen): void {
  const { ctx, listHost, live, status } = screen;
  const items = ctx.study.review();
  status.textContent = items.length ? ctx.s.reviewCount(items.length) : ctx.s.reviewEmpty;
  const list = h('ol', { class: 'review-items' });
  for (const { entry, question } of items) {
    const stemId = `rv-${question.id}`;
    const remove = h('button', { type: 'button', class: 'review-remove', 'aria-describedby': stemId }, ctx.s.remove);
    remove.addEventListener('click', () => {
      ctx.study.removeFromReview(question.id);
      renderList(screen);
      live.replaceChildren(h('p', {}, ctx.s.removed));
      (listHost.querySelector<HTMLElement>('.review-remove') ?? status).focus();
    });
    const options =
      question.type === 'single' || question.type === 'multiple'
        ? h('ol', { class: 'review-options', type: 'A', lang: ctx.zh }, ...question.options.map((o) => h('li', {}, o)))
        : null;
    list.append(
      h(
        'li',
        { class: 'review-item', 'data-question-id': question.id },
        zhText(ctx, question.stem, 'p', 'quiz-stem'),
        options,
        h('p', { class: 'muted' }, ctx.s.wrongTimes(entry.wrongCount)),
        h('p', {}, `${ctx.s.correctAnswer}${ctx.s.sep}`, zhText(ctx, correctAnswerText(question))),
        question.explanation ? h('p', {}, `${ctx.s.explanation}${ctx.s.sep}`, zhText(ctx, question.explanation)) : null,
        sourceLinks(ctx, linksOf(ctx, question)),
        remove,
      ),
    );
    list.lastElementChild?.querySelector('.quiz-stem')?.setAttribute('id', stemId);
  }
  const practise = h('button', { type: 'button', class: 'review-practise' }, ctx.s.practiseReview);
  practise.addEventListener('click', () => {
    ctx.study.startReviewQuiz({ seed: `review:${Date.now()}` });
    listHost.replaceChildren();
    runReviewQuiz(screen, true);
  });
  listHost.replaceChildren(...(items.length ? [practise, list] : []));
}

/** The review quiz in progress; its score leads back to the list. */
function runReviewQuiz(screen: ReviewScreen, focusFirst: boolean): void {
  const { ctx, stage, live } = screen;
  runQuiz(ctx, stage, live, (s) => scoreView(ctx, stage, live, s, () => backToList(screen)), focusFirst);
}

function backToList(screen: ReviewScreen): void {
  const { ctx, stage, live, status } = screen;
  ctx.study.endQuiz();
  stage.replaceChildren();
  live.replaceChildren();
  navAfter(live).replaceChildren();
  renderList(screen);
  status.focus();
}
