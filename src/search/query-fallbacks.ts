/**
 * What the engine changes in an analysed query once the index has said which of its terms it
 * holds (query.ts makes the query before any look-up): common lone characters dropped, the
 * characters of a query found nowhere asked instead, sound-alikes of a word found nowhere, and
 * the corrected query shown to the reader. Pure: no DOM, no Pagefind.
 */
import { hanTerm } from './tokens.ts';
import { W_CHAR, type AnalyzedQuery, type QueryPiece } from './query.ts';

/**
 * A character standing alone in the query (缺, 查, 补, 罚) says what is asked when few records hold
 * it; one that many records hold (个, 人, 来) says nothing and only adds noise: dropped when more
 * than this share of the records hold it. Measured (search9, Node loop, eight spent sets): single
 * characters beside other words p@1 606 → 620 kept all, 615 / 618 / 621 dropped above 0.1 / 0.2 /
 * 0.35 of the records. In place.
 */
const COMMON_CHAR = 0.35;

export function dropCommonChars(q: AnalyzedQuery, df: (term: string) => number, records: number): void {
  const common = (p: QueryPiece) =>
    p.kind === 'han' && p.source === 'typed' && [...p.text].length === 1 && df(p.term) > COMMON_CHAR * records;
  const kept = q.pieces.filter((p) => !common(p));
  // A query of common characters only keeps them: something is still found.
  if (kept.length) q.pieces = kept;
}

/**
 * When nothing is found for any word of the query (nor a synonym, nor a sound-alike), the
 * characters of its words, each in a slot of its own at a lone character's weight: a query with
 * any overlap is never empty (issue 14), and an item holding more of its characters comes first.
 * Only then: asked beside words that are found, characters only add noise (search12: adding the
 * characters of each word found nowhere, at 0.3 of its weight, moved 57 validation queries, 23 up).
 * Returns the pieces added (in place).
 */
export function addCharsOfUnfound(q: AnalyzedQuery, df: (term: string) => number): QueryPiece[] {
  const about = (p: QueryPiece) => !q.roleSlots.has(p.slot) && !q.unitSlots.has(p.slot);
  if (q.pieces.some((p) => about(p) && df(p.term) > 0)) return [];
  const have = new Set(q.pieces.map((p) => p.text));
  const added: QueryPiece[] = [];
  let slot = Math.max(-1, ...q.pieces.map((p) => p.slot)) + 1;
  for (const p of q.pieces.filter((x) => about(x) && x.kind === 'han' && x.source === 'typed')) {
    for (const ch of p.text) {
      if (have.has(ch)) continue;
      have.add(ch);
      added.push({
        term: hanTerm(ch),
        text: ch,
        weight: W_CHAR,
        slot: slot++,
        alt: ch,
        pos: 0,
        kind: 'han',
        source: 'typed',
      });
    }
  }
  q.pieces.push(...added);
  return added;
}

/** The compact query with each replaced piece written as its stand-in (the first that the index holds most). */
export function correctQuery(q: AnalyzedQuery, replacements: readonly { from: string; to: string }[]): void {
  let text = q.compact;
  for (const { from, to } of replacements) text = text.split(from).join(to);
  if (text !== q.compact && !q.corrected.includes(text)) q.corrected.push(text);
}

/** Alternatives that sound like a piece found nowhere (typo fallback), in the piece's slot. */
export function addSoundAlikes(
  q: AnalyzedQuery,
  piece: QueryPiece,
  alikes: readonly string[],
  weight = 0.7,
): QueryPiece[] {
  const added: QueryPiece[] = [];
  for (const text of alikes) {
    if (
      text === piece.text ||
      q.pieces.some((p) => p.slot === piece.slot && p.alt === piece.alt && p.pos === piece.pos && p.text === text)
    )
      continue;
    const p: QueryPiece = {
      term: hanTerm(text),
      text,
      weight: piece.weight * weight,
      slot: piece.slot,
      alt: piece.alt,
      pos: piece.pos,
      kind: 'han',
      source: 'sound',
    };
    q.pieces.push(p);
    added.push(p);
  }
  return added;
}
