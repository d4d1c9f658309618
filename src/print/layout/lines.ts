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
  /** Index in the paragraph's text where this line starts (for styled spans). */
  start?: number;
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
  /** Advance of one code point in points; `index` is its UTF-16 index in the paragraph (for mixed styles). */
  advance: (codePoint: number, index: number) => number;
}

/** Units written after a number; 24小时, 3个工作日 and 0.28MPa stay on one line. Longest first. */
const UNIT_WORDS = ['个工作日', '工作日', '千瓦时', '立方米', '小时', '分钟', '秒钟', '公里', '千伏', '万元', '个月', '元', '天', '日', '秒', '次', '年', '月', '周', '个', '户', '人', '分', '米', '倍', '项', '件', '条'];

/** Ranges [start, end) of number + unit word, inside which no line break is allowed. */
function numberUnitSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const m of text.matchAll(/[0-9０-９][0-9０-９.,]*/g)) {
    const end = m.index + m[0].length;
    const unit = UNIT_WORDS.find((u) => text.startsWith(u, end));
    if (unit) spans.push([m.index, end + unit.length]);
  }
  return spans;
}

interface Opportunities {
  allowed: Set<number>;
  required: Set<number>;
}

/**
 * The same paragraph is broken many times (at each step of a poster's fit, for each tighter try
 * against a lone last character, in measuring and then drawing), and the opportunities depend
 * on the text alone. Bounded so that a big handbook does not keep every paragraph.
 */
const opportunitiesByText = new Map<string, Opportunities>();
const OPPORTUNITIES_KEPT = 4096;

/** Positions (UTF-16 indices) where a line may break, and which of them are forced. Do not modify the sets. */
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
    allowed.add(pos);
  }
  return { allowed, required };
}

function widthOf(text: string, advance: (cp: number, index: number) => number, offset: number): number {
  let w = 0;
  let i = offset;
  for (const ch of text) {
    w += advance(ch.codePointAt(0) ?? 0, i);
    i += ch.length;
  }
  return w;
}

/**
 * Break a paragraph into lines no wider than the measure: greedy, then, if that leaves a
 * lone character (plus punctuation) on the last line, narrower tries so that at least
 * three characters go down, as long as the paragraph does not get longer.
 */
export function breakLines(text: string, options: BreakOptions): Line[] {
  const lines = breakGreedy(text, options);
  const last = lines[lines.length - 1];
  if (lines.length < 2 || !last || !lonely(last.text) || text.includes('\n')) return lines;
  const em = options.advance(0x4e2d, 0);
  for (let k = 1; k <= 3; k++) {
    const tighter = breakGreedy(text, { ...options, width: options.width - k * em, ...(options.firstWidth !== undefined ? { firstWidth: options.firstWidth - k * em } : {}) });
    const tighterLast = tighter[tighter.length - 1];
    if (tighter.length !== lines.length || !tighterLast) break;
    if (!lonely(tighterLast.text)) {
      // Keep the full measure for justification: only the break positions change.
      return tighter;
    }
  }
  return lines;
}

/** A last line of one character, ignoring punctuation, reads as a stray (孤字). */
function lonely(text: string): boolean {
  return [...text].filter((ch) => !NO_LINE_START.has(ch) && !NO_LINE_END.has(ch)).length <= 1;
}

function breakGreedy(text: string, options: BreakOptions): Line[] {
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
    lines.push({ text: trimmed, start: lineStart, width: widthOf(trimmed, advance, lineStart), justify });
    lineStart = end;
    while (lineStart < text.length && text[lineStart] === ' ') lineStart++;
    lastBreak = -1;
    for (let p = lineStart + 1; p < i; p++) if (allowed.has(p)) lastBreak = p;
    width = widthOf(text.slice(lineStart, i), advance, lineStart);
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
    const w = ch === '\n' ? 0 : advance(cp, i);
    // Spaces and closing punctuation may hang past the margin (clreq 行尾点号悬挂) when
    // there is no legal break before them; everything else must fit.
    const hangs = SPACE.test(ch) || (NO_LINE_START.has(ch) && lastBreak <= lineStart);
    if (width + w > limit() + 0.01 && !hangs && i > lineStart) {
      if (lastBreak > lineStart) {
        emit(lastBreak, true);
      } else {
        // No legal break (a very long number or word): break at the last place that splits
        // neither a number nor punctuation from its neighbour; if there is none, let the line
        // run long rather than break a number.
        let at = i;
        const bad = (p: number): boolean =>
          NO_LINE_START.has(text[p] ?? '') ||
          NO_LINE_END.has(text[p - 1] ?? '') ||
          (DIGIT.test(text[p] ?? '') && /[0-9０-９.\-–]/.test(text[p - 1] ?? '')) ||
          (/[.\-–]/.test(text[p] ?? '') && DIGIT.test(text[p - 1] ?? ''));
        while (at > lineStart && bad(at)) at--;
        if (at > lineStart) emit(at, true);
        else {
          width += w;
          i += ch.length;
          continue;
        }
      }
      continue;
    }
    width += w;
    i += ch.length;
  }
  if (lineStart < text.length || lines.length === 0) {
    const last = text.slice(lineStart).replace(/\s+$/u, '');
    lines.push({ text: last, start: lineStart, width: widthOf(last, advance, lineStart), justify: false });
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
  return spacing > 0 && spacing <= size * 0.2 ? spacing : 0;
}
