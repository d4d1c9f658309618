/**
 * The query set of issue 14 is sound: large enough, split per category, every target exists,
 * paraphrases and typos do not copy their target's wording.
 */
import { describe, expect, it } from 'vitest';
import { loadModel } from '../src/model/index.ts';
import { HELD_ASIDE } from './search-queries/held-aside.ts';
import { targetText } from './search-queries/items.ts';
import { TUNING } from './search-queries/tuning.ts';
import { CATEGORIES } from './search-queries/types.ts';

/** Letters and digits only, lower case: spacing and punctuation do not make a query new. */
const compact = (s: string) => (s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join('');

describe('the search query set', async () => {
  const { model } = await loadModel('content');
  const all = [...TUNING, ...HELD_ASIDE];

  it('has at least 120 queries, every category with at least 30 % held aside', () => {
    expect(all.length).toBeGreaterThanOrEqual(120);
    for (const c of CATEGORIES) {
      const tuning = TUNING.filter((q) => q.category === c).length;
      const held = HELD_ASIDE.filter((q) => q.category === c).length;
      expect(tuning, c).toBeGreaterThan(0);
      expect(held / (tuning + held), c).toBeGreaterThanOrEqual(0.3);
    }
  });

  it('asks no query twice (within or across the parts)', () => {
    const keys = all.map((q) => `${q.query}|${JSON.stringify(q.filters ?? {})}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('names only targets that exist in the example', () => {
    for (const q of all) for (const t of q.targets) expect(targetText(model!, t), `${q.query} → ${t}`).toBeDefined();
  });

  it('words paraphrases and typos so that none is a substring of its target’s text', () => {
    for (const q of all.filter((x) => x.category === 'paraphrase' || x.category === 'typo')) {
      for (const t of q.targets) expect(compact(targetText(model!, t)!), `${q.query} → ${t}`).not.toContain(compact(q.query));
    }
  });
});
