/**
 * A score typed in the query (考了68分, 六十几分, 八十多分) falls in one band of the assessment's
 * score lines (低于70分, 低于85分…): the words find every line alike — they share 季度, 窗口, 分 —
 * and the one that applies is the lowest line above the score. A line typed as such (90分以下,
 * 不到80分) is that line. Pure: no DOM, no Pagefind.
 */
import type { Hit } from './engine.ts';

const TENS = '一二三四五六七八九';
/** 68分, 68.5分, 80多分 (not 10分钟). */
const DIGITS = /(?<![\d.])(\d{2,3})(?:\.\d+)?\s*(多|几)?\s*分(?!钟)/u;
/** 六十八分, 六十多分, 八十几分, 七十分. */
const WORDS = /([一二三四五六七八九])十([一二三四五六七八九]|多|几)?\s*分(?!钟)/u;
/** Points taken off or given (扣10分, 加5分), or a line from above (90分以上): no score under a line. */
const NOT_SCORE_BEFORE = /[扣减加罚奖]\s*$/u;
const NOT_SCORE_AFTER = /^\s*(?:及|或)?(?:以上|之上)/u;
/** The number typed is a line, not a score: 低于90分, 不到80分, 90分以下. */
const LINE_BEFORE = /(?:低于|不到|没到|没有到|未到|不足|少于|不满|没上|没过)\s*$/u;
const LINE_AFTER = /^\s*(?:以下|之下)/u;
/** A line's number as the record's title gives it (UI belowPoints: 低于70分). */
const LINE_TITLE = /^低于(\d+(?:\.\d+)?)分/u;

/**
 * The score a query gives, and whether it is a line rather than a score. A decade (六十多, 七十几)
 * is read as its start: the lowest line above that start is the first that can apply (七十几 under
 * a line at 75 as well as at 80).
 */
export function typedScore(folded: string): { value: number; line: boolean } | undefined {
  const d = DIGITS.exec(folded);
  const w = d ? undefined : WORDS.exec(folded);
  const m = d ?? w;
  if (!m) return undefined;
  let value: number;
  if (d) value = Number(d[1]);
  else {
    const unit = w![2];
    const ones = unit === undefined || unit === '多' || unit === '几' ? 0 : TENS.indexOf(unit) + 1;
    value = (TENS.indexOf(w![1]!) + 1) * 10 + ones;
  }
  const before = folded.slice(0, m.index);
  const after = folded.slice(m.index + m[0].length);
  if (NOT_SCORE_BEFORE.test(before) || NOT_SCORE_AFTER.test(after)) return undefined;
  return { value, line: LINE_BEFORE.test(before) || LINE_AFTER.test(after) };
}

/**
 * The line the score falls under is lifted this much above the best item found: a score typed in
 * points asks what that score brings, and the words alone find every line alike (and items about
 * scoring or the same period, 每季度 in a commitment). Lifted above the other lines only: p@1 1051
 * → 1056 of 1506 (Node loop, fourth…fifteenth); above every item: 1058, none lost.
 */
const BAND_LIFT = 1.1;

/** In place: the score line the typed score falls under is lifted just above the best item found. */
export function liftScoreBand(folded: string, hits: Hit[]): void {
  const score = typedScore(folded);
  if (!score) return;
  const lines = hits.flatMap((h) => {
    const m = h.kind === 'threshold' && h.tier === 0 ? LINE_TITLE.exec(h.title) : null;
    return m ? [{ h, bound: Number(m[1]) }] : [];
  });
  const applies = lines.filter((l) => (score.line ? l.bound === score.value : l.bound > score.value));
  if (!applies.length) return;
  const bound = Math.min(...applies.map((l) => l.bound));
  const best = Math.max(...hits.filter((h) => h.tier === 0).map((h) => h.score));
  for (const l of applies) if (l.bound === bound) l.h.score = Math.max(l.h.score, best * BAND_LIFT);
}
