/**
 * A unit's practice used to keep its own record (<namespace>:unit-<id>); it is
 * merged into the one record, with the bank files its questions were noted in,
 * and removed — once, the first time a study page opens.
 */
import {
  STORAGE_VERSION,
  bankOfKey,
  clearPart,
  emptyDeck,
  emptyProgress,
  emptyReviewBook,
  mergeDecks,
  mergeProgress,
  mergeReviewBooks,
  readPart,
  writePart,
} from '../../quiz/client/index.ts';
import { readBankOf } from './storage.ts';

export function adoptUnitRecords(namespace: string): void {
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
    if (review)
      writePart(
        store,
        namespace,
        'review',
        mergeReviewBooks(readPart(store, namespace, 'review') ?? emptyReviewBook(), review),
        now,
      );
    const cards = readPart(store, old, 'cards');
    if (cards)
      writePart(store, namespace, 'cards', mergeDecks(readPart(store, namespace, 'cards') ?? emptyDeck(), cards), now);
    const progress = readPart(store, old, 'progress');
    if (progress)
      writePart(
        store,
        namespace,
        'progress',
        mergeProgress(readPart(store, namespace, 'progress') ?? emptyProgress(), progress),
        now,
      );
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
