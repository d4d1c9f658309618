/**
 * Whether two texts read alike: they share a run of Han characters. Used to keep a phrase that
 * may also be right out of a question's wrong options — a hotel's own greeting 欢迎光临…请问您有预订吗
 * is no wrong answer to 「迎客」 whose phrase is 您好，请问您要办理什么 (both name 请问您).
 */

/** Every run of `n` Han characters in `text` (placeholders like 〔金额〕 left out). */
export function hanRuns(text: string, n: number): Set<string> {
  const runs = new Set<string>();
  for (const part of text.replace(/〔[^〕]*〕/g, '\u0000').split(/[^\p{Script=Han}]+/u))
    for (let i = 0; i + n <= part.length; i++) runs.add(part.slice(i, i + n));
  return runs;
}

/** Whether two sets of runs have one in common. */
export function overlaps(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const run of small) if (large.has(run)) return true;
  return false;
}
