/**
 * "Did you mean": the nearest of some known names to a misspelt one, by edit
 * distance. One place for field names, ids and params alike.
 */

/** Levenshtein distance, one row of memory. */
export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const t = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = t;
    }
  }
  return row[b.length]!;
}

/** A misspelt word's nearest candidate, ignoring case, allowing roughly one typo per four letters. */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  const lower = word.toLowerCase();
  for (const c of candidates) {
    const d = editDistance(lower, c.toLowerCase());
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best !== undefined && bestDistance <= Math.max(1, Math.floor(word.length / 4) + 1) ? best : undefined;
}

/** The candidate within `maxDistance` edits of `wrong` (ids: long, hyphenated, often one word off). */
export function closestWithin(wrong: string, candidates: Iterable<string>, maxDistance = 3): string | undefined {
  let best: string | undefined;
  let bestD = Infinity;
  for (const c of candidates) {
    // Cheap pre-filter: names of very different length are never the nearest.
    if (Math.abs(c.length - wrong.length) > maxDistance) continue;
    const d = editDistance(wrong, c);
    if (d < bestD) {
      bestD = d;
      best = c;
    }
  }
  return bestD <= maxDistance ? best : undefined;
}
