/**
 * Persistence in localStorage (or any Storage-like object) under versioned
 * keys: `guifan:study:v1:<namespace>:<part>`. A value of another version, or
 * one that does not parse, is ignored rather than trusted.
 */
import type { Deck } from './flashcards.ts';
import type { Progress } from './progress.ts';
import type { ReviewBook } from './review.ts';
import type { QuizSession } from './session.ts';
import type { ExamSession } from './exam.ts';
import type { QuizResponse } from './grade.ts';

/** The part of the Web Storage API used here; `window.localStorage` fits. */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export const STORAGE_VERSION = 1;
/**
 * The learning record's parts, and the reader's chosen unit and role ('scope', kept apart from
 * the record): the weekly question's answer, the mock exam in progress or last handed in, the
 * test date the reader studies toward ('plan').
 */
export type StoredPart = 'review' | 'cards' | 'progress' | 'session' | 'scope' | 'weekly' | 'exam' | 'plan';

/** The question of the week as answered: kept so a reload shows the answer and its feedback. */
export interface WeeklyAnswer {
  week: string;
  questionId: string;
  response: QuizResponse;
}

/** "Study toward a date": the day of the written test, YYYY-MM-DD (local calendar). */
export interface StudyPlan {
  testDate: string;
}

/** "我的单位 + 我的岗位": chosen once, read by the study and search islands. */
export interface MyChoice {
  unit?: string;
  role?: string;
}

export function storageKey(namespace: string, part: StoredPart): string {
  return `guifan:study:v${STORAGE_VERSION}:${namespace}:${part}`;
}

interface Envelope<T> {
  version: number;
  savedAt: string;
  data: T;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Shape checks: enough to reject foreign or truncated data, not a full schema. */
const SHAPES: Record<StoredPart, (data: unknown) => boolean> = {
  review: (d) => isObject(d) && isObject(d.entries),
  cards: (d) =>
    isObject(d) && isObject(d.cards) && Object.values(d.cards).every((c) => isObject(c) && typeof c.due === 'string'),
  progress: (d) => isObject(d) && isObject(d.documents),
  session: (d) => isObject(d) && Array.isArray(d.questions) && isObject(d.answers) && typeof d.id === 'string',
  scope: (d) =>
    isObject(d) &&
    ['unit', 'role'].every(
      (k) => d[k] === undefined || (typeof d[k] === 'string' && /^[a-z0-9][a-z0-9-]*$/.test(d[k] as string)),
    ),
  weekly: (d) =>
    isObject(d) &&
    typeof d.week === 'string' &&
    typeof d.questionId === 'string' &&
    isObject(d.response) &&
    typeof d.response.type === 'string',
  exam: (d) =>
    isObject(d) &&
    typeof d.id === 'string' &&
    typeof d.seed === 'string' &&
    Array.isArray(d.sections) &&
    isObject(d.answers) &&
    typeof d.deadline === 'string',
  plan: (d) => isObject(d) && typeof d.testDate === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(d.testDate),
};

/** Whether data has the shape of a part (what readPart and an imported record are checked with). */
export function validPart(part: StoredPart, data: unknown): boolean {
  return SHAPES[part](data);
}

export interface PartTypes {
  review: ReviewBook;
  cards: Deck;
  progress: Progress;
  session: QuizSession;
  scope: MyChoice;
  weekly: WeeklyAnswer;
  exam: ExamSession;
  plan: StudyPlan;
}

export function readPart<P extends StoredPart>(
  store: KeyValueStore,
  namespace: string,
  part: P,
): PartTypes[P] | undefined {
  let raw: string | null;
  try {
    raw = store.getItem(storageKey(namespace, part));
  } catch {
    return undefined; // storage disabled (private mode, policy)
  }
  if (raw === null) return undefined;
  try {
    const parsed: unknown = JSON.parse(raw);
    if (!isObject(parsed) || parsed.version !== STORAGE_VERSION || !SHAPES[part](parsed.data)) return undefined;
    return parsed.data as PartTypes[P];
  } catch {
    return undefined;
  }
}

/** Returns false when the store refused the write (quota, disabled storage). */
export function writePart<P extends StoredPart>(
  store: KeyValueStore,
  namespace: string,
  part: P,
  data: PartTypes[P],
  now: Date,
): boolean {
  const envelope: Envelope<PartTypes[P]> = { version: STORAGE_VERSION, savedAt: now.toISOString(), data };
  try {
    store.setItem(storageKey(namespace, part), JSON.stringify(envelope));
    return true;
  } catch {
    return false;
  }
}

export function clearPart(store: KeyValueStore, namespace: string, part: StoredPart): void {
  try {
    store.removeItem(storageKey(namespace, part));
  } catch {
    // nothing to clear when storage is unavailable
  }
}

/** An in-memory store, for tests and as a fallback when localStorage is unavailable. */
export function memoryStore(initial: Record<string, string> = {}): KeyValueStore & { dump(): Record<string, string> } {
  const data = new Map(Object.entries(initial));
  return {
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, String(value)),
    removeItem: (key) => void data.delete(key),
    dump: () => Object.fromEntries(data),
  };
}
