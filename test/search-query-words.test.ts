/** How a query's words are read before ranking (query.ts): words split by what sits between them. */
import { describe, expect, it } from 'vitest';
import { analyzeQuery } from '../src/search/query.ts';

const segment = (() => {
  const s = new Intl.Segmenter('zh', { granularity: 'word' });
  return (t: string) => [...s.segment(t)].map((x) => x.segment);
})();

const synonyms = [
  { words: ['回电', '回电话'], present: ['回电'] },
  { words: ['退费', '退钱'], present: ['退费'] },
  { words: ['拼车', '捎人'], present: ['拼车'] },
];
const phrases = (q: string) => analyzeQuery(q, { segment, synonyms }).phrases.map((p) => p.text);

describe('a verb and its object split by a pronoun or a count', () => {
  it('is read as the group word it makes without the pronoun (回我电话 → 回电话, 退他钱 → 退钱)', () => {
    expect(phrases('说好下午回我电话')).toEqual(expect.arrayContaining(['回电话', '回电']));
    expect(phrases('不肯退他钱')).toEqual(expect.arrayContaining(['退钱', '退费']));
  });

  it('is read so with a count between them too (捎一个人 → 捎人)', () => {
    expect(phrases('途中能再捎一个人吗')).toEqual(expect.arrayContaining(['捎人', '拼车']));
  });

  it('is left as typed when no group word comes of it', () => {
    expect(phrases('帮我填表')).not.toContain('帮填');
    expect(phrases('给我电话')).not.toContain('回电');
  });
});
