export { generateBank, rejectionCounts, renderPhrase, mainPath, type GenerateOptions } from './generate.ts';
export { coverage, formatCoverage, type CoverageReport, type KindCoverage, type CoverageKind } from './coverage.ts';
export { pickQuestions, shuffleOptions, weeklyQuestion, weeklySchedule, isoWeekOf, inScope, type QuizScope, type PickOptions } from './assemble.ts';
export { validateQuestion, questionKey, type Problem } from './validate.ts';
export * from './types.ts';
export { runQuizCheck, DEFAULT_SEED, type QuizCheck } from './check.ts';
export { choosePaperQuestions, type PaperRule, type PaperSectionRule, type PaperChoice, type PaperSection } from './paper.ts';
