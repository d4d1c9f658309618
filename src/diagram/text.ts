/**
 * Text measuring and line wrapping for diagram labels.
 *
 * Break opportunities come from UAX #14 (the `linebreak` package), which already keeps numbers and
 * ASCII words whole (「0791-6132563」 stays on one line) and forbids breaks before closing and after
 * opening punctuation. The Chinese 禁则 we must honour are checked again explicitly afterwards so a
 * change in the Unicode tables cannot silently break them. Of the wrappings in the fewest lines,
 * the one whose breaks read as phrases is taken (after a pause or bracket, between words; words.ts).
 */
import { createRequire } from 'node:module';
import { wordInteriors } from './words.ts';

/** Width of `text` set at `fontSize`, in the same units as `fontSize`. */
export type TextMeasurer = (text: string, fontSize: number) => number;

interface LineBreakOpportunity {
  position: number;
  required: boolean;
}
interface LineBreakerInstance {
  nextBreak(): LineBreakOpportunity | null;
}
type LineBreakerConstructor = new (text: string) => LineBreakerInstance;

// `linebreak` ships no type declarations; requiring it keeps the types local to this module
// instead of adding a global ambient module declaration that other modules could collide with.
const LineBreaker = createRequire(import.meta.url)('linebreak') as LineBreakerConstructor;

/** A line may not start with these (clreq 行首禁则). */
export const NO_LINE_START = '，。、；：？！）」』》,.;:?!)]}’”';
/** A line may not end with these (clreq 行尾禁则). */
export const NO_LINE_END = '（「『《([{‘“';

const WIDE =
  /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u2018\u2019\u201C\u201D\u2014\u2026]|[\u{20000}-\u{3FFFD}]/u;

/**
 * Default measurer: CJK and full-width characters 1 em, everything else 0.55 em (0.3 em for a space).
 * Good enough for centred text in a sans-serif CJK font; the print pipeline passes real font metrics.
 */
export const estimateTextWidth: TextMeasurer = (text, fontSize) => {
  let ems = 0;
  for (const ch of text) {
    if (ch === ' ') ems += 0.3;
    else ems += WIDE.test(ch) ? 1 : 0.55;
  }
  return ems * fontSize;
};

/** The pieces between UAX #14 break opportunities, e.g. 「决？」, 「24」, 「0791-6132563，」. */
export function unbreakableSegments(text: string): string[] {
  const breaker = new LineBreaker(text);
  const segments: string[] = [];
  let last = 0;
  for (let bk = breaker.nextBreak(); bk; bk = breaker.nextBreak()) {
    if (bk.position > last) segments.push(text.slice(last, bk.position));
    last = bk.position;
  }
  if (last < text.length) segments.push(text.slice(last));
  return segments;
}

/** Width of the widest piece that can never be broken; a box narrower than this must overflow. */
export function widestUnbreakable(text: string, fontSize: number, measure: TextMeasurer): number {
  let widest = 0;
  for (const seg of unbreakableSegments(text)) widest = Math.max(widest, measure(seg.trim(), fontSize));
  return widest;
}

/** A paragraph wrapped, and what its line breaks cost to read (see breakCost). */
interface Wrapped {
  lines: string[];
  breaks: number;
}

/** Marks a break may follow at no cost (a pause or a closing bracket): 电源侧（供电企业 / 产权）. */
const PAUSE = new Set([...'，。、；：？！）」』》〉】〕,;:?!)]}’”']);

/**
 * How a break before `text[p]` reads: after a pause or closing mark, or before an opening one,
 * as a phrase (0); between two words (1); inside a word of Han characters (3, 监督电 / 话).
 */
function breakCost(text: string, p: number, inWord: ReadonlySet<number>): number {
  const before = text.slice(0, p).trimEnd().at(-1) ?? '';
  if (PAUSE.has(before) || NO_LINE_END.includes(text[p] ?? '')) return 0;
  return inWord.has(p) ? 3 : 1;
}

/** Where a paragraph may break (the ends of its unbreakable pieces) and where that splits a word. */
interface Pieces {
  ends: readonly number[];
  inWord: ReadonlySet<number>;
}

/**
 * Each label's pieces, found once: a label is wrapped at a dozen widths to balance it (wrapBalanced),
 * each node at several widths and a chart up to four times, and every handbook of a unit draws the
 * same charts — UAX #14 and ICU's word segmentation on the same text were a third of print's chart time.
 */
const pieces = new Map<string, Pieces>();
/** Texts kept at most (labels are short); beyond, all are dropped and found again. */
const PIECES_KEPT = 4096;

function piecesOf(text: string): Pieces {
  let found = pieces.get(text);
  if (!found) {
    const ends = [0];
    for (const seg of unbreakableSegments(text)) ends.push(ends.at(-1)! + seg.length);
    if (pieces.size >= PIECES_KEPT) pieces.clear();
    pieces.set(text, (found = { ends, inWord: wordInteriors(text) }));
  }
  return found;
}

/**
 * The width of each span between two of a label's break points, by measurer, size and label,
 * measured when first asked: wrapParagraph measures the same spans at every width that
 * wrapBalanced tries (a measurer that is not pure must not be used twice).
 */
const spanWidths = new WeakMap<TextMeasurer, Map<string, Float64Array>>();

function spanWidthsOf(text: string, pieces: number, fontSize: number, measure: TextMeasurer): Float64Array {
  let byText = spanWidths.get(measure);
  if (!byText) spanWidths.set(measure, (byText = new Map()));
  const key = `${fontSize}\u0000${text}`;
  let widths = byText.get(key);
  if (!widths) {
    if (byText.size >= PIECES_KEPT) byText.clear();
    byText.set(key, (widths = new Float64Array(pieces * pieces).fill(Number.NaN)));
  }
  return widths;
}

/**
 * A paragraph in as few lines as fit `maxWidth` at UAX #14 opportunities; of those, the breaks
 * that read best (breakCost), then the fullest lines but the last. Labels are a few pieces long,
 * so every pair of break points is tried. A piece wider than `maxWidth` gets a line of its own.
 */
function wrapParagraph(text: string, maxWidth: number, fontSize: number, measure: TextMeasurer): Wrapped {
  const { ends, inWord } = piecesOf(text);
  const n = ends.length;
  const widths = spanWidthsOf(text, n, fontSize, measure);
  // Per break point: [lines, break cost, squared slack in em] of the best wrapping up to it, compared in that order.
  const best: [number, number, number][] = ends.map(() => [Infinity, 0, 0]);
  const from = ends.map(() => 0);
  best[0] = [0, 0, 0];
  for (let j = 1; j < ends.length; j++) {
    const last = j === ends.length - 1;
    const cost = last ? 0 : breakCost(text, ends[j]!, inWord);
    for (let i = j - 1; i >= 0; i--) {
      let width = widths[i * n + j]!;
      if (Number.isNaN(width)) widths[i * n + j] = width = measure(text.slice(ends[i], ends[j]).trim(), fontSize);
      if (width > maxWidth + 1e-6 && i < j - 1) break;
      const slack = last ? 0 : (Math.max(0, maxWidth - width) / fontSize) ** 2;
      const [l, b, r] = best[i]!;
      const here: [number, number, number] = [l + 1, b + cost, r + slack];
      if (lexicallyLess(here, best[j]!)) {
        best[j] = here;
        from[j] = i;
      }
    }
  }
  const lines: string[] = [];
  for (let j = ends.length - 1; j > 0; j = from[j]!) lines.unshift(text.slice(ends[from[j]!], ends[j]).trim());
  return { lines: lines.length > 0 ? lines : [''], breaks: best.at(-1)![1] };
}

function lexicallyLess(a: readonly number[], b: readonly number[]): boolean {
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return a[k]! < b[k]!;
  return false;
}

function wrapScored(text: string, maxWidth: number, fontSize: number, measure: TextMeasurer): Wrapped {
  const paragraphs = text.split(/\r?\n/).map((p) => wrapParagraph(p, maxWidth, fontSize, measure));
  return {
    lines: enforcePunctuationRules(paragraphs.flatMap((p) => p.lines)),
    breaks: paragraphs.reduce((n, p) => n + p.breaks, 0),
  };
}

/**
 * Lines of at most `maxWidth` (a piece wider than that overflows on a line of its own rather than
 * being cut inside a number or word; callers size boxes with {@link widestUnbreakable}), as few as
 * fit, broken where they read as phrases when that costs no line: 电源侧 / （供电企业 / 产权）,
 * not 电源侧（供 / 电企业产 / 权）.
 */
export function wrapText(
  text: string,
  maxWidth: number,
  fontSize: number,
  measure: TextMeasurer = estimateTextWidth,
): string[] {
  return wrapScored(text, maxWidth, fontSize, measure).lines;
}

/** Moves characters across line ends so no line starts with closing or ends with opening punctuation. */
function enforcePunctuationRules(input: string[]): string[] {
  const lines = input.map((l) => [...l]);
  for (let i = 0; i + 1 < lines.length; i++) {
    const prev = lines[i] ?? [];
    const next = lines[i + 1] ?? [];
    // Pull leading closing punctuation up to the end of the previous line.
    while (next.length > 0 && NO_LINE_START.includes(next[0] ?? '')) prev.push(next.shift() ?? '');
    // Push trailing opening punctuation down to the start of the next line.
    while (prev.length > 0 && NO_LINE_END.includes(prev[prev.length - 1] ?? '')) next.unshift(prev.pop() ?? '');
    if (next.length === 0) {
      lines.splice(i + 1, 1);
      i--;
    } else if (prev.length === 0) {
      lines.splice(i, 1);
      i = Math.max(-1, i - 2);
    }
  }
  return lines.map((l) => l.join(''));
}

/**
 * Like {@link wrapText}, but with lines of even length: the narrowest width that still needs no more
 * lines than `maxWidth` does, with breaks that read as well, so a label never ends with one lonely
 * character on its last line.
 */
export function wrapBalanced(
  text: string,
  maxWidth: number,
  fontSize: number,
  measure: TextMeasurer = estimateTextWidth,
): string[] {
  // Units' charts share labels and node widths: each wrapping is found once per measurer.
  let byKey = balanced.get(measure);
  if (!byKey) balanced.set(measure, (byKey = new Map()));
  const key = `${maxWidth}\u0000${fontSize}\u0000${text}`;
  let lines = byKey.get(key);
  if (!lines) {
    if (byKey.size >= PIECES_KEPT) byKey.clear();
    byKey.set(key, (lines = balance(text, maxWidth, fontSize, measure)));
  }
  return [...lines];
}

const balanced = new WeakMap<TextMeasurer, Map<string, readonly string[]>>();

function balance(text: string, maxWidth: number, fontSize: number, measure: TextMeasurer): string[] {
  const wide = wrapScored(text, maxWidth, fontSize, measure);
  const lines = wide.lines;
  if (lines.length < 2) return lines;
  let lo = maxWidth / lines.length;
  let hi = maxWidth;
  let best = lines;
  for (let i = 0; i < 12; i++) {
    const mid = (lo + hi) / 2;
    const attempt = wrapScored(text, mid, fontSize, measure);
    const fits =
      attempt.lines.length <= lines.length &&
      attempt.breaks <= wide.breaks &&
      attempt.lines.every((l) => measure(l, fontSize) <= maxWidth + 1e-6);
    if (fits) {
      best = attempt.lines;
      hi = mid;
    } else lo = mid;
  }
  return best;
}
