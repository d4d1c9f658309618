/**
 * The question bank as static JSON, one file per practice scope
 * (/study/bank/all.json, doc-<id>.json, role-<id>.json, unit-<id>.json), so a
 * practice page downloads only its own questions; the unit files and all.json
 * include shared-etiquette.json rather than each carrying the same etiquette
 * questions. hub-summary.json is what the study hub needs (the weekly
 * questions and counts), so the hub does not download the whole bank. Not
 * localised: content is Chinese.
 */
import type { APIRoute } from 'astro';
import { getModel } from '../../../data.ts';
import { SHARED_BANK, sharedBankFile, studyBankFile, studyScopes, type StudyScope } from '../../../study.ts';
import { HUB_SUMMARY, hubSummaryFile } from '../../../study-hub-summary.ts';

export async function getStaticPaths() {
  const model = await getModel();
  return [
    ...studyScopes(model).map((scope) => ({ params: { scope: scope.key }, props: { scope } })),
    // The etiquette questions every unit's file and the whole bank include (see study-bank.ts).
    { params: { scope: SHARED_BANK }, props: {} },
    { params: { scope: HUB_SUMMARY }, props: { hub: true } },
  ];
}

export const GET: APIRoute = async ({ props }) => {
  const model = await getModel();
  const { scope, hub } = props as { scope?: StudyScope; hub?: boolean };
  const file = hub ? hubSummaryFile(model) : scope ? studyBankFile(model, scope) : sharedBankFile(model);
  return new Response(JSON.stringify(file), { headers: { 'content-type': 'application/json' } });
};
