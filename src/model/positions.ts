/**
 * Where each value of a content file is written, apart from its parsed YAML document: the offsets
 * that locate (source.ts) reads when it points a diagnostic or an item's source at a line. Plain
 * data, so that a file's parse can be kept between builds (parsed-cache.ts) and a rebuild need not
 * parse it again: walking this tree gives what walking the document gave, node for node.
 */
import { isMap, isScalar, isSeq, type Document } from 'yaml';

/** One node: the offset its range starts at (none for a list entry that is a `key: value` pair), and its entries. */
export interface PosNode {
  at?: number;
  /** A map's pairs in order: the key as walk compares it (none for a key that is not a scalar), the key's offset, the value. */
  map?: PosPair[];
  /** A list's entries; null where the document has none. */
  seq?: (PosNode | null)[];
}

export interface PosPair {
  key?: string;
  keyAt?: number;
  value: PosNode | null;
}

/** The tree of a parsed document's contents (null when it has none). */
export function positionsOf(doc: Document.Parsed): PosNode | null {
  return nodeOf(doc.contents);
}

function nodeOf(node: unknown): PosNode | null {
  if (node === null || node === undefined) return null;
  const at = (node as { range?: readonly number[] | null }).range?.[0];
  const out: PosNode = at === undefined ? {} : { at };
  if (isMap(node))
    out.map = node.items.map((p) => {
      const pair: PosPair = { value: nodeOf(p.value) };
      if (isScalar(p.key)) {
        pair.key = String(p.key.value);
        const keyAt = p.key.range?.[0];
        if (keyAt !== undefined) pair.keyAt = keyAt;
      }
      return pair;
    });
  else if (isSeq(node)) out.seq = node.items.map((item) => nodeOf(item));
  return out;
}

/** Walks the tree along path; stops at the deepest node that exists (as source.ts's walk did over the document). */
export function walkPositions(
  root: PosNode | null,
  path: readonly (string | number)[],
): { node: PosNode | null; depth: number; keyAt?: number | undefined } {
  let node = root;
  let keyAt: number | undefined;
  let depth = 0;
  for (const seg of path) {
    if (node?.map) {
      const pair = node.map.find((p) => p.key !== undefined && p.key === String(seg));
      if (!pair) break;
      keyAt = pair.keyAt;
      node = pair.value;
      if (node === null) {
        depth++;
        break;
      }
    } else if (node?.seq && typeof seg === 'number') {
      const item = node.seq[seg];
      if (item === undefined || item === null) break;
      keyAt = undefined;
      node = item;
    } else break;
    depth++;
  }
  return { node, depth, keyAt };
}
