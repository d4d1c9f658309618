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
  // A short form's records hold its characters, not yet the form (short-forms.ts): no word found.
  if (q.pieces.some((p) => about(p) && !p.spread && df(p.term) > 0)) return [];
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

/**
 * Characters that, beside one other in a word the segmenter cut (穿得, 能借, 拿到, 落在, 要带, 我家),
 * carry grammar — a pronoun, a modal, a particle, a preposition, a verb's result — while the other
 * carries the matter.
 */
const GRAMMAR_CHARS = new Set(
  '我你他她您咱的得地着了过儿吗呢吧要能会该想就还都也再才只又很太别非先把被让给跟向从在对到这那哪谁啥咋上',
);

/**
 * A lone character standing for such a word is kept only when at most this share of the records
 * hold it: a common one (走, 来, 看) says little of the matter and only adds noise. Measured (Node
 * loop, p@1, fourth…fourteenth / the seven sets before them): every such character kept 910 → 912
 * / 594 → 595 (17 queries moved); at most 0.2 of the records 912 / 595; 0.1: 911 / 595; 0.05: 911 /
 * 596 (9 moved, 6 up).
 */
const RARE_CHAR = 0.05;

/**
 * A typed two-character word that the index holds nowhere and that is made of a grammar character
 * and another (穿得土的客户, 能借到…椅子吗): no word the standards use, so the other character
 * stands for it (穿, 借), in its slot, at a lone character's weight. Returns the pieces added (in
 * place); once the index has counted them, `keepRareStandIns` drops the common ones.
 */
export function reduceUnfoundSplits(q: AnalyzedQuery, df: (term: string) => number): QueryPiece[] {
  const added: QueryPiece[] = [];
  q.pieces = q.pieces.flatMap((p) => {
    const chars = [...p.text];
    const word = q.phrases.some((w) => w.slot === p.slot && w.text === p.text);
    const alone = q.pieces.every((x) => x.slot !== p.slot || x === p);
    if (!word || !alone || p.kind !== 'han' || p.source !== 'typed' || chars.length !== 2 || df(p.term) > 0) return [p];
    if (q.roleSlots.has(p.slot) || q.unitSlots.has(p.slot)) return [p];
    const matter = chars.filter((ch) => !GRAMMAR_CHARS.has(ch));
    if (matter.length !== 1) return [p];
    const piece: QueryPiece = { ...p, term: hanTerm(matter[0]!), text: matter[0]!, alt: matter[0]!, weight: W_CHAR };
    added.push(piece);
    return [piece];
  });
  return added;
}

/** The stand-ins of reduceUnfoundSplits that more than RARE_CHAR of the records hold, dropped (in place). */
export function keepRareStandIns(
  q: AnalyzedQuery,
  standIns: readonly QueryPiece[],
  df: (term: string) => number,
  records: number,
): void {
  q.pieces = q.pieces.filter((p) => !standIns.includes(p) || df(p.term) <= RARE_CHAR * records);
}
