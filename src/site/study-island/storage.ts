/**
 * What the study pages keep in the browser besides the client's record: the
 * bank file each question answered wrongly came from (so the review page loads
 * only those files), and the scroll position of a page for the tab.
 */
import { bankOfKey } from '../../quiz/client/index.ts';

/** localStorage, or a store that keeps nothing when storage is disabled. */
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

/**
 * Scroll position of a study page, kept for the tab (sessionStorage) when the
 * reader leaves it — a 依据 link, say — and given back once the island has
 * drawn the quiz again: the browser's own restoration runs before that, on a
 * page still empty, and ends at the top.
 */
export function keepScroll(): void {
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
