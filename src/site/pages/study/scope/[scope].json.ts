/**
 * What the study hub shows once a reader has chosen a unit (or none): one small
 * file per scope (see my-scope.ts), fetched only for the scope chosen.
 */
import type { APIRoute } from 'astro';
import { getModel } from '../../../data.ts';
import { myScopeFile, myScopeIds } from '../../../my-scope.ts';

export async function getStaticPaths() {
  const model = await getModel();
  return myScopeIds(model).map((scope) => ({ params: { scope }, props: { scope } }));
}

export const GET: APIRoute = async ({ props }) => {
  const model = await getModel();
  return new Response(JSON.stringify(myScopeFile(model, (props as { scope: string }).scope)), {
    headers: { 'content-type': 'application/json' },
  });
};
