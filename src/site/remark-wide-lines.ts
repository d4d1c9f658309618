/**
 * A remark plugin for the MDX pages: a source line break between two Chinese characters is no
 * space (model/wording.ts joinWideLines), also where the break meets emphasis or a link
 * (定为⏎**规范化服务提升年**). Browsers show such a break as a space.
 */
import { isWide, joinWideLines } from '../model/wording.ts';

interface MdNode {
  type: string;
  value?: string;
  children?: MdNode[];
}

const BREAK_AT_END = /[ \t]*\r?\n[ \t]*$/;
const BREAK_AT_START = /^[ \t]*\r?\n[ \t]*/;

/** The first (or last) character of a node's text, looking into its children. */
function edgeChar(node: MdNode, last: boolean): string | undefined {
  if ((node.type === 'text' || node.type === 'inlineCode') && node.value)
    return last ? node.value.at(-1) : node.value[0];
  const kids = node.children ?? [];
  for (const child of last ? [...kids].reverse() : kids) {
    const ch = edgeChar(child, last);
    if (ch !== undefined) return ch;
  }
  return undefined;
}

function join(node: MdNode): void {
  const kids = node.children;
  if (!kids) return;
  kids.forEach((child, i) => {
    if (child.type === 'text' && child.value) {
      let v = joinWideLines(child.value);
      const next = kids[i + 1];
      const end = BREAK_AT_END.exec(v);
      if (next && end && isWide(v[end.index - 1] ?? '') && isWide(edgeChar(next, false) ?? ''))
        v = v.slice(0, end.index);
      const prev = kids[i - 1];
      const start = BREAK_AT_START.exec(v);
      if (prev && start && isWide(edgeChar(prev, true) ?? '') && isWide(v[start[0].length] ?? ''))
        v = v.slice(start[0].length);
      child.value = v;
    }
    join(child);
  });
}

export default function remarkWideLines(): (tree: MdNode) => void {
  return join;
}
