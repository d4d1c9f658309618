/**
 * Our own tokens for Chinese search, shared by the indexer and the browser.
 *
 * Pagefind segments zh content with jieba at index time and queries with the
 * browser's Intl.Segmenter; the two disagree (唱收唱付 may be one word on one
 * side and two on the other), and Pagefind only matches word prefixes. So each
 * record also carries, in a whitespace-split meta field, every suffix of every
 * Han run cut to MAX_GRAM characters: any substring of up to MAX_GRAM
 * characters is then a prefix of some token, whatever the query segmenter does,
 * and a longer query is asked as its overlapping MAX_GRAM-character pieces.
 * MAX_GRAM 2 (bigrams) rather than 6: the tokens were most of the index and of
 * Pagefind's memory at scale. Pagefind 1.6's search also matches a Han query
 * character by character (派单 finds 派出所…单据), so the order that counts is
 * the re-ranking in the browser (rank.ts), which compares the whole query.
 * Digit runs get their suffixes too, so 5598 finds 95598.
 */
export const MAX_GRAM = 2;
/** Shortest digit suffix indexed (shorter ones would match almost everything). */
const MIN_DIGIT_SUFFIX = 3;

const HAN = /\p{Script=Han}+/gu;
const ALNUM = /[\p{L}\p{N}]+/gu;

/** Full-width to half-width, lower case, Pagefind-compatible. */
export function normalizeText(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/** Text reduced to letters and digits only: what substring comparisons use. */
export function compact(text: string): string {
  return (normalizeText(text).match(ALNUM) ?? []).join('');
}

export function indexTokens(text: string): string[] {
  const out = new Set<string>();
  const norm = normalizeText(text);
  for (const run of norm.match(HAN) ?? []) {
    const chars = [...run];
    for (let i = 0; i < chars.length; i++) out.add(chars.slice(i, i + MAX_GRAM).join(''));
  }
  for (const word of norm.replace(HAN, ' ').match(ALNUM) ?? []) {
    out.add(word);
    if (/^\d+$/.test(word)) {
      for (let i = 1; i + MIN_DIGIT_SUFFIX <= word.length; i++) out.add(word.slice(i));
    }
  }
  // Numbers written with separators (0791-86608000, 0.28) are also indexed joined.
  for (const joined of norm.match(/\d+(?:[.\-]\d+)+/g) ?? []) out.add(joined.replace(/[.\-]/g, ''));
  return [...out];
}

/**
 * The query as terms Pagefind matches against our tokens: Han runs longer
 * than MAX_GRAM are cut into overlapping pieces (all must match), other
 * words pass through.
 */
export function queryTerms(query: string): string[] {
  const terms: string[] = [];
  // Han and other letters are separate pieces (14秒 is 14 and 秒): tokens never mix them.
  const norm = normalizeText(query);
  for (const piece of norm.match(/\p{Script=Han}+|(?:(?!\p{Script=Han})[\p{L}\p{N}])+/gu) ?? []) {
    const chars = [...piece];
    if (/\p{Script=Han}/u.test(piece) && chars.length > MAX_GRAM) {
      for (let i = 0; i + MAX_GRAM <= chars.length; i += MAX_GRAM - 1) terms.push(chars.slice(i, i + MAX_GRAM).join(''));
      terms.push(chars.slice(-MAX_GRAM).join(''));
    } else {
      terms.push(piece);
    }
  }
  return [...new Set(terms)];
}
