/**
 * Words of a clause as ICU segments them (Intl.Segmenter, 'zh', granularity 'word'), and
 * whether a blank over part of a clause would cut a word.
 *
 * ICU's Chinese dictionary splits compounds (营业|场所, 收费|亭, 招呼|站, 首|问|责任|人), so a
 * blank on its word boundaries may still take half a term. What tells a term's edge is the
 * grammar next to it: punctuation, a strength word (应, 不得), a function character (的, 和,
 * 向, 时) or a localiser (前, 后, 内) ends a phrase; a content word or a lone content
 * character (员, 亭, 站, 单) carries it on.
 */

let segmenter: Intl.Segmenter | undefined;
interface Segmented {
  parts: readonly Intl.SegmentData[];
  /** Offset where a segment starts → its position in parts (made when a blank is first checked). */
  starts?: ReadonlyMap<number, number>;
}
/** ICU segmentation is the costly part of term finding, and a unit's bank reads the same clauses as its neighbours'. */
const segmentCache = new Map<string, Segmented>();
const SEGMENT_CACHE_MAX = 100_000;
function segmented(text: string): Segmented {
  let done = segmentCache.get(text);
  if (!done) {
    segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
    const parts = [...segmenter.segment(text)];
    done = { parts };
    if (segmentCache.size >= SEGMENT_CACHE_MAX) segmentCache.clear();
    segmentCache.set(text, done);
  }
  return done;
}

export function segments(text: string): readonly Intl.SegmentData[] {
  return segmented(text).parts;
}

const HAN = /^\p{Script=Han}+$/u;

/** Word-like Han segments of a text (ICU dictionary segmentation). */
export function hanWords(text: string): string[] {
  return segments(text)
    .filter((part) => part.isWordLike && HAN.test(part.segment))
    .map((part) => part.segment);
}

/** Normative strength words: they stand between phrases (应 | 唱收唱付). */
export const MARKERS = /^(应|应当|应该|必须|须|不得|严禁|禁止|不应|不准|不许|宜|不宜|可|可以)$/u;

/**
 * Characters that begin or end function words (依照, 只需, 时宜 …) rather than terms; alone,
 * each is a function word.
 */
export const FUNCTION_EDGE =
  /^[的了着过为时再只就都也还又才即按依照等使把被向从对在与和或及并而且则如若之其所以于至由将经当每各该此]|[的了着过时再就都也还又才即等与和或及并而且则之其所以于至由经]$/u;

/** Localisers after a noun (柜台前, 收费后, 亭内): they close the noun phrase, they are not part of its word. */
const LOCALISER = /^[前后中内外上下里旁间]$/u;

/** Whether a segment ends a phrase: not Han text, a strength word, a function character or a localiser. */
function isJoint(segment: string): boolean {
  if (!HAN.test(segment)) return true;
  return MARKERS.test(segment) || (segment.length === 1 && (FUNCTION_EDGE.test(segment) || LOCALISER.test(segment)));
}

/** A single content character (员 of 收费员, 问 of 首问): ICU keeps it apart only for want of the longer word. */
function isLoneContent(segment: string | undefined): boolean {
  return segment !== undefined && segment.length === 1 && !isJoint(segment);
}

/**
 * Whether a blank over text[at, at + length) would cut a word: a lone content character right
 * after it (____亭 of 收费亭, ____站 of 招呼站, ____单 of 告知单). The text on each side is
 * segmented apart from the term, which ICU may not know (工号牌 reads 工号|牌). With `whole`
 * (a word picked only for being rare, found by ICU), its edges must be ICU word boundaries and
 * it must stand as a whole phrase, a joint on each side: ____场所 (营业场所), ____办法
 * (复检办法) or 当班____ (当班期间) leave half a term behind.
 */
export function cutsWord(text: string, at: number, length: number, whole = false): boolean {
  const end = at + length;
  const done = segmented(text);
  const parts = done.parts;
  done.starts ??= new Map(parts.map((part, i) => [part.index, i]));
  const starts = done.starts;
  const first = starts.get(at);
  const after = end === text.length ? parts.length : starts.get(end);
  let before: string | undefined;
  let next: string | undefined;
  if (first !== undefined && after !== undefined) {
    // On the text's own word boundaries (most terms): its neighbours are the segments beside it.
    before = parts[first - 1]?.segment;
    next = parts[after]?.segment;
  } else {
    if (whole) return true;
    before = segments(text.slice(0, at)).at(-1)?.segment;
    next = segments(text.slice(end))[0]?.segment;
  }
  if (isLoneContent(next)) return true;
  if (!whole) return false;
  return (before !== undefined && !isJoint(before)) || (next !== undefined && !isJoint(next));
}
