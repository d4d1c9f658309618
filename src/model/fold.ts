/**
 * YAML folds a line break inside a plain or `>` scalar into a space. Chinese
 * does not put spaces between words, so a paragraph written over several lines
 * came out as "首问负责、 限时办结". Here such folds are undone where both sides of
 * the break are Chinese, on the parsed document, before any field is read —
 * once, for every output. Spaces written within a line are left alone
 * (《标准化工作导则 第1部分》), as are folds next to Latin letters and digits.
 */
import { isScalar, Scalar, visit, type Document } from 'yaml';

/** Han characters and CJK / full-width punctuation. */
const CJK = /[\p{Script=Han}\u3000-\u303F\uFF00-\uFFEF\u2014\u2026\u2018\u2019\u201C\u201D]/u;
/**
 * CJK and full-width punctuation: it carries its own space, so a fold beside it is never a space,
 * whatever is on the other side — a line that starts with a param (，\n{{complaint-reply-days}}个工作日)
 * read "， 3个工作日" once the param was filled in.
 */
const FULL_WIDTH_MARK = /[\u3000-\u303F\uFF00-\uFF0F\uFF1A-\uFF20\uFF3B-\uFF40\uFF5B-\uFF65]/u;

function joinLines(lines: readonly string[]): string {
  let out = lines[0] ?? '';
  for (let i = 1; i < lines.length; i++) {
    const next = lines[i]!;
    const last = out.slice(-1);
    const first = next.charAt(0);
    const tight = (CJK.test(last) && CJK.test(first)) || FULL_WIDTH_MARK.test(last) || FULL_WIDTH_MARK.test(first);
    out += tight ? next : ` ${next}`;
  }
  return out;
}

/** The scalar's value refolded, or undefined when its source is not a simple fold of lines. */
function refold(value: string, source: string, type: Scalar['type']): string | undefined {
  if (type === Scalar.PLAIN) {
    const lines = source.split('\n').map((l) => l.trim());
    if (lines.some((l) => l === '' || l.startsWith('#'))) return undefined;
    return value === lines.join(' ') ? joinLines(lines) : undefined;
  }
  if (type === Scalar.BLOCK_FOLDED) {
    const body = source.slice(source.indexOf('\n') + 1).split('\n');
    while (body.length && body[body.length - 1]!.trim() === '') body.pop();
    const indent = Math.min(...body.filter((l) => l.trim() !== '').map((l) => l.length - l.trimStart().length));
    // Blank or more-indented lines keep YAML's own meaning (paragraphs, literal lines).
    if (body.some((l) => l.trim() === '' || l.length - l.trimStart().length > indent)) return undefined;
    const lines = body.map((l) => l.trim());
    const trailing = value.endsWith('\n') ? '\n' : '';
    return value === lines.join(' ') + trailing ? joinLines(lines) + trailing : undefined;
  }
  return undefined;
}

export function refoldChineseLines(doc: Document.Parsed, text: string): void {
  visit(doc, {
    Scalar(_, node) {
      if (!isScalar(node) || typeof node.value !== 'string' || !node.range) return;
      const source = text.slice(node.range[0], node.range[1]);
      if (!source.includes('\n')) return;
      const folded = refold(node.value, source, node.type);
      if (folded !== undefined) node.value = folded;
    },
  });
}
