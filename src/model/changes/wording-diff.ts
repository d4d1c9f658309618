/**
 * A wording diff that reads Chinese: text is cut into words by the platform's word segmenter
 * (ICU's dictionary for Chinese, Intl.Segmenter), numbers with their separators are kept whole
 * (5 → 3, 0791-86620000 as one token), and jsdiff's Myers diff runs over those tokens. Cutting on
 * whitespace, as diff tools do for European text, would see a Chinese sentence as one word.
 */
import { diffArrays } from 'diff';
import type { DiffPart } from './types.ts';

const words = new Intl.Segmenter('zh-CN', { granularity: 'word' });
/** Digits, Latin letters and what joins them in numbers, phone numbers, times and codes. */
const NUMBERISH = /^[0-9A-Za-z０-９.．:：%％\-/]+$/u;

/** The text as tokens: words, punctuation, and numbers kept whole. */
export function wordingTokens(text: string): string[] {
  const out: string[] = [];
  for (const { segment } of words.segment(text)) {
    const last = out[out.length - 1];
    if (last !== undefined && NUMBERISH.test(last) && NUMBERISH.test(segment)) out[out.length - 1] = last + segment;
    else out.push(segment);
  }
  return out;
}

/**
 * The parts of old and new wording, in reading order: unchanged text, and where they differ the
 * removed text before the added text. A single unchanged character between two changes is folded
 * into them, so a table shows 「五个工作日」→「三个工作日内」 rather than a scatter of pieces.
 */
export function diffWording(oldText: string, newText: string): DiffPart[] {
  const raw = diffArrays(wordingTokens(oldText), wordingTokens(newText));
  const parts: DiffPart[] = raw.map((p) => ({
    op: p.added ? 'added' : p.removed ? 'removed' : 'same',
    text: p.value.join(''),
  }));
  // Fold a one-character equality that sits between two changes into them.
  const folded: DiffPart[] = [];
  parts.forEach((p, i) => {
    const before = parts[i - 1];
    const after = parts[i + 1];
    if (p.op === 'same' && [...p.text].length <= 1 && before && after && before.op !== 'same' && after.op !== 'same') {
      folded.push({ op: 'removed', text: p.text }, { op: 'added', text: p.text });
    } else folded.push(p);
  });
  // Each run of changes as one removal then one addition.
  const out: DiffPart[] = [];
  let removed = '';
  let added = '';
  const flush = (): void => {
    if (removed) out.push({ op: 'removed', text: removed });
    if (added) out.push({ op: 'added', text: added });
    removed = '';
    added = '';
  };
  for (const p of folded) {
    if (p.op === 'removed') removed += p.text;
    else if (p.op === 'added') added += p.text;
    else {
      flush();
      const last = out[out.length - 1];
      if (last?.op === 'same') last.text += p.text;
      else out.push({ ...p });
    }
  }
  flush();
  return out;
}
