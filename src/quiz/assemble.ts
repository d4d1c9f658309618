/**
 * Putting quizzes together from a bank: scoped, seeded selection, option
 * shuffling, and the question of the week. Shared by the site and the print
 * pipeline; needs only the bank (its questions carry their scope).
 */
import { hashString, rngFor } from './random.ts';
import type { BankQuestion } from './types.ts';

export interface QuizScope {
  documentId?: string;
  roleId?: string;
  /** A unit id, or 'all' for what applies in every unit (the group's test). */
  unitId?: string;
  /**
   * Only questions citing one of these items: a revision's changed items (本次修订). The
   * question asks about a changed item when any item it cites changed.
   */
  items?: readonly string[];
}

/** Whether a question belongs to every part of the scope given. */
export function inScope(question: BankQuestion, scope: QuizScope = {}): boolean {
  if (scope.documentId !== undefined && !question.documents.includes(scope.documentId)) return false;
  if (scope.roleId !== undefined && question.roles !== 'all' && !question.roles.includes(scope.roleId)) return false;
  if (scope.unitId === 'all') return question.units === 'all';
  if (scope.unitId !== undefined && question.units !== 'all' && !question.units.includes(scope.unitId)) return false;
  if (scope.items !== undefined && !question.sources.some((id) => scope.items!.includes(id))) return false;
  return true;
}

/** The questions of a revision's changed items in a scope (本次修订): in scope, citing a changed item. */
export function changedQuestions(
  bank: { questions: readonly BankQuestion[] },
  items: readonly string[],
  scope: QuizScope = {},
): BankQuestion[] {
  return bank.questions.filter((q) => inScope(q, { ...scope, items }));
}

export interface PickOptions {
  count: number;
  seed: string | number;
  scope?: QuizScope;
}

/**
 * `count` questions in scope, in random order for the seed. Questions about
 * different items, with different stems, come first, so a short quiz does not
 * ask about the same clause twice, nor the same question twice with other
 * options (「迎候客户」时…的规范用语是？ is asked of each greeting), while
 * others remain.
 */
export function pickQuestions(bank: { questions: readonly BankQuestion[] }, options: PickOptions): BankQuestion[] {
  const candidates = bank.questions.filter((q) => inScope(q, options.scope));
  const shuffled = rngFor(String(options.seed), 'pick', JSON.stringify(options.scope ?? {})).shuffle(candidates);
  const first: BankQuestion[] = [];
  const later: BankQuestion[] = [];
  const seen = new Set<string>();
  const stems = new Set<string>();
  for (const q of shuffled) {
    const key = q.sources.join('|');
    (seen.has(key) || stems.has(q.stem) ? later : first).push(q);
    seen.add(key);
    stems.add(q.stem);
  }
  return [...first, ...later].slice(0, Math.max(0, options.count));
}

/**
 * A deep copy of plain data (a question is JSON-like). Not structuredClone: the PDF cache hands
 * the print jobs the model behind a proxy that notes what they read, and a proxy cannot be cloned.
 */
function copyOf<T>(value: T): T {
  if (Array.isArray(value)) return value.map(copyOf) as T;
  if (value !== null && typeof value === 'object') {
    const copy: Record<string, unknown> = {};
    for (const key of Object.keys(value)) copy[key] = copyOf((value as Record<string, unknown>)[key]);
    return copy as T;
  }
  return value;
}

/** A copy with the options in random order for the seed and the answer remapped; other types are copied unchanged. */
export function shuffleOptions<Q extends BankQuestion>(question: Q, seed: string | number): Q {
  if (question.type !== 'single' && question.type !== 'multiple') return copyOf(question);
  const order = rngFor(String(seed), 'options', question.id).shuffle(question.options.map((_, i) => i));
  const options = order.map((i) => question.options[i] as string);
  const newIndex = (old: number): number => order.indexOf(old);
  if (question.type === 'single') return { ...copyOf(question), options, answer: newIndex(question.answer) };
  return { ...copyOf(question), options, answer: question.answer.map(newIndex).sort((a, b) => a - b) };
}

/**
 * A paper's questions with their options arranged for the seed so that the right answers of its
 * single-choice questions fall on A, B, C and D in turn, in an order drawn for the seed, the wrong
 * options in random order around them — a paper whose key read D for thirteen of twenty-two
 * questions rewarded the guess. Other types as `shuffleOptions`.
 */
export function arrangeOptions<Q extends BankQuestion>(questions: readonly Q[], seed: string | number): Q[] {
  const singles = questions.filter((q) => q.type === 'single').length;
  const places = rngFor(String(seed), 'answer-places').shuffle(Array.from({ length: singles }, (_, i) => i % 4));
  let next = 0;
  return questions.map((question) => {
    if (question.type !== 'single') return shuffleOptions(question, seed);
    const place = (places[next++] ?? 0) % question.options.length;
    const wrong = rngFor(String(seed), 'options', question.id).shuffle(
      question.options.map((_, i) => i).filter((i) => i !== question.answer),
    );
    const order = [...wrong.slice(0, place), question.answer, ...wrong.slice(place)];
    return { ...copyOf(question), options: order.map((i) => question.options[i] as string), answer: place };
  });
}

/** ISO 8601 week of a date's local calendar day, e.g. "2026-W48". */
export function isoWeekOf(date: Date): string {
  const day = new Date(Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()));
  const weekday = day.getUTCDay() || 7; // Monday 1 … Sunday 7
  day.setUTCDate(day.getUTCDate() + 4 - weekday); // the Thursday decides the year
  const year = day.getUTCFullYear();
  const week = Math.ceil(((day.getTime() - Date.UTC(year, 0, 1)) / 86400000 + 1) / 7);
  return `${year}-W${String(week).padStart(2, '0')}`;
}

function weekNumber(isoWeek: string): number {
  const match = /^(\d{4})-W(\d{2})$/.exec(isoWeek);
  if (!match) throw new Error(`not an ISO week (YYYY-Www): ${isoWeek}`);
  return Number(match[1]) * 53 + Number(match[2]);
}

/** Monday of an ISO week, as days since 1970-01-01 (UTC). */
function mondayOf(isoWeek: string): number {
  const match = /^(\d{4})-W(\d{2})$/.exec(isoWeek);
  if (!match) throw new Error(`not an ISO week (YYYY-Www): ${isoWeek}`);
  const jan4 = Date.UTC(Number(match[1]), 0, 4);
  const jan4Weekday = new Date(jan4).getUTCDay() || 7;
  return Math.round(jan4 / 86400000) - (jan4Weekday - 1) + (Number(match[2]) - 1) * 7;
}

/** Weeks from one ISO week to another (negative when `to` is earlier). */
export function weeksBetween(from: string, to: string): number {
  return Math.round((mondayOf(to) - mondayOf(from)) / 7);
}

/** The ISO week of a calendar date written YYYY-MM-DD. */
export function isoWeekOfDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return isoWeekOf(new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1, 12));
}

/**
 * The scope of the group's question of the week, for a reader who has chosen no unit: questions
 * every unit is asked (tongjiang's hub put a clause only two gas offices follow under 集团通用).
 */
export const GROUP_WEEK: QuizScope = { unitId: 'all' };

/** At most this many weeks after an effective date ask about changed items first. */
export const CHANGED_WEEKS_MAX = 12;

/** What a revision asks of the weekly question: its changed items, from the week its standards take effect. */
export interface WeeklyPreference {
  /** Changed item ids (model/changes studyRevision). */
  items: readonly string[];
  /** YYYY-MM-DD the revision takes effect. */
  effective: string;
  /** Weeks to prefer them (default: one per changed question, at most CHANGED_WEEKS_MAX). */
  weeks?: number;
}

const byId = (a: BankQuestion, b: BankQuestion): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The rule of the question of the week (每周一题), for every week at once: the
 * questions in scope, sorted by id, are put in one fixed random order (seeded by
 * their ids) and the weeks walk through it, so consecutive weeks never repeat a
 * question while the scope has more than one. Ordering once serves many weeks
 * (the study hub names a year of them). After a revision (`prefer`), the weeks
 * from the one its standards take effect ask about the changed items first: their
 * questions in scope, in their own fixed order, one a week for as many weeks as
 * there are of them (at most CHANGED_WEEKS_MAX); then the usual order resumes.
 */
export function weeklySchedule(
  bank: { questions: readonly BankQuestion[] },
  scope: QuizScope = {},
  prefer?: WeeklyPreference,
): (isoWeek: string) => BankQuestion | undefined {
  let candidates = bank.questions.filter((q) => inScope(q, scope)).sort(byId);
  // The group's week (GROUP_WEEK) asks what every unit follows; a group whose content is all
  // its units' own asks from all of it.
  if (candidates.length === 0 && scope.unitId === 'all') {
    const { unitId: _all, ...wider } = scope;
    candidates = bank.questions.filter((q) => inScope(q, wider)).sort(byId);
  }
  const order = candidates.length
    ? rngFor('weekly', hashString(candidates.map((q) => q.id).join(','))).shuffle(candidates)
    : [];
  const changed = prefer ? candidates.filter((q) => inScope(q, { items: prefer.items })) : [];
  const changedOrder = changed.length
    ? rngFor('weekly-changed', hashString(changed.map((q) => q.id).join(','))).shuffle(changed)
    : [];
  const firstWeek = prefer && changedOrder.length ? isoWeekOfDay(prefer.effective) : undefined;
  const span = Math.min(prefer?.weeks ?? changedOrder.length, CHANGED_WEEKS_MAX);
  return (isoWeek) => {
    if (firstWeek !== undefined) {
      const k = weeksBetween(firstWeek, isoWeek);
      if (k >= 0 && k < span) return changedOrder[k % changedOrder.length];
    }
    const n = weekNumber(isoWeek);
    return order.length ? order[n % order.length] : undefined;
  };
}

/** The question of the week of one ISO week in a scope (weeklySchedule's rule). */
export function weeklyQuestion(
  bank: { questions: readonly BankQuestion[] },
  isoWeek: string,
  scope: QuizScope = {},
  prefer?: WeeklyPreference,
): BankQuestion | undefined {
  return weeklySchedule(bank, scope, prefer)(isoWeek);
}
