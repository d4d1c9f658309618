/**
 * The flashcard page: the cards due, one at a time (front, then back and the
 * four ratings with when each would bring the card back), the schedule as a
 * table, and a form adding ten cards from a scope. Loads only the bank files
 * the cards came from (recordsContext), and a scope's file when it is chosen.
 */
import { pickQuestions, readPart, type BankQuestion, type FlashcardRating } from '../../quiz/client/index.ts';
import { loadBank } from './bank.ts';
import { context, linksOf, recordsContext, type Ctx } from './context.ts';
import { dayText, relativeTime } from './dates.ts';
import { h, zhText } from './dom.ts';
import { sourceLinks } from './question.ts';
import { noteBanksOf, safeStorage } from './storage.ts';

/** The page and what it has loaded; `ctx` and `byId` are replaced when a scope's file is loaded for adding cards. */
interface CardsPage {
  root: HTMLElement;
  ctx: Ctx;
  byId: Map<string, BankQuestion>;
  /** The bank files loaded (recordsContext's, then each scope's added). */
  urls: string[];
  /** The bank files' folder. */
  dir: string;
  namespace: string;
  store: ReturnType<typeof safeStorage>;
  stage: HTMLElement;
  live: HTMLElement;
  tableHost: HTMLElement;
  scopeLoads: Map<string, Promise<void>>;
}

export async function mountCards(root: HTMLElement): Promise<void> {
  const loaded = await recordsContext(root, 'cards');
  if (!loaded.ctx) return;
  const ctx = loaded.ctx;
  const page: CardsPage = {
    root,
    ctx,
    byId: new Map(ctx.questions.map((q) => [q.id, q])),
    urls: loaded.urls,
    dir: (root.dataset.bank ?? '').replace(/[^/]*$/, ''),
    namespace: ctx.namespace,
    store: safeStorage(),
    stage: root.querySelector<HTMLElement>('.cards-stage')!,
    live: root.querySelector<HTMLElement>('.quiz-live')!,
    tableHost: root.querySelector<HTMLElement>('.cards-schedule')!,
    scopeLoads: new Map(),
  };
  const addForm = root.querySelector<HTMLFormElement>('form.cards-add')!;
  const select = addForm.querySelector<HTMLSelectElement>('select');
  select?.addEventListener('change', () => void loadScope(page, select.value).catch(() => undefined));
  addForm.addEventListener('submit', (e) => {
    e.preventDefault();
    void addFromScope(page, select?.value ?? 'all');
  });
  addForm.hidden = false;
  renderSchedule(page);
  showCard(page, false);
  root.dataset.ready = 'true';
}

/**
 * Cards are added from the chosen scope's own file (a document's, a role's,
 * a unit's in its own wording, or the whole bank), loaded when the scope is
 * chosen, so adding needs no network after that; the file's questions are
 * the candidates (no scope rule is repeated here).
 */
function bankForScope(scopeKey: string): string | undefined {
  return /^((doc|role|unit)-[A-Za-z0-9_-]+|all)$/.test(scopeKey) ? `${scopeKey}.json` : undefined;
}

function loadScope(page: CardsPage, scopeKey: string): Promise<void> {
  const name = bankForScope(scopeKey);
  const url = page.dir + (name ?? '');
  // A document's or role's questions are the whole bank's too; a unit's are in its own wording.
  const inWhole = page.urls.includes(`${page.dir}all.json`) && !scopeKey.startsWith('unit-');
  if (!name) return Promise.resolve();
  // Its question list is needed either way (the candidates), and kept for offline use.
  if (page.urls.includes(url) || inWhole) return loadBank(url).then(() => undefined);
  let pending = page.scopeLoads.get(url);
  if (!pending) {
    pending = context(page.root, [...page.urls, url]).then((next) => {
      if (!next) throw new Error(`${url}: not loaded`);
      page.urls.push(url);
      page.ctx = next;
      page.byId = new Map(next.questions.map((q) => [q.id, q]));
    });
    pending.catch(() => page.scopeLoads.delete(url));
    page.scopeLoads.set(url, pending);
  }
  return pending;
}

/** Every card of the loaded banks and when it is due, soonest first. */
function renderSchedule(page: CardsPage): void {
  const { ctx, byId, tableHost } = page;
  const deck = readPart(page.store, page.namespace, 'cards');
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
        h(
          'td',
          { 'data-due': card.due },
          due <= now ? ctx.s.dueNow : `${dayText(ctx, due)}（${relativeTime(ctx, due, now)}）`,
        ),
      ),
    );
  }
  tableHost.replaceChildren(
    h(
      'div',
      { class: 'table-scroll' },
      h(
        'table',
        {},
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, ctx.s.question), h('th', { scope: 'col' }, ctx.s.due))),
        body,
      ),
    ),
  );
}

/** The first card due: its front, a button showing the back, then the four ratings. */
function showCard(page: CardsPage, focus: boolean): void {
  const { ctx, stage, live } = page;
  const due = ctx.study.dueFlashcards();
  const status = h(
    'h2',
    { tabindex: '-1', class: 'cards-status' },
    due.length ? ctx.s.cardsDue(due.length) : ctx.s.cardsNone,
  );
  const card = due[0];
  if (!card) {
    stage.replaceChildren(status);
    if (focus) status.focus();
    return;
  }
  const back = h(
    'div',
    { class: 'flashcard-back', hidden: '' },
    zhText(ctx, card.back, 'p', 'flashcard-text'),
    sourceLinks(ctx, linksOf(ctx, card.question)),
  );
  const reveal = h('button', { type: 'button', class: 'flashcard-reveal' }, ctx.s.showAnswer);
  const ratings = h('div', { class: 'flashcard-rate', role: 'group', 'aria-label': ctx.s.rateHeading, hidden: '' });
  for (const rating of ['again', 'hard', 'good', 'easy'] as FlashcardRating[]) {
    const b = h(
      'button',
      { type: 'button', 'data-rating': rating },
      ctx.s.rateNext(ctx.s.rate[rating] ?? rating, relativeTime(ctx, card.preview[rating])),
    );
    b.addEventListener('click', () => {
      // The page's context when clicked: a scope's file may have been loaded since the card was drawn.
      page.ctx.study.rateFlashcard(card.question.id, rating);
      renderSchedule(page);
      live.replaceChildren(h('p', {}, page.ctx.s.cardsLeft(page.ctx.study.dueFlashcards().length)));
      showCard(page, true);
    });
    ratings.append(b);
  }
  reveal.addEventListener('click', () => {
    back.hidden = false;
    ratings.hidden = false;
    reveal.remove();
    ratings.querySelector<HTMLElement>('button[data-rating="good"]')?.focus();
  });
  stage.replaceChildren(
    status,
    h(
      'article',
      { class: 'flashcard', 'data-question-id': card.question.id },
      zhText(ctx, card.front, 'p', 'flashcard-text flashcard-front'),
      reveal,
      back,
      ratings,
    ),
  );
  if (focus) status.focus();
}

/** Ten new cards from the scope's file (questions that have no card yet). */
async function addFromScope(page: CardsPage, scopeKey: string): Promise<void> {
  try {
    await loadScope(page, scopeKey);
  } catch {
    page.live.replaceChildren(h('p', {}, page.ctx.s.loadFailed));
    return;
  }
  const bankName = bankForScope(scopeKey);
  let inFile: Set<string>;
  try {
    inFile = new Set((await loadBank(page.dir + (bankName ?? 'all.json'))).questions.map((q) => q.id));
  } catch {
    page.live.replaceChildren(h('p', {}, page.ctx.s.loadFailed));
    return;
  }
  const { ctx, live } = page;
  const deck = readPart(page.store, page.namespace, 'cards');
  const fresh = ctx.questions.filter((q) => inFile.has(q.id) && !deck?.cards[q.id]);
  const picked = pickQuestions({ questions: fresh }, { count: 10, seed: Date.now() });
  if (bankName)
    noteBanksOf(
      page.namespace,
      picked.map((q) => q.id),
      bankName,
    );
  ctx.study.addFlashcards(picked.map((q) => q.id));
  live.replaceChildren(h('p', {}, ctx.s.cardsAdded(picked.length)));
  renderSchedule(page);
  showCard(page, false);
}
