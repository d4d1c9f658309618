export { generateBank, rejectionCounts } from './generate.ts';
export { coverage, formatCoverage } from './coverage.ts';
export {
  pickQuestions,
  arrangeOptions,
  shuffleOptions,
  weeklyQuestion,
  weeklySchedule,
  GROUP_WEEK,
  isoWeekOf,
  inScope,
  type QuizScope,
} from './assemble.ts';
export { validateQuestion, questionKey } from './validate.ts';
export * from './types.ts';
export { runQuizCheck, DEFAULT_SEED } from './check.ts';
export { choosePaperQuestions } from './paper.ts';
export { paperLeftOut, type PaperLeftOut } from './paper-scopes.ts';
