/**
 * The wrong-answer review (错题本): every question answered wrongly, until it
 * has been answered correctly `clearAfter` times in a row.
 */
export interface ReviewEntry {
  questionId: string;
  wrongCount: number;
  /** Correct answers in a row since the last wrong one. */
  streak: number;
  firstWrongAt: string;
  lastWrongAt: string;
}

export interface ReviewBook {
  entries: Record<string, ReviewEntry>;
}

export const CLEAR_AFTER = 2;

export function emptyReviewBook(): ReviewBook {
  return { entries: {} };
}

export function recordInReview(
  book: ReviewBook,
  questionId: string,
  correct: boolean,
  now: Date,
  clearAfter = CLEAR_AFTER,
): ReviewBook {
  const entry = book.entries[questionId];
  const at = now.toISOString();
  if (!correct) {
    const next: ReviewEntry = entry
      ? { ...entry, wrongCount: entry.wrongCount + 1, streak: 0, lastWrongAt: at }
      : { questionId, wrongCount: 1, streak: 0, firstWrongAt: at, lastWrongAt: at };
    return { entries: { ...book.entries, [questionId]: next } };
  }
  if (!entry) return book;
  const entries = { ...book.entries };
  if (entry.streak + 1 >= clearAfter) delete entries[questionId];
  else entries[questionId] = { ...entry, streak: entry.streak + 1 };
  return { entries };
}

export function removeFromReview(book: ReviewBook, questionId: string): ReviewBook {
  const entries = { ...book.entries };
  delete entries[questionId];
  return { entries };
}

/** Most recently missed first; ties: most often missed first. */
export function reviewList(book: ReviewBook): ReviewEntry[] {
  return Object.values(book.entries).sort((a, b) =>
    a.lastWrongAt !== b.lastWrongAt
      ? a.lastWrongAt < b.lastWrongAt
        ? 1
        : -1
      : b.wrongCount - a.wrongCount || (a.questionId < b.questionId ? -1 : 1),
  );
}
