/**
 * Where a result's excerpt starts and ends: about `before` characters before the match and
 * `after` after it, moved to just after a nearby punctuation mark when there is one, and never
 * inside a run the model keeps whole (a time such as 8:30, a number with its unit, a date, a
 * phone number, a word: model/text-runs.ts). No DOM: the results view draws it.
 */
import { cutAfter, cutBefore } from '../model/text-runs.ts';

/** Marks after which a text may be cut: the ends of sentences and clauses, and enumeration. */
const MARKS = new Set([...'，。；：、！？,;!?）」”']);
/** How far from the wanted length a cut may move to land after a mark. */
const REACH = 8;

/** Keeps a cut off the middle of a surrogate pair. */
function whole(text: string, at: number): number {
  return /[\uDC00-\uDFFF]/.test(text[at] ?? '') ? at - 1 : at;
}

/** [start, end) of the excerpt of `text` around the match [pos, pos + len). */
export function excerptRange(text: string, pos: number, len: number, before = 30, after = 50): [number, number] {
  let start = 0;
  if (pos - before > 0) {
    const wanted = pos - before;
    start = cutBefore(text, wanted);
    // Just after the mark nearest the wanted start, before the match.
    for (let d = 0; d <= REACH; d++) {
      const at = [wanted - d, wanted + d].find((i) => i > 0 && i <= pos && MARKS.has(text[i - 1] ?? ''));
      if (at !== undefined) {
        start = at;
        break;
      }
    }
    start = cutBefore(text, start);
    // Nor with a mark that closes what came before (…：公开亮出…).
    while (start < pos && MARKS.has(text[start] ?? '')) start++;
    start = whole(text, start);
  }
  let end = text.length;
  if (pos + len + after < text.length) {
    const wanted = pos + len + after;
    end = cutAfter(text, wanted);
    for (let d = 0; d <= REACH; d++) {
      const at = [wanted - d, wanted + d].find(
        (i) => i >= pos + len && i < text.length && MARKS.has(text[i - 1] ?? ''),
      );
      if (at !== undefined) {
        end = at;
        break;
      }
    }
    end = whole(text, cutAfter(text, end));
  }
  return [start, end];
}
