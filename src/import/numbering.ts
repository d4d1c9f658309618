/**
 * Numbering markers at the start of a line, in the schemes Chinese documents mix:
 * 第一篇 / 第一部分 / 第一章 / 第一节 / 第一条, 一、, （一）, 1. / 1、 / 1．/ 1。, 1), （1） / (1)., ①, a), and
 * decimal 4.1.13 (also bare "5 检查与考核" at the top level). Input lines are already
 * normalised (ASCII digits, "．" between digits turned into ".").
 */
import { chineseNumeral } from '../model/numerals.ts';
import { circledValue, CIRCLED_CLASS } from './text.ts';

export type Scheme =
  | 'part'
  | 'portion'
  | 'chapter'
  | 'section'
  | 'article'
  | 'han'
  | 'han-paren'
  | 'arabic'
  | 'arabic-half-paren'
  | 'arabic-paren'
  | 'circled'
  | 'latin'
  | 'decimal'
  /** Word's automatic list numbering, per list level. */
  | `list-${number}`
  /** An unnumbered Markdown or Word heading, per heading level. */
  | `heading-${number}`
  /** A short unnumbered line over numbered items ("支行及网点："). */
  | 'subhead';

export interface Marker {
  scheme: Scheme;
  /** The marker as written, e.g. "（一）", "4.1.7", "第三条". */
  written: string;
  /** Its value in the scheme (the last part of a decimal number). */
  ordinal: number;
  /** Decimal numbers only: every part, e.g. [4, 1, 7]. */
  parts?: number[];
  /** The text after the marker. */
  rest: string;
}

/** How a scheme is written, for warnings: "numbering jumps … (第…条)". */
export const SCHEME_LABEL: Partial<Record<Scheme, string>> = {
  part: '第…篇',
  portion: '第…部分',
  chapter: '第…章',
  section: '第…节',
  article: '第…条',
  han: '一、',
  'han-paren': '（一）',
  arabic: '1.',
  'arabic-half-paren': '1)',
  'arabic-paren': '（1）',
  circled: '①',
  latin: 'a)',
  decimal: '4.1',
};

/** Words that, right after a number, make it a quantity rather than a clause number. */
const UNIT_AFTER_NUMBER =
  /^(?:年|月|日|天|号|时|小时|分|秒|个|%|元|万|千|百|亿|米|公里|千米|兆|倍|次|人|件|家|台|辆|名|项|条|位|岁|周|期|届|级|座|层|户|吨|度|伏|瓦|千瓦|毫|厘|平方|立方|升|克|公斤|斤|kV|kW|MPa|km|m\b|h\b)/u;

const HAN_NUM = '[零〇一二两三四五六七八九十百]+';

interface Pattern {
  scheme: Scheme;
  re: RegExp;
  value: (m: RegExpExecArray) => number | undefined;
}

const nth = (m: RegExpExecArray): number | undefined => chineseNumeral(m[1] ?? '');

const PATTERNS: Pattern[] = [
  { scheme: 'part', re: new RegExp(`^第(${HAN_NUM}|\\d+)篇(?:[\\s:：、.]+|(?=\\S)|$)`, 'u'), value: nth },
  { scheme: 'portion', re: new RegExp(`^第(${HAN_NUM}|\\d+)部分(?:[\\s:：、.]+|(?=\\S)|$)`, 'u'), value: nth },
  { scheme: 'chapter', re: new RegExp(`^第(${HAN_NUM}|\\d+)章(?:[\\s:：、.]+|(?=\\S)|$)`, 'u'), value: nth },
  { scheme: 'section', re: new RegExp(`^第(${HAN_NUM}|\\d+)节(?:[\\s:：、.]+|(?=\\S)|$)`, 'u'), value: nth },
  { scheme: 'article', re: new RegExp(`^第(${HAN_NUM}|\\d+)条(?:[\\s:：、.]+|(?=\\S)|$)`, 'u'), value: nth },
  { scheme: 'han', re: new RegExp(`^(${HAN_NUM})\\s*[、．.](?!\\d)\\s*`, 'u'), value: nth },
  { scheme: 'han-paren', re: new RegExp(`^[（(]\\s*(${HAN_NUM})\\s*[）)]\\s*[、.．]?\\s*`, 'u'), value: nth },
  { scheme: 'arabic-paren', re: /^[（(]\s*(\d{1,3})\s*[）)]\s*[、.．]?\s*/u, value: nth },
  {
    scheme: 'circled',
    re: new RegExp(`^(${CIRCLED_CLASS})\\s*[、.．]?\\s*`, 'u'),
    value: (m) => circledValue(m[1] ?? ''),
  },
  { scheme: 'latin', re: /^([a-z])\s*[)）]\s*/u, value: (m) => (m[1] ?? 'a').charCodeAt(0) - 96 },
  { scheme: 'arabic-half-paren', re: /^(\d{1,3})\s*[)）]\s*/u, value: nth },
  // "1、2026年3月…" and "1。目的": after 、 or 。 a digit may follow; after "." or "," it would be a decimal or a quantity.
  { scheme: 'arabic', re: /^(\d{1,3})\s*(?:[.．,，](?!\d)|[、。])\s*/u, value: nth },
];

/** A decimal clause number: 4.1, 4.1.13 (at most five parts, none above 999, the first at least 1). */
const DECIMAL = /^(\d{1,3}(?:\.\d{1,3}){1,4})(?:\.(?!\d))?(?![\d.])\s*[、]?\s*/u;
/** A bare top-level number as in GB/T documents ("5 检查与考核", "5检查与考核"). */
const BARE = /^(\d{1,2})(?:\s+|(?=[\u3400-\u9fff“"「《]))/u;

function decimalParts(s: string): number[] {
  return s.split('.').map(Number);
}

/**
 * The numbering marker at the start of `line`, or undefined.
 * `expectBare` lists top-level numbers that may appear without any punctuation
 * ("5检查与考核"); a bare number is otherwise too easily a quantity.
 */
export function detectMarker(line: string, expectBare: ReadonlySet<number> = new Set()): Marker | undefined {
  const dec = DECIMAL.exec(line);
  if (dec) {
    const written = dec[1] ?? '';
    const parts = decimalParts(written);
    const rest = line.slice(dec[0].length);
    if ((parts[0] ?? 0) >= 1 && !UNIT_AFTER_NUMBER.test(rest)) {
      return { scheme: 'decimal', written, ordinal: parts[parts.length - 1] ?? 0, parts, rest };
    }
    return undefined;
  }
  for (const p of PATTERNS) {
    const m = p.re.exec(line);
    if (!m) continue;
    const ordinal = p.value(m);
    if (ordinal === undefined || ordinal < 0) continue;
    const rest = line.slice(m[0].length);
    // "1，2台" lists quantities; "1. 台面…" and "1、台面…" are numbered items.
    if (p.scheme === 'arabic' && /[,，]/u.test(m[0]) && UNIT_AFTER_NUMBER.test(rest)) continue;
    return { scheme: p.scheme, written: m[0].replace(/[\s:：]+$/u, ''), ordinal, rest };
  }
  // "收费所服务方案 篇三": a part title with its number at the end.
  const trailing = /^(.{2,40}?)\s*篇([一二三四五六七八九十]{1,3})$/u.exec(line);
  if (trailing) {
    const ordinal = chineseNumeral(trailing[2] ?? '');
    if (ordinal !== undefined)
      return { scheme: 'part', written: `篇${trailing[2] ?? ''}`, ordinal, rest: trailing[1] ?? '' };
  }
  const bare = BARE.exec(line);
  if (bare) {
    const n = Number(bare[1]);
    const rest = line.slice(bare[0].length);
    const spaced = /\s$/.test(bare[0]);
    if (
      n >= 1 &&
      !UNIT_AFTER_NUMBER.test(rest) &&
      rest !== '' &&
      (expectBare.has(n) || (spaced && /^[\u3400-\u9fff]/u.test(rest) && expectBare.size === 0))
    ) {
      return { scheme: 'decimal', written: String(n), ordinal: n, parts: [n], rest };
    }
  }
  return undefined;
}

/**
 * Whether decimal number `next` can follow `prev` in reading order: the next sibling
 * (4.1.6 → 4.1.7), the first child (4.1 → 4.1.1) or the next sibling of an ancestor
 * (4.1.22 → 4.2, 3.3.2 → 4). Used to split lines that hold two clauses.
 */
export function isDecimalSuccessor(prev: readonly number[], next: readonly number[]): boolean {
  if (next.length === prev.length + 1) {
    return prev.every((p, i) => next[i] === p) && next[next.length - 1] === 1;
  }
  if (next.length > prev.length) return false;
  const k = next.length - 1;
  for (let i = 0; i < k; i++) if (next[i] !== prev[i]) return false;
  return next[k] === (prev[k] ?? 0) + 1;
}

/**
 * Positions inside `line` where another decimal clause starts after a sentence end or a
 * space ("…给予解答。4.1.7 客户来…"), each a plausible successor of the one before.
 */
export function findGluedDecimals(
  line: string,
  first: readonly number[] | undefined,
): { index: number; parts: number[] }[] {
  const out: { index: number; parts: number[] }[] = [];
  let prev = first;
  const re = /(?<=[。；;！!？?）)”"]|\s)(\d{1,3}(?:\.\d{1,3}){0,4})(?![\d.])(\s*)/gu;
  for (let m = re.exec(line); m; m = re.exec(line)) {
    const written = m[1] ?? '';
    const parts = decimalParts(written);
    const after = line.slice(m.index + m[0].length);
    if (after === '' || UNIT_AFTER_NUMBER.test(after)) continue;
    if (parts.length === 1 && (m[2] ?? '') === '') continue;
    if (prev === undefined || !isDecimalSuccessor(prev, parts)) continue;
    out.push({ index: m.index, parts });
    prev = parts;
  }
  return out;
}
