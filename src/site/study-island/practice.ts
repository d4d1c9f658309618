/**
 * The practice page of a scope (a document, a role, a unit; a unit's for one
 * of its posts with ?role=): a setup form, then the quiz, then the score. A
 * reload restores the quiz where it was.
 */
import { inScope, type QuizScope, type QuizSession } from '../../quiz/client/index.ts';
import { context, type Ctx } from './context.ts';
import { h, zhText } from './dom.ts';
import { navAfter, runQuiz, scoreView } from './quiz.ts';
import { keepScroll } from './storage.ts';

export async function mountPractice(root: HTMLElement): Promise<void> {
  const ctx = await context(root);
  if (!ctx) return;
  const quizScope = practiceRole(root, ctx);
  const setup = root.querySelector<HTMLFormElement>('form.quiz-setup')!;
  const stage = root.querySelector<HTMLElement>('.quiz-stage')!;
  const live = root.querySelector<HTMLElement>('.quiz-live')!;
  const own = (session: QuizSession | undefined): session is QuizSession =>
    !!session && session.id.startsWith(`quiz-${ctx.scope}:`);
  const toSetup = (): void => {
    ctx.study.endQuiz();
    stage.replaceChildren();
    live.replaceChildren();
    navAfter(live).replaceChildren();
    setup.hidden = false;
    setup.querySelector<HTMLElement>('select, button')?.focus();
  };
  const start = (): void => {
    const count = Number(setup.querySelector<HTMLSelectElement>('select')?.value ?? 10);
    const session = ctx.study.startQuiz({ count, seed: `${ctx.scope}:${Date.now()}`, scope: quizScope });
    setup.hidden = true;
    if (session.questions.length === 0) return;
    runQuiz(ctx, stage, live, (s) => scoreView(ctx, stage, live, s, toSetup));
  };
  setup.addEventListener('submit', (e) => {
    e.preventDefault();
    start();
  });
  setup.hidden = false;
  const session = ctx.study.session;
  if (own(session)) {
    // A reload, or the way back from a 依据 link, restores the quiz where it was: the question, its feedback, the scroll.
    setup.hidden = true;
    if (session.finishedAt) scoreView(ctx, stage, live, session, toSetup, false);
    else runQuiz(ctx, stage, live, (s) => scoreView(ctx, stage, live, s, toSetup), false);
  }
  keepScroll();
  root.dataset.ready = 'true';
}

/**
 * A unit's practice for one of its posts (?role=, routes' practicePath): the
 * unit's bank, the role's questions (inScope). Notes the role in ctx.scope and
 * on the page; returns the quiz scope.
 */
function practiceRole(root: HTMLElement, ctx: Ctx): QuizScope {
  const roles = JSON.parse(root.dataset.roles ?? '{}') as Record<string, string>;
  const asked = new URLSearchParams(location.search).get('role');
  const roleId = asked !== null && Object.hasOwn(roles, asked) ? asked : undefined;
  const quizScope: QuizScope = roleId ? { roleId } : {};
  if (roleId) {
    ctx.scope = `${ctx.scope}~${roleId}`;
    const note = document.querySelector<HTMLElement>('.practice-role');
    if (note) {
      note.replaceChildren(
        `${ctx.s.forRole}${ctx.s.sep}`,
        zhText(ctx, roles[roleId]!),
        ' · ',
        h('a', { href: location.pathname }, ctx.s.allOfUnit),
      );
      note.hidden = false;
    }
    const count = document.querySelector<HTMLElement>('.question-count');
    if (count) count.textContent = ctx.s.questionCount(ctx.questions.filter((q) => inScope(q, quizScope)).length);
  }
  return quizScope;
}
