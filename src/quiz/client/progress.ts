/**
 * Progress per document: which of its questions have been answered correctly
 * at least once, and how many answers were given.
 */
import type { BankQuestion } from '../types.ts';

export interface DocumentProgress {
  answered: number;
  correct: number;
  /** Question ids answered correctly at least once. */
  mastered: string[];
}

export interface Progress {
  documents: Record<string, DocumentProgress>;
}

export function emptyProgress(): Progress {
  return { documents: {} };
}

export function recordProgress(progress: Progress, question: BankQuestion, correct: boolean): Progress {
  if (question.documents.length === 0) return progress;
  const documents = { ...progress.documents };
  for (const documentId of question.documents) {
    const current = documents[documentId] ?? { answered: 0, correct: 0, mastered: [] };
    documents[documentId] = {
      answered: current.answered + 1,
      correct: current.correct + (correct ? 1 : 0),
      mastered:
        correct && !current.mastered.includes(question.id) ? [...current.mastered, question.id] : current.mastered,
    };
  }
  return { documents };
}

/** Share of a document's questions (in the bank given) mastered, 0–100. */
export function documentProgress(
  progress: Progress,
  documentId: string,
  bank: { questions: readonly BankQuestion[] },
): { mastered: number; total: number; percent: number } {
  const ids = new Set(bank.questions.filter((q) => q.documents.includes(documentId)).map((q) => q.id));
  const mastered = (progress.documents[documentId]?.mastered ?? []).filter((id) => ids.has(id)).length;
  return { mastered, total: ids.size, percent: ids.size === 0 ? 0 : Math.round((mastered / ids.size) * 100) };
}
