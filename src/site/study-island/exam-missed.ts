/**
 * The mock exam's result, its second half: each question missed with the answer given (or none),
 * the right answer, the explanation and the clauses it rests on (依据).
 */
import { correctAnswerText, type ExamSession } from '../../quiz/client/index.ts';
import { linksOf, type Ctx } from './context.ts';
import { h, zhText } from './dom.ts';
import { responseText, sourceLinks } from './question.ts';

/** The questions missed: stem, options, the answer given (or none), the right answer, explanation and 依据. */
export function missedList(ctx: Ctx, exam: ExamSession): HTMLElement {
  const s = ctx.s.exam;
  const byId = new Map(ctx.questions.map((q) => [q.id, q]));
  const list = h('ol', { class: 'quiz-wrong-list exam-missed' });
  for (const id of exam.result!.missed) {
    const q = byId.get(id);
    if (!q) continue;
    const given = exam.answers[id];
    const options =
      q.type === 'single' || q.type === 'multiple'
        ? h('ol', { class: 'review-options', type: 'A', lang: ctx.zh }, ...q.options.map((o) => h('li', {}, o)))
        : null;
    list.append(
      h(
        'li',
        { 'data-question-id': id },
        zhText(ctx, q.stem, 'p', 'quiz-stem'),
        options,
        h(
          'p',
          {},
          `${ctx.s.yourAnswer}${ctx.s.sep}`,
          given ? zhText(ctx, responseText(ctx, q, given)) : h('span', { class: 'muted' }, s.notAnswered),
        ),
        h('p', {}, `${ctx.s.correctAnswer}${ctx.s.sep}`, zhText(ctx, correctAnswerText(q))),
        q.explanation ? h('p', {}, `${ctx.s.explanation}${ctx.s.sep}`, zhText(ctx, q.explanation)) : null,
        sourceLinks(ctx, linksOf(ctx, q)),
      ),
    );
  }
  return list;
}
