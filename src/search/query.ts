/**
 * A query as the island searches it: folded (full/half width, traditional → simplified), the
 * question words dropped, cut into pieces with weights, and the words staff use for the same
 * thing (synonym groups) added as alternatives. Pure: no DOM, no Pagefind.
 *
 * Pieces of one concept share a slot and an item scores the best of them, so an item using a
 * synonym is found but one using the word typed comes first, and no concept counts twice.
 */
import { compact, hanPieces, hanRuns, hanTerm, joinedNumbers, normalizeText, numberTerm } from './tokens.ts';

export interface QueryPiece {
  /** The Pagefind term asked for. */
  term: string;
  /** What is looked for in an item's (normalised) text. */
  text: string;
  weight: number;
  /**
   * Concept, alternative and position: an item scores, per slot, its best alternative (the
   * typed word or one of its synonyms), an alternative being the sum over its positions of the
   * best piece there (a piece or a sound-alike standing in for it).
   */
  slot: number;
  alt: string;
  pos: number;
  kind: 'han' | 'alnum' | 'number';
  /** Why it is there: typed, a synonym of a typed word, or a word that sounds the same. */
  source: 'typed' | 'synonym' | 'sound';
  /** A number's unit as typed right after it (10分钟 → 分): an item with the two together holds it better. */
  unit?: string;
  /** Digits of a number typed with separators, joined (0791-86608110 → 079186608110). */
  joined?: true;
}

export interface AnalyzedQuery {
  /** Normalised and folded. */
  folded: string;
  /** Letters and digits only, what whole-query matches compare. */
  compact: string;
  /** The typed words (and their synonyms) of two or more characters, for phrase matches. */
  phrases: { text: string; slot: number; weight: number }[];
  pieces: QueryPiece[];
  /** The query is a clause number such as 9.7 or 4.1.13. */
  clauseNumber?: string;
  /** The compact query with pieces found nowhere replaced by ones that sound the same (唱收唱附 → 唱收唱付). */
  corrected: string[];
  /** Slots that name a post (收费员, 柜员): an item holds them by concerning that post (rank.ts). */
  roleSlots: Map<number, readonly string[]>;
  /** Every concept of the query names a post (勘查员干什么): the posts. */
  onlyRoles?: string[];
}

export interface QueryContext {
  /** Traditional → simplified characters. */
  fold?: ReadonlyMap<string, string>;
  synonyms?: readonly { words: readonly string[]; present: readonly string[] }[];
  /** Word segmentation (the browser's Intl.Segmenter); without it each Han run is one word. */
  segment?: (text: string) => string[];
  /** Words that name a post: word → role ids (role-words.ts). */
  roles?: Readonly<Record<string, readonly string[]>>;
}

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
    '人家 那些 这些 一些 起来 过来 下来 出来 进来 完了'
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

/**
 * Weights: a typed piece, a synonym's piece, a lone character, and pieces joining two words:
 * two single characters are likely one word the segmenter did not know (唱|收|唱|附), a single
 * character and a word less so (员|接), two words hardly (投诉|回复).
 */
const W_TYPED = 1;
const W_SYNONYM = 0.85;
const W_CHAR = 0.5;
const W_JOIN_CHARS = 1;
const W_JOIN_CHAR_WORD = 0.6;
const W_JOIN_WORDS = 0.4;
const W_DIGITS_SHORT = 0.6;

export function foldText(text: string, fold?: ReadonlyMap<string, string>): string {
  const norm = normalizeText(text);
  if (!fold || fold.size === 0) return norm;
  let out = '';
  for (const ch of norm) out += fold.get(ch) ?? ch;
  return out;
}

/** 'ab' → ['ab'], 'abc' → ['ab','bc'], 'a' → ['a']: what an item must hold of a word. */
function wordPieces(word: string): string[] {
  const chars = [...word];
  if (chars.length < 2) return chars;
  return hanPieces(word).filter((p) => [...p].length === 2);
}

interface Unit {
  text: string;
  start: number;
  /** A question phrase found whole in the query (STOP_PHRASES): a break. */
  stop?: true;
  /** The synonym group this unit matched, if any. */
  group?: number;
  /** The posts it names, if any. */
  roles?: readonly string[];
}

export function analyzeQuery(query: string, ctx: QueryContext = {}): AnalyzedQuery {
  const folded = foldText(query, ctx.fold).trim();
  const out: AnalyzedQuery = {
    folded,
    compact: compact(folded),
    phrases: [],
    pieces: [],
    corrected: [],
    roleSlots: new Map(),
  };
  const b: PieceBuilder = { out, slot: 0, seen: new Set() };
  const number = /^\s*(\d+(?:\.\d+)+)\s*$/.exec(folded);
  if (number) {
    out.clauseNumber = number[1]!;
    addSingle(b, numberTerm(out.clauseNumber), out.clauseNumber, 3, 'number');
  }
  const groups = ctx.synonyms ?? [];
  const taken = knownWords(folded, groups, ctx.roles ?? {});
  const { runs, straddling } = queryUnits(folded, taken, ctx.segment);
  const unitSlots = addUnitPieces(b, runs, groups);
  for (const join of straddling) addSingle(b, hanTerm(join), join, W_JOIN_WORDS, 'han');
  addAlnumPieces(b, folded, unitSlots);
  return out;
}

/** The query being analysed and the next free slot; a piece is added once (same slot, alternative, place and term). */
interface PieceBuilder {
  out: AnalyzedQuery;
  slot: number;
  seen: Set<string>;
}

function addPiece(b: PieceBuilder, p: QueryPiece): void {
  const key = `${p.slot}\u0000${p.alt}\u0000${p.pos}\u0000${p.term}`;
  if (b.seen.has(key)) return;
  b.seen.add(key);
  b.out.pieces.push(p);
}

/** The two-character pieces of a Han word (one character weighs at most W_CHAR), in slot `s`. */
function addHan(b: PieceBuilder, text: string, weight: number, s: number, source: QueryPiece['source']): void {
  wordPieces(text).forEach((piece, pos) =>
    addPiece(b, {
      term: hanTerm(piece),
      text: piece,
      weight: [...piece].length === 1 ? Math.min(weight, W_CHAR) : weight,
      slot: s,
      alt: text,
      pos,
      kind: 'han',
      source,
    }),
  );
}

/** One piece in a slot of its own. */
function addSingle(
  b: PieceBuilder,
  term: string,
  text: string,
  weight: number,
  kind: QueryPiece['kind'],
  unit?: string,
): void {
  addPiece(b, {
    term,
    text,
    weight,
    slot: b.slot++,
    alt: text,
    pos: 0,
    kind,
    source: 'typed',
    ...(unit ? { unit } : {}),
  });
}

/** A stretch of the query known whole: a synonym word, a word naming a post, or a question phrase. */
interface KnownWord {
  start: number;
  end: number;
  group?: number;
  roles?: readonly string[];
  stop?: true;
}

/** Synonym words and words naming a post found in the query, longest first, not overlapping; then question phrases where neither is. */
function knownWords(
  folded: string,
  groups: NonNullable<QueryContext['synonyms']>,
  roleWords: NonNullable<QueryContext['roles']>,
): KnownWord[] {
  const taken: KnownWord[] = [];
  const groupOf = new Map<string, number>();
  groups.forEach((g, gi) => g.words.forEach((w) => groupOf.set(w, gi)));
  const candidates = [...new Set([...groupOf.keys(), ...Object.keys(roleWords)])].sort((a, b) => b.length - a.length);
  for (const w of candidates) {
    for (let at = folded.indexOf(w); at >= 0; at = folded.indexOf(w, at + 1)) {
      if (taken.some((t) => at < t.end && at + w.length > t.start)) continue;
      const gi = groupOf.get(w);
      taken.push({
        start: at,
        end: at + w.length,
        ...(gi !== undefined ? { group: gi } : {}),
        ...(roleWords[w] ? { roles: roleWords[w] } : {}),
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
function queryUnits(
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
        [...x.text].length === 1 &&
        !STOP.has(x.text);
      if (!u.stop && [...u.text].length === 1 && single(prev) && single(before)) straddling.push(prev!.text + u.text);
      kept.push([]);
    } else kept.at(-1)!.push(u);
  });
  return kept.filter((k) => k.length);
}

/** Each unit in a slot: its phrase and pieces (a synonym's alternatives too), the joins to the next unit. Returns the units' slots. */
function addUnitPieces(
  b: PieceBuilder,
  runs: readonly Unit[][],
  groups: NonNullable<QueryContext['synonyms']>,
): number[] {
  const { out } = b;
  const unitSlots: number[] = [];
  for (const units of runs) {
    units.forEach((u, i) => {
      const s = b.slot++;
      unitSlots.push(s);
      if (u.roles) out.roleSlots.set(s, u.roles);
      if (u.group !== undefined) {
        const g = groups[u.group]!;
        out.phrases.push({ text: u.text, slot: s, weight: W_TYPED });
        addHan(b, u.text, W_TYPED, s, 'typed');
        for (const alt of g.present) {
          if (alt === u.text) continue;
          out.phrases.push({ text: alt, slot: s, weight: W_SYNONYM });
          addHan(b, alt, W_SYNONYM, s, 'synonym');
        }
      } else if ([...u.text].length >= 2) {
        out.phrases.push({ text: u.text, slot: s, weight: W_TYPED });
        addHan(b, u.text, W_TYPED, s, 'typed');
      }
      // The piece joining this unit to the next: a real word when the segmenter split an unknown one (话|务|员);
      // not next to a word known whole (a synonym's, a post's name).
      const next = units[i + 1];
      const known = (x: Unit) => x.group !== undefined || x.roles !== undefined;
      if (next && !known(u) && !known(next)) {
        const join = [...u.text].at(-1)! + [...next.text][0]!;
        const singles = ([...u.text].length === 1 ? 1 : 0) + ([...next.text].length === 1 ? 1 : 0);
        addSingle(b, hanTerm(join), join, [W_JOIN_WORDS, W_JOIN_CHAR_WORD, W_JOIN_CHARS][singles]!, 'han');
      }
      // A character standing alone between question words still says something (填, 声): weakly, it
      // matches widely (and asking Pagefind for one character is its slowest search).
      if ([...u.text].length === 1 && u.group === undefined && units.length === 1)
        addHan(b, u.text, W_CHAR, s, 'typed');
    });
  }
  return unitSlots;
}

/** Digits and Latin words; numbers with separators also joined (0791-86608110, 14:30). A query of posts only is noted (onlyRoles). */
function addAlnumPieces(b: PieceBuilder, folded: string, unitSlots: readonly number[]): void {
  const { out } = b;
  const alnum = folded.replace(/\p{Script=Han}+/gu, ' ').match(/[\p{L}\p{N}]+/gu) ?? [];
  if (unitSlots.length && !alnum.length && unitSlots.every((x) => out.roleSlots.has(x)))
    out.onlyRoles = [...new Set(unitSlots.flatMap((x) => out.roleSlots.get(x)!))];
  // After a clause number its digits count little: an item without that number may still hold them.
  const scale = out.clauseNumber ? 0.3 : 1;
  // The character after a number (分 in 10分钟, 元 in 500元): its unit.
  const units = new Map<string, string>();
  for (const m of folded.matchAll(/(\d+)(?:\.\d+)?\s*(\p{Script=Han})/gu)) units.set(m[1]!, m[2]!);
  for (const w of alnum)
    addSingle(b, w, w, scale * (/^\d{1,2}$/.test(w) ? W_DIGITS_SHORT : W_TYPED), 'alnum', units.get(w));
  for (const j of joinedNumbers(folded))
    addPiece(b, {
      term: j,
      text: j,
      weight: scale * W_TYPED,
      slot: b.slot++,
      alt: j,
      pos: 0,
      kind: 'alnum',
      source: 'typed',
      joined: true,
    });
}

/** The compact query with each replaced piece written as its stand-in (the first that the index holds most). */
export function correctQuery(q: AnalyzedQuery, replacements: readonly { from: string; to: string }[]): void {
  let text = q.compact;
  for (const { from, to } of replacements) text = text.split(from).join(to);
  if (text !== q.compact && !q.corrected.includes(text)) q.corrected.push(text);
}

/** Alternatives that sound like a piece found nowhere (typo fallback), in the piece's slot. */
export function addSoundAlikes(
  q: AnalyzedQuery,
  piece: QueryPiece,
  alikes: readonly string[],
  weight = 0.7,
): QueryPiece[] {
  const added: QueryPiece[] = [];
  for (const text of alikes) {
    if (
      text === piece.text ||
      q.pieces.some((p) => p.slot === piece.slot && p.alt === piece.alt && p.pos === piece.pos && p.text === text)
    )
      continue;
    const p: QueryPiece = {
      term: hanTerm(text),
      text,
      weight: piece.weight * weight,
      slot: piece.slot,
      alt: piece.alt,
      pos: piece.pos,
      kind: 'han',
      source: 'sound',
    };
    q.pieces.push(p);
    added.push(p);
  }
  return added;
}
