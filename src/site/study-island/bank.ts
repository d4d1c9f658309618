/**
 * Bank files in the browser: fetched once per page, with the files they
 * include (the etiquette questions every unit shares), several merged into
 * one, and kept for offline use by the service worker.
 */
import type { BankQuestion } from '../../quiz/client/index.ts';
import type { StudyBankFile, StudyQuestion } from '../study.ts';
import { loadBankFile } from '../study-bank.ts';

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
 * worker was installed: a unit's bank, and any bank too large to precache (at
 * a group's scale all.json, see precache.ts), are not precached. Workbox's
 * router answers the CACHE_URLS message with its routes: a precached file from
 * the precache, without a download; the others by the runtime caching rule.
 */
function keepOffline(urls: string[]): void {
  if (!('serviceWorker' in navigator)) return;
  const absolute = urls.map((u) => new URL(u, location.href).href);
  void navigator.serviceWorker.ready
    .then((r) => r.active?.postMessage({ type: 'CACHE_URLS', payload: { urlsToCache: absolute } }))
    .catch(() => undefined);
}

/** Several banks as one: their questions (each once) and cited items. */
export function mergeBanks(files: StudyBankFile[]): StudyBankFile {
  const seen = new Set<string>();
  const questions = files.flatMap((f) => f.questions.filter((q) => !seen.has(q.id) && seen.add(q.id)));
  return {
    ...files[0]!,
    scope: 'review',
    title: undefined,
    items: Object.assign({}, ...files.map((f) => f.items)) as StudyBankFile['items'],
    questions,
  };
}

/** The client works on bank questions; the JSON leaves out what only the build needs. */
export function toBankQuestion(q: StudyQuestion): BankQuestion {
  return { ...q, cites: q.sources, bankId: 'site', source: { file: '', line: 0, column: 0 } } as BankQuestion;
}
