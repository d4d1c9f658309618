/**
 * The one YAML syntax error reported for a file that does not parse: the first error that is not a
 * known slip (an unclosed quote or bracket first: it causes every error after it), worded for
 * editors, at the place to fix, with a count of the errors that most likely follow from it.
 */
import type { Document, YAMLError } from 'yaml';
import { visit } from 'yaml';
import { yamlErrorMessage } from './yaml-slips.ts';

/** The error to report among `blocking` (never empty): its offset in the text, code and bilingual message. */
export function syntaxError(
  doc: Document.Parsed,
  blocking: readonly YAMLError[],
): { offset: number; code: string; message: string } {
  const unclosed = blocking.find((e) => unclosedKind(e) !== undefined);
  const first = unclosed ?? blocking[0]!;
  const more = blocking.length - 1;
  const kind = unclosedKind(first);
  const [zh, en] = (
    kind === 'quote' ? UNCLOSED_QUOTE : kind === 'flow' ? UNCLOSED_BRACKET : yamlErrorMessage(first.code)
  ).split(' / ') as [string, string];
  const code =
    kind === 'quote'
      ? 'yaml-unclosed-quote'
      : kind === 'flow'
        ? 'yaml-unclosed-bracket'
        : `yaml-${first.code.toLowerCase()}`;
  const tail =
    more > 0
      ? [
          `（此文件另有 ${more} 处语法问题，多由这一处引起；改好后请再检查）`,
          ` (${more} more syntax problem(s) in this file, most likely caused by this one; check again after fixing it)`,
        ]
      : ['', ''];
  return { offset: errorOffset(doc, first), code, message: `${zh}${tail[0]} / ${en}${tail[1]}` };
}

const UNCLOSED_QUOTE =
  '这里开始的引号没有闭合：请在文字末尾补上同样的引号 / the quote opened here is never closed: add the same quote at the end of the text';
const UNCLOSED_BRACKET =
  '这里开始的方括号 [ 或花括号 { 没有闭合：请在同一行末尾补上 ] 或 } / the [ or { opened here is never closed: add ] or } at the end of the line';

/** An unclosed quote or bracket: the cause of every error after it. */
function unclosedKind(error: YAMLError): 'quote' | 'flow' | undefined {
  if (error.code === 'MISSING_CHAR' && /quote/i.test(error.message)) return 'quote';
  if (
    (error.code === 'MISSING_CHAR' || error.code === 'BAD_INDENT') &&
    /flow (sequence|map|collection)/i.test(error.message) &&
    /end with/i.test(error.message)
  )
    return 'flow';
  return undefined;
}

/** Where to point for an error: an unclosed quote or bracket is reported where it opens, not where yaml gave up. */
function errorOffset(doc: Document.Parsed, error: YAMLError): number {
  const at = error.pos[0];
  const kind = unclosedKind(error);
  if (kind === undefined) return at;
  let start: number | undefined;
  const encloses = (range: readonly number[] | null | undefined) =>
    range !== undefined && range !== null && range[0]! < at && range[1]! >= at;
  if (kind === 'quote') {
    visit(doc, {
      Scalar(_key, node) {
        if ((node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') && encloses(node.range))
          start = node.range![0];
      },
    });
  } else {
    // The innermost flow collection ([ ] or { }) that runs up to the error is the unclosed one.
    const innermost = (_key: unknown, node: { flow?: boolean; range?: readonly number[] | null }) => {
      if (node.flow && encloses(node.range)) start = node.range![0];
    };
    visit(doc, { Seq: innermost, Map: innermost });
  }
  return start ?? at;
}
