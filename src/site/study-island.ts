/**
 * Study mode islands (browser): the entry the study pages load. Each study
 * page has one root element with data-study="hub|practice|review|cards|exam",
 * data-bank (the scope's JSON; the hub's summary, with data-bank-all for weeks
 * it does not name), data-namespace and data-prefix (base + locale, for
 * links). Every page writes one learning record per person (the
 * organisation's namespace): a mistake in a unit's, a role's, a document's
 * practice, in the question of the week or in a mock exam reaches the one
 * 错题本 and the flashcards; each question notes the bank file it came from,
 * so the review shows it in the wording it was asked in. The bank is fetched
 * once; after that nothing needs the network. State lives in localStorage
 * through createStudy (src/quiz/client). Content is inserted as text only
 * (textContent / text nodes), never as HTML. The pages' parts are in
 * study-island/ (see src/site/README.md).
 */
import { adoptUnitRecords } from './study-island/adopt-unit-records.ts';
import { mountCards } from './study-island/cards.ts';
import { mountExam } from './study-island/exam.ts';
import { mountHub } from './study-island/hub.ts';
import { mountPractice } from './study-island/practice.ts';
import { mountReview } from './study-island/review.ts';

const MOUNTS: Record<string, (root: HTMLElement) => Promise<void>> = {
  hub: mountHub,
  practice: mountPractice,
  review: mountReview,
  cards: mountCards,
  exam: mountExam,
};

/** Mounts the island of every study root on the page. */
export function mountStudy(): void {
  for (const root of document.querySelectorAll<HTMLElement>('[data-study]')) {
    adoptUnitRecords(root.dataset.namespace ?? 'site');
    void MOUNTS[root.dataset.study ?? '']?.(root);
  }
}
