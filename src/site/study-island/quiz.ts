/**
 * A quiz on a study page (practice, the 错题本's practice): one question at a
 * time with its feedback in a live region and the way on after it, then the
 * score with the questions answered wrongly.
 */
import {
  feedbackFor,
  type BankQuestion,
  type Feedback,
  type QuizResponse,
  type QuizSession,
} from '../../quiz/client/index.ts';
import { hrefOf, type Ctx } from './context.ts';
import { h, zhText } from './dom.ts';
import { feedbackView, onAnswer, questionForm, responseText, settle, sourceLinks } from './question.ts';
import { noteBanksOf } from './storage.ts';

/** Where a quiz is drawn: the question in `stage`, the feedback in `live`, the way on in `nav`; `onEnd` offers what comes after. */
interface QuizScreen {
  ctx: Ctx;
  stage: HTMLElement;
  live: HTMLElement;
  nav: HTMLElement;
  onEnd: (session: QuizSession) => void;
}

/**
 * Renders the current session into `stage`, one question at a time, with the
 * feedback and the score in a live region. `onEnd` offers what comes after.
 */
export function runQuiz(
  ctx: Ctx,
  stage: HTMLElement,
  live: HTMLElement,
  onEnd: (session: QuizSession) => void,
  focusFirst = true,
): void {
  // The way on comes after the feedback (a sibling of the live region, which must persist to be announced).
  showQuestion({ ctx, stage, live, nav: navAfter(live), onEnd }, focusFirst);
}

/** The session's current question; answered already (a reload), with its feedback. */
function showQuestion(screen: QuizScreen, focusHeading: boolean): void {
  const { ctx, stage, live, nav } = screen;
  const session = ctx.study.session;
  if (!session) return;
  const q = session.questions[session.current];
  if (!q) return;
  const heading = h(
    'h2',
    { class: 'quiz-counter', tabindex: '-1' },
    ctx.s.questionOf(session.current + 1, session.questions.length),
  );
  const { form, read } = questionForm(ctx, q);
  const hint = h('p', { class: 'quiz-hint', role: 'alert' });
  stage.replaceChildren(heading, form, hint);
  live.replaceChildren();
  live.classList.remove('visually-hidden');
  nav.replaceChildren();
  const previous = session.answers[q.id];
  if (previous)
    showAnswered(
      screen,
      session,
      form,
      q,
      previous.response,
      feedbackFor(q, previous.response, (id) => hrefOf(ctx, id)),
      false,
    );
  onAnswer(form, read, hint, ctx.s.pickOne, (response) => {
    const { feedback } = ctx.study.answer(q.id, response);
    if (!feedback.correct) noteBanksOf(ctx.namespace, [q.id], ctx.bankName);
    showAnswered(screen, session, form, q, response, feedback, true);
  });
  if (focusHeading) heading.focus();
}

/** An answered question: the form settled, the feedback announced, and the button to the next question (or the score). */
function showAnswered(
  screen: QuizScreen,
  session: QuizSession,
  form: HTMLFormElement,
  q: BankQuestion,
  response: QuizResponse,
  feedback: Feedback,
  focusNext: boolean,
): void {
  const { ctx, live, nav } = screen;
  const isLast = session.current === session.questions.length - 1;
  settle(ctx, form, q, response);
  live.classList.remove('visually-hidden');
  live.replaceChildren(feedbackView(ctx, feedback, responseText(ctx, q, response)));
  const next = h('button', { type: 'button', class: 'quiz-next' }, isLast ? ctx.s.finish : ctx.s.next);
  next.addEventListener('click', () => {
    if (isLast) {
      screen.onEnd(ctx.study.session!);
    } else {
      ctx.study.goTo(session.current + 1);
      showQuestion(screen, true);
    }
  });
  nav.replaceChildren(next);
  if (focusNext) next.focus();
}

/** The way-on box after the live region, made once. */
export function navAfter(live: HTMLElement): HTMLElement {
  const existing = live.nextElementSibling;
  if (existing instanceof HTMLElement && existing.classList.contains('quiz-nav')) return existing;
  const nav = h('div', { class: 'quiz-nav' });
  live.after(nav);
  return nav;
}

/** Score, the questions answered wrongly with their sources, and a way on. */
export function scoreView(
  ctx: Ctx,
  stage: HTMLElement,
  live: HTMLElement,
  session: QuizSession,
  again: () => void,
  focus = true,
): void {
  const total = session.questions.length;
  const correct = session.questions.filter((q) => session.answers[q.id]?.correct).length;
  const percent = total === 0 ? 0 : Math.round((correct / total) * 100);
  const heading = h('h2', { tabindex: '-1', class: 'quiz-score-heading' }, ctx.s.score(correct, total, percent));
  const wrong = session.questions.filter((q) => session.answers[q.id] && !session.answers[q.id]!.correct);
  const list = h('ol', { class: 'quiz-wrong-list' });
  for (const q of wrong) {
    const fb = feedbackFor(q, session.answers[q.id]!.response, (id) => hrefOf(ctx, id));
    list.append(
      h(
        'li',
        { 'data-question-id': q.id },
        zhText(ctx, q.stem, 'p', 'quiz-stem'),
        h(
          'p',
          {},
          `${ctx.s.yourAnswer}${ctx.s.sep}`,
          zhText(ctx, responseText(ctx, q, session.answers[q.id]!.response)),
        ),
        h('p', {}, `${ctx.s.correctAnswer}${ctx.s.sep}`, zhText(ctx, fb.correctAnswer)),
        sourceLinks(ctx, fb.links),
      ),
    );
  }
  const againButton = h('button', { type: 'button', class: 'quiz-again' }, ctx.s.again);
  againButton.addEventListener('click', again);
  stage.replaceChildren(
    heading,
    ...(wrong.length ? [h('h3', {}, ctx.s.wrongList), list] : []),
    h('p', { class: 'quiz-after' }, againButton, ' ', h('a', { href: `${ctx.prefix}study/review/` }, ctx.s.reviewBook)),
  );
  // Announced through the live region; shown once, by the heading.
  live.replaceChildren(h('p', { class: 'quiz-score' }, ctx.s.score(correct, total, percent)));
  live.classList.add('visually-hidden');
  navAfter(live).replaceChildren();
  if (focus) heading.focus();
}
