/**
 * Where an excerpt shows the query: the whole query if the text holds it, else its longest
 * phrase or piece. Kept apart from ranking (rank.ts): it reads the text shown, not the scores.
 */
import type { AnalyzedQuery } from './query.ts';
import { normalizeText } from './tokens.ts';

/** Where in a text the query (or its best part) is: [start, length]; undefined when nowhere. */
export function matchIn(text: string, q: AnalyzedQuery): [number, number] | undefined {
  const norm = normalizeText(text);
  if (norm.length !== text.length) return undefined;
  const whole = q.folded.replace(/\s+/g, '');
  if (whole && norm.includes(whole)) return [norm.indexOf(whole), whole.length];
  const candidates = [
    ...q.phrases.map((p) => p.text),
    ...q.pieces.filter((p) => p.kind !== 'number').map((p) => p.text),
  ].sort((a, b) => b.length - a.length);
  for (const t of candidates) {
    const at = norm.indexOf(t);
    if (at >= 0) return [at, t.length];
  }
  return undefined;
}
