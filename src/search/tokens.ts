/**
 * Our own search tokens, shared by the indexer and the browser.
 *
 * Pagefind segments Chinese content with jieba at index time and a query with the browser's
 * Intl.Segmenter, the two disagree, and Pagefind only matches word prefixes. So every record
 * carries, in a meta field, the two-character pieces (bigrams) of its Han text, and the island
 * asks Pagefind for each query piece separately (it combines them itself: query.ts, engine.ts).
 *
 * A Han piece is written as ASCII (`zz` + each character's code point in base 36) so that the
 * query segmenter, which splits unknown Han words into single characters, leaves it whole: the
 * match is then exact, and a single character still finds every piece starting with it.
 * Digit runs carry their suffixes (5598 finds 95598) and numbers written with separators are
 * also indexed joined (0791-86608110, 0.28, 14:30).
 */

/** Shortest digit suffix indexed (shorter ones would match almost everything). */
const MIN_DIGIT_SUFFIX = 3;
const HAN_RUN = /\p{Script=Han}+/gu;
const ALNUM = /[\p{L}\p{N}]+/gu;
export const HAN_PREFIX = 'zz';
/** Clause numbers (9.7, 4.1.13) get their own token, so they are not confused with 97 or 9:7. */
export const NUMBER_PREFIX = 'zn';

/** Full-width to half-width, compatibility forms folded, lower case. */
export function normalizeText(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/** Text reduced to letters and digits only: what substring comparisons use. */
export function compact(text: string): string {
  return (normalizeText(text).match(ALNUM) ?? []).join('');
}

/**
 * A word spelled out one character at a time (吃、拿、卡、要): the enumeration comma dropped where
 * one side of it is a single character, so its pieces (吃拿, 拿卡, 卡要) exist as in 吃拿卡要, the
 * way people type it. A list of words (老花镜、饮用水) keeps its commas: 镜饮 is no piece.
 */
export function joinListedChars(text: string): string {
  return text.replace(/(\p{Script=Han})、(?=(\p{Script=Han}))/gu, (m, before: string, _after: string, at: number) => {
    const prev = at > 0 ? text[at - 1]! : '';
    const next = text[at + 3] ?? '';
    const single = (ch: string) => !/\p{Script=Han}/u.test(ch) || ch === '、';
    return single(prev) || single(next) ? before : m;
  });
}

/** Han runs of a text (already normalised), in order. */
export function hanRuns(text: string): string[] {
  return text.match(HAN_RUN) ?? [];
}

/**
 * One Han character as three base-36 digits: CJK Extension A and the Unified block (U+3400–U+9FFF)
 * fit in 36³; anything beyond (rare extensions) takes five digits after a '_'.
 */
function encodeChar(ch: string): string {
  const cp = ch.codePointAt(0)!;
  const n = cp - 0x3400;
  return n >= 0 && n < 36 ** 3 ? n.toString(36).padStart(3, '0') : `_${cp.toString(36).padStart(5, '0')}`;
}

/** The Pagefind term of a Han piece (one or two characters). */
export function hanTerm(piece: string): string {
  return HAN_PREFIX + [...piece].map(encodeChar).join('');
}

/**
 * The index term of a run's last character alone: its code and a 'z', which starts no
 * character's code (36³ codes end before U+E7B0). A one-character query (its hanTerm) still
 * finds it as a prefix, while a two-character query never matches it: Pagefind also matches an
 * index word that is a prefix of the word asked for, so with the bare code 等久, found nowhere,
 * came back as every record with a 等 ending a run (and the typo fallback never ran).
 */
export function loneTerm(ch: string): string {
  return `${hanTerm(ch)}z`;
}

export function numberTerm(number: string): string {
  return NUMBER_PREFIX + number.replace(/\./g, 'x');
}

/** The bigrams of a Han run, and its last character alone (so a one-character query ends somewhere too). */
export function hanPieces(run: string): string[] {
  const chars = [...run];
  const out: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i]! + chars[i + 1]!);
  if (chars.length) out.push(chars.at(-1)!);
  return out;
}

/** Numbers written with separators, joined: 0791-86608110 → 079186608110, 0.28 → 028, 14:30 → 1430. */
export function joinedNumbers(text: string): string[] {
  return (text.match(/\d+(?:[.\-:：]\d+)+/g) ?? []).map((n) => n.replace(/[.\-:：]/g, ''));
}

/** Every token of a text, for the index. */
export function indexTokens(text: string, clauseNumber?: string): string[] {
  const out = new Set<string>();
  const norm = joinListedChars(normalizeText(text));
  for (const run of hanRuns(norm))
    for (const p of hanPieces(run)) out.add([...p].length === 1 ? loneTerm(p) : hanTerm(p));
  for (const word of norm.replace(HAN_RUN, ' ').match(ALNUM) ?? []) {
    out.add(word);
    if (/^\d+$/.test(word)) for (let i = 1; i + MIN_DIGIT_SUFFIX <= word.length; i++) out.add(word.slice(i));
  }
  for (const joined of joinedNumbers(norm)) out.add(joined);
  if (clauseNumber) out.add(numberTerm(clauseNumber));
  return [...out];
}
