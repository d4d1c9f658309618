/**
 * Line breaking for Chinese with embedded numbers and Latin words: UAX #14 break
 * opportunities (the `linebreak` package) narrowed by the clreq 禁则 rules; then the breaks of
 * the whole paragraph chosen together (as TeX does) so that every justified line fills its
 * measure within the spacing rules of spacing.ts: slack goes to punctuation and Han–Western
 * gaps first, then between Han characters up to a cap; a line that would need more, and a
 * last line of one character, make the breaker choose other breaks; a break inside a Chinese
 * word (diagram/words.ts) costs a little. Renderer-independent: widths come from an `advance` callback.
 * Long (about 535 lines): break opportunities, the breaker and its cost model are read together.
 */
import LineBreaker from 'linebreak';
import { UNIT_WORDS } from '../../model/text-runs.ts';
import { NO_LINE_END, NO_LINE_START, westernFlags } from './chars.ts';
import { wordInteriors } from '../../diagram/words.ts';
import {
  DEFAULT_RULES,
  glue,
  isClosingKind,
  isCountedKind,
  isSpaceKind,
  leadOf,
  lineEndTrim,
  type Glue,
  type SpacingRules,
} from './spacing.ts';

export { NO_LINE_END, NO_LINE_START } from './chars.ts';

/** Signs that belong to the number after them: ≥ 0.28 MPa, ± 5 %. */
const BINDS_TO_NEXT = new Set([...'≥≤＜＞<>±~～≈¥￥$№#']);
const DIGIT = /[0-9０-９]/;
const HAN = /\p{Script=Han}/u;
const SPACE = /\s/;

export interface Line {
  text: string;
  /** Index in the paragraph's text where this line starts (for styled spans). */
  start?: number;
  /** Natural width in points (natural gaps included, trailing spaces excluded). */
  width: number;
  /**
   * Set on every line of a paragraph except the last, lines ended by a hard break, and lines too
   * short to fill the measure within the spacing limits (left ragged).
   */
  justify: boolean;
  /** Per code point of `text`: the natural gap after it, in points (Han–Western gaps, compressed punctuation). */
  gaps?: number[];
  /** Per code point: the gap after it when the line is justified to its measure. */
  fill?: number[];
  /** Where the first glyph starts relative to the line's left edge (negative: a mark's blank half in the margin). */
  lead?: number;
}

export interface BreakOptions {
  /** Width available for every line, in points. */
  width: number;
  /** Width of the first line, if it differs (e.g. a paragraph indent). */
  firstWidth?: number;
  /** Advance of one code point in points; `index` is its UTF-16 index in the paragraph (for mixed styles). */
  advance: (codePoint: number, index: number) => number;
  /** The em at a UTF-16 index, in points (default: the advance of 中 there). */
  em?: (index: number) => number;
  rules?: SpacingRules;
  /** Lines set flush left and never justified (table cells): only the line count and a lonely last line cost. */
  ragged?: boolean;
}

/** Ranges [start, end) of number + unit word, inside which no line break is allowed. */
function numberUnitSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const m of text.matchAll(/[0-9０-９][0-9０-９.,]*/g)) {
    const end = m.index + m[0].length;
    const unit = UNIT_WORDS.find((u) => text.startsWith(u, end));
    if (unit) spans.push([m.index, end + unit.length]);
  }
  // A slot for a value, 〔姓名〕: one piece, as it is one blank to fill.
  for (const m of text.matchAll(/〔[^〔〕]{1,6}〕/g)) spans.push([m.index, m.index + m[0].length]);
  // A short label and the phone number set after it (服务站值班电话 0623-5532047): one piece.
  for (const m of text.matchAll(LABELLED_NUMBER)) spans.push([m.index + m[1]!.length, m.index + m[0].length]);
  return spans;
}

/** A label of two to eight Han characters after a pause, a space, then a number of five or more digits. */
const LABELLED_NUMBER = /(^|[\s　：:，,、；;])\p{Script=Han}{2,8}[ \u00a0]+\d[\d-]{4,}/gu;

interface Opportunities {
  allowed: Set<number>;
  required: Set<number>;
  /** Breaks inside a word of Han characters (电|话), which cost COST.word: found when a paragraph needs two lines. */
  inWord?: Set<number>;
}

/**
 * The same paragraph is broken many times (at each step of a poster's fit, for each tighter try
 * against a lone last character, in measuring and then drawing), and the opportunities depend
 * on the text alone. Bounded so that a big handbook does not keep every paragraph.
 */
const opportunitiesByText = new Map<string, Opportunities>();
const OPPORTUNITIES_KEPT = 4096;

/** Positions (UTF-16 indices) where a line may break, and which of them are forced. Do not modify the sets (inWord may be added). */
export function breakOpportunities(text: string): Opportunities {
  let found = opportunitiesByText.get(text);
  if (found === undefined) {
    found = findBreakOpportunities(text);
    if (opportunitiesByText.size >= OPPORTUNITIES_KEPT) opportunitiesByText.clear();
    opportunitiesByText.set(text, found);
  }
  return found;
}

function findBreakOpportunities(text: string): Opportunities {
  const allowed = new Set<number>();
  const required = new Set<number>();
  const spans = numberUnitSpans(text);
  const western = westernByIndex(text);
  const breaker = new LineBreaker(text);
  for (let bk = breaker.nextBreak(); bk !== null; bk = breaker.nextBreak()) {
    const pos = bk.position;
    if (pos >= text.length) continue;
    if (bk.required) {
      required.add(pos);
      allowed.add(pos);
      continue;
    }
    const next = text[pos] ?? '';
    let before = pos - 1;
    while (before > 0 && SPACE.test(text[before] ?? '')) before--;
    const prev = text[before] ?? '';
    if (NO_LINE_START.has(next) || NO_LINE_END.has(prev) || BINDS_TO_NEXT.has(prev)) continue;
    // Keep a number with the unit or word written straight after it: 24小时, 100%, 0.28MPa.
    if (DIGIT.test(text[pos - 1] ?? '') && (HAN.test(next) || /[A-Za-z%]/.test(next))) continue;
    if (spans.some(([a, b]) => pos > a && pos < b)) continue;
    // And keep a number whole when it follows CJK punctuation rules UAX #14 misses (e.g. 0791-6132563「).
    if (DIGIT.test(next) && DIGIT.test(text[pos - 1] ?? '')) continue;
    // Nor inside any Western run: a range (200—500), a code (Q/YLGY), a word.
    if (western[pos - 1] && western[pos]) continue;
    allowed.add(pos);
  }
  return { allowed, required };
}

/** westernFlags per UTF-16 index (both halves of a surrogate pair share the flag). */
function westernByIndex(text: string): boolean[] {
  const chars = [...text];
  const flags = westernFlags(chars);
  const out: boolean[] = [];
  chars.forEach((ch, i) => {
    out.push(flags[i]!);
    if (ch.length === 2) out.push(flags[i]!);
  });
  return out;
}

const NO_WORDS: ReadonlySet<number> = new Set();

/** Positions where only an emergency break may go: never inside a number, before a closing or after an opening mark. */
function emergencyAllowed(text: string, p: number): boolean {
  const at = text[p] ?? '';
  const before = text[p - 1] ?? '';
  if (NO_LINE_START.has(at) || NO_LINE_END.has(before)) return false;
  if (DIGIT.test(at) && /[0-9０-９.\-–—]/.test(before)) return false;
  if (/[.\-–—]/.test(at) && DIGIT.test(before)) return false;
  // Nor between a number and the letters of its unit (0.28MPa, 24h).
  if ((DIGIT.test(before) && /[A-Za-z%]/.test(at)) || (/[A-Za-z]/.test(before) && DIGIT.test(at))) return false;
  return !/[\uDC00-\uDFFF]/.test(at);
}

/** Em no gap between Han characters ever exceeds (the print audit calls a line loose beyond 0.1 em). */
const LOOSE = 0.095;

/** Costs of the total-fit breaker: what a line is charged for, in arbitrary units. */
const COST = {
  line: 10,
  /** Per em of slack absorbed at punctuation and Han–Western gaps. */
  stretchA: 2,
  /** Times the square of the share of the Han gaps' capacity used. */
  stretchB: 20,
  /** Han gaps beyond the template's cap, up to LOOSE (a line that would otherwise leave one character alone). */
  beyondCap: 500,
  /** Slack no gap may take: the line is left short (ragged), which the breaker avoids above all but overflow. */
  ragged: 3000,
  raggedPerEm: 200,
  shrink: 30,
  /** A closing mark hanging past the margin (clreq 行尾点号悬挂): only when nothing else fits. */
  hang: 20000,
  /** Ragged lines: times the square of each non-last line's slack in em, to keep them even. */
  raggedSlack: 0.5,
  /**
   * A break inside a word of Han characters (监督电 / 话; words as Intl.Segmenter finds them), which
   * Chinese allows and a careful typesetter avoids when it costs little: 60 outweighs Han gaps at
   * the cap on three lines (stretchB) or one line's punctuation squeezed in full (shrink), far
   * below beyondCap, lonely or ragged; chooseBreaks never lets it add a line. Over every
   * organisation's cards and handbooks it leaves 81 of 3,385 splits (45: 116; 100: 79).
   */
  word: 60,
  /** The same in ragged cells (line 10, raggedSlack): up to 4 em of slack on one line, 系统坏了，/ 改天再来吧。 */
  wordRagged: 8,
  /** A last line of one character (孤字). */
  lonely: 2000,
  /** A break inside a word: only where nothing else fits (emergency breaks never split a number, emergencyAllowed). */
  emergency: 50000,
  overflow: 1e6,
} as const;

/** How far Han gaps may go past the template's cap, as a multiple of it (up to LOOSE em). */
function beyondFactor(g: Glue): number {
  return g.rules.maxStretch > 0 ? Math.max(1, LOOSE / g.rules.maxStretch) : 1;
}

/** The most a line's gaps may widen in all, Han gaps up to LOOSE: a line with more slack is left short. */
function fillable(g: Glue, fit: Fit): number {
  return fit.stretchA + fit.stretchB * beyondFactor(g);
}

interface Prefix {
  adv: Float64Array;
  gap: Float64Array;
  a: Float64Array;
  b: Float64Array;
  h: Float64Array;
  counted: Int32Array;
  /** First code point at or after k that is not a space or line break; last such before k, plus one. */
  startAt: Int32Array;
  endAt: Int32Array;
  /** leadOf, lineEndTrim and the width a closing mark may hang, per code point. */
  lead: Float64Array;
  trim: Float64Array;
  hang: Float64Array;
}

function prefixOf(g: Glue): Prefix {
  const n = g.cps.length;
  const p: Prefix = {
    adv: new Float64Array(n + 1),
    gap: new Float64Array(n + 1),
    a: new Float64Array(n + 1),
    b: new Float64Array(n + 1),
    h: new Float64Array(n + 1),
    counted: new Int32Array(n + 1),
    startAt: new Int32Array(n + 1),
    endAt: new Int32Array(n + 1),
    lead: new Float64Array(n + 1),
    trim: new Float64Array(n + 1),
    hang: new Float64Array(n + 1),
  };
  const blank = (k: number): boolean => isSpaceKind(g, k) || g.cps[k] === 10;
  for (let k = 0; k < n; k++) {
    p.adv[k + 1] = p.adv[k]! + g.advances[k]!;
    p.gap[k + 1] = p.gap[k]! + g.gaps[k]!;
    p.a[k + 1] = p.a[k]! + g.stretchA[k]!;
    p.b[k + 1] = p.b[k]! + g.stretchB[k]!;
    p.h[k + 1] = p.h[k]! + g.shrink[k]!;
    p.counted[k + 1] = p.counted[k]! + (isCountedKind(g, k) ? 1 : 0);
    p.endAt[k + 1] = blank(k) ? p.endAt[k]! : k + 1;
    p.lead[k] = leadOf(g, k);
    p.trim[k] = lineEndTrim(g, k);
    p.hang[k] = isClosingKind(g, k) ? g.advances[k]! - p.trim[k]! : 0;
  }
  p.startAt[n] = n;
  for (let k = n - 1; k >= 0; k--) p.startAt[k] = blank(k) ? p.startAt[k + 1]! : k;
  return p;
}

/** A line over code points [from, to) once spaces at its ends are dropped. */
interface Span {
  from: number;
  to: number;
}

function trimmed(p: Prefix, a: number, b: number): Span {
  const from = Math.min(p.startAt[a]!, b);
  return { from, to: Math.max(from, p.endAt[b]!) };
}

interface Fit {
  width: number;
  stretchA: number;
  stretchB: number;
  shrink: number;
  /** Width of a closing mark allowed to hang past the measure. */
  hang: number;
}

function fitOf(p: Prefix, { from, to }: Span): Fit {
  if (to <= from) return { width: 0, stretchA: 0, stretchB: 0, shrink: 0, hang: 0 };
  const inner = to - 1;
  return {
    width: p.adv[to]! - p.adv[from]! + p.gap[inner]! - p.gap[from]! + p.lead[from]! - p.trim[inner]!,
    stretchA: p.a[inner]! - p.a[from]!,
    stretchB: p.b[inner]! - p.b[from]!,
    shrink: p.h[inner]! - p.h[from]!,
    hang: p.hang[inner]!,
  };
}

/** Width of code points [f, to) as one line with its punctuation squeezed and a closing mark hung: the least it can take. */
function leastWidth(p: Prefix, f: number, to: number): number {
  const inner = to - 1;
  const natural = p.adv[to]! - p.adv[f]! + p.gap[inner]! - p.gap[f]! + p.lead[f]! - p.trim[inner]!;
  return natural - (p.h[inner]! - p.h[f]!) - p.hang[inner]!;
}

/** Cost of setting `span` (code points [a, b) trimmed) as one line of the given measure; Infinity when it cannot be. */
function lineCost(
  g: Glue,
  p: Prefix,
  span: Span,
  fit: Fit,
  measure: number,
  last: boolean,
  firstOfSegment: boolean,
  onlyChoice: boolean,
  ragged: boolean,
): number {
  const em = g.ems[span.from] ?? 10;
  let cost: number = COST.line;
  const over = fit.width - measure;
  if (over > 0.01) {
    if (over <= fit.shrink + 0.01) cost += COST.shrink * (1 + over / Math.max(fit.shrink, 0.01));
    else if (!ragged && fit.hang > 0 && over <= fit.hang + fit.shrink + 0.01) cost += COST.hang;
    else if (onlyChoice) cost += COST.overflow + over;
    else return Infinity;
  } else if (!last && ragged) {
    cost += COST.raggedSlack * (-over / em) ** 2;
  } else if (!last) {
    const slack = -over;
    const inA = Math.min(slack, fit.stretchA);
    const rest = slack - inA;
    const inB = Math.min(rest, fit.stretchB);
    const beyond = Math.min(rest - inB, fit.stretchB * (beyondFactor(g) - 1));
    const left = slack - fillable(g, fit);
    cost += COST.stretchA * (inA / em) + (fit.stretchB > 0 ? COST.stretchB * (inB / fit.stretchB) ** 2 : 0);
    if (beyond > 0.01) cost += COST.beyondCap;
    if (left > 0.01) cost += COST.ragged + COST.raggedPerEm * (left / em);
  }
  // One character alone on a last line (孤字); a line of marks only (a quiz's answer brackets) is no character.
  if (last && !firstOfSegment && p.counted[span.to]! - p.counted[span.from]! === 1) cost += COST.lonely;
  return cost;
}

/** Per code point of the line: the gap after it, natural and stretched (or shrunk) to fill `measure`. */
function lineGaps(
  g: Glue,
  p: Prefix,
  span: Span,
  measure: number,
  justify: boolean,
): { gaps: number[]; fill?: number[] } {
  const gaps: number[] = [];
  for (let k = span.from; k < span.to; k++) gaps.push(k + 1 < span.to ? g.gaps[k]! : 0);
  if (!justify || span.to - span.from < 2) return { gaps };
  const fit = fitOf(p, span);
  let slack = measure - fit.width;
  if (slack < -fit.shrink - 0.01 && fit.hang > 0) slack += fit.hang;
  const fill = gaps.slice();
  if (slack < 0) {
    const share = fit.shrink > 0 ? Math.min(1, -slack / fit.shrink) : 0;
    for (let k = span.from; k + 1 < span.to; k++) fill[k - span.from]! -= g.shrink[k]! * share;
    return { gaps, fill };
  }
  const inA = Math.min(slack, fit.stretchA);
  const shareA = fit.stretchA > 0 ? inA / fit.stretchA : 0;
  const shareB = fit.stretchB > 0 ? Math.min(beyondFactor(g), (slack - inA) / fit.stretchB) : 0;
  for (let k = span.from; k + 1 < span.to; k++)
    fill[k - span.from]! += g.stretchA[k]! * shareA + g.stretchB[k]! * shareB;
  return { gaps, fill };
}

/**
 * The dynamic programme over one hard-broken segment's break positions: the least total cost
 * (see COST), and the same without COST.word, kept side by side at little cost (lineCost, the
 * expensive part, is shared). A path that avoids split words with more lines than the path
 * without is not taken: a word is never kept whole at the price of a line. Indices into
 * `positions` of the chosen ends, and the cost without COST.word (FLAWED keeps its meaning).
 */
function chooseBreaks(
  g: Glue,
  p: Prefix,
  positions: readonly number[],
  regular: ReadonlySet<number>,
  split: readonly boolean[],
  options: BreakOptions,
): { chosen: number[]; cost: number } | undefined {
  const m = positions.length;
  const best = new Float64Array(m).fill(Infinity);
  const from = new Int32Array(m).fill(-1);
  const plain = new Float64Array(m).fill(Infinity);
  const plainFrom = new Int32Array(m).fill(-1);
  best[0] = plain[0] = 0;
  const wordCost = options.ragged === true ? COST.wordRagged : COST.word;
  for (let j = 1; j < m; j++) {
    const b = positions[j]!;
    const last = j === m - 1;
    const penalty = last || regular.has(b) ? 0 : COST.emergency;
    const word = split[j] ? wordCost : 0;
    const to = p.endAt[b]!;
    for (let i = j - 1; i >= 0; i--) {
      const a = positions[i]!;
      const measure = a === 0 && options.firstWidth !== undefined ? options.firstWidth : options.width;
      // Longer lines only get wider: stop once even shrinking and hanging cannot fit it
      // (worked out from the prefix sums without building the line, the common case).
      const f = Math.min(p.startAt[a]!, b);
      if (i < j - 1 && to > f && leastWidth(p, f, to) > measure + 0.01) break;
      if (best[i] === Infinity) continue;
      const span = trimmed(p, a, b);
      const c = lineCost(g, p, span, fitOf(p, span), measure, last, i === 0, i === j - 1, options.ragged === true);
      if (c === Infinity) continue;
      const total = best[i]! + c + penalty + word;
      if (total < best[j]!) {
        best[j] = total;
        from[j] = i;
      }
      const without = plain[i]! + c + penalty;
      if (without < plain[j]!) {
        plain[j] = without;
        plainFrom[j] = i;
      }
    }
  }
  const path = (back: Int32Array): number[] | undefined => {
    const chosen: number[] = [];
    for (let j = m - 1; j > 0; j = back[j]!) {
      if (back[j]! < 0) return undefined;
      chosen.push(j);
    }
    return chosen.reverse();
  };
  const words = path(from);
  const without = path(plainFrom);
  if (words === undefined || without === undefined) return undefined;
  if (words.length > without.length) return { chosen: without, cost: plain[m - 1]! };
  return { chosen: words, cost: best[m - 1]! - wordCost * words.filter((j) => split[j]).length };
}

/**
 * Break a paragraph into lines no wider than the measure, choosing all its breaks together:
 * the least total cost (see COST) over the break opportunities, with emergency breaks inside
 * over-long words as a last resort. Hard breaks (\n) end a line without justifying it.
 */
export function breakLines(text: string, options: BreakOptions): Line[] {
  return breakLinesScored(text, options).lines;
}

/** Costs at or above this mean a paragraph has a ragged, hanging or lonely line or an emergency break. */
export const FLAWED = 1000;

/** The lines and their total cost (see COST): callers with some freedom (a blank's width) try again above FLAWED. */
export function breakLinesScored(text: string, options: BreakOptions): { lines: Line[]; cost: number } {
  const rules = options.rules ?? DEFAULT_RULES;
  const g = glue(text, options.advance, options.em ?? ((i) => options.advance(0x4e2d, i)), rules);
  const p = prefixOf(g);
  const n = g.cps.length;
  const found = breakOpportunities(text);
  const { allowed, required } = found;
  // Segmenting into words takes as long as breaking: not for a paragraph that fits on one line.
  const inWord =
    fitOf(p, { from: 0, to: n }).width > Math.min(options.width, options.firstWidth ?? Infinity)
      ? (found.inWord ??= wordInteriors(text))
      : NO_WORDS;
  const cpAt = new Map<number, number>();
  g.offsets.forEach((o, k) => cpAt.set(o, k));
  const lines: Line[] = [];
  let cost = 0;
  const hard = [...required]
    .filter((pos) => cpAt.has(pos))
    .map((pos) => cpAt.get(pos)!)
    .sort((x, y) => x - y);
  const segments: [number, number][] = [];
  let segStart = 0;
  for (const h of hard) {
    if (h > segStart) segments.push([segStart, h]);
    segStart = h;
  }
  if (segStart < n || segments.length === 0) segments.push([segStart, n]);
  for (const [s0, s1] of segments) {
    const regular = new Set<number>();
    for (let k = s0 + 1; k < s1; k++) if (allowed.has(g.offsets[k]!)) regular.add(k);
    const positions = [s0];
    for (let k = s0 + 1; k < s1; k++) if (regular.has(k) || emergencyAllowed(text, g.offsets[k]!)) positions.push(k);
    positions.push(s1);
    const split = positions.map((k, j) => j > 0 && j < positions.length - 1 && inWord.has(g.offsets[k]!));
    const best = chooseBreaks(g, p, positions, regular, split, options);
    if (best === undefined) throw new Error(`line breaking found no way through: ${text}`);
    cost += best.cost;
    const chosen = best.chosen;
    let a = s0;
    for (const j of chosen) {
      const b = positions[j]!;
      const span = trimmed(p, a, b);
      const measure = a === 0 && options.firstWidth !== undefined ? options.firstWidth : options.width;
      const fit = fitOf(p, span);
      // A line left short (a number too long for its end, 请拨打集团监督电话 / 0623-5510315。) is set
      // at natural spacing: stretched part way it reads letter-spaced and still does not fill.
      const short = measure - fit.width > fillable(g, fit) + 0.01;
      const justify = j !== positions.length - 1 && options.ragged !== true && !short;
      // A line that fits only with its punctuation squeezed is drawn squeezed, justified or not.
      const squeezed = fit.width > measure + 0.01 && fit.shrink > 0;
      const { gaps, fill } = lineGaps(g, p, span, measure, justify || squeezed);
      const lead = span.to > span.from ? leadOf(g, span.from) : 0;
      lines.push({
        text: g.cps
          .slice(span.from, span.to)
          .map((cp) => String.fromCodePoint(cp))
          .join(''),
        start: span.from < n ? g.offsets[span.from]! : text.length,
        width: squeezed ? Math.max(measure, fit.width - fit.shrink) : fit.width,
        justify,
        gaps: squeezed && fill ? fill : gaps,
        ...(fill && justify ? { fill } : {}),
        ...(lead !== 0 ? { lead } : {}),
      });
      a = b;
    }
  }
  return { lines, cost };
}

/**
 * Natural gaps and lead of a text set as one line (headers, numbers, cells drawn without breaking):
 * what `breakLines` gives a line, for text that was never broken.
 */
export function naturalLine(
  text: string,
  advance: (codePoint: number, index: number) => number,
  rules: SpacingRules = DEFAULT_RULES,
  em?: (index: number) => number,
): Line {
  const g = glue(text, advance, em ?? ((i) => advance(0x4e2d, i)), rules);
  const p = prefixOf(g);
  const span = { from: 0, to: g.cps.length };
  const fit = fitOf(p, span);
  const lead = span.to > 0 ? leadOf(g, 0) : 0;
  return {
    text,
    start: 0,
    width: fit.width,
    justify: false,
    gaps: lineGaps(g, p, span, fit.width, false).gaps,
    ...(lead !== 0 ? { lead } : {}),
  };
}
