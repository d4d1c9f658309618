/**
 * Text helpers for question generation: comparison, term extraction and the shall / shall-not
 * flip used for true/false questions (numbers are in numbers.ts).
 */
import { chineseNumeral } from '../model/numerals.ts';
import { inferStrength, readStrength } from '../model/strength.ts';
import type { Strength } from '../model/schema/common.ts';
import { cutsWord, FUNCTION_EDGE, hanWords, MARKERS } from './words.ts';

/** Comparison form: NFKC (full-width → half-width), no whitespace, no trailing sentence punctuation. */
export function normalise(text: string): string {
  let normal = normalCache.get(text);
  if (normal === undefined) {
    normal = normaliseUncached(text);
    if (normalCache.size >= NORMAL_CACHE_MAX) normalCache.clear();
    normalCache.set(text, normal);
  }
  return normal;
}

/** Banks compare the same options and stems again and again (every unit's bank, every distractor pool). */
const normalCache = new Map<string, string>();
const NORMAL_CACHE_MAX = 200_000;

function normaliseUncached(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/[。.!！；;]+$/u, '')
    .toLowerCase();
}

/** Non-overlapping occurrences of `needle` in `haystack` (after normalising both). */
export function countOccurrences(haystack: string, needle: string): number {
  const h = normalise(haystack);
  const n = normalise(needle);
  if (n.length === 0) return 0;
  let count = 0;
  for (let i = h.indexOf(n); i !== -1; i = h.indexOf(n, i + n.length)) count++;
  return count;
}

/** Domain terms worth a blank when a clause contains them (short fixed terms, longest first when matched). */
export const GLOSSARY = [
  '首问负责制',
  '首问负责',
  '首问责任制',
  '唱收唱付',
  '一次性告知',
  '限时办结',
  '挂牌上岗',
  '统一着装',
  '普通话',
  '内转外不转',
  '明查暗访',
  '文明用语',
  '服务忌语',
  '规范用语',
  '服务承诺',
  '监督电话',
  '服务热线',
  '报修电话',
  '五声服务',
  '十字文明用语',
  '三亮',
  '站立服务',
  '微笑服务',
  '首接责任',
  '绿色通道',
  '预约服务',
  '上门服务',
  '延时服务',
  '一站式服务',
  '业务受理',
  '投诉登记',
  '回访',
  '保密',
  '工号牌',
  '值班长',
  '客户满意度',
  '服务质量',
  '老弱病残孕',
  '优先办理',
  '双手递接',
  '请稍候',
  '对不起',
  '您好',
  '谢谢',
  '再见',
];

const UNIT_AFTER_NUMBER =
  /^(个工作日|工作日|个月|小时|分钟|秒钟|秒|天|日|周|年|元|%|％|米|公里|千米|MPa|兆帕|次|人|分|项|位|台|户|倍)/u;

export interface TermCandidate {
  /** The text to blank out. */
  term: string;
  origin: 'tag' | 'quoted' | 'glossary' | 'number' | 'pattern' | 'rare';
  /** A number written in Chinese numerals (十五 of 十五分钟): its digits, also accepted as the answer. */
  digits?: string;
}

/**
 * A quantity written in Chinese numerals and its unit (三秒, 十五分钟, 两个小时, 三个工作日), as
 * many documents write them, and clock times (七点半); not an ordinal (第三条), not 一次性 / 一人一档 /
 * 一点, not 十分 (very).
 */
const HAN_QUANTITY =
  /(?<![第零〇一二两三四五六七八九十百千])([零〇一二两三四五六七八九十百千]+)(?=(个工作日|工作日|个月|个小时|小时|分钟|秒钟|秒|点|天|日|周|年|元|米|公里|千米|次|人|项|位|台|户|倍))/gu;

const QUOTED = /[「“‘《"]([^」”’》"]{2,12})[」”’》"]/gu;
/** A four-character term built as XaXb, e.g. 唱收唱付. */
const AXAY = /(\p{Script=Han})(\p{Script=Han})\1(\p{Script=Han})/gu;

/** Everyday words that make poor blanks even when rare. */
const STOP_WORDS = new Set([
  '服务',
  '人员',
  '工作',
  '客户',
  '用户',
  '群众',
  '应当',
  '应该',
  '做到',
  '进行',
  '及时',
  '相关',
  '有关',
  '按照',
  '规定',
  '要求',
  '使用',
  '提供',
  '办理',
  '以及',
  '或者',
  '其他',
  '不得',
  '必须',
  '不能',
  '时间',
  '情况',
  '需要',
  '应该',
  '可以',
  '主动',
  '认真',
  '做好',
  '对于',
  '根据',
  '并且',
  '一律',
  '不予',
  '给予',
  '予以',
  '所有',
  '每个',
  '一个',
  '首先',
  '愿意',
  '简单',
  '之间',
  '必要',
  '困难',
  '配备',
  '面对',
  '执行',
  '相对',
  '立即',
  '随时',
  '同时',
  '一起',
  '一次',
]);

/** A vocabulary sorted longest first (stable), once per vocabulary rather than once per clause. */
const sortedVocabularies = new WeakMap<readonly string[], readonly string[]>();
function longestFirst(vocabulary: readonly string[]): readonly string[] {
  let sorted = sortedVocabularies.get(vocabulary);
  if (!sorted) {
    sorted = [...vocabulary].sort((a, b) => b.length - a.length);
    sortedVocabularies.set(vocabulary, sorted);
  }
  return sorted;
}

/**
 * Candidate terms for a fill-in-the-blank question on a clause, best first:
 * its tags, quoted terms, domain / model vocabulary, numbers (the blank covers
 * the digits, the unit stays), XaXb four-character terms, then words found in
 * no other clause. A term that is part of a longer known term at its first
 * occurrence (收费 in 收费员), or whose blank would cut a word there (words.ts
 * cutsWord: 收费 of 收费亭, 营业 of 营业场所), is left out.
 */
/**
 * Whether the text at [at, at + length) is a bracketed gloss or alternative, or the word one
 * explains: in 用电（用水）性质 either word gives the other away, so neither makes a blank.
 */
function glossed(text: string, at: number, length: number): boolean {
  const open = Math.max(text.lastIndexOf('（', at - 1), text.lastIndexOf('(', at - 1));
  const close = Math.max(text.lastIndexOf('）', at - 1), text.lastIndexOf(')', at - 1));
  return open > close || /^[（(]/u.test(text.slice(at + length));
}

export function candidateTerms(
  text: string,
  options: { tags: string[]; vocabulary: string[]; rareWords: (word: string) => boolean },
): TermCandidate[] {
  const out: TermCandidate[] = [];
  const seen = new Set<string>();
  const known = [...new Set([...options.tags, ...options.vocabulary])].filter((t) => t.length >= 2 && text.includes(t));
  const insideLonger = (term: string, at: number): boolean =>
    known.some((longer) => {
      if (longer.length <= term.length || !longer.includes(term)) return false;
      for (let offset = longer.indexOf(term); offset !== -1; offset = longer.indexOf(term, offset + 1)) {
        if (text.startsWith(longer, at - offset)) return true;
      }
      return false;
    });
  const add = (term: string, origin: TermCandidate['origin']): void => {
    const t = term.trim();
    if (t.length < 2 || seen.has(t) || MARKERS.test(t) || !text.includes(t)) return;
    if (t.length >= text.replace(/[\s。，、；：！？]/gu, '').length - 2) return; // nothing left to read
    const at = text.indexOf(t);
    if (glossed(text, at, t.length)) return;
    if (origin !== 'quoted' && insideLonger(t, at)) return;
    // A quoted term is whole by its quotes; a merely rare word or an XaXb pattern must stand as a phrase.
    if (origin !== 'quoted' && cutsWord(text, at, t.length, origin === 'pattern' || origin === 'rare')) return;
    seen.add(t);
    out.push({ term: t, origin });
  };
  for (const tag of options.tags) add(tag, 'tag');
  for (const match of text.matchAll(QUOTED)) add(match[1] ?? '', 'quoted');
  for (const term of longestFirst(options.vocabulary)) add(term, 'glossary');
  for (const match of text.matchAll(/\d+(?:\.\d+)?/g)) {
    const after = text.slice((match.index ?? 0) + match[0].length).trimStart();
    // A date (自2027年1月1日起施行: its year and its day) is not a quantity staff must know.
    const year = /^年/u.test(after) && /^(19|20)\d\d$/u.test(match[0]);
    // (每月5日前 is a deadline, and stays.)
    const day = /\d\s*[年月]\s*$/u.test(text.slice(0, match.index ?? 0));
    if (UNIT_AFTER_NUMBER.test(after) && !year && !day) {
      const digits = match[0];
      if (!seen.has(digits)) {
        seen.add(digits);
        out.push({ term: digits, origin: 'number' });
      }
    }
  }
  for (const match of text.matchAll(HAN_QUANTITY)) {
    const numeral = match[1] ?? '';
    const unit = match[2] ?? '';
    const value = chineseNumeral(numeral);
    if (value === undefined || seen.has(numeral)) continue;
    // 一次性, 一人一档, 慢一点: 一 there is not a quantity.
    if (numeral === '一' && /^(次|人|点)/u.test(unit)) continue;
    seen.add(numeral);
    out.push({ term: numeral, origin: 'number', digits: String(value) });
  }
  for (const match of text.matchAll(AXAY)) add(match[0], 'pattern');
  for (const word of hanWords(text)) {
    if (word.length >= 2 && !STOP_WORDS.has(word) && !FUNCTION_EDGE.test(word) && options.rareWords(word))
      add(word, 'rare');
  }
  return out;
}

/**
 * How a clause of each strength is turned false, in the words an examiner uses: a duty becomes a
 * dispensation (应当场受理 → 不必当场受理), a prohibition a permission (不得玩手机 → 可以玩手机). The
 * opposite duty (应 → 不得, 不得 → 应) is false too but reads absurd (当班期间应玩手机, 应对投诉人打击
 * 报复) and sits badly with what follows the marker; it stays the fallback, tried last.
 */
const MARKERS_BY_STRENGTH: Partial<Record<Strength, { pattern: RegExp; replacements: string[] }>> = {
  // 应当面 / 应当场 / 应当日 … are 应 + 当面 (in person), not the modal 应当.
  // 理应 is one marker: flipping only its 应 would give 理不得. 须 alone (还须出示) is one too; 须知 is not.
  shall: {
    pattern: /理应|应当(?![场面即日天月年时事地晚])|应该|必须|务必|应|须(?!知)/gu,
    replacements: ['不必', '不得'],
  },
  // 应 alone would read as part of 应对 / 应答 … in front of such characters; 应当 never does.
  'shall-not': {
    pattern: /不得|严禁|禁止|不准|不应|不许|切勿|杜绝|决不|绝不|不要/gu,
    replacements: ['可以', '应', '应当'],
  },
  should: { pattern: /(?<!不)宜/gu, replacements: ['不宜'] },
  'should-not': { pattern: /不宜/gu, replacements: ['宜'] },
  // Denying a permission states a prohibition, which the norm does not make.
  may: { pattern: /可以|(?<!不)可/gu, replacements: ['不得'] },
};

/**
 * The clause turned false (应 → 不必, 不得 → 可以, 宜 ↔ 不宜, 可 → 不得; see above), or a problem when
 * its wording does not clearly carry the written strength. Every marker that is normative on its
 * own is replaced (the 应 of 供应 is not one: inferStrength masks such words), so "不得A，不得B"
 * becomes "可以A，可以B", not a half-true mixture; the result must no longer read as the written
 * strength.
 */
export function negateStrength(text: string, strength: Strength): { negated: string } | { problem: string } {
  const key = `${strength}\u241f${text}`;
  let result = negatedCache.get(key);
  if (!result) {
    result = negateUncached(text, strength);
    if (negatedCache.size >= NEGATED_CACHE_MAX) negatedCache.clear();
    negatedCache.set(key, result);
  }
  return result;
}

/** Every unit's bank flips the same clause texts (its resolved copies of the group's documents). */
const negatedCache = new Map<string, Readonly<{ negated: string } | { problem: string }>>();
const NEGATED_CACHE_MAX = 100_000;

function negateUncached(text: string, strength: Strength): { negated: string } | { problem: string } {
  const rule = MARKERS_BY_STRENGTH[strength];
  if (rule === undefined) return { problem: `strength ${strength} has no simple opposite` };
  // A clause may say more than its written strength (应穿工装，不得混穿便服, marked shall): the
  // checker accepts it, and so does the question, as long as the wording holds that strength.
  const has = (t: string): boolean => readStrength(t).markers.has(strength);
  if (!has(text)) return { problem: `wording reads as ${inferStrength(text) ?? 'no strength'}, written ${strength}` };
  const matches = [...text.matchAll(rule.pattern)];
  const normative = matches.filter((match) => {
    // Blank every other marker so only this one can carry the strength.
    let isolated = '';
    let last = 0;
    for (const other of matches) {
      const o = other.index ?? 0;
      isolated += text.slice(last, o) + (other === match ? other[0] : '□'.repeat(other[0].length));
      last = o + other[0].length;
    }
    return has(isolated + text.slice(last));
  });
  if (normative.length === 0) return { problem: 'no stand-alone normative marker found' };
  for (const replacement of rule.replacements) {
    let negated = '';
    let last = 0;
    for (const match of normative) {
      negated += text.slice(last, match.index ?? 0) + replacement;
      last = (match.index ?? 0) + match[0].length;
    }
    negated += text.slice(last);
    if (inferStrength(negated) !== strength) return { negated };
  }
  return { problem: `replacing the markers still reads as ${strength}` };
}
