import { describe, expect, it } from 'vitest';
import type { PagefindResult } from '../src/search/engine.ts';
import { analyzeQuery, type QueryPiece } from '../src/search/query.ts';
import { addShortForms, countSpread } from '../src/search/short-forms.ts';
import { hanTerm } from '../src/search/tokens.ts';

const segment = (() => {
  const s = new Intl.Segmenter('zh', { granularity: 'word' });
  return (t: string) => [...s.segment(t)].map((x) => x.segment);
})();

const result = (id: string, score = 1): PagefindResult => ({
  id,
  score,
  data: async () => ({ url: id, content: '', meta: {} }),
});

/** An index holding each character in the records listed, and no pair at all. */
function lookUps(chars: Record<string, string[]>) {
  const found = new Map<string, { df: number; results: PagefindResult[] }>();
  const ask = async (pieces: readonly Pick<QueryPiece, 'term'>[]) => {
    for (const { term } of pieces) {
      const ids = Object.entries(chars).find(([ch]) => hanTerm(ch) === term)?.[1] ?? [];
      found.set(term, { df: ids.length, results: ids.map((id) => result(id)) });
    }
  };
  return { found, ask };
}

describe('short forms', () => {
  it('finds a pair one or two characters apart inside a run of Han text, not across punctuation', () => {
    expect(countSpread('智力障碍人士', '智障')).toBe(1);
    expect(countSpread('最低生活保障', '低保')).toBe(1);
    expect(countSpread('残疾人证', '疾证')).toBe(1);
    expect(countSpread('最低生活费用保障', '低保')).toBe(0);
    expect(countSpread('智力，障碍', '智障')).toBe(0);
  });

  it('asks a pair the index lacks as the records holding both its characters, in the pair’s place', async () => {
    const q = analyzeQuery('残疾证', { segment });
    const { found, ask } = lookUps({ 疾: ['a', 'b'], 证: ['b', 'c'] });
    await ask(q.pieces);
    found.set(hanTerm('残疾'), { df: 2, results: [result('a'), result('b')] });
    await addShortForms(q, found, ask);
    const spread = q.pieces.filter((p) => p.spread);
    expect(spread.map((p) => p.text)).toEqual(['疾证']);
    const typed = q.pieces.find((p) => p.text === '疾证' && !p.spread)!;
    expect(spread[0]).toMatchObject({ slot: typed.slot, alt: typed.alt, pos: typed.pos });
    expect(spread[0]!.weight).toBeLessThan(typed.weight);
    expect(found.get(spread[0]!.term)?.results.map((r) => r.id)).toEqual(['b']);
  });

  it('in a sentence spreads only a word typed whole of two characters, not a join', async () => {
    const q = analyzeQuery('家里困难吃低保的人丧葬费能免掉吗', { segment });
    const { found, ask } = lookUps({});
    await ask(q.pieces);
    await addShortForms(q, found, ask);
    const spread = q.pieces.filter((p) => p.spread);
    expect(spread.length).toBeGreaterThan(0);
    expect(spread.every((p) => p.alt === p.text && q.phrases.some((w) => w.text === p.text))).toBe(true);
    const joins = q.pieces.filter((p) => !p.spread && [...p.text].length === 2 && p.alt === p.text && p.weight < 1);
    expect(joins.length).toBeGreaterThan(0);
  });
});
