/** The change model's entry point: compare two models, read a revision, put it into words. */
export * from './types.ts';
export { compareSnapshots, isPlacementOnly } from './compare.ts';
export { diffWording, wordingTokens, sideOf } from './wording-diff.ts';
export { documentSnapshots, viewSnapshots, writtenSnapshots } from './snapshot.ts';
export { compareDocuments, compareScopes, makeRevision, ownChanges, revisionTables, type RevisionTableScope, isEmptyRevision, nextHistory, latestRevision, scopeChanges, documentChanges, HISTORY_LENGTH } from './revision.ts';
export { tableRows, mainChanges, changeNote, changeCounts, countsWording, fullWording, itemName, kindName, type TableRow, type ChangeCounts } from './describe.ts';
export { reprints, posterFace, cardFace, type Reprint } from './reprint.ts';
export { versionWarnings, revisionRecordWarnings } from './version-check.ts';
export { itemMarks, learnableChanges, learnableIds, type ItemMark } from './marks.ts';
export { forewordOf, type Foreword } from './foreword.ts';
