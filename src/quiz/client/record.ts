/**
 * The learning record as a file, to take to a new phone: exported as
 * versioned JSON, checked part by part on import (a clear Chinese message when
 * it cannot be used), then merged into what the browser has or put in its
 * place, as the reader chooses. The quiz in progress is not carried over.
 */
import { emptyDeck, type Deck } from './flashcards.ts';
import { mergeDecks, mergeProgress, mergeReviewBooks } from './merge.ts';
import { emptyProgress, type Progress } from './progress.ts';
import { emptyReviewBook, type ReviewBook } from './review.ts';
import {
  clearPart,
  readPart,
  validPart,
  writePart,
  type KeyValueStore,
  type MyChoice,
  type StudyPlan,
  type WeeklyAnswer,
} from './storage.ts';

export const RECORD_FORMAT = 'guifan-study-record';
export const RECORD_VERSION = 1;

/** What is carried: the record's parts, the chosen unit and role, the test date, the weekly answer, and which bank file each question came from. */
export interface RecordParts {
  review?: ReviewBook;
  cards?: Deck;
  progress?: Progress;
  scope?: MyChoice;
  plan?: StudyPlan;
  weekly?: WeeklyAnswer;
  /** Question id → bank file name (the review and flashcard pages load those files). */
  bankOf?: Record<string, string>;
}

export interface RecordFile {
  format: typeof RECORD_FORMAT;
  version: typeof RECORD_VERSION;
  /** The organisation's namespace: a record of another site is refused. */
  namespace: string;
  exportedAt: string;
  parts: RecordParts;
}

const PARTS = ['review', 'cards', 'progress', 'scope', 'plan', 'weekly'] as const;

export function bankOfKey(namespace: string): string {
  return `guifan:study:${namespace}:bank-of`;
}

function readBankOf(store: KeyValueStore, namespace: string): Record<string, string> | undefined {
  try {
    const data: unknown = JSON.parse(store.getItem(bankOfKey(namespace)) ?? 'null');
    return validBankOf(data) ? data : undefined;
  } catch {
    return undefined;
  }
}

function validBankOf(data: unknown): data is Record<string, string> {
  return (
    typeof data === 'object' &&
    data !== null &&
    !Array.isArray(data) &&
    Object.values(data).every((v) => typeof v === 'string' && /^[A-Za-z0-9_-]+\.json$/.test(v))
  );
}

export function exportRecord(store: KeyValueStore, namespace: string, now: Date): RecordFile {
  const parts: RecordParts = {};
  for (const part of PARTS) {
    const data = readPart(store, namespace, part);
    if (data !== undefined) (parts as Record<string, unknown>)[part] = data;
  }
  const bankOf = readBankOf(store, namespace);
  if (bankOf) parts.bankOf = bankOf;
  return { format: RECORD_FORMAT, version: RECORD_VERSION, namespace, exportedAt: now.toISOString(), parts };
}

/** How many wrong answers and flashcards a record holds, to say what was imported. */
export function recordCounts(parts: RecordParts): { review: number; cards: number; mastered: number } {
  return {
    review: Object.keys(parts.review?.entries ?? {}).length,
    cards: Object.keys(parts.cards?.cards ?? {}).length,
    mastered: new Set(Object.values(parts.progress?.documents ?? {}).flatMap((d) => d.mastered)).size,
  };
}

export type ParsedRecord = { ok: true; record: RecordFile } | { ok: false; message: string };

/** Reads a file's text as a learning record of this site, or says in Chinese why it cannot be used. */
export function parseRecord(text: string, namespace: string): ParsedRecord {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return {
      ok: false,
      message: '无法导入：这不是学习记录文件（内容无法读取）。请选择从“导出学习记录”保存的 .json 文件。',
    };
  }
  if (
    typeof data !== 'object' ||
    data === null ||
    Array.isArray(data) ||
    (data as { format?: unknown }).format !== RECORD_FORMAT
  ) {
    return { ok: false, message: '无法导入：这不是学习记录文件。请选择从“导出学习记录”保存的 .json 文件。' };
  }
  const file = data as Partial<RecordFile> & { version?: unknown };
  if (file.version !== RECORD_VERSION) {
    return typeof file.version === 'number' && file.version > RECORD_VERSION
      ? { ok: false, message: '无法导入：这个文件来自更新版本的网站。请刷新页面后再试。' }
      : { ok: false, message: '无法导入：文件的版本无法识别。' };
  }
  if (file.namespace !== namespace)
    return { ok: false, message: '无法导入：这是另一个网站的学习记录，不能导入本网站。' };
  const parts = file.parts;
  if (typeof parts !== 'object' || parts === null || Array.isArray(parts))
    return { ok: false, message: '无法导入：文件不完整，没有学习记录。' };
  for (const part of PARTS) {
    const value = (parts as Record<string, unknown>)[part];
    if (value !== undefined && !validPart(part, value))
      return { ok: false, message: `无法导入：文件已损坏（${PART_NAMES[part]}部分内容不正确）。` };
  }
  if (parts.bankOf !== undefined && !validBankOf(parts.bankOf))
    return { ok: false, message: '无法导入：文件已损坏（题目来源部分内容不正确）。' };
  return { ok: true, record: file as RecordFile };
}

const PART_NAMES: Record<(typeof PARTS)[number], string> = {
  review: '错题本',
  cards: '闪卡',
  progress: '掌握进度',
  scope: '单位和岗位',
  plan: '考试日期',
  weekly: '每周一题',
};

/**
 * Puts an imported record into the store: 'merge' adds it to what is there
 * (the merge rules of merge.ts; the chosen unit, role and test date of this
 * browser are kept when set), 'replace' puts it in the place of everything.
 */
export function importRecord(
  store: KeyValueStore,
  namespace: string,
  record: RecordFile,
  mode: 'merge' | 'replace',
  now: Date,
): void {
  const p = record.parts;
  if (mode === 'replace') {
    for (const part of [...PARTS, 'session', 'exam'] as const) clearPart(store, namespace, part);
    try {
      store.removeItem(bankOfKey(namespace));
    } catch {
      // nothing to clear
    }
    for (const part of PARTS) {
      const value = p[part];
      if (value !== undefined) writePart(store, namespace, part, value as never, now);
    }
    if (p.bankOf) store.setItem(bankOfKey(namespace), JSON.stringify(p.bankOf));
    return;
  }
  if (p.review)
    writePart(
      store,
      namespace,
      'review',
      mergeReviewBooks(readPart(store, namespace, 'review') ?? emptyReviewBook(), p.review),
      now,
    );
  if (p.cards)
    writePart(store, namespace, 'cards', mergeDecks(readPart(store, namespace, 'cards') ?? emptyDeck(), p.cards), now);
  if (p.progress)
    writePart(
      store,
      namespace,
      'progress',
      mergeProgress(readPart(store, namespace, 'progress') ?? emptyProgress(), p.progress),
      now,
    );
  for (const part of ['scope', 'plan', 'weekly'] as const) {
    const value = p[part];
    if (value !== undefined && readPart(store, namespace, part) === undefined)
      writePart(store, namespace, part, value as never, now);
  }
  if (p.bankOf)
    store.setItem(bankOfKey(namespace), JSON.stringify({ ...p.bankOf, ...(readBankOf(store, namespace) ?? {}) }));
}
