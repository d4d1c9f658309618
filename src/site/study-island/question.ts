/**
 * One question on a study page: its form (real radios, checkboxes and text
 * inputs with labels), reading the response, showing a response again, the
 * answered state (right and wrong marked in words) and the feedback with the
 * cited items as links.
 */
import { optionLetter, type BankQuestion, type Feedback, type QuizResponse } from '../../quiz/client/index.ts';
import type { Ctx } from './context.ts';
import { h, zhText } from './dom.ts';

let uid = 0;

/** The form for one question: fieldset + legend (stem), real radios / checkboxes / text inputs with labels. */
export function questionForm(ctx: Ctx, q: BankQuestion): { form: HTMLFormElement; read(): QuizResponse | undefined } {
  const id = `q${++uid}`;
  const inputs: HTMLInputElement[] = [];
  const fieldset = h(
    'fieldset',
    { class: 'quiz-fieldset' },
    h(
      'legend',
      {},
      h(
        'span',
        { class: 'quiz-type' },
        ctx.locale === 'en' ? `(${ctx.s.typeHint[q.type] ?? q.type})` : `（${ctx.s.typeHint[q.type] ?? q.type}）`,
      ),
      zhText(ctx, q.stem, 'span', 'quiz-stem'),
    ),
  );
  const list = h('div', { class: 'quiz-options' });
  const option = (
    type: 'radio' | 'checkbox',
    value: string,
    letter: string | undefined,
    text: string,
    textLang: string | undefined,
  ) => {
    const input = h('input', { type, name: `${id}-answer`, value, id: `${id}-${value}` });
    inputs.push(input);
    list.append(
      h(
        'label',
        { class: 'quiz-option', for: input.id },
        input,
        letter ? h('span', { class: 'quiz-letter' }, `${letter}.`) : null,
        h('span', { lang: textLang, class: 'quiz-option-text' }, text),
      ),
    );
  };
  if (q.type === 'single' || q.type === 'multiple') {
    q.options.forEach((text, i) =>
      option(q.type === 'single' ? 'radio' : 'checkbox', String(i), optionLetter(i), text, ctx.zh),
    );
  } else if (q.type === 'truefalse') {
    option('radio', 'true', undefined, ctx.s.yes, undefined);
    option('radio', 'false', undefined, ctx.s.no, undefined);
  } else {
    q.answer.forEach((_, i) => {
      const input = h('input', {
        type: 'text',
        id: `${id}-blank-${i}`,
        autocomplete: 'off',
        lang: 'zh-CN',
        class: 'quiz-blank',
      });
      inputs.push(input);
      list.append(h('div', { class: 'quiz-blank-row' }, h('label', { for: input.id }, ctx.s.blankLabel(i + 1)), input));
    });
  }
  fieldset.append(list);
  const form = h(
    'form',
    { class: 'quiz-form', 'data-question-id': q.id, novalidate: '' },
    fieldset,
    h('button', { type: 'submit', class: 'quiz-submit' }, ctx.s.submit),
  );
  return { form, read: () => readResponse(q, inputs) };
}

/** The response the inputs hold; undefined while nothing is chosen or typed. */
function readResponse(q: BankQuestion, inputs: HTMLInputElement[]): QuizResponse | undefined {
  if (q.type === 'single') {
    const c = inputs.find((i) => i.checked);
    return c ? { type: 'single', choice: Number(c.value) } : undefined;
  }
  if (q.type === 'multiple') {
    const choices = inputs.filter((i) => i.checked).map((i) => Number(i.value));
    return choices.length ? { type: 'multiple', choices } : undefined;
  }
  if (q.type === 'truefalse') {
    const c = inputs.find((i) => i.checked);
    return c ? { type: 'truefalse', value: c.value === 'true' } : undefined;
  }
  const values = inputs.map((i) => i.value);
  return values.some((v) => v.trim() !== '') ? { type: 'blank', values } : undefined;
}

/** Submitting a question: nothing chosen asks to choose (in the hint), else hands on the response. */
export function onAnswer(
  form: HTMLFormElement,
  read: () => QuizResponse | undefined,
  hint: HTMLElement,
  pickOne: string,
  answered: (response: QuizResponse) => void,
): void {
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const response = read();
    hint.textContent = response ? '' : pickOne;
    if (response) answered(response);
  });
}

/** Puts a response into a question's inputs (a kept answer shown again). */
export function fillForm(form: HTMLFormElement, response: QuizResponse): void {
  const inputs = [...form.querySelectorAll<HTMLInputElement>('input')];
  if (response.type === 'single') inputs.forEach((i) => (i.checked = Number(i.value) === response.choice));
  if (response.type === 'multiple') inputs.forEach((i) => (i.checked = response.choices.includes(Number(i.value))));
  if (response.type === 'truefalse') inputs.forEach((i) => (i.checked = (i.value === 'true') === response.value));
  if (response.type === 'blank') inputs.forEach((i, n) => (i.value = response.values[n] ?? ''));
}

/** Puts an answered form in its final state: inputs show the response, right/wrong marked in words. */
export function settle(ctx: Ctx, form: HTMLFormElement, q: BankQuestion, response: QuizResponse): void {
  fillForm(form, response);
  const right = (value: string): boolean =>
    q.type === 'single'
      ? Number(value) === q.answer
      : q.type === 'multiple'
        ? q.answer.includes(Number(value))
        : q.type === 'truefalse'
          ? (value === 'true') === q.answer
          : false;
  for (const label of form.querySelectorAll<HTMLLabelElement>('label.quiz-option')) {
    const input = label.querySelector('input');
    if (!input) continue;
    if (right(input.value))
      label.append(h('span', { class: 'quiz-mark quiz-mark-right' }, ` ✓ ${ctx.s.correctAnswer}`));
    else if (input.checked) label.append(h('span', { class: 'quiz-mark quiz-mark-wrong' }, ` ✗ ${ctx.s.yourAnswer}`));
  }
  form.querySelector('fieldset')?.setAttribute('disabled', '');
  form.querySelector('.quiz-submit')?.remove();
}

/** What was answered, as text: "A. …", "正确", the typed words. */
export function responseText(_ctx: Ctx, q: BankQuestion, response: QuizResponse): string {
  switch (response.type) {
    case 'single':
      return q.type === 'single' ? `${optionLetter(response.choice)}. ${q.options[response.choice] ?? ''}` : '';
    case 'multiple':
      return q.type === 'multiple'
        ? response.choices.map((i) => `${optionLetter(i)}. ${q.options[i] ?? ''}`).join('；')
        : '';
    case 'truefalse':
      return response.value ? '正确' : '错误';
    case 'blank':
      return response.values.join('；');
  }
}

/** Right or wrong, what was answered, the right answer, the explanation and the 依据 links. */
export function feedbackView(ctx: Ctx, feedback: Feedback, given?: string): HTMLElement {
  return h(
    'div',
    { class: `quiz-feedback-body ${feedback.correct ? 'is-right' : 'is-wrong'}` },
    h('p', { class: 'quiz-verdict' }, feedback.correct ? `✓ ${ctx.s.correct}` : `✗ ${ctx.s.wrong}`),
    feedback.correct || given === undefined ? null : h('p', {}, `${ctx.s.yourAnswer}${ctx.s.sep}`, zhText(ctx, given)),
    feedback.correct ? null : h('p', {}, `${ctx.s.correctAnswer}${ctx.s.sep}`, zhText(ctx, feedback.correctAnswer)),
    feedback.explanation ? h('p', {}, `${ctx.s.explanation}${ctx.s.sep}`, zhText(ctx, feedback.explanation)) : null,
    sourceLinks(ctx, feedback.links),
  );
}

/** "依据：4.1.3 首问负责" links to the cited items. */
export function sourceLinks(ctx: Ctx, links: { id: string; href: string }[]): HTMLElement | null {
  if (links.length === 0) return null;
  const p = h('p', { class: 'quiz-basis' }, `${ctx.s.basis}${ctx.s.sep}`);
  links.forEach((l, i) => {
    if (i > 0) p.append('；');
    p.append(h('a', { href: l.href, lang: ctx.zh }, ctx.cited.get(l.id)?.label ?? l.id));
  });
  return p;
}
