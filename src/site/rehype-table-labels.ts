/**
 * A rehype plugin for the MDX pages: each body cell of a table gets its column's header as
 * `data-label`, so that on a phone a row can be shown as a card with every value named
 * (site.css, `.prose table`) instead of four columns four characters wide.
 */

interface HastNode {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

const textOf = (n: HastNode): string => (n.type === 'text' ? (n.value ?? '') : (n.children ?? []).map(textOf).join(''));
const elements = (n: HastNode, tag: string): HastNode[] =>
  (n.children ?? []).flatMap((c) => (c.type !== 'element' ? [] : c.tagName === tag ? [c] : elements(c, tag)));

function label(node: HastNode): void {
  for (const child of node.children ?? []) {
    if (child.type !== 'element') continue;
    if (child.tagName !== 'table') {
      label(child);
      continue;
    }
    const head = elements(child, 'thead')[0];
    const headers = head ? elements(elements(head, 'tr')[0] ?? head, 'th').map((th) => textOf(th).trim()) : [];
    for (const body of elements(child, 'tbody'))
      for (const row of elements(body, 'tr'))
        (row.children ?? [])
          .filter((c) => c.type === 'element' && (c.tagName === 'td' || c.tagName === 'th'))
          .forEach((cell, i) => {
            if (headers[i]) cell.properties = { ...cell.properties, dataLabel: headers[i] };
          });
  }
}

export default function rehypeTableLabels(): (tree: HastNode) => void {
  return label;
}
