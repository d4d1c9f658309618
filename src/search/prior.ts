/**
 * The prior: items that answer the query by what it asks for, not by the words it shares with
 * them — a named post's phrases when the query asks what to say, every post's forbidden phrases
 * when it reports what was said. They are loaded as candidates beside the word-found records
 * (engine.ts) and lifted by a share of the best item's score, ordered by the query's characters
 * they hold and by their place among their situation's phrases.
 */
import { intentsOf, placeAnswered, reportsSpeech, type Intent } from './intent.ts';
import type { AnalyzedQuery } from './query.ts';

/**
 * A query naming a post and asking what to say (柜员 叫下一位客户怎么喊): the post's phrases of the
 * kind asked are the answers, whether or not they share a word with the situation as told. Up to
 * POST_RECORDS of their records are loaded beside the word-found ones, and each such item gains
 * POST_PRIOR of the best item's score, times 1 + POST_CHARS × the share of the query's characters
 * it holds (with no word shared, its characters are all that tells the post's phrases apart).
 * Measured (search7, Node loop, every spent set): prior 0.5 with characters × 3: role p@1 +2 in
 * the fifth set, MRR up in the fourth and fifth, nothing lost; prior 1 lost a tuning role query;
 * characters × 0 / 1 / 3 / 5: fifth role +0 / +1 / +2 / +2. Records 4 / 8 / 16: a held-aside
 * role query lost at 4, fifth role +1 at 16 (each costs a fragment file, only on such queries).
 */
export const POST_RECORDS = 16;
const POST_PRIOR = 0.5;
const POST_CHARS = 3;
/**
 * A question asking for the first (or last) thing said (先说啥, 开口第一句): the prior of the
 * phrase in that place counts this much more per strength of the cue (intent.ts), since with no
 * word shared the intent's boost has nothing to multiply. 0.1 / 0.3 / 1 (search8): sixth role
 * p@1 +0 / +1 / +1; at 0.3 and 1 one fourth-set role query falls from 2nd to 5th (its answer is
 * not the first phrase), no other change.
 */
const PLACE_BOOST = 0.3;
/** Kinds a question about what to say is answered by. */
const SAID = ['phrase', 'forbidden'];

/**
 * A query reporting what was said (我说…, 就叫他…: intent.ts) with no post named: every post's
 * forbidden phrases are candidates, up to this many records, with the same prior (their
 * characters order them). Measured (search8, Node loop, every spent set): sixth set paraphrase
 * p@1 15 → 20 of 51, no other set changed; 8 / 16 / 32 records the same (the three organisations
 * have 7–11 such records); their conduct rules as candidates too lost one of the five.
 */
export const SPOKEN_RECORDS = 16;

/**
 * The posts a query names and the kinds of wording it asks for, when it does both; or, when it
 * reports what was said, the forbidden phrases of any post (posts undefined).
 */
export function postPrior(q: AnalyzedQuery): { posts?: string[]; kinds: Set<string> } | undefined {
  const kinds = new Set<string>();
  for (const i of intentsOf(q.folded, q.compact)) {
    for (const k of i.kinds ?? []) if (SAID.includes(k)) kinds.add(k);
    if (i.opening || i.closing) kinds.add('phrase');
  }
  // A query asking what a post is (话务员 这个岗位管什么) may share no word with the post's page beyond its name.
  if (q.onlyRoles) return { posts: q.onlyRoles, kinds: kinds.add('role') };
  if (q.roleSlots.size)
    return kinds.size ? { posts: [...new Set([...q.roleSlots.values()].flat())], kinds } : undefined;
  return reportsSpeech(q.folded) ? { kinds: new Set(['forbidden']) } : undefined;
}

type Prior = NonNullable<ReturnType<typeof postPrior>>;

/** Whether an item of this kind and these posts is one the prior brings. */
export function inPrior(prior: Prior | undefined, kind: string, roles: 'all' | readonly string[]): boolean {
  if (!prior?.kinds.has(kind)) return false;
  return !prior.posts || (Array.isArray(roles) && roles.some((r) => prior.posts!.includes(r)));
}

/** What the prior adds to an item: a share of the best score, by its characters and its place. */
export function priorGain(
  top: number,
  shared: number,
  intents: readonly Intent[],
  place: { first: boolean; last: boolean },
): number {
  return (
    POST_PRIOR * top * (1 + POST_CHARS * shared) * (1 + PLACE_BOOST * placeAnswered(intents, place.first, place.last))
  );
}
