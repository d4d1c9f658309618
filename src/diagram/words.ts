/**
 * Where a line break would split a Chinese word. Chinese may break between any two Han
 * characters, so this is a preference (the print line breaker's soft cost, the chart labels'
 * choice of breaks), never a rule: ICU's word segmentation (Intl.Segmenter, dictionary-based)
 * finds the words — 请拨/打/集团/监督/电话 — and a break inside one of two or more Han
 * characters reads worse (监督电 / 话). Here rather than in src/print: print may import the
 * diagram's modules, not the reverse.
 */

const words = new Intl.Segmenter('zh', { granularity: 'word' });
const HAN = /\p{Script=Han}/u;
/** Two Han characters in a row: without them no word can be split, and ICU is not asked. */
const HAN_PAIR = /\p{Script=Han}{2}/u;

/** UTF-16 positions between two Han characters of one word of the text (电|话). */
export function wordInteriors(text: string): Set<number> {
  const inside = new Set<number>();
  if (!HAN_PAIR.test(text)) return inside;
  for (const { segment, index } of words.segment(text)) {
    if (segment.length < 2) continue;
    for (let i = 1; i < segment.length; i++)
      if (HAN.test(segment[i - 1]!) && HAN.test(segment[i]!)) inside.add(index + i);
  }
  return inside;
}
