/**
 * Line breaking for Chinese with embedded numbers and Latin words: UAX #14 break
 * opportunities (the `linebreak` package) narrowed by the clreq 禁则 rules, then greedy
 * filling. Renderer-independent: widths come from an `advance` callback.
 */
import LineBreaker from 'linebreak';

/** Never at the start of a line (clreq 行首禁则). */
export const NO_LINE_START = new Set([...'，。、；：？！）」』》〉】〕〗］｝’”…‥·・—～%‰℃,.;:?!)]}、〃々〻ゝゞ']);
/** Never at the end of a line (clreq 行尾禁则). */
export const NO_LINE_END = new Set([...'（「『《〈【〔〖［｛‘“([{']);

/** Signs that belong to the number after them: ≥ 0.28 MPa, ± 5 %. */
const BINDS_TO_NEXT = new Set([...'≥≤＜＞<>±~～≈¥￥$№#']);
const DIGIT = /[0-9０-９]/;
const HAN = /\p{Script=Han}/u;
const SPACE = /\s/;

export interface Line {
  text: string;
  /** Natural width in points, trailing spaces excluded. */
  width: number;
  /** Set on every line of a paragraph except the last and except lines ended by a hard break. */
  justify: boolean;
}

export interface BreakOptions {
  /** Width available for every line, in points. */
  width: number;
  /** Width of the first line, if it differs (e.g. a paragraph indent). */
  firstWidth?: number;
  /** Advance of one code point in points. */
  advance: (codePoint: number) => number;
}

/** Positions (UTF-16 indices) where a line may break, and which of them are forced. */
export function breakOpportunities(text: string): { allowed: Set<number>; required: Set<number> } {
  const allowed = new Set<number>();
  const required = new Set<number>();
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
    // And keep a number whole when it follows CJK punctuation rules UAX #14 misses (e.g. 0791-6132563「).
    if (DIGIT.test(next) && DIGIT.test(text[pos - 1] ?? '')) continue;
    allowed.add(pos);
  }
  return { allowed, required };
}

function widthOf(text: string, advance: (cp: number) => number): number {
  let w = 0;
  for (const ch of text) w += advance(ch.codePointAt(0) ?? 0);
  return w;
}

/** Break a paragraph into lines no wider than the measure (greedy; CJK needs no better). */
export function breakLines(text: string, options: BreakOptions): Line[] {
  const { advance } = options;
  const { allowed, required } = breakOpportunities(text);
  const lines: Line[] = [];
  let lineStart = 0;
  let lastBreak = -1; // best allowed break seen in the current line
  let width = 0;
  const limit = (): number => (lines.length === 0 ? options.firstWidth ?? options.width : options.width);

  const emit = (end: number, justify: boolean): void => {
    const raw = text.slice(lineStart, end);
    const trimmed = raw.replace(/\s+$/u, '').replace(/\n/g, '');
    lines.push({ text: trimmed, width: widthOf(trimmed, advance), justify });
    lineStart = end;
    while (lineStart < text.length && text[lineStart] === ' ') lineStart++;
    lastBreak = -1;
    for (let p = lineStart + 1; p < i; p++) if (allowed.has(p)) lastBreak = p;
    width = widthOf(text.slice(lineStart, i), advance);
  };

  let i = 0;
  while (i < text.length) {
    if (i > lineStart && required.has(i)) {
      emit(i, false);
      continue;
    }
    if (i > lineStart && allowed.has(i)) lastBreak = i;
    const cp = text.codePointAt(i) ?? 0;
    const ch = String.fromCodePoint(cp);
    const w = ch === '\n' ? 0 : advance(cp);
    // Spaces may hang past the margin; everything else must fit.
    if (width + w > limit() + 0.01 && !SPACE.test(ch) && i > lineStart) {
      if (lastBreak > lineStart) {
        emit(lastBreak, true);
      } else {
        // No legal break (a very long number or word): break here rather than overflow,
        // but never in front of closing punctuation.
        let at = i;
        const bad = (p: number): boolean =>
          NO_LINE_START.has(text[p] ?? '') ||
          NO_LINE_END.has(text[p - 1] ?? '') ||
          (DIGIT.test(text[p] ?? '') && DIGIT.test(text[p - 1] ?? ''));
        while (at > lineStart + 1 && bad(at)) at--;
        emit(at, true);
      }
      continue;
    }
    width += w;
    i += ch.length;
  }
  if (lineStart < text.length || lines.length === 0) {
    const last = text.slice(lineStart).replace(/\s+$/u, '');
    lines.push({ text: last, width: widthOf(last, advance), justify: false });
  }
  return lines;
}

/** Extra spacing per character (PDF Tc) that justifies a line to `width`, or 0 when it should stay ragged. */
export function justifySpacing(line: Line, width: number, size: number): number {
  if (!line.justify) return 0;
  const chars = [...line.text].length;
  if (chars < 2 || !HAN.test(line.text)) return 0;
  const spacing = (width - line.width) / (chars - 1);
  // A line cut short by an unbreakable run would look gappy: leave it ragged instead.
  return spacing > 0 && spacing <= size * 0.3 ? spacing : 0;
}
