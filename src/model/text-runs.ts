/**
 * Runs of a text that are read as one and are never cut apart: a number with the signs written
 * inside it and the unit word after it (8:30, 8:30—17:30, 0791-86620000, 0.28MPa, 200—500元,
 * 3个工作日, 24小时, 97%), a date (2027年1月1日), a standard's code (Q/YLGY 101—2027) and a
 * Western word. The print's line breaker
 * keeps a number with its unit by the same unit words; the search island cuts its excerpts only
 * outside these runs. No imports: the search island bundles it for the browser.
 */

/** Units written after a number: 24小时, 3个工作日 and 45分钟 are one run. Longest first. */
export const UNIT_WORDS = [
  '个工作日',
  '工作日',
  '千瓦时',
  '立方米',
  '小时',
  '分钟',
  '秒钟',
  '公里',
  '千伏',
  '万元',
  '个月',
  '元',
  '天',
  '日',
  '秒',
  '次',
  '年',
  '月',
  '周',
  '个',
  '户',
  '人',
  '分',
  '米',
  '倍',
  '项',
  '件',
  '条',
];

const DIGITS = '0-9０-９';
/** Signs inside a number, a time, a phone number or a range, between two digits: 0.28, 8:30, 0791-8662, 200—500, 1/2. */
const INNER = '.,:：\\-–—~～/';
const UNITS = UNIT_WORDS.join('|');
/**
 * One run: a standard's code with its number (Q/YLGY 101—2027, GB/T 15834—2011); a date
 * (2027年1月1日, 1月31日); or a number (with its inner signs and, across a range
 * sign, the number it runs to), then its unit word, a per cent or degree sign or Latin letters
 * (MPa); or a Western word.
 */
const RUN = new RegExp(
  [
    `[A-Z]+(?:/[A-Z]+)* ?[${DIGITS}]+(?:[${INNER}][${DIGITS}]+)*`,
    `[${DIGITS}]+年(?:[${DIGITS}]+月(?:[${DIGITS}]+日)?)?`,
    `[${DIGITS}]+月[${DIGITS}]+日`,
    `[±+]?[${DIGITS}]+(?:[${INNER}][${DIGITS}]+)*(?:${UNITS}|[%‰℃°]|[A-Za-z]+)?`,
    '[A-Za-z]+',
  ].join('|'),
  'gu',
);

/** The runs of `text` never to be cut inside, as [start, end) in UTF-16 indices, in order. */
export function unbreakableRuns(text: string): [number, number][] {
  const runs: [number, number][] = [];
  for (const m of text.matchAll(RUN)) if (m[0].length > 1) runs.push([m.index, m.index + m[0].length]);
  return runs;
}

/** The run `at` falls strictly inside, if any. */
function runAround(text: string, at: number): [number, number] | undefined {
  return unbreakableRuns(text).find(([a, b]) => a < at && at < b);
}

/** `at`, or the start of the run it would cut: a cut there keeps the run after it whole. */
export function cutBefore(text: string, at: number): number {
  return runAround(text, at)?.[0] ?? at;
}

/** `at`, or the end of the run it would cut: a cut there keeps the run before it whole. */
export function cutAfter(text: string, at: number): number {
  return runAround(text, at)?.[1] ?? at;
}
