/**
 * "Did you mean": when nothing is found, the index's terms (tags, keywords, headings, names)
 * nearest to the query, by shared characters in order and by sound (toneless pinyin), so a
 * query typed with a wrong character or a missing one is offered the term it was close to.
 */

/** Character pairs of a string, and the string itself when it is one character. */
function pairs(s: readonly string[]): string[] {
  if (s.length < 2) return [...s];
  const out: string[] = [];
  // biome-ignore lint/style/useTemplate: kept as concatenation so the search bundle shipped to browsers stays byte-identical (the minifier keeps a template literal as written)
  for (let i = 0; i + 1 < s.length; i++) out.push(s[i]! + '\u0000' + s[i + 1]!);
  return out;
}

/** Dice coefficient of two sequences' adjacent pairs: 1 for equal, 0 for nothing in common. */
export function dice(a: readonly string[], b: readonly string[]): number {
  const pa = pairs(a);
  const pb = pairs(b);
  if (!pa.length || !pb.length) return 0;
  const rest = [...pb];
  let common = 0;
  for (const p of pa) {
    const i = rest.indexOf(p);
    if (i >= 0) {
      common++;
      rest.splice(i, 1);
    }
  }
  return (2 * common) / (pa.length + pb.length);
}

/**
 * The terms nearest to the query, best first: similarity by characters or by the characters'
 * first readings, whichever is higher; at most `limit`, none below `floor`.
 */
export function suggest(
  query: string,
  terms: readonly string[],
  reading: (ch: string) => string | undefined,
  limit = 5,
  floor = 0.4,
): string[] {
  const q = [...query.replace(/[\s\p{P}]+/gu, '')];
  if (!q.length) return [];
  const sound = (chars: readonly string[]) => chars.map((ch) => reading(ch) ?? ch);
  const qs = sound(q);
  return terms
    .filter((t) => t !== q.join(''))
    .map((t) => {
      const chars = [...t];
      return { t, s: Math.max(dice(q, chars), dice(qs, sound(chars))) };
    })
    .filter((x) => x.s >= floor)
    .sort((a, b) => b.s - a.s || a.t.length - b.t.length)
    .slice(0, limit)
    .map((x) => x.t);
}
