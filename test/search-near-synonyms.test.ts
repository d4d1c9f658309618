import { describe, expect, it } from 'vitest';
import { addNearSynonyms } from '../src/search/near-synonyms.ts';
import { analyzeQuery } from '../src/search/query.ts';

const segment = (() => {
  const s = new Intl.Segmenter('zh', { granularity: 'word' });
  return (t: string) => [...s.segment(t)].map((x) => x.segment);
})();

const synonyms = [
  { words: ['复印件', '影印件'], present: ['复印件'] },
  { words: ['零食', '嗑瓜子'], present: ['零食'] },
];

describe('near synonyms', () => {
  it('brings in a group by a part of its word the index lacks, weaker than a listed word', () => {
    const q = analyzeQuery('带了影印', { segment, synonyms });
    const added = addNearSynonyms(q, synonyms, () => 0);
    expect(added.map((p) => p.alt)).toContain('复印件');
    expect(added.every((p) => p.source === 'synonym' && p.weight < 0.85)).toBe(true);
  });

  it('leaves a word the index holds as typed', () => {
    const q = analyzeQuery('带了影印', { segment, synonyms });
    expect(addNearSynonyms(q, synonyms, () => 5)).toEqual([]);
  });

  it('takes a listed word with a function character beside it', () => {
    const q = analyzeQuery('零食的', { segment: (t) => [t], synonyms: [] });
    expect(addNearSynonyms(q, synonyms, () => 0).map((p) => p.alt)).toContain('零食');
  });
});
