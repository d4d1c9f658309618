/**
 * A synonym group brought in by a variant of one of its words (query.ts finds a group's words only
 * as listed): a typed word the index does not hold that is part of a listed word
 * (影印 of 影印件, 瓜子 of 嗑瓜子), or a listed word with a function character before or after it,
 * brings in the group's words, weaker than a listed word does. Pure: no DOM, no Pagefind.
 */
import { hanPieces, hanTerm } from './tokens.ts';
import type { AnalyzedQuery, QueryContext, QueryPiece } from './query.ts';

/** A group's word brought in by a variant counts this much (a listed word's synonyms 0.95, query.ts). */
const W_NEAR = 0.6;
/**
 * The typed word is absent: at most this many records hold it. Measured (Node loop, p@1): the eight
 * sets fourth…fourteenth 911 → 915 at 0 and at 2; the seven before them 596 → 602 at 0, 600 at 2
 * (at 2, 师傅 brought in its groups and three role queries lost first place).
 */
const RARE = 0;
/** Characters that say nothing of the matter beside a word (的影印件, 影印件了). */
const FUNCTION = /^[的了过着地得个些么呢吗吧啊来去]$/u;

function nearGroup(word: string, words: readonly string[]): boolean {
  return words.some(
    (w) =>
      (w !== word && w.includes(word)) ||
      (word.length === w.length + 1 &&
        ((word.startsWith(w) && FUNCTION.test(word.slice(-1))) || (word.endsWith(w) && FUNCTION.test(word[0]!)))),
  );
}

/** Adds (in place) the words of the groups near a rare typed word of the query; returns the pieces added. */
export function addNearSynonyms(
  q: AnalyzedQuery,
  groups: NonNullable<QueryContext['synonyms']>,
  df: (term: string) => number,
): QueryPiece[] {
  const added: QueryPiece[] = [];
  const slots = new Map<number, QueryPiece[]>();
  for (const p of q.pieces) slots.set(p.slot, [...(slots.get(p.slot) ?? []), p]);
  for (const [slot, pieces] of slots) {
    const word = pieces[0]!.alt;
    if (q.roleSlots.has(slot) || q.unitSlots.has(slot) || [...word].length < 2) continue;
    if (pieces.some((p) => p.kind !== 'han' || p.source !== 'typed' || p.alt !== word)) continue;
    if (Math.min(...pieces.map((p) => df(p.term))) > RARE) continue;
    for (const g of groups) {
      if (!nearGroup(word, g.words)) continue;
      for (const alt of g.present) {
        if (alt === word) continue;
        const parts = hanPieces(alt).filter((x) => [...x].length === 2);
        (parts.length ? parts : [alt]).forEach((text, pos) =>
          added.push({ term: hanTerm(text), text, weight: W_NEAR, slot, alt, pos, kind: 'han', source: 'synonym' }),
        );
      }
    }
  }
  q.pieces.push(...added);
  return added;
}
