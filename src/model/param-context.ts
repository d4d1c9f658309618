/**
 * Which number a literal stands for: the words the content writes next to a param. The same
 * "5个工作日" is the complaint deadline in "受理后5个工作日内答复" and not in a meter check's
 * "5个工作日" or a follow-up call's "答复后5个工作日内", so a shape (number and unit word) alone
 * would flag unrelated numbers. A literal is taken for a param when the phrase before it shares
 * a word with a phrase written before that param somewhere, or the phrase after it with one
 * written after; a bare amount (a time limit that is only "5个工作日") by its item's heading (a
 * step's label, a question's stem), which must share two words with those learnt for the param. A word is two Han
 * characters side by side; words found in more than one text in ten (客户, 服务) tell nothing.
 */
import { FILLED } from './param-shapes.ts';

/** Where a phrase ends: punctuation, a line break, or a {{name}} (FILLED). */
const BREAK = new RegExp(`[，。；：、！？,.;:!?（）()「」『』“”《》【】\\n${FILLED}]`, 'u');
/** How far a phrase reaches from the number, in characters. */
const REACH = 12;
const HAN = /\p{Script=Han}/u;
/** Words a bare amount's heading must share with the param's uses. */
const HEADING_WORDS = 2;
/** A small organisation's every word is in one text in ten: below this many texts, none is too common. */
const COMMON_FLOOR = 10;

/** The phrase that ends where `text` ends: back to the last break, at most REACH characters. */
export function phraseBefore(text: string): string {
  const tail = text.slice(-REACH);
  for (let i = tail.length - 1; i >= 0; i--) if (BREAK.test(tail[i]!)) return tail.slice(i + 1);
  return tail;
}

/** The phrase that starts where `text` starts: up to the first break, at most REACH characters. */
export function phraseAfter(text: string): string {
  const head = text.slice(0, REACH);
  for (let i = 0; i < head.length; i++) if (BREAK.test(head[i]!)) return head.slice(0, i);
  return head;
}

/** The words of a text: every two Han characters side by side. */
export function words(text: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < text.length; i++)
    if (HAN.test(text[i]!) && HAN.test(text[i + 1]!)) out.push(text.slice(i, i + 2));
  return out;
}

interface Learnt {
  before: Set<string>;
  after: Set<string>;
  /** Headings of items whose field is the bare {{param}} amount. */
  heading: Set<string>;
}

/** The words learnt for each param, and which words are too common to tell anything. */
export class ParamContexts {
  private readonly learnt = new Map<string, Learnt>();
  private readonly df = new Map<string, boolean>();

  /** `texts`: every text judged, to count in how many each word is. */
  constructor(private readonly texts: readonly string[]) {}

  /** Learns the words around one use of `param`: the text before it, the text after its unit word. */
  learn(param: string, before: string, after: string, heading: string | undefined): void {
    let l = this.learnt.get(param);
    if (!l) this.learnt.set(param, (l = { before: new Set(), after: new Set(), heading: new Set() }));
    const b = words(phraseBefore(before));
    const a = words(phraseAfter(after));
    for (const w of b) l.before.add(w);
    for (const w of a) l.after.add(w);
    if (b.length === 0 && a.length === 0 && heading) for (const w of words(heading)) l.heading.add(w);
  }

  /** Whether a literal with this text before and after it (and this heading) reads as `param`. */
  matches(param: string, before: string, after: string, heading: string | undefined): boolean {
    const l = this.learnt.get(param);
    if (!l) return false;
    const b = words(phraseBefore(before));
    const a = words(phraseAfter(after));
    if (b.length > 0 || a.length > 0)
      return b.some((w) => l.before.has(w) && this.telling(w)) || a.some((w) => l.after.has(w) && this.telling(w));
    // A heading is a whole line about its item: one shared word (服务) is chance, two tie it to the param.
    const shared = new Set(
      words(heading ?? '').filter((w) => (l.before.has(w) || l.after.has(w) || l.heading.has(w)) && this.telling(w)),
    );
    return shared.size >= HEADING_WORDS;
  }

  /** A word found in at most one text in ten (or in no more than COMMON_FLOOR texts). */
  private telling(word: string): boolean {
    let t = this.df.get(word);
    if (t === undefined) {
      let n = 0;
      for (const x of this.texts) if (x.includes(word)) n++;
      this.df.set(word, (t = n <= Math.max(COMMON_FLOOR, this.texts.length / 10)));
    }
    return t;
  }
}
