/**
 * A study page's context (Ctx): its bank loaded, the client's study over the
 * one learning record, the cited items and where they are on the site, the
 * page's strings and locale. Also the review and flashcard pages' choice of
 * which bank files to load.
 */
import { createStudy, readPart, type BankQuestion, type Study } from '../../quiz/client/index.ts';
import { UI, type Locale } from '../i18n/ui.ts';
import type { CitedItem, StudyBankFile } from '../study.ts';
import { loadBank, mergeBanks, toBankQuestion } from './bank.ts';
import { readBankOf, safeStorage } from './storage.ts';

export type Strings = (typeof UI)['zh-CN']['studyUi'];

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
    // The scope's current revision: its changed items' flashcards are made new, the weekly question prefers them.
    ...(file.revision ? { revision: file.revision } : {}),
    hrefFor: (id) => {
      const path = cited.get(id)?.path;
      return path === undefined ? undefined : prefix + path;
    },
  });
  const bankName = (Array.isArray(bankUrl) ? '' : bankUrl).replace(/^.*\//, '');
  return {
    root,
    study,
    questions,
    cited,
    prefix,
    scope: root.dataset.scope ?? 'all',
    unit,
    bankName,
    namespace,
    title: file.title,
    s,
    locale,
    zh: locale === 'en' ? 'zh-CN' : undefined,
  };
}

/**
 * The review and flashcard pages load only the bank files their questions
 * came from (noted when answered wrongly or added as cards); the whole bank
 * when one of them is not noted or not found there (records kept before the
 * files were noted, content changed). `urls` are the files loaded.
 */
export async function recordsContext(
  root: HTMLElement,
  part: 'review' | 'cards',
): Promise<{ ctx: Ctx | undefined; urls: string[] }> {
  const dir = (root.dataset.bank ?? '').replace(/[^/]*$/, '');
  // biome-ignore lint/style/useTemplate: kept as concatenation so the study bundle shipped to browsers stays byte-identical (a template literal changes the minifier's choice of names)
  const whole = { urls: [dir + 'all.json'] };
  const namespace = root.dataset.namespace ?? 'site';
  const store = safeStorage();
  const ids =
    part === 'review'
      ? Object.keys(readPart(store, namespace, 'review')?.entries ?? {})
      : Object.keys(readPart(store, namespace, 'cards')?.cards ?? {});
  const bankOf = readBankOf(namespace);
  if (ids.some((id) => !bankOf[id])) return { ...whole, ctx: await context(root, whole.urls) };
  const urls = [...new Set(ids.map((id) => dir + bankOf[id]!))];
  const ctx = await context(root, urls);
  // A noted file may be gone (its document removed): the whole bank then.
  if (!ctx) return { ...whole, ctx: await context(root, whole.urls) };
  const found = new Set(ctx.questions.map((q) => q.id));
  return ids.every((id) => found.has(id)) ? { ctx, urls } : { ...whole, ctx: await context(root, whole.urls) };
}

/** Where a cited item is on the site, under the page's base and locale. */
export function hrefOf(ctx: Ctx, id: string): string | undefined {
  const path = ctx.cited.get(id)?.path;
  return path === undefined ? undefined : ctx.prefix + path;
}

/** A question's cited items that have a page, as links. */
export function linksOf(ctx: Ctx, q: BankQuestion): { id: string; href: string }[] {
  return q.sources.flatMap((id) => {
    const href = hrefOf(ctx, id);
    return href === undefined ? [] : [{ id, href }];
  });
}

/** A site path of a file that is not localised (bank files, scope files, PDFs), under the site's base. */
export function assetUrl(root: HTMLElement, sitePath: string): string {
  return `${root.dataset.assetBase ?? '/'}${sitePath}`;
}
