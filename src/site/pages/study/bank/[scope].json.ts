/**
 * The question bank as static JSON, one file per practice scope
 * (/study/bank/all.json, doc-<id>.json, role-<id>.json), so a practice page
 * downloads only its own questions. Not localised: content is Chinese.
 */
import type { APIRoute } from 'astro';
import { getModel } from '../../../data.ts';
import { studyBankFile, studyScopes, type StudyScope } from '../../../study.ts';

export async function getStaticPaths() {
  const model = await getModel();
  return studyScopes(model).map((scope) => ({ params: { scope: scope.key }, props: { scope } }));
}

export const GET: APIRoute = async ({ props }) => {
  const model = await getModel();
  const { scope } = props as { scope: StudyScope };
  return new Response(JSON.stringify(studyBankFile(model, scope)), { headers: { 'content-type': 'application/json' } });
};
