/** A score typed in a query is read against the assessment's score lines (src/search/score-band.ts). */
import { describe, expect, it } from 'vitest';
import type { Hit } from '../src/search/engine.ts';
import { liftScoreBand, typedScore } from '../src/search/score-band.ts';

const hit = (title: string, score: number, kind = 'threshold'): Hit => ({
  url: `/assessment/#t-${title}`,
  title,
  content: '',
  kind,
  context: '',
  score,
  tier: 0,
  matched: 1,
  containers: [],
});

describe('score bands', () => {
  it('reads a score in digits or words, a decade as its start, and a line typed as a line', () => {
    expect(typedScore('考核68分')).toEqual({ value: 68, line: false });
    expect(typedScore('月考评只有六十几分 要下岗吗')).toEqual({ value: 60, line: false });
    expect(typedScore('季度考了八十多分扣啥')).toEqual({ value: 80, line: false });
    expect(typedScore('七十五分')).toEqual({ value: 75, line: false });
    expect(typedScore('90分以下')).toEqual({ value: 90, line: true });
    expect(typedScore('考核没到80分')).toEqual({ value: 80, line: true });
    // Minutes, points taken off and a line from above are no score under a line.
    expect(typedScore('排队20分钟')).toBeUndefined();
    expect(typedScore('迟到一次扣10分')).toBeUndefined();
    expect(typedScore('90分以上有奖')).toBeUndefined();
  });

  it('lifts the lowest line above the score over every item found', () => {
    const hits = [hit('低于85分', 8.3), hit('低于70分', 7.4), hit('季度检查', 9, 'inspection')];
    liftScoreBand('窗口季度考了68分', hits);
    const first = [...hits].sort((a, b) => b.score - a.score)[0]!;
    expect(first.title).toBe('低于70分');
    const lines = [hit('低于90分', 3), hit('低于75分', 6)];
    liftScoreBand('季度考了八十多分', lines);
    expect(lines[0]!.score).toBeGreaterThan(lines[1]!.score);
    const typed = [hit('低于90分', 2), hit('低于80分', 6)];
    liftScoreBand('90分以下', typed);
    expect(typed[0]!.score).toBeGreaterThan(typed[1]!.score);
    // No score: nothing moves.
    const none = [hit('低于90分', 2), hit('低于80分', 6)];
    liftScoreBand('季度考核扣钱吗', none);
    expect(none.map((h) => h.score)).toEqual([2, 6]);
  });
});
