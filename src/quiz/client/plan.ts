/**
 * "Study toward a date" (备考计划): the reader sets the day of the written
 * test; flashcards are scheduled by FSRS (ts-fsrs, flashcards.ts) but never
 * later than the day before the test, so every due review comes before it; and
 * the hub says in plain words what to do today. Pure: dates in, numbers out.
 */
import type { StudyPlan } from './storage.ts';

/** A YYYY-MM-DD date at local midnight. */
export function localDay(iso: string): Date {
  const [y, m, d] = iso.split('-').map((p) => Number.parseInt(p, 10));
  return new Date(y!, (m ?? 1) - 1, d ?? 1);
}

/** Today's local date as YYYY-MM-DD. */
export function isoDay(date: Date): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

/** Whole days from today to the test day (0: the test is today; negative: past). */
export function daysUntil(plan: StudyPlan, now: Date): number {
  const today = localDay(isoDay(now));
  return Math.round((localDay(plan.testDate).getTime() - today.getTime()) / 86_400_000);
}

/**
 * The latest a review may be scheduled: the start of the day before the test,
 * so the last reviews fall on the eve. None when the test is today or past
 * (then FSRS alone decides).
 */
export function reviewDeadline(plan: StudyPlan | undefined, now: Date): Date | undefined {
  if (!plan || daysUntil(plan, now) < 1) return undefined;
  const eve = localDay(plan.testDate);
  eve.setDate(eve.getDate() - 1);
  return eve.getTime() > now.getTime() ? eve : now;
}

export interface TodayPlan {
  /** Days left until the test (≥ 0). */
  daysLeft: number;
  /** Flashcards to review today. */
  cardsDue: number;
  /** Questions of the reader's scope not yet answered right, and how many to practise today to reach them all before the test. */
  newLeft: number;
  newToday: number;
  /** Questions in the 错题本 to go over. */
  reviewCount: number;
  /** A mock exam today: in the last week every day, before that once a week (on days divisible by 7). */
  mockExam: boolean;
}

/**
 * What to do today. `notMastered` is the number of questions of the reader's
 * scope not yet answered right; the practice is spread over the days left,
 * keeping the last day for review and a mock exam.
 */
export function todayPlan(
  plan: StudyPlan,
  now: Date,
  counts: { cardsDue: number; notMastered: number; reviewCount: number },
): TodayPlan | undefined {
  const daysLeft = daysUntil(plan, now);
  if (daysLeft < 0) return undefined;
  const studyDays = Math.max(1, daysLeft);
  const newToday = daysLeft === 0 ? 0 : Math.ceil(counts.notMastered / studyDays);
  return {
    daysLeft,
    cardsDue: counts.cardsDue,
    newLeft: counts.notMastered,
    newToday,
    reviewCount: counts.reviewCount,
    mockExam: daysLeft >= 1 && (daysLeft <= 7 || daysLeft % 7 === 0),
  };
}
