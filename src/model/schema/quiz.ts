/** The schema of a hand-written quiz file (content/quiz/*.yaml): its questions. */
import { z } from 'zod';
import { Applies, Id, IdList, Keywords, Text } from './common.ts';

/** An option's letter; b or a full-width Ｂ is told the letter to write (the pattern stays for the JSON Schema). */
const Letter = z.string().regex(/^[A-Z]$/, {
  error: (issue) => {
    const written = typeof issue.input === 'string' ? issue.input.trim().normalize('NFKC') : '';
    return /^[a-zA-Z]$/.test(written)
      ? `答案请写成大写字母 ${written.toUpperCase()} / write the answer as the capital letter ${written.toUpperCase()}`
      : '答案应写选项字母 A、B、C… / an answer is an option letter A, B, C…';
  },
});
const QuestionBase = {
  id: Id,
  stem: Text.describe('The question'),
  cites: IdList.min(1).describe('Ids of the clauses, phrases, commitments or steps this question tests'),
  explanation: Text.optional(),
  difficulty: z.enum(['easy', 'medium', 'hard']).optional(),
  ...Applies,
  keywords: Keywords,
};

export const Question = z.discriminatedUnion('type', [
  z.strictObject({ ...QuestionBase, type: z.literal('single'), options: z.array(Text).min(2).max(8), answer: Letter }),
  z.strictObject({
    ...QuestionBase,
    type: z.literal('multiple'),
    options: z.array(Text).min(2).max(8),
    answer: z.array(Letter).min(1),
  }),
  z.strictObject({ ...QuestionBase, type: z.literal('truefalse'), answer: z.boolean() }),
  z.strictObject({
    ...QuestionBase,
    type: z.literal('blank'),
    stem: Text.describe('The question, with each blank written as ____ (four underscores)'),
    answer: z
      .array(z.union([Text, z.array(Text).min(1)]))
      .min(1)
      .describe('One entry per blank; an entry may list accepted alternatives'),
  }),
]);
export type QuestionInput = z.infer<typeof Question>;

export const QuizFile = z
  .strictObject({
    id: Id,
    title: Text,
    ...Applies,
    keywords: Keywords,
    questions: z.array(Question).min(1),
  })
  .describe('A quiz bank (题库): content/quiz/*.yaml');
export type QuizFile = z.infer<typeof QuizFile>;
