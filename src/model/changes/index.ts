/** The change model's entry point: compare two models, read a revision, put it into words. */
export * from './types.ts';
export { ownChanges, revisionTables } from './revision.ts';
export { tableRows } from './describe.ts';
export { learnableIds } from './marks.ts';
export { documentPageChanges, studyRevision } from './current.ts';
