/** The hand-written question banks as resolved. */
import type { ItemOrigin, Restriction, SourceRef } from '../types.ts';

interface QuestionBase {
  id: string;
  stem: string;
  cites: string[];
  explanation?: string;
  difficulty?: 'easy' | 'medium' | 'hard';
  bankId: string;
  restrict?: Restriction;
  origin?: ItemOrigin;
  source: SourceRef;
}
export type Question =
  | (QuestionBase & { type: 'single'; options: string[]; answer: number })
  | (QuestionBase & { type: 'multiple'; options: string[]; answer: number[] })
  | (QuestionBase & { type: 'truefalse'; answer: boolean })
  /** answer: one list of accepted answers per blank (the first is the canonical one). */
  | (QuestionBase & { type: 'blank'; answer: string[][] });

export interface QuizBank {
  id: string;
  title: string;
  questions: Question[];
  restrict?: Restriction;
  source: SourceRef;
}
