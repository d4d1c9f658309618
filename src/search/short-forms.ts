/**
 * Short forms, in the browser: staff type 智障 for 智力障碍, 残疾证 for 残疾人证, 低保 for 最低生活保障
 * — a word of the standards with one or two characters left out. The index holds adjacent pairs
 * only, so such a pair is found nowhere; it is asked again as its two characters in order, one or
 * two characters apart inside a run of Han text, in the pair's own place (slot, alternative,
 * position), weaker than the pair itself. Pure but for the look-ups it is handed: no DOM, no Pagefind.
 */
import type { PagefindResult } from './engine.ts';
import { isSentence, type AnalyzedQuery, type QueryPiece } from './query.ts';
import { hanTerm } from './tokens.ts';

type Found = Map<string, { df: number; results: PagefindResult[] }>;
type Ask = (pieces: readonly Pick<QueryPiece, 'term'>[]) => Promise<void>;

/**
 * A pair held spread out counts this much of the pair typed (a sound-alike: 0.7). Measured (Node
 * loop, p@1; spent fourth…twenty-third of 4140 / guard sets of 760, from 2917 / 608): 0.7 2916 /
 * 609; 0.5 2917 / 609; 0.4 2917 / 609; 0.5 with one character apart only 2916 / 609. Only four
 * queries of the spent sets move at 0.5 (收费员报金额 2 → 1, 柜员 职工要打明细 1 → 2 by 打印明细): they
 * hold hardly any short form.
 */
const W_SPREAD = 0.5;
/**
 * Only pairs that stand for part of a word: a typed word's pair, or a join beside a single
 * character (残疾|证 → 疾证); not a join of two words (投诉|回复 → 诉回), which is no word at all.
 */
const MIN_WEIGHT = 0.6;

/** How often a text holds the pair with one or two Han characters between its two. */
export function countSpread(hay: string, pair: string): number {
  const [a, b] = [...pair];
  return (hay.match(new RegExp(`${a}\\p{Script=Han}{1,2}?${b}`, 'gu')) ?? []).length;
}

/** The Pagefind terms of a pair's characters, each a prefix: every piece starting with it. */
const charTerms = (p: QueryPiece) => [...p.text].map(hanTerm);

/**
 * The records in every list, each at its lowest score: where the pair may be, spread out (the
 * items' text decides, rank.ts).
 */
function recordsWithAll(lists: readonly (readonly PagefindResult[])[]): { df: number; results: PagefindResult[] } {
  const [first = [], ...rest] = lists;
  const byId = rest.map((l) => new Map(l.map((r) => [r.id, r])));
  const results = first
    .filter((r) => byId.every((m) => m.has(r.id)))
    .map((r) => ({ ...r, score: Math.min(r.score, ...byId.map((m) => m.get(r.id)!.score)) }));
  return { df: results.length, results };
}

/**
 * Adds (in place) a spread alternative for each typed pair the index holds nowhere, found under
 * its own key (`~` and the pair: no Pagefind term, those are ASCII) as the records holding both
 * characters. In a sentence (isSentence) only a two-character word the segmenter kept whole:
 * there a pair found nowhere is mostly a word the standards do not use, and a join spread out
 * matched by chance. Measured (Node loop, p@1; spent fourth…twenty-third of 4140 / guard sets of
 * 760, from 2917 / 608): no sentence 2917 / 609; two-character words of a sentence too 2918 / 609
 * (MRR 0.7793 → 0.7796 / 0.8466 → 0.8476; 21 queries moved); every pair of a sentence (at 0.7, on
 * fourth…ninth and the guard sets: 914 → 908 of 1172, paraphrase −5).
 */
export async function addShortForms(q: AnalyzedQuery, found: Found, ask: Ask): Promise<void> {
  const added: QueryPiece[] = [];
  const sentence = isSentence(q);
  for (const p of q.pieces) {
    if (sentence && !q.phrases.some((w) => w.slot === p.slot && w.text === p.text && w.text === p.alt)) continue;
    if (p.kind !== 'han' || p.source !== 'typed' || [...p.text].length !== 2 || p.weight < MIN_WEIGHT) continue;
    if ((found.get(p.term)?.df ?? 0) > 0 || q.roleSlots.has(p.slot) || q.unitSlots.has(p.slot)) continue;
    added.push({ ...p, term: `~${p.text}`, weight: p.weight * W_SPREAD, source: 'sound', spread: true });
  }
  await ask(added.flatMap(charTerms).map((term) => ({ term })));
  for (const p of added) found.set(p.term, recordsWithAll(charTerms(p).map((t) => found.get(t)!.results)));
  q.pieces.push(...added);
}
