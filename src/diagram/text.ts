/**
 * Text measuring and line wrapping for diagram labels.
 *
 * Break opportunities come from UAX #14 (the `linebreak` package), which already keeps numbers and
 * ASCII words whole (「0791-6132563」 stays on one line) and forbids breaks before closing and after
 * opening punctuation. The Chinese 禁则 we must honour are checked again explicitly afterwards so a
 * change in the Unicode tables cannot silently break them.
 */
import { createRequire } from 'node:module';

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

/**
 * Greedy line filling at UAX #14 opportunities. A piece wider than `maxWidth` gets a line of its
 * own (it overflows rather than being cut inside a number or word); callers size boxes with
 * {@link widestUnbreakable} so that does not happen in practice.
 */
export function wrapText(
  text: string,
  maxWidth: number,
  fontSize: number,
  measure: TextMeasurer = estimateTextWidth,
): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split(/\r?\n/)) {
    let line = '';
    for (const seg of unbreakableSegments(paragraph)) {
      const candidate = line + seg;
      if (line === '' || measure(candidate.trimEnd(), fontSize) <= maxWidth + 1e-6) line = candidate;
      else {
        lines.push(line.trim());
        line = seg;
      }
    }
    if (line.trim() !== '' || lines.length === 0) lines.push(line.trim());
  }
  return enforcePunctuationRules(lines);
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
 * lines than `maxWidth` does, so a label never ends with one lonely character on its last line.
 */
export function wrapBalanced(
  text: string,
  maxWidth: number,
  fontSize: number,
  measure: TextMeasurer = estimateTextWidth,
): string[] {
  const lines = wrapText(text, maxWidth, fontSize, measure);
  if (lines.length < 2) return lines;
  let lo = maxWidth / lines.length;
  let hi = maxWidth;
  let best = lines;
  for (let i = 0; i < 12; i++) {
    const mid = (lo + hi) / 2;
    const attempt = wrapText(text, mid, fontSize, measure);
    const fits = attempt.length <= lines.length && attempt.every((l) => measure(l, fontSize) <= maxWidth + 1e-6);
    if (fits) {
      best = attempt;
      hi = mid;
    } else lo = mid;
  }
  return best;
}
