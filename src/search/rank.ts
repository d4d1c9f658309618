/**
 * Re-ranking of Pagefind's candidates in the browser. Pagefind finds records
 * containing every query piece anywhere; staff expect the record containing
 * the query as written. So a record whose title or text contains the whole
 * query (ignoring spaces and punctuation) comes first, an exact title first of
 * all; Pagefind's own order breaks ties.
 */
import { compact } from './tokens.ts';

export interface Candidate {
  title: string;
  content: string;
  /** Position in Pagefind's ranking, 0 = best. */
  rank: number;
}

function bigrams(s: string): string[] {
  const chars = [...s];
  if (chars.length < 2) return chars;
  const out: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i]! + chars[i + 1]!);
  return out;
}

/** Score of one query word against one record; higher is better. */
function wordScore(word: string, title: string, content: string): number {
  if (!word) return 0;
  const len = [...word].length;
  // How often the text mentions it: a section about 投诉 mentions 投诉 throughout.
  const mentions = Math.min(10, 2 * (content.split(word).length - 1));
  if (title === word) return 100 + mentions;
  if (title.includes(word)) return 60 + (20 * len) / Math.max(len, [...title].length) + mentions;
  if (content.includes(word)) return 40 + (10 * len) / Math.max(len, [...content].length) + mentions;
  const grams = bigrams(word);
  const hay = title + ' ' + content;
  const found = grams.filter((g) => hay.includes(g)).length;
  return grams.length ? (30 * found) / grams.length : 0;
}

export function scoreCandidate(query: string, c: Candidate, total: number): number {
  const title = compact(c.title);
  const content = compact(c.content);
  const words = query.split(/\s+/).map(compact).filter(Boolean);
  const textScore = words.reduce((sum, w) => sum + wordScore(w, title, content), 0) / Math.max(1, words.length);
  // Pagefind ranks records, which group several items: its order only breaks near-ties.
  return textScore + (1 - c.rank / Math.max(1, total));
}

/** Whether the item contains every word of the query (ignoring spaces and punctuation). */
function containsQuery(query: string, c: Candidate): boolean {
  const hay = compact(c.title) + ' ' + compact(c.content);
  const words = query.split(/\s+/).map(compact).filter(Boolean);
  return words.length > 0 && words.every((w) => hay.includes(w));
}

/**
 * The items of one Pagefind record worth listing: those containing the query; when none does
 * (Pagefind matched pieces spread over several), the best-scoring one, as a single record was.
 */
export function membersToShow<T extends Candidate>(query: string, members: T[]): T[] {
  if (members.length <= 1) return members;
  const containing = members.filter((m) => containsQuery(query, m));
  if (containing.length) return containing;
  return [rerank(query, members)[0]!];
}

/** Candidates in their new order (stable for equal scores). Items of one record share its rank. */
export function rerank<T extends Candidate>(query: string, candidates: T[]): T[] {
  const total = candidates.reduce((n, c) => Math.max(n, c.rank + 1), 0);
  return candidates
    .map((c) => ({ c, s: scoreCandidate(query, c, total) }))
    .sort((a, b) => b.s - a.s || a.c.rank - b.c.rank)
    .map(({ c }) => c);
}
