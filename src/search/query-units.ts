/**
 * A query cut into units before it becomes pieces: synonym words, words naming a post and question
 * phrases found whole, the rest of each Han run as the segmenter cuts it, the runs broken at the
 * question words (which are dropped). Pure: no DOM, no Pagefind.
 */
import { hanRuns } from './tokens.ts';
import type { QueryContext } from './query.ts';

/**
 * Question and filler words: they say what kind of answer is wanted, not what it is about, and
 * their pieces would only match by chance. Dropped when the segmenter finds them as words.
 */
const STOP = new Set(
  (
    '怎么办 怎么样 怎么做 怎么说 怎么处理 怎样 怎么 如何 什么样 什么 为什么 干什么 做什么 干嘛 多久 多长时间 多少钱 多少 几点 几个 几 ' +
    '能不能 可不可以 可以吗 可以 要不要 是不是 行不行 有没有 会不会 该不该 需不需要 应不应该 应该 需要 要 能 会 该 想 必须 一定 务必 ' +
    '吗 呢 吧 啊 呀 嘛 哦 请问 哪些 哪里 哪个 哪 谁 的 了 得 地 着 过 我 你 他 她 它 我们 你们 他们 咱们 自己 别人 觉得 认为 没 没有 ' +
    '时 时候 一下 这个 那个 这 那 就 还 都 也 在 是 有 给 把 让 被 对 和 与 或 跟 向 从 到 又 再 很 太 最 里 上 下 ' +
    // Said about oneself or the case, not about the matter: 我是收费员…, 还有人排队, 是干嘛的.
    '我是 我们是 还有 干嘛 干啥 做啥 要干啥 啥 咋 咋办 咋整 怎么弄 该怎么 怎么跟 怎么和 怎么给 ' +
    // Pointing and counting words, and a verb's direction or completion (吵起来, 办完了): grammar, not matter.
    '人家 那些 这些 一些 起来 过来 下来 出来 进来 完了 ' +
    // Asking whether it is right, and words that only stress (到底, 明明, 一个劲): 合理吗, 正常吗, 这样行吗.
    '行吗 行不 好吗 对吗 对不对 合理吗 正常吗 靠谱吗 算不算 有规定吗 有没有规定 违规吗 合规吗 违不违规 合不合规 允许吗 ' +
    '用得着 用不着 犯得着 有必要 ' +
    '这样 那样 这种 那种 到底 根本 明明 一个劲 老是 总是 ' +
    // Adverbs of time and degree: when and how much one felt it, not what happened (已经来了, 真的很慢).
    '已经 刚刚 刚才 居然 竟然 其实 真的 实在 非常 特别 有点 有点儿 好像 似乎 大概 可能 ' +
    // Modal joins the segmenter keeps whole (多久|才能|修好, 都要|带, 才行|吗, 那就|行, 一般|多久): not
    // 才能 the talent. Node loop (search22): one paraphrase 5 → 4, no other query moved.
    '才能 才 才行 都要 那就 还是 一般'
  ).split(' '),
);

/**
 * Question words found in the query as typed, before the segmenter cuts it: it splits 怎么处理
 * into 怎么|处理 and 干嘛 into 干|嘛, leaving 处理 or 干 as if they were what is asked about.
 * Counting words (几, 多少…) are left to the segmenter, which keeps what they count (几声 → 声).
 */
const STOP_PHRASES = [
  ...STOP,
  '怎么处理',
  '怎么解决',
  '怎么回答',
  '怎么安排',
  '什么情况',
  '是干嘛的',
  '要做什么',
  '做些什么',
  '干些什么',
].filter((w) => [...w].length >= 2 && !/^(?:几|多少)/.test(w));

export interface Unit {
  text: string;
  start: number;
  /** A question phrase found whole in the query (STOP_PHRASES): a break. */
  stop?: true;
  /** The synonym group this unit matched, if any. */
  group?: number;
  /** The posts it names, if any. */
  roles?: readonly string[];
  /** The units it names, if any (a unit's full or short name). */
  units?: readonly string[];
}

/** A stretch of the query known whole: a synonym word, a word naming a post, or a question phrase. */
interface KnownWord {
  start: number;
  end: number;
  group?: number;
  roles?: readonly string[];
  units?: readonly string[];
  stop?: true;
}

/** Synonym words and words naming a post or a unit found in the query, longest first, not overlapping; then question phrases where none is. */
export function knownWords(
  folded: string,
  groups: NonNullable<QueryContext['synonyms']>,
  roleWords: NonNullable<QueryContext['roles']>,
  unitWords: NonNullable<QueryContext['units']> = {},
): KnownWord[] {
  const taken: KnownWord[] = [];
  const groupOf = new Map<string, number>();
  groups.forEach((g, gi) => g.words.forEach((w) => groupOf.set(w, gi)));
  const candidates = [...new Set([...groupOf.keys(), ...Object.keys(roleWords), ...Object.keys(unitWords)])].sort(
    (a, b) => b.length - a.length,
  );
  for (const w of candidates) {
    for (let at = folded.indexOf(w); at >= 0; at = folded.indexOf(w, at + 1)) {
      if (taken.some((t) => at < t.end && at + w.length > t.start)) continue;
      const gi = groupOf.get(w);
      taken.push({
        start: at,
        end: at + w.length,
        ...(gi !== undefined ? { group: gi } : {}),
        ...(roleWords[w] ? { roles: roleWords[w] } : {}),
        ...(unitWords[w] ? { units: unitWords[w] } : {}),
      });
    }
  }
  // Then question phrases, where no synonym or post is (告诉别人 stays a synonym, 别人 alone a question word).
  for (const w of [...STOP_PHRASES].sort((a, b) => b.length - a.length)) {
    for (let at = folded.indexOf(w); at >= 0; at = folded.indexOf(w, at + 1)) {
      if (taken.some((t) => at < t.end && at + w.length > t.start)) continue;
      taken.push({ start: at, end: at + w.length, stop: true });
    }
  }
  return taken;
}

/**
 * Han runs → units (known words whole, the rest as the segmenter cuts it), cut
 * into runs at question words; `straddling`: joins kept across a one-character
 * question word for the typo fallback.
 */
export function queryUnits(
  folded: string,
  taken: readonly KnownWord[],
  segment: QueryContext['segment'],
): { runs: Unit[][]; straddling: string[] } {
  let offset = 0;
  const runs: Unit[][] = [];
  const straddling: string[] = [];
  for (const run of hanRuns(folded)) {
    const start = folded.indexOf(run, offset);
    offset = start + run.length;
    runs.push(...breakAtQuestionWords(runUnits(folded, start, run.length, taken, segment), straddling));
  }
  return { runs, straddling };
}

/** One Han run as units: the known words in it whole, the text between them as the segmenter cuts it. */
function runUnits(
  folded: string,
  start: number,
  length: number,
  taken: readonly KnownWord[],
  segment: QueryContext['segment'],
): Unit[] {
  const units: Unit[] = [];
  let i = start;
  const flushPlain = (text: string, at: number) => {
    const words = segment ? segment(text) : [text];
    let pos = at;
    for (const w of words) {
      // 了 ending a word marks the deed done (少了, 坏了): the word without it, then 了 as a break.
      const done = /^(\p{Script=Han}+)了$/u.exec(w);
      if (done && !STOP.has(w) && !STOP.has(done[1]!)) {
        units.push({ text: done[1]!, start: pos }, { text: '了', start: pos + done[1]!.length, stop: true });
      } else units.push({ text: w, start: pos });
      pos += w.length;
    }
  };
  for (const t of taken.filter((x) => x.start >= start && x.end <= start + length).sort((a, b) => a.start - b.start)) {
    if (t.start > i) flushPlain(folded.slice(i, t.start), i);
    units.push({
      text: folded.slice(t.start, t.end),
      start: t.start,
      ...(t.group !== undefined ? { group: t.group } : {}),
      ...(t.roles ? { roles: t.roles } : {}),
      ...(t.units ? { units: t.units } : {}),
      ...(t.stop ? { stop: true as const } : {}),
    });
    i = t.end;
  }
  if (i < start + length) flushPlain(folded.slice(i, start + length), i);
  return units;
}

/** Question words become breaks; "几声", "多少钱" keep what is counted (声, 钱). Returns the non-empty runs between breaks. */
function breakAtQuestionWords(units: readonly Unit[], straddling: string[]): Unit[][] {
  const kept: Unit[][] = [[]];
  units.forEach((u, i) => {
    const counted = u.group === undefined && !u.stop ? /^(?:几|多少)(.+)$/.exec(u.text) : null;
    if (counted && !STOP.has(u.text)) {
      kept.push([{ text: counted[1]!, start: u.start + u.text.length - counted[1]!.length }], []);
    } else if (u.stop || (u.group === undefined && STOP.has(u.text))) {
      // A one-character question word after characters the segmenter could not make a word of
      // may end a mistyped word (台|区|经|里 for 台区经理): its join is kept, weakly, for the typo fallback.
      const prev = units[i - 1];
      const before = units[i - 2];
      const single = (x?: Unit) =>
        x !== undefined &&
        !x.stop &&
        x.group === undefined &&
        !x.roles &&
        !x.units &&
        [...x.text].length === 1 &&
        !STOP.has(x.text);
      if (!u.stop && [...u.text].length === 1 && single(prev) && single(before)) straddling.push(prev!.text + u.text);
      kept.push([]);
    } else kept.at(-1)!.push(u);
  });
  return kept.filter((k) => k.length);
}
