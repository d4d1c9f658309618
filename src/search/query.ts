/**
 * A query as the island searches it: folded (full/half width, traditional → simplified), the
 * question words dropped, cut into pieces with weights, and the words staff use for the same
 * thing (synonym groups) added as alternatives. Pure: no DOM, no Pagefind.
 *
 * Pieces of one concept share a slot and an item scores the best of them, so an item using a
 * synonym is found but one using the word typed comes first, and no concept counts twice.
 */
import { chineseCounting, chineseNumeral } from '../model/numerals.ts';
import { compact, hanPieces, hanTerm, joinedNumbers, normalizeText, numberTerm } from './tokens.ts';
import { knownWords, queryUnits, type Unit } from './query-units.ts';

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
  /** A pair found as its two characters one or two apart (智障 in 智力障碍: short-forms.ts). */
  spread?: true;
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
  /**
   * Slots that name a unit (禾川电力营业员 居民装电几天能通): where, not what. An item holds them by
   * being that unit's own (rank.ts), not by naming it; unless the query is only names (禾川电力).
   */
  unitSlots: Map<number, readonly string[]>;
  /** The Han characters of the words typed about the matter (not posts, not question words), for shared-character matching (rank.ts). */
  chars: string[];
}

export interface QueryContext {
  /** Traditional → simplified characters. */
  fold?: ReadonlyMap<string, string>;
  synonyms?: readonly { words: readonly string[]; present: readonly string[] }[];
  /** Word segmentation (the browser's Intl.Segmenter); without it each Han run is one word. */
  segment?: (text: string) => string[];
  /** Words that name a post: word → role ids (role-words.ts). */
  roles?: Readonly<Record<string, readonly string[]>>;
  /** Names of the units: name → unit ids (search-data.ts). */
  units?: Readonly<Record<string, readonly string[]>>;
}

/**
 * Weights: a typed piece, a synonym's piece, a lone character, and pieces joining two words:
 * two single characters are likely one word the segmenter did not know (唱|收|唱|附), a single
 * character and a word less so (员|接), two words hardly (投诉|回复).
 */
const W_TYPED = 1;
/**
 * A synonym is what the rule says in its own words (the client's 顾客, the rule's 客户), so it counts
 * nearly as the word typed. Measured (Node loop, p@1; the spent sets fourth…nineteenth of 2513 / the
 * guard sets tuning…ninth of 760, with the domain-wide synonym passes of search20): 0.75 1799 / 605;
 * 0.85 1808 / 606; 0.9 1811 / 606; 0.95 1812 / 607; 1 1813 / 606 (then the typed word no longer
 * comes first).
 */
const W_SYNONYM = 0.95;
export const W_CHAR = 0.5;
const W_JOIN_CHARS = 1;
const W_JOIN_CHAR_WORD = 0.6;
const W_JOIN_WORDS = 0.4;
const W_DIGITS_SHORT = 0.6;
/**
 * Seven digits or more are a phone number, an identifier: beside a word (2265133 查档, 3386315投诉)
 * the item holding the number is what is asked about, not any item holding the word. Measured (Node
 * loop, fourth…fifteenth, p@1 of 1506): 1 (as any word) 1047; 1.5 1050; 2 1051; 2.5 1051; 3 1050.
 */
const W_PHONE = 2;
/** 第5条, 第 五 条, 第十二条之一 typed alone: the article's label as the model writes it (第五条), else undefined. */
function articleLabel(query: string): string | undefined {
  const m =
    /^\s*第\s*([0-9]+|[零〇一二两三四五六七八九十百千]+)\s*条(?:\s*之\s*([0-9]+|[一二三四五六七八九十]+))?\s*$/u.exec(
      query,
    );
  const n = m ? chineseNumeral(m[1]!) : undefined;
  if (n === undefined) return undefined;
  const inserted = m?.[2] !== undefined ? chineseNumeral(m[2]) : undefined;
  return `第${chineseCounting(n)}条${inserted !== undefined ? `之${chineseCounting(inserted)}` : ''}`;
}

/**
 * Words that, beside a post's name and nothing else, ask what the post itself is (话务员 这个岗位管什么,
 * 收费员 要背哪些): its duties, not one of its items — the post's page answers.
 */
const DUTY = new Set(
  '岗位 岗 这个岗 职责 岗位职责 工作职责 职能 工作 工作内容 主要 负责 管 干 做 背 要背 任务 分工 活 干活 内容 事 哪些事 事情 要求'.split(
    ' ',
  ),
);

/** A verb of saying standing alone. */
const SAYING = /^[说讲问喊答]$/u;

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

export function analyzeQuery(query: string, ctx: QueryContext = {}): AnalyzedQuery {
  const folded = foldText(query, ctx.fold).trim();
  const out: AnalyzedQuery = {
    folded,
    compact: compact(folded),
    phrases: [],
    pieces: [],
    corrected: [],
    roleSlots: new Map(),
    unitSlots: new Map(),
    chars: [],
  };
  const b: PieceBuilder = { out, slot: 0, seen: new Set() };
  const number = /^\s*(\d+(?:\.\d+)+)\s*$/.exec(folded)?.[1] ?? articleLabel(folded);
  if (number) {
    out.clauseNumber = number;
    addSingle(b, numberTerm(out.clauseNumber), out.clauseNumber, 3, 'number');
  }
  const groups = ctx.synonyms ?? [];
  const closed = closeSplitWords(folded, groups);
  const taken = knownWords(closed, groups, ctx.roles ?? {}, ctx.units ?? {});
  const { runs, straddling } = queryUnits(closed, taken, ctx.segment);
  const unitSlots = addUnitPieces(b, runs, groups, !runs.flat().every((u) => u.units || u.roles));
  // Joins across a question word serve the typo fallback only, which a sentence does not get (isSentence).
  if (!isSentence(out)) for (const join of straddling) addSingle(b, hanTerm(join), join, W_JOIN_WORDS, 'han');
  const duty = runs.flat().flatMap((u, i) => (!u.roles && !u.units && DUTY.has(u.text) ? [unitSlots[i]!] : []));
  addAlnumPieces(b, folded, unitSlots, new Set(duty));
  out.chars = [...new Set(runs.flat().flatMap((u) => (u.roles || u.units ? [] : [...u.text])))];
  return out;
}

/**
 * A verb and its object said with an aspect, result, measure or duration word between them (抽根烟,
 * 报了修, 缴完费, 补张卡, 聊会儿天), or with the person it is done to (回我电话, 退他钱), or a count (捎一个人): written without it when that makes a word of a synonym group
 * (抽烟, 报修, 缴费, 补卡, 聊天), so the group's words find the items; left as typed otherwise (no
 * guess at a word). 会(儿) (search11): one query of the tuning half 2 → 1, no other change.
 */
const INFIX =
  /^(?:完了|一下|会儿|我们|你们|他们|一个|一张|一根|一支|一趟|完|了|过|个|根|张|支|次|趟|着|好|会|我|你|他|她)/u;

function closeSplitWords(folded: string, groups: NonNullable<QueryContext['synonyms']>): string {
  const words = groups.flatMap((g) => g.words).filter((w) => [...w].length >= 2);
  let out = '';
  const chars = [...folded];
  for (let i = 0; i < chars.length; i++) {
    out += chars[i];
    const rest = chars.slice(i + 1).join('');
    const infix = INFIX.exec(rest)?.[0];
    if (!infix) continue;
    const after = rest.slice(infix.length);
    const here = chars.slice(i).join('');
    // Not where a word already spans the infix (每个月 is a group's word as typed).
    if (words.some((w) => w.length > 1 && here.startsWith(w))) continue;
    if (words.some((w) => w.startsWith(chars[i]!) && after.startsWith(w.slice(chars[i]!.length))))
      i += [...infix].length;
  }
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

/** Each unit in a slot: its phrase and pieces (a synonym's alternatives too), the joins to the next unit. Returns the units' slots. */
function addUnitPieces(
  b: PieceBuilder,
  runs: readonly Unit[][],
  groups: NonNullable<QueryContext['synonyms']>,
  scoped: boolean,
): number[] {
  const { out } = b;
  const unitSlots: number[] = [];
  for (const units of runs) {
    units.forEach((u, i) => {
      const s = b.slot++;
      unitSlots.push(s);
      if (u.roles) out.roleSlots.set(s, u.roles);
      if (u.units && scoped) out.unitSlots.set(s, u.units);
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
      const known = (x: Unit) => x.group !== undefined || x.roles !== undefined || x.units !== undefined;
      if (next && !known(u) && !known(next)) {
        const join = [...u.text].at(-1)! + [...next.text][0]!;
        const singles = ([...u.text].length === 1 ? 1 : 0) + ([...next.text].length === 1 ? 1 : 0);
        addSingle(b, hanTerm(join), join, [W_JOIN_WORDS, W_JOIN_CHAR_WORD, W_JOIN_CHARS][singles]!, 'han');
      }
      // A character the segmenter leaves alone still says something (填, 声; 缺, 查, 补 beside other
      // words): weakly, it matches widely; the engine drops it when most records hold it. Not a verb
      // of saying (说, 问) beside other words: that asks about the form of the answer (intent.ts), not its matter.
      if ([...u.text].length === 1 && u.group === undefined && !u.units && (units.length === 1 || !SAYING.test(u.text)))
        addHan(b, u.text, W_CHAR, s, 'typed');
    });
  }
  return unitSlots;
}

/** Digits and Latin words; numbers with separators also joined (0791-86608110, 14:30). A query of posts only is noted (onlyRoles). */
function addAlnumPieces(
  b: PieceBuilder,
  folded: string,
  unitSlots: readonly number[],
  duty: ReadonlySet<number>,
): void {
  const { out } = b;
  const alnum = folded.replace(/\p{Script=Han}+/gu, ' ').match(/[\p{L}\p{N}]+/gu) ?? [];
  const roles = unitSlots.filter((x) => out.roleSlots.has(x));
  if (roles.length && !alnum.length && unitSlots.every((x) => out.roleSlots.has(x) || duty.has(x)))
    out.onlyRoles = [...new Set(roles.flatMap((x) => out.roleSlots.get(x)!))];
  // After a clause number its digits count little: an item without that number may still hold them.
  const scale = out.clauseNumber ? 0.3 : 1;
  // The character after a number (分 in 10分钟, 元 in 500元): its unit.
  const units = new Map<string, string>();
  for (const m of folded.matchAll(/(\d+)(?:\.\d+)?\s*(\p{Script=Han})/gu)) units.set(m[1]!, m[2]!);
  const weight = (w: string) => (/^\d{1,2}$/.test(w) ? W_DIGITS_SHORT : /^\d{7,}$/.test(w) ? W_PHONE : W_TYPED);
  for (const w of alnum) addSingle(b, w, w, scale * weight(w), 'alnum', units.get(w));
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

/**
 * A query longer than a term (more than this many Han characters) is a case told in one's own
 * words: a piece of it the index lacks is a word the standards do not use, far more often than a
 * typo, and its sound-alikes (之前 → 致歉, 都没 → 度末) only add noise — they also count as held
 * concepts in the coordination. Measured (search11, Node loop; tuning half fourth, sixth, eighth /
 * validation half fifth, seventh, ninth, p@1 of 412 / 444): the fallback in every query 271 / 289;
 * in queries of at most 6, 8 or 10 characters 277 / 292; 12: 275 / 291; kept in long queries at
 * 0.3 of its weight instead: 272 / 290. No typo query of the spent sets is longer than 7.
 */
const TERM_CHARS = 8;

export function isSentence(q: AnalyzedQuery): boolean {
  return (q.folded.match(/\p{Script=Han}/gu) ?? []).length > TERM_CHARS;
}

/**
 * What kinds a query's form prefers (intent.ts, kindShare): a case told (a sentence naming no post),
 * or a term typed bare (not a sentence, no post named, no number).
 */
export function queryForm(q: AnalyzedQuery): [told: boolean, term: boolean] {
  const sentence = isSentence(q);
  return [sentence && !q.roleSlots.size, !sentence && !q.roleSlots.size && !/\d/.test(q.compact)];
}
