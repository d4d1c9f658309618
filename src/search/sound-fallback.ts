/**
 * The typo fallback by sound, in the browser: a short query's word found nowhere is asked again as
 * the index's words that sound like it (唱收唱附 → 唱收唱付); and when no item found holds every word
 * of a short query, its words found are tried by their sound-alikes too (燃气泄露 → 泄漏), the query
 * so changed kept only when its best item holds more of it (engine.ts). Pure but for the look-ups
 * it is handed: no DOM, no Pagefind.
 */
import { addSoundAlikes, correctQuery } from './query-fallbacks.ts';
import { isSentence, type AnalyzedQuery, type QueryPiece } from './query.ts';

type Found = ReadonlyMap<string, { df: number }>;
type Ask = (pieces: readonly QueryPiece[]) => Promise<void>;
type Alikes = (piece: string) => Promise<string[]>;

/**
 * In a query no longer than a term (isSentence), a typed piece found nowhere is asked again as the
 * pieces that sound like it (the query is corrected to the best of them). In place.
 */
export async function typoFallback(q: AnalyzedQuery, found: Found, ask: Ask, alikes: Alikes): Promise<void> {
  const slotFound = (slot: number) =>
    q.pieces.some((p) => p.slot === slot && found.get(p.term)!.df > 0 && p.source === 'synonym');
  // A piece joining two words counts too (交接|般 → 接般): the wrong character may end a word. And
  // the same two characters the other way round (等久 → 久等), as people say them either way.
  const missing = q.pieces.filter(
    (p) =>
      p.kind === 'han' &&
      p.source === 'typed' &&
      [...p.text].length === 2 &&
      found.get(p.term)!.df === 0 &&
      !slotFound(p.slot),
  );
  if (!missing.length || isSentence(q)) return;
  const added = (
    await Promise.all(
      missing.map(async (p) =>
        addSoundAlikes(q, p, [...(await alikes(p.text)), [...p.text].reverse().join('')].filter(wordLike)),
      ),
    )
  ).flat();
  if (added.length) await ask(added);
  correctQuery(
    q,
    bestStandIns(missing, added, (t) => found.get(t)?.df ?? 0),
  );
}

/**
 * Characters that end or join phrases but are hardly ever part of a word (的, 们, 吗…): an index
 * piece holding one (们的 of 我们的失误, 得慌 → 们的) is two words' edges, never the word a typo
 * missed. Measured (Node loop, spent sets fourth…twenty-first / guard sets): p@1 unchanged (2493 /
 * 607), one role query 4 → 2 (社工 老人闷得慌: an apology phrase had come first by 们的), none down.
 */
const FUNCTION_CHARS = /[的们吗呢吧啊呀嘛]/u;

function wordLike(piece: string): boolean {
  return !FUNCTION_CHARS.test(piece);
}

/** At most this many words of a query are tried by their sound-alikes (each costs a look-up). */
const RETRY_WORDS = 4;

/**
 * A short query's words that the index holds, to be tried by their sound-alikes when no item found
 * holds every one of them (`hits`, best first): 燃气泄露 finds 泄露 (a leak of someone's data) and
 * 燃气, never in one item, where 泄漏 of gas was meant. Only the query's own words of two characters
 * (not posts, not units), and none when the best item already holds all of them or the query is a
 * sentence (a word the standards do not use is no typo there, isSentence).
 */
function retryPieces(q: AnalyzedQuery, hits: readonly { matched: number }[]): QueryPiece[] {
  if (isSentence(q)) return [];
  const slots = wordSlots(q);
  if (slots.size < 2 || (hits[0]?.matched ?? 0) >= slots.size) return [];
  return [...slots.values()].slice(0, RETRY_WORDS);
}

/** The query's own words of two characters, about the matter (not posts, not units): slot → its piece. */
function wordSlots(q: AnalyzedQuery): Map<number, QueryPiece> {
  const slots = new Map<number, QueryPiece>();
  for (const p of q.pieces)
    if (
      p.kind === 'han' &&
      p.source === 'typed' &&
      p.weight >= 1 &&
      [...p.text].length === 2 &&
      p.alt === p.text &&
      !q.roleSlots.has(p.slot) &&
      !q.unitSlots.has(p.slot) &&
      !slots.has(p.slot)
    )
      slots.set(p.slot, p);
  return slots;
}

/**
 * The query once for each of its found words that may be a slip (retryPieces), that word replaced
 * by the words sounding like it (copies; none when no word has a sound-alike). The engine keeps the
 * first whose best item holds every word (holdsAll).
 */
export async function soundRetry(
  q: AnalyzedQuery,
  hits: readonly { matched: number }[],
  ask: Ask,
  alikes: Alikes,
): Promise<AnalyzedQuery[]> {
  const retry = retryPieces(q, hits);
  const variants = await Promise.all(
    retry.map(async (p) => {
      const again = structuredClone(q);
      again.pieces = again.pieces.filter((x) => x.slot !== p.slot);
      again.phrases = again.phrases.filter((x) => x.slot !== p.slot);
      return { again, added: addSoundAlikes(again, p, await alikes(p.text)) };
    }),
  );
  const tried = variants.filter((v) => v.added.length);
  await ask(tried.flatMap((v) => v.added));
  return tried.map((v) => v.again);
}

/** Each replaced word's sound-alike that the index holds most, for the corrected query (correctQuery). */
function bestStandIns(
  replaced: readonly QueryPiece[],
  added: readonly QueryPiece[],
  df: (term: string) => number,
): { from: string; to: string }[] {
  return replaced.flatMap((p) => {
    const top = added
      .filter((a) => a.slot === p.slot && a.alt === p.alt && a.pos === p.pos)
      .sort((a, b) => df(b.term) - df(a.term))[0];
    return top && df(top.term) > 0 ? [{ from: p.text, to: top.text }] : [];
  });
}

/** Whether a ranking's best item holds every word of the query that retryPieces counts. */
export function holdsAll(q: AnalyzedQuery, hits: readonly { matched: number }[]): boolean {
  return (hits[0]?.matched ?? 0) >= wordSlots(q).size;
}
