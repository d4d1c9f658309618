/**
 * The Atom feed of revisions (/revisions.xml): one entry per revision of a norm document and per
 * revision of a unit's standards, linking to its 修订说明 section with absolute URLs (routes'
 * absoluteUrl). Not localised: the entries are the content's Chinese.
 */
import type { APIRoute } from 'astro';
import { getModel } from '../data.ts';
import { atomFeed } from '../revisions.ts';

export const GET: APIRoute = async () => {
  const model = await getModel();
  return new Response(atomFeed(model), { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
};
