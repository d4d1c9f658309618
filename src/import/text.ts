/**
 * Text helpers shared by the importer: line clean-up (full-width forms, layout spaces),
 * joining broken lines, whether a sentence is finished, Chinese and circled numerals, and
 * shortening text for labels.
 */

const HAN = '\\u3400-\\u9fff\\uf900-\\ufaff';
const CJK_PUNCT =
  '\\u3000-\\u303f\\uff01-\\uff0f\\uff1a-\\uff20\\uff3b-\\uff40\\uff5b-\\uff65\\u2018-\\u201f\\u2026\\u2014';
const SPACE_BETWEEN_CJK = new RegExp(`([${HAN}${CJK_PUNCT}])[ \\t\\u00a0]+(?=[${HAN}${CJK_PUNCT}])`, 'gu');

/**
 * Normalises one line of source text:
 * full-width digits and Latin letters become ASCII (GB/T style for numbers), a full-width
 * full stop between digits becomes "." (４．１ → 4.1), ％ becomes %, the ideographic space
 * becomes a space, spaces the original layout left between Chinese characters
 * ("秉公 办事") are removed, and straight double quotes paired in a Chinese line (text copied
 * from a web page or typed without Word's autocorrect) become “ ” as GB/T 15834 writes them.
 * Chinese punctuation is otherwise kept as written.
 */
export function normaliseLine(raw: string): string {
  let s = raw.replace(/[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/gu, (c) =>
    String.fromCharCode(c.charCodeAt(0) - 0xfee0),
  );
  s = s.replace(/[\u3000\u00a0\u2002\u2004-\u200b\ufeff]/gu, ' ');
  s = s.replace(/(\d)\s*\uff0e\s*(?=\d)/gu, '$1.');
  s = s.replace(/\uff05/gu, '%');
  s = s.replace(SPACE_BETWEEN_CJK, '$1');
  return chineseQuotes(s.replace(/\s+/gu, ' ').trim());
}

const HAN_CHAR = new RegExp(`[${HAN}]`, 'u');

/** Straight double quotes in pairs in a line holding Chinese → “ ” (an odd count is left alone: a quote broken over lines). */
function chineseQuotes(line: string): string {
  const count = line.split('"').length - 1;
  if (count === 0 || count % 2 !== 0 || !HAN_CHAR.test(line)) return line;
  let open = true;
  return line.replace(/"/g, () => {
    const mark = open ? '“' : '”';
    open = !open;
    return mark;
  });
}

/** Joins the cells of a table row; unlike layout spaces it survives normalisation as a space. */
export const CELL_SEPARATOR = '\u2003';

/** Joins a line that continues the previous one: no space in Chinese, one between two ASCII words. */
export function joinContinuation(before: string, after: string): string {
  if (before === '') return after;
  if (/[A-Za-z0-9]$/.test(before) && /^[A-Za-z0-9]/.test(after)) return `${before} ${after}`;
  return before + after;
}

/**
 * Sentence-final punctuation: a clause ending in one of these is finished. An ASCII "." ends a
 * sentence too (text typed with half-width punctuation), unless it follows a digit (a number
 * broken across lines) or another dot.
 */
const TERMINAL = /(?:[。；;！!？?…]|(?<![\d.])\.)["”’」』)）]*$/u;
export function endsClause(text: string): boolean {
  if (TERMINAL.test(text)) return true;
  // "…不低于97%。（责任人：张三）": a remark in brackets after a finished sentence.
  const remark = /[（(][^（()）]*[）)]\s*$/u.exec(text);
  return remark !== null && remark.index > 0 && TERMINAL.test(text.slice(0, remark.index).trimEnd());
}

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
export const CIRCLED_CLASS = `[${CIRCLED}]`;
export function circledValue(ch: string): number | undefined {
  const i = CIRCLED.indexOf(ch);
  return i < 0 ? undefined : i + 1;
}

/** Shortens text for labels and tree listings. */
export function shorten(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}
