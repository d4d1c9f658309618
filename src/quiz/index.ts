export { generateBank, rejectionCounts, type GenerateOptions } from './generate.ts';
export { renderPhrase } from './questions-etiquette.ts';
export { mainPath } from './questions-processes.ts';
export { coverage, formatCoverage, type CoverageReport, type KindCoverage, type CoverageKind } from './coverage.ts';
export { pickQuestions, shuffleOptions, weeklyQuestion, weeklySchedule, isoWeekOf, isoWeekOfDay, weeksBetween, inScope, changedQuestions, CHANGED_WEEKS_MAX, type QuizScope, type PickOptions, type WeeklyPreference } from './assemble.ts';
export { validateQuestion, questionKey, type Problem } from './validate.ts';
export * from './types.ts';
export { runQuizCheck, DEFAULT_SEED, type QuizCheck } from './check.ts';
export { choosePaperQuestions, type PaperRule, type PaperSectionRule, type PaperChoice, type PaperSection } from './paper.ts';
