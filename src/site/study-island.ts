/**
 * Study mode islands (browser). Each study page has one root element with
 * data-study="hub|practice|review|cards", data-bank (the scope's JSON; the
 * hub's summary, with data-bank-all for weeks it does not name),
 * data-namespace and data-prefix (base + locale, for links). Every page
 * writes one learning record per person (the organisation's namespace): a
 * mistake in a unit's, a role's, a document's practice or in the question of
 * the week reaches the one 错题本 and the flashcards; each question notes the
 * bank file it came from, so the review shows it in the wording it was asked
 * in. A unit's practice takes ?role=<post>. The hub keeps the reader's choice
 * of unit and role ("我的单位 + 我的岗位") and follows it: the role's pages,
 * practice, files and the question of the week. The bank is fetched once;
 * after that nothing needs the network. State lives in localStorage through
 * createStudy (src/quiz/client). Content is inserted as text only
 * (textContent / text nodes), never as HTML.
 */
import {
  correctAnswerText,
  createStudy,
  dueCards,
  isoWeekOf,
  reviewList,
  feedbackFor,
  inScope,
  optionLetter,
  pickQuestions,
  readPart,
  writePart,
  clearPart,
  bankOfKey,
  STORAGE_VERSION,
  emptyDeck,
  emptyProgress,
  emptyReviewBook,
  mergeDecks,
  mergeProgress,
  mergeReviewBooks,
  type BankQuestion,
  type Feedback,
  type FlashcardRating,
  type MyChoice,
  type QuizResponse,
  type QuizScope,
  type QuizSession,
  type Study,
} from '../quiz/client/index.ts';
import { formatDate } from '../model/wording.ts';
import { mountExam, mountPlan, mountRecordFile, type PlanView } from './study-exam.ts';
import { UI, type Locale } from './i18n/ui.ts';
import type { CitedItem, StudyBankFile, StudyHubFile, StudyQuestion } from './study.ts';
import type { MyScopeFile } from './my-scope.ts';
import { loadBankFile } from './study-bank.ts';

type Strings = (typeof UI)['zh-CN']['studyUi'];

export interface Ctx {
  root: HTMLElement;
  study: Study;
  questions: BankQuestion[];
  cited: Map<string, CitedItem>;
  prefix: string;
  scope: string;
  /** Unit whose own bank is used, if any. */
  unit: string | undefined;
  /** Name of the bank file the page loaded ('doc-x.json'), noted for each question answered wrongly. */
  bankName: string;
  namespace: string;
  /** Chinese name of the scope (unit), from the bank file. */
  title: string | undefined;
  s: Strings;
  locale: Locale;
  /** lang attribute for Chinese content on an English page. */
  zh: string | undefined;
}

// ---------------------------------------------------------------- DOM helpers

type Child = Node | string | null | undefined | false;

/** Creates an element; string children become text nodes (never parsed as HTML). */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string | undefined> = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined) node.setAttribute(k, v);
  for (const c of children) if (c !== null && c !== undefined && c !== false) node.append(c);
  return node;
}

/** Chinese content text, marked as such on English pages. */
export function zhText(ctx: Ctx, text: string, tag: 'span' | 'p' | 'div' = 'span', cls?: string): HTMLElement {
  return h(tag, { lang: ctx.zh, class: cls }, text);
}

const bankCache = new Map<string, Promise<StudyBankFile>>();

/** Fetches a bank file once per page (the browser caches the file too). */
function fetchBankFile(url: string): Promise<StudyBankFile> {
  let pending = bankCache.get(url);
  if (!pending) {
    pending = fetch(url).then((r) => {
      if (!r.ok) throw new Error(`${url}: ${r.status}`);
      return r.json() as Promise<StudyBankFile>;
    });
    bankCache.set(url, pending);
  }
  return pending;
}

/** A scope's bank with the files it includes (the etiquette questions every unit shares). */
export function loadBank(url: string): Promise<StudyBankFile> {
  return loadBankFile(url, fetchBankFile).then((file) => {
    keepOffline([url, ...(file.include ?? []).map((i) => url.replace(/[^/]*$/, '') + i.file)]);
    return file;
  });
}

/**
 * Asks the service worker (src/site/offline.ts) to keep the bank files this
 * page loaded, so they open offline although the page fetched them before the
 * worker was installed (a unit's bank is not precached). Workbox's router
 * answers the CACHE_URLS message with its runtime caching rule.
 */
function keepOffline(urls: string[]): void {
  if (!('serviceWorker' in navigator)) return;
  // The other banks are precached (offline.ts): kept once is enough.
  const absolute = urls.filter((u) => /\/unit-[^/]+\.json$/.test(u)).map((u) => new URL(u, location.href).href);
  if (absolute.length === 0) return;
  void navigator.serviceWorker.ready.then((r) => r.active?.postMessage({ type: 'CACHE_URLS', payload: { urlsToCache: absolute } })).catch(() => undefined);
}

/**
 * Scroll position of a study page, kept for the tab (sessionStorage) when the
 * reader leaves it — a 依据 link, say — and given back once the island has
 * drawn the quiz again: the browser's own restoration runs before that, on a
 * page still empty, and ends at the top.
 */
function keepScroll(): void {
  const key = `guifan:scroll:${location.pathname}${location.search}`;
  if ('scrollRestoration' in history) history.scrollRestoration = 'manual';
  addEventListener('pagehide', () => {
    try {
      sessionStorage.setItem(key, String(Math.round(scrollY)));
    } catch {
      // no session storage: the page opens at the top
    }
  });
  let y: number | undefined;
  try {
    const saved = sessionStorage.getItem(key);
    if (saved !== null) y = Number(saved);
  } catch {
    // as above
  }
  if (y !== undefined && Number.isFinite(y) && y > 0) requestAnimationFrame(() => scrollTo(0, y));
}

/** Several banks as one: their questions (each once) and cited items. */
function mergeBanks(files: StudyBankFile[]): StudyBankFile {
  const seen = new Set<string>();
  const questions = files.flatMap((f) => f.questions.filter((q) => !seen.has(q.id) && seen.add(q.id)));
  return { ...files[0]!, scope: 'review', title: undefined, items: Object.assign({}, ...files.map((f) => f.items)) as StudyBankFile['items'], questions };
}

/**
 * Which bank file each question answered wrongly came from, per namespace
 * (key: the client's bankOfKey), so the review page loads those files rather
 * than the whole bank.
 */
export function readBankOf(namespace: string): Record<string, string> {
  try {
    const data: unknown = JSON.parse(safeStorage().getItem(bankOfKey(namespace)) ?? '{}');
    return typeof data === 'object' && data !== null && !Array.isArray(data) ? (data as Record<string, string>) : {};
  } catch {
    return {};
  }
}

export function noteBanksOf(namespace: string, questionIds: readonly string[], bankName: string): void {
  if (!/^[A-Za-z0-9_-]+\.json$/.test(bankName)) return;
  const map = readBankOf(namespace);
  const fresh = questionIds.filter((id) => map[id] !== bankName);
  if (fresh.length === 0) return;
  for (const id of fresh) map[id] = bankName;
  try {
    safeStorage().setItem(bankOfKey(namespace), JSON.stringify(map));
  } catch {
    // Storage full: the review and flashcard pages then load the whole bank.
  }
}

/** The client works on bank questions; the JSON leaves out what only the build needs. */
function toBankQuestion(q: StudyQuestion): BankQuestion {
  return { ...q, cites: q.sources, bankId: 'site', source: { file: '', line: 0, column: 0 } } as BankQuestion;
}

export function safeStorage(): Storage | { getItem(): null; setItem(): void; removeItem(): void } {
  try {
    const probe = '__guifan_probe__';
    window.localStorage.setItem(probe, '1');
    window.localStorage.removeItem(probe);
    return window.localStorage;
  } catch {
    // Storage disabled: practice still works, nothing is kept.
    return { getItem: () => null, setItem: () => undefined, removeItem: () => undefined };
  }
}

/** The page's context; `bankOverride` loads other files than the root's data-bank (the hub's fallback to the whole bank, the review page's banks). */
export async function context(root: HTMLElement, bankOverride?: string | string[]): Promise<Ctx | undefined> {
  const locale: Locale = document.documentElement.lang === 'en' ? 'en' : 'zh-CN';
  const s = UI[locale].studyUi;
  const status = root.querySelector<HTMLElement>('.study-status');
  if (status) status.textContent = s.loading;
  const unit = root.dataset.unit;
  const bankUrl = bankOverride ?? root.dataset.bank ?? '';
  // One record per person, whatever the scope practised.
  const namespace = root.dataset.namespace ?? 'site';
  let file: StudyBankFile;
  try {
    file = Array.isArray(bankUrl) ? mergeBanks(await Promise.all(bankUrl.map(loadBank))) : await loadBank(bankUrl);
  } catch {
    if (status) status.textContent = s.loadFailed;
    return undefined;
  }
  if (status) status.textContent = '';
  const cited = new Map<string, CitedItem>(Object.entries(file.items).map(([id, item]) => [id, { id, ...item }]));
  const prefix = root.dataset.prefix ?? '/';
  const questions = file.questions.map(toBankQuestion);
  const study = createStudy({
    bank: { questions },
    store: safeStorage(),
    namespace,
    hrefFor: (id) => {
      const path = cited.get(id)?.path;
      return path === undefined ? undefined : prefix + path;
    },
  });
  const bankName = (Array.isArray(bankUrl) ? '' : bankUrl).replace(/^.*\//, '');
  return { root, study, questions, cited, prefix, scope: root.dataset.scope ?? 'all', unit, bankName, namespace, title: file.title, s, locale, zh: locale === 'en' ? 'zh-CN' : undefined };
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

function relativeTime(ctx: Ctx, when: Date, now = new Date()): string {
  const minutes = Math.max(1, Math.round((when.getTime() - now.getTime()) / 60000));
  if (minutes < 60) return ctx.s.inMinutes(minutes);
  const hours = Math.round(minutes / 60);
  if (hours < 24) return ctx.s.inHours(hours);
  return ctx.s.inDays(Math.round(hours / 24));
}

// ---------------------------------------------------------------- one question

let uid = 0;

/** The form for one question: fieldset + legend (stem), real radios / checkboxes / text inputs with labels. */
export function questionForm(ctx: Ctx, q: BankQuestion): { form: HTMLFormElement; read(): QuizResponse | undefined } {
  const id = `q${++uid}`;
  const inputs: HTMLInputElement[] = [];
  const fieldset = h(
    'fieldset',
    { class: 'quiz-fieldset' },
    h('legend', {}, h('span', { class: 'quiz-type' }, ctx.locale === 'en' ? `(${ctx.s.typeHint[q.type] ?? q.type})` : `（${ctx.s.typeHint[q.type] ?? q.type}）`), zhText(ctx, q.stem, 'span', 'quiz-stem')),
  );
  const list = h('div', { class: 'quiz-options' });
  const option = (type: 'radio' | 'checkbox', value: string, letter: string | undefined, text: string, textLang: string | undefined) => {
    const input = h('input', { type, name: `${id}-answer`, value, id: `${id}-${value}` });
    inputs.push(input);
    list.append(h('label', { class: 'quiz-option', for: input.id }, input, letter ? h('span', { class: 'quiz-letter' }, `${letter}.`) : null, h('span', { lang: textLang, class: 'quiz-option-text' }, text)));
  };
  if (q.type === 'single' || q.type === 'multiple') {
    q.options.forEach((text, i) => option(q.type === 'single' ? 'radio' : 'checkbox', String(i), optionLetter(i), text, ctx.zh));
  } else if (q.type === 'truefalse') {
    option('radio', 'true', undefined, ctx.s.yes, undefined);
    option('radio', 'false', undefined, ctx.s.no, undefined);
  } else {
    q.answer.forEach((_, i) => {
      const input = h('input', { type: 'text', id: `${id}-blank-${i}`, autocomplete: 'off', lang: 'zh-CN', class: 'quiz-blank' });
      inputs.push(input);
      list.append(h('div', { class: 'quiz-blank-row' }, h('label', { for: input.id }, ctx.s.blankLabel(i + 1)), input));
    });
  }
  fieldset.append(list);
  const form = h('form', { class: 'quiz-form', 'data-question-id': q.id, novalidate: '' }, fieldset, h('button', { type: 'submit', class: 'quiz-submit' }, ctx.s.submit));
  const read = (): QuizResponse | undefined => {
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
  };
  return { form, read };
}

/** Puts an answered form in its final state: inputs show the response, right/wrong marked in words. */
/** Submitting a question: nothing chosen asks to choose (in the hint), else hands on the response. */
function onAnswer(form: HTMLFormElement, read: () => QuizResponse | undefined, hint: HTMLElement, pickOne: string, answered: (response: QuizResponse) => void): void {
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

export function settle(ctx: Ctx, form: HTMLFormElement, q: BankQuestion, response: QuizResponse): void {
  fillForm(form, response);
  const right = (value: string): boolean =>
    q.type === 'single' ? Number(value) === q.answer : q.type === 'multiple' ? q.answer.includes(Number(value)) : q.type === 'truefalse' ? (value === 'true') === q.answer : false;
  for (const label of form.querySelectorAll<HTMLLabelElement>('label.quiz-option')) {
    const input = label.querySelector('input');
    if (!input) continue;
    if (right(input.value)) label.append(h('span', { class: 'quiz-mark quiz-mark-right' }, ` ✓ ${ctx.s.correctAnswer}`));
    else if (input.checked) label.append(h('span', { class: 'quiz-mark quiz-mark-wrong' }, ` ✗ ${ctx.s.yourAnswer}`));
  }
  form.querySelector('fieldset')?.setAttribute('disabled', '');
  form.querySelector('.quiz-submit')?.remove();
}

/** What was answered, as text: "A. …", "正确", the typed words. */
export function responseText(ctx: Ctx, q: BankQuestion, response: QuizResponse): string {
  switch (response.type) {
    case 'single':
      return q.type === 'single' ? `${optionLetter(response.choice)}. ${q.options[response.choice] ?? ''}` : '';
    case 'multiple':
      return q.type === 'multiple' ? response.choices.map((i) => `${optionLetter(i)}. ${q.options[i] ?? ''}`).join('；') : '';
    case 'truefalse':
      return response.value ? '正确' : '错误';
    case 'blank':
      return response.values.join('；');
  }
}

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

// ---------------------------------------------------------------- quiz runner

/**
 * Renders the current session into `stage`, one question at a time, with the
 * feedback and the score in a live region. `onEnd` offers what comes after.
 */
function runQuiz(ctx: Ctx, stage: HTMLElement, live: HTMLElement, onEnd: (session: QuizSession) => void, focusFirst = true): void {
  // The way on comes after the feedback (a sibling of the live region, which must persist to be announced).
  const nav = navAfter(live);
  const show = (focusHeading: boolean): void => {
    const session = ctx.study.session;
    if (!session) return;
    const q = session.questions[session.current];
    if (!q) return;
    const heading = h('h2', { class: 'quiz-counter', tabindex: '-1' }, ctx.s.questionOf(session.current + 1, session.questions.length));
    const { form, read } = questionForm(ctx, q);
    const hint = h('p', { class: 'quiz-hint', role: 'alert' });
    stage.replaceChildren(heading, form, hint);
    live.replaceChildren();
    live.classList.remove('visually-hidden');
    nav.replaceChildren();
    const isLast = session.current === session.questions.length - 1;
    const afterAnswer = (response: QuizResponse, feedback: Feedback, focusNext: boolean): void => {
      settle(ctx, form, q, response);
      live.classList.remove('visually-hidden');
      live.replaceChildren(feedbackView(ctx, feedback, responseText(ctx, q, response)));
      const next = h('button', { type: 'button', class: 'quiz-next' }, isLast ? ctx.s.finish : ctx.s.next);
      next.addEventListener('click', () => {
        if (isLast) {
          onEnd(ctx.study.session!);
        } else {
          ctx.study.goTo(session.current + 1);
          show(true);
        }
      });
      nav.replaceChildren(next);
      if (focusNext) next.focus();
    };
    const previous = session.answers[q.id];
    if (previous) afterAnswer(previous.response, feedbackFor(q, previous.response, (id) => hrefOf(ctx, id)), false);
    onAnswer(form, read, hint, ctx.s.pickOne, (response) => {
      const { feedback } = ctx.study.answer(q.id, response);
      if (!feedback.correct) noteBanksOf(ctx.namespace, [q.id], ctx.bankName);
      afterAnswer(response, feedback, true);
    });
    if (focusHeading) heading.focus();
  };
  show(focusFirst);
}

function navAfter(live: HTMLElement): HTMLElement {
  const existing = live.nextElementSibling;
  if (existing instanceof HTMLElement && existing.classList.contains('quiz-nav')) return existing;
  const nav = h('div', { class: 'quiz-nav' });
  live.after(nav);
  return nav;
}

export function linksOf(ctx: Ctx, q: BankQuestion): { id: string; href: string }[] {
  return q.sources.flatMap((id) => {
    const href = hrefOf(ctx, id);
    return href === undefined ? [] : [{ id, href }];
  });
}

export function hrefOf(ctx: Ctx, id: string): string | undefined {
  const path = ctx.cited.get(id)?.path;
  return path === undefined ? undefined : ctx.prefix + path;
}

/** Score, the questions answered wrongly with their sources, and a way on. */
function scoreView(ctx: Ctx, stage: HTMLElement, live: HTMLElement, session: QuizSession, again: () => void, focus = true): void {
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
        h('p', {}, `${ctx.s.yourAnswer}${ctx.s.sep}`, zhText(ctx, responseText(ctx, q, session.answers[q.id]!.response))),
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

// ---------------------------------------------------------------- pages

async function mountPractice(root: HTMLElement): Promise<void> {
  const ctx = await context(root);
  if (!ctx) return;
  // A unit's practice for one of its posts (?role=, routes' practicePath): the unit's bank, the role's questions (inScope).
  const roles = JSON.parse(root.dataset.roles ?? '{}') as Record<string, string>;
  const asked = new URLSearchParams(location.search).get('role');
  const roleId = asked !== null && Object.hasOwn(roles, asked) ? asked : undefined;
  const quizScope: QuizScope = roleId ? { roleId } : {};
  if (roleId) {
    ctx.scope = `${ctx.scope}~${roleId}`;
    const note = document.querySelector<HTMLElement>('.practice-role');
    if (note) {
      note.replaceChildren(`${ctx.s.forRole}${ctx.s.sep}`, zhText(ctx, roles[roleId]!), ' · ', h('a', { href: location.pathname }, ctx.s.allOfUnit));
      note.hidden = false;
    }
    const count = document.querySelector<HTMLElement>('.question-count');
    if (count) count.textContent = ctx.s.questionCount(ctx.questions.filter((q) => inScope(q, quizScope)).length);
  }
  const setup = root.querySelector<HTMLFormElement>('form.quiz-setup')!;
  const stage = root.querySelector<HTMLElement>('.quiz-stage')!;
  const live = root.querySelector<HTMLElement>('.quiz-live')!;
  const own = (session: QuizSession | undefined): session is QuizSession => !!session && session.id.startsWith(`quiz-${ctx.scope}:`);
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
 * The hub loads hub-summary.json, not the whole bank: its weekly questions and
 * each document's question count. Progress and the review and card counts come
 * from what is stored; ids of questions since dropped from the content are not
 * checked against the bank here (the review and flashcard pages drop them),
 * and progress is capped at the document's count. Once the reader has chosen a
 * unit or a role, the hub loads that scope's small file and the question of the
 * week comes from the unit's bank for the role (the quiz core's weeklyQuestion).
 */
async function mountHub(root: HTMLElement): Promise<void> {
  const ctx = await context(root);
  if (!ctx) return;
  const file = (await loadBank(root.dataset.bank ?? '')) as StudyHubFile;
  const store = safeStorage();
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
  const counts = (): void => {
    const reviewCount = root.querySelector<HTMLElement>('[data-review-count]');
    const book = readPart(store, ctx.namespace, 'review');
    if (reviewCount) reviewCount.textContent = ctx.s.reviewCount(book ? reviewList(book).length : 0);
    const dueCount = root.querySelector<HTMLElement>('[data-due-count]');
    const deck = readPart(store, ctx.namespace, 'cards');
    if (dueCount) dueCount.textContent = ctx.s.cardsDue(deck ? dueCards(deck, new Date()).length : 0);
  };
  counts();

  const showWeekly = async (my: { file: MyScopeFile; choice: MyChoice } | undefined): Promise<void> => {
    const weekly = root.querySelector<HTMLElement>('.weekly-stage');
    if (!weekly) return;
    const live = root.querySelector<HTMLElement>('.weekly-live')!;
    live.replaceChildren();
    const week = isoWeekOf(new Date());
    let weekCtx: Ctx | undefined;
    let question: BankQuestion | undefined;
    let forWhom: string | undefined;
    if (my) {
      // The chosen scope's bank, the chosen role's questions in it.
      weekCtx = await context(root, assetUrl(root, my.file.bank));
      const role = my.file.roles.find((r) => r.id === my.choice.role);
      question = weekCtx?.study.weekly(new Date(), role?.quizScope ?? my.file.quizScope).question;
      forWhom = ctx.s.meHeading(role?.name, my.file.name);
    } else {
      // Outside the weeks the summary names (a site not rebuilt for a year), the whole bank decides.
      weekCtx = week in file.weeks ? ctx : await context(root, root.dataset.bankAll);
      question = weekCtx && (week in file.weeks ? weekCtx.questions.find((x) => x.id === file.weeks[week]) : weekCtx.study.weekly().question);
    }
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
      live.replaceChildren(feedbackView(wctx, feedbackFor(q, kept.response, (id) => hrefOf(wctx, id)), responseText(wctx, q, kept.response)));
      return;
    }
    onAnswer(form, read, hint, ctx.s.pickOne, (response) => {
      // Into the one record, like any practice: a wrong answer reaches the 错题本 and the flashcards.
      const feedback = wctx.study.answerOne(q, response);
      if (!feedback.correct) noteBanksOf(wctx.namespace, [q.id], wctx.bankName);
      writePart(store, ctx.namespace, 'weekly', { week, questionId: q.id, response }, new Date());
      settle(wctx, form, q, response);
      live.replaceChildren(feedbackView(wctx, feedback, responseText(wctx, q, response)));
      counts();
      plan?.refresh();
    });
  };

  let plan: PlanView | undefined;
  const my = await mountMyScope(root, ctx, (next) => {
    void showWeekly(next);
    plan?.choose(next);
  });
  plan = mountPlan(root, ctx, my);
  mountRecordFile(root, ctx, () => location.reload());
  await showWeekly(my);
  root.dataset.ready = 'true';
  keepHeights(root);
}

/**
 * Notes the heights of the boxes the hub fills in, once they are drawn; the
 * hub's inline script reserves them on the next visit, so nothing below them
 * moves while the page loads (CLS).
 */
function keepHeights(root: HTMLElement): void {
  const boxes = ['my-scope-summary', 'weekly-stage', 'weekly-live', 'plan-today'].flatMap((cls) => root.querySelector<HTMLElement>(`.${cls}`) ?? []);
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

/** "本周（2026年11月30日至2026年12月6日）": the ISO week as dates, not as 2026-W49. */
function weekLabel(ctx: Ctx, date: Date): string {
  const monday = new Date(date.getFullYear(), date.getMonth(), date.getDate() - ((date.getDay() + 6) % 7), 12);
  const sunday = new Date(monday.getFullYear(), monday.getMonth(), monday.getDate() + 6, 12);
  return ctx.s.weeklyWeek(dayText(ctx, monday), dayText(ctx, sunday));
}

/** A calendar day as the reader reads it: 2027年1月1日 (the model's formatDate), or Jan 1, 2027 on English pages. */
export function dayText(ctx: Ctx, date: Date): string {
  if (ctx.locale === 'en') return date.toLocaleDateString('en', { year: 'numeric', month: 'short', day: 'numeric' });
  return formatDate(`${date.getFullYear()}-${date.getMonth() + 1}-${date.getDate()}`);
}

/** A site path of a file that is not localised (bank files, scope files, PDFs), under the site's base. */
export function assetUrl(root: HTMLElement, sitePath: string): string {
  return `${root.dataset.assetBase ?? '/'}${sitePath}`;
}

const myScopeCache = new Map<string, Promise<MyScopeFile>>();
function loadMyScope(root: HTMLElement, scopeId: string): Promise<MyScopeFile> {
  const url = assetUrl(root, `study/scope/${scopeId}.json`);
  let pending = myScopeCache.get(url);
  if (!pending) {
    pending = fetch(url).then((r) => {
      if (!r.ok) throw new Error(`${url}: ${r.status}`);
      return r.json() as Promise<MyScopeFile>;
    });
    myScopeCache.set(url, pending);
  }
  return pending;
}

/**
 * "我的单位 + 我的岗位" on the hub: a form (units, and the posts of the unit
 * chosen), kept in localStorage when saved; a link such as ?unit=&role=#me
 * fills it in without saving. Once chosen, the scope's file gives the links:
 * the role's page and practice, the unit's pages, search and PDFs. Calls
 * `changed` with the new choice; resolves with the saved one.
 */
async function mountMyScope(root: HTMLElement, ctx: Ctx, changed: (my: { file: MyScopeFile; choice: MyChoice } | undefined) => void): Promise<{ file: MyScopeFile; choice: MyChoice } | undefined> {
  const section = root.querySelector<HTMLElement>('.my-scope');
  const form = section?.querySelector<HTMLFormElement>('form.my-scope-form');
  const summary = section?.querySelector<HTMLElement>('.my-scope-summary');
  const status = section?.querySelector<HTMLElement>('.my-scope-status');
  if (!section || !form || !summary || !status) return undefined;
  const unitSelect = form.querySelector<HTMLSelectElement>('select[name="unit"]')!;
  const roleSelect = form.querySelector<HTMLSelectElement>('select[name="role"]')!;
  const store = safeStorage();
  const valid = (choice: MyChoice | undefined): MyChoice | undefined => {
    if (!choice) return undefined;
    const unitOption = [...unitSelect.options].find((o) => o.value === (choice.unit ?? ''));
    if (!unitOption) return undefined;
    const roles = (unitOption.dataset.roles ?? '').split(' ');
    return { ...(choice.unit ? { unit: choice.unit } : {}), ...(choice.role && roles.includes(choice.role) ? { role: choice.role } : {}) };
  };
  /** The role options of the chosen unit (its posts); the others hidden and disabled. */
  const fitRoles = (): void => {
    const roles = (unitSelect.selectedOptions[0]?.dataset.roles ?? '').split(' ');
    for (const o of roleSelect.options) {
      const fits = o.value === '' || roles.includes(o.value);
      o.hidden = !fits;
      o.disabled = !fits;
    }
    if (roleSelect.selectedOptions[0]?.disabled) roleSelect.value = '';
  };
  const fill = (choice: MyChoice | undefined): void => {
    unitSelect.value = choice?.unit ?? '';
    fitRoles();
    roleSelect.value = choice?.role ?? '';
  };
  const render = async (choice: MyChoice | undefined): Promise<{ file: MyScopeFile; choice: MyChoice } | undefined> => {
    if (!choice || (!choice.unit && !choice.role)) {
      summary.replaceChildren(h('p', { class: 'muted' }, ctx.s.meNone));
      return undefined;
    }
    let file: MyScopeFile;
    try {
      file = await loadMyScope(root, choice.unit ?? 'organisation');
    } catch {
      summary.replaceChildren(h('p', {}, ctx.s.loadFailed));
      return undefined;
    }
    const role = file.roles.find((r) => r.id === choice.role);
    const page = (path: string, text: string, cls?: string): HTMLElement => h('li', { class: cls }, h('a', { href: ctx.prefix + path }, text));
    const files = [...file.files, ...(role?.handbook ? [role.handbook] : [])];
    summary.replaceChildren(h('h3', { class: 'my-scope-heading' }, zhText(ctx, ctx.s.meHeading(role?.name, file.name))));
    summary.append(
      h(
        'ul',
        { class: 'quick-links my-scope-links' },
        role ? page(role.page, ctx.s.meRolePage, 'my-role-page') : null,
        role ? page(role.practice, ctx.s.mePractice, 'my-role-practice') : null,
        page(file.practice, file.unit ? ctx.s.meScopePractice : ctx.s.allQuestions, 'my-practice'),
        file.unit ? page(file.unit.page, ctx.s.meUnitPage, 'my-unit-page') : null,
        file.unit ? page(file.unit.board, ctx.s.meBoard, 'my-board') : null,
        file.unit ? page(file.search, ctx.s.meSearch, 'my-search') : null,
      ),
    );
    if (files.length) {
      summary.append(
        h('h3', {}, ctx.s.meFiles),
        h('ul', { class: 'downloads my-files' }, ...files.map((f) => h('li', { 'data-kind': f.kind }, h('a', { href: assetUrl(root, f.path), download: '' }, f.label[ctx.locale])))),
      );
    }
    return { file, choice };
  };

  const saved = valid(readPart(store, ctx.namespace, 'scope'));
  const params = new URLSearchParams(location.search);
  const offered = params.has('unit') || params.has('role') ? valid({ ...(params.get('unit') ? { unit: params.get('unit')! } : {}), ...(params.get('role') ? { role: params.get('role')! } : {}) }) : undefined;
  fill(offered ?? saved);
  if (offered) status.textContent = ctx.s.meOffered;
  unitSelect.addEventListener('change', fitRoles);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const choice: MyChoice = { ...(unitSelect.value ? { unit: unitSelect.value } : {}), ...(roleSelect.value ? { role: roleSelect.value } : {}) };
    writePart(store, ctx.namespace, 'scope', choice, new Date());
    status.textContent = ctx.s.meSaved;
    void render(choice).then(changed);
  });
  form.querySelector<HTMLButtonElement>('.my-scope-clear')?.addEventListener('click', () => {
    clearPart(store, ctx.namespace, 'scope');
    fill(undefined);
    status.textContent = ctx.s.meCleared;
    void render(undefined).then(changed);
  });
  form.hidden = false;
  return render(saved);
}

/**
 * The review and flashcard pages load only the bank files their questions
 * came from (noted when answered wrongly or added as cards); the whole bank
 * when one of them is not noted or not found there (records kept before the
 * files were noted, content changed). `urls` are the files loaded.
 */
async function recordsContext(root: HTMLElement, part: 'review' | 'cards'): Promise<{ ctx: Ctx | undefined; urls: string[] }> {
  const dir = (root.dataset.bank ?? '').replace(/[^/]*$/, '');
  const whole = { urls: [dir + 'all.json'] };
  const namespace = root.dataset.namespace ?? 'site';
  const store = safeStorage();
  const ids = part === 'review' ? Object.keys(readPart(store, namespace, 'review')?.entries ?? {}) : Object.keys(readPart(store, namespace, 'cards')?.cards ?? {});
  const bankOf = readBankOf(namespace);
  if (ids.some((id) => !bankOf[id])) return { ...whole, ctx: await context(root, whole.urls) };
  const urls = [...new Set(ids.map((id) => dir + bankOf[id]!))];
  const ctx = await context(root, urls);
  // A noted file may be gone (its document removed): the whole bank then.
  if (!ctx) return { ...whole, ctx: await context(root, whole.urls) };
  const found = new Set(ctx.questions.map((q) => q.id));
  return ids.every((id) => found.has(id)) ? { ctx, urls } : { ...whole, ctx: await context(root, whole.urls) };
}

async function mountReview(root: HTMLElement): Promise<void> {
  const { ctx } = await recordsContext(root, 'review');
  if (!ctx) return;
  const listHost = root.querySelector<HTMLElement>('.review-list')!;
  const stage = root.querySelector<HTMLElement>('.quiz-stage')!;
  const live = root.querySelector<HTMLElement>('.quiz-live')!;
  const status = root.querySelector<HTMLElement>('.review-status')!;

  const renderList = (): void => {
    const items = ctx.study.review();
    status.textContent = items.length ? ctx.s.reviewCount(items.length) : ctx.s.reviewEmpty;
    const list = h('ol', { class: 'review-items' });
    for (const { entry, question } of items) {
      const stemId = `rv-${question.id}`;
      const remove = h('button', { type: 'button', class: 'review-remove', 'aria-describedby': stemId }, ctx.s.remove);
      remove.addEventListener('click', () => {
        ctx.study.removeFromReview(question.id);
        renderList();
        live.replaceChildren(h('p', {}, ctx.s.removed));
        (listHost.querySelector<HTMLElement>('.review-remove') ?? status).focus();
      });
      const options = question.type === 'single' || question.type === 'multiple' ? h('ol', { class: 'review-options', type: 'A', lang: ctx.zh }, ...question.options.map((o) => h('li', {}, o))) : null;
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
      runQuiz(ctx, stage, live, (s) => scoreView(ctx, stage, live, s, back));
    });
    listHost.replaceChildren(...(items.length ? [practise, list] : []));
  };
  const back = (): void => {
    ctx.study.endQuiz();
    stage.replaceChildren();
    live.replaceChildren();
    navAfter(live).replaceChildren();
    renderList();
    status.focus();
  };
  const session = ctx.study.session;
  if (session && session.id.startsWith('review-') && !session.finishedAt) runQuiz(ctx, stage, live, (s) => scoreView(ctx, stage, live, s, back), false);
  else renderList();
  keepScroll();
  root.dataset.ready = 'true';
}

async function mountCards(root: HTMLElement): Promise<void> {
  const loaded = await recordsContext(root, 'cards');
  if (!loaded.ctx) return;
  // Replaced when a scope's file is loaded for adding cards.
  let ctx: Ctx = loaded.ctx;
  const stage = root.querySelector<HTMLElement>('.cards-stage')!;
  const live = root.querySelector<HTMLElement>('.quiz-live')!;
  const tableHost = root.querySelector<HTMLElement>('.cards-schedule')!;
  const addForm = root.querySelector<HTMLFormElement>('form.cards-add')!;
  const namespace = ctx.namespace;
  const store = safeStorage();
  let byId = new Map(ctx.questions.map((q) => [q.id, q]));
  const dir = (root.dataset.bank ?? '').replace(/[^/]*$/, '');
  const scopeLoads = new Map<string, Promise<void>>();
  /**
   * Cards are added from the chosen scope's own file (a document's, a role's,
   * a unit's in its own wording, or the whole bank), loaded when the scope is
   * chosen, so adding needs no network after that; the file's questions are
   * the candidates (no scope rule is repeated here).
   */
  const bankForScope = (scopeKey: string): string | undefined => (/^((doc|role|unit)-[A-Za-z0-9_-]+|all)$/.test(scopeKey) ? `${scopeKey}.json` : undefined);
  const loadScope = (scopeKey: string): Promise<void> => {
    const name = bankForScope(scopeKey);
    const url = dir + (name ?? '');
    // A document's or role's questions are the whole bank's too; a unit's are in its own wording.
    const inWhole = loaded.urls.includes(`${dir}all.json`) && !scopeKey.startsWith('unit-');
    if (!name) return Promise.resolve();
    // Its question list is needed either way (the candidates), and kept for offline use.
    if (loaded.urls.includes(url) || inWhole) return loadBank(url).then(() => undefined);
    let pending = scopeLoads.get(url);
    if (!pending) {
      pending = context(root, [...loaded.urls, url]).then((next) => {
        if (!next) throw new Error(`${url}: not loaded`);
        loaded.urls.push(url);
        ctx = next;
        byId = new Map(next.questions.map((q) => [q.id, q]));
      });
      pending.catch(() => scopeLoads.delete(url));
      scopeLoads.set(url, pending);
    }
    return pending;
  };

  const renderSchedule = (): void => {
    const deck = readPart(store, namespace, 'cards');
    const rows = Object.entries(deck?.cards ?? {})
      .filter(([id]) => byId.has(id))
      .sort(([, a], [, b]) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0));
    if (rows.length === 0) {
      tableHost.replaceChildren(h('p', {}, ctx.s.scheduleEmpty));
      return;
    }
    const now = new Date();
    const body = h('tbody');
    for (const [id, card] of rows) {
      const due = new Date(card.due);
      const stem = byId.get(id)!.stem;
      body.append(
        h(
          'tr',
          { 'data-question-id': id },
          h('td', { lang: ctx.zh }, stem.length > 40 ? `${stem.slice(0, 40)}…` : stem),
          h('td', { 'data-due': card.due }, due <= now ? ctx.s.dueNow : `${dayText(ctx, due)}（${relativeTime(ctx, due, now)}）`),
        ),
      );
    }
    tableHost.replaceChildren(h('div', { class: 'table-scroll' }, h('table', {}, h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, ctx.s.question), h('th', { scope: 'col' }, ctx.s.due))), body)));
  };

  const showCard = (focus: boolean): void => {
    const due = ctx.study.dueFlashcards();
    const status = h('h2', { tabindex: '-1', class: 'cards-status' }, due.length ? ctx.s.cardsDue(due.length) : ctx.s.cardsNone);
    const card = due[0];
    if (!card) {
      stage.replaceChildren(status);
      if (focus) status.focus();
      return;
    }
    const back = h('div', { class: 'flashcard-back', hidden: '' }, zhText(ctx, card.back, 'p', 'flashcard-text'), sourceLinks(ctx, linksOf(ctx, card.question)));
    const reveal = h('button', { type: 'button', class: 'flashcard-reveal' }, ctx.s.showAnswer);
    const ratings = h('div', { class: 'flashcard-rate', role: 'group', 'aria-label': ctx.s.rateHeading, hidden: '' });
    for (const rating of ['again', 'hard', 'good', 'easy'] as FlashcardRating[]) {
      const b = h('button', { type: 'button', 'data-rating': rating }, ctx.s.rateNext(ctx.s.rate[rating] ?? rating, relativeTime(ctx, card.preview[rating])));
      b.addEventListener('click', () => {
        ctx.study.rateFlashcard(card.question.id, rating);
        renderSchedule();
        live.replaceChildren(h('p', {}, ctx.s.cardsLeft(ctx.study.dueFlashcards().length)));
        showCard(true);
      });
      ratings.append(b);
    }
    reveal.addEventListener('click', () => {
      back.hidden = false;
      ratings.hidden = false;
      reveal.remove();
      ratings.querySelector<HTMLElement>('button[data-rating="good"]')?.focus();
    });
    stage.replaceChildren(status, h('article', { class: 'flashcard', 'data-question-id': card.question.id }, zhText(ctx, card.front, 'p', 'flashcard-text flashcard-front'), reveal, back, ratings));
    if (focus) status.focus();
  };

  const select = addForm.querySelector<HTMLSelectElement>('select');
  select?.addEventListener('change', () => void loadScope(select.value).catch(() => undefined));
  addForm.addEventListener('submit', (e) => {
    e.preventDefault();
    void addFromScope(select?.value ?? 'all');
  });
  const addFromScope = async (scopeKey: string): Promise<void> => {
    try {
      await loadScope(scopeKey);
    } catch {
      live.replaceChildren(h('p', {}, ctx.s.loadFailed));
      return;
    }
    const bankName = bankForScope(scopeKey);
    let inFile: Set<string>;
    try {
      inFile = new Set((await loadBank(dir + (bankName ?? 'all.json'))).questions.map((q) => q.id));
    } catch {
      live.replaceChildren(h('p', {}, ctx.s.loadFailed));
      return;
    }
    const deck = readPart(store, namespace, 'cards');
    const fresh = ctx.questions.filter((q) => inFile.has(q.id) && !deck?.cards[q.id]);
    const picked = pickQuestions({ questions: fresh }, { count: 10, seed: Date.now() });
    if (bankName) noteBanksOf(namespace, picked.map((q) => q.id), bankName);
    ctx.study.addFlashcards(picked.map((q) => q.id));
    live.replaceChildren(h('p', {}, ctx.s.cardsAdded(picked.length)));
    renderSchedule();
    showCard(false);
  };
  addForm.hidden = false;
  renderSchedule();
  showCard(false);
  root.dataset.ready = 'true';
}

const MOUNTS: Record<string, (root: HTMLElement) => Promise<void>> = { hub: mountHub, practice: mountPractice, review: mountReview, cards: mountCards, exam: mountExam };

/** Mounts the island of every study root on the page. */
export function mountStudy(): void {
  for (const root of document.querySelectorAll<HTMLElement>('[data-study]')) {
    adoptUnitRecords(root.dataset.namespace ?? 'site');
    void MOUNTS[root.dataset.study ?? '']?.(root);
  }
}

/**
 * A unit's practice used to keep its own record (<namespace>:unit-<id>); it is
 * merged into the one record, with the bank files its questions were noted in,
 * and removed — once, the first time a study page opens.
 */
function adoptUnitRecords(namespace: string): void {
  let store: Storage;
  try {
    store = window.localStorage;
  } catch {
    return;
  }
  const prefix = `guifan:study:v${STORAGE_VERSION}:${namespace}:unit-`;
  const units = new Set<string>();
  for (let i = 0; i < store.length; i++) {
    const key = store.key(i);
    if (key?.startsWith(prefix)) units.add(key.slice(prefix.length).split(':')[0]!);
  }
  const now = new Date();
  for (const unit of units) {
    const old = `${namespace}:unit-${unit}`;
    const review = readPart(store, old, 'review');
    if (review) writePart(store, namespace, 'review', mergeReviewBooks(readPart(store, namespace, 'review') ?? emptyReviewBook(), review), now);
    const cards = readPart(store, old, 'cards');
    if (cards) writePart(store, namespace, 'cards', mergeDecks(readPart(store, namespace, 'cards') ?? emptyDeck(), cards), now);
    const progress = readPart(store, old, 'progress');
    if (progress) writePart(store, namespace, 'progress', mergeProgress(readPart(store, namespace, 'progress') ?? emptyProgress(), progress), now);
    const noted = { ...readBankOf(old), ...readBankOf(namespace) };
    try {
      if (Object.keys(noted).length) store.setItem(bankOfKey(namespace), JSON.stringify(noted));
      store.removeItem(bankOfKey(old));
    } catch {
      // Storage full: the pages then load the whole bank for what is not noted.
    }
    for (const part of ['review', 'cards', 'progress', 'session'] as const) clearPart(store, old, part);
  }
}
