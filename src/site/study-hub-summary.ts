/**
 * The study hub's summary file, build side: the question of each week around
 * the build and each document's question count, so the hub need not fetch the
 * whole bank. Pure: model in, data out.
 */
import type { Model } from '../model/types.ts';
import { studyRevision } from '../model/changes/current.ts';
import { GROUP_WEEK, isoWeekOf, weeklySchedule, type BankQuestion } from '../quiz/index.ts';
import { bankFile, questionsByDocument, studyBank, type StudyBankFile } from './study.ts';

/** The file the study hub fetches instead of the whole bank (see hubSummaryFile). */
export const HUB_SUMMARY = 'hub-summary';
/** Weeks before and after the build for which the hub summary names the weekly question. */
export const HUB_WEEKS_BEFORE = 4;
export const HUB_WEEKS_AFTER = 56;

/**
 * What the hub needs, small whatever the organisation's size: the question of
 * each ISO week from a few weeks before the build to a year after it (as
 * weeklySchedule picks it from the whole bank; the browser falls back to the
 * whole bank outside that span) and each document's question count.
 */
export interface StudyHubFile extends StudyBankFile {
  /** ISO week → id of its question (null: the bank has no questions). */
  weeks: Record<string, string | null>;
  /** Document id → how many questions cite it (the denominator of its progress). */
  documentTotals: Record<string, number>;
}

export function hubSummaryFile(model: Model, buildDate: Date = new Date()): StudyHubFile {
  const bank = studyBank(model);
  // The quiz core's one weekly rule, ordered once for all the weeks named; changed items first after a revision.
  const revision = studyRevision(model, 'organisation');
  const pick = weeklySchedule({ questions: bank }, GROUP_WEEK, revision);
  const weeks: Record<string, string | null> = {};
  const picked = new Map<string, BankQuestion>();
  for (let w = -HUB_WEEKS_BEFORE; w <= HUB_WEEKS_AFTER; w++) {
    // Local noon, stepped in calendar days: no daylight-saving hour moves a day across a week's edge.
    const week = isoWeekOf(new Date(buildDate.getFullYear(), buildDate.getMonth(), buildDate.getDate() + w * 7, 12));
    if (week in weeks) continue;
    const q = pick(week);
    weeks[week] = q?.id ?? null;
    if (q) picked.set(q.id, q);
  }
  const documentTotals: Record<string, number> = {};
  for (const [documentId, questions] of questionsByDocument(model)) documentTotals[documentId] = questions.length;
  // In bank order, as the whole bank lists them.
  const questions = bank.filter((q) => picked.has(q.id));
  return {
    ...bankFile(model, HUB_SUMMARY, undefined, questions, undefined),
    ...(revision ? { revision } : {}),
    weeks,
    documentTotals,
  };
}
