/**
 * Phase 3c, ranks: the row of every node. A node sits at least at its ELK layer and below all its
 * forward predecessors, and a lane holds one node per row (a lane is one column wide), so a node
 * whose cell is taken moves down. Rows no node uses are dropped. An edge whose target ends up on
 * its source's row or above is a back edge (a loop).
 */
import { cell } from './grid.ts';
import type { FlowEdge } from './flow.ts';
import { must } from './types.ts';

export interface RankNode {
  id: string;
  lane: number;
  /** Ids of the nodes it leads to, in the order the branches were written. */
  next: readonly string[];
}

export interface RankRequest {
  processId: string;
  startId: string;
  nodes: readonly RankNode[];
  edges: readonly FlowEdge[];
  /** ELK layer per node id (see layers.ts). */
  layers: ReadonlyMap<string, number>;
  /** Nodes placed only below their predecessors, not at their ELK layer (a side-by-side branch's, see columns.ts). */
  early?: ReadonlySet<string>;
}

export interface Ranks {
  /** Row of each node, by its index in `nodes`; 0 at the top, no empty rows. */
  ranks: number[];
  rankCount: number;
  /** Per edge: true when it goes back up (or stays on its row). */
  back: boolean[];
}

export function assignRanks(req: RankRequest): Ranks {
  const { nodes, edges } = req;
  const indexOf = new Map(nodes.map((n, i) => [n.id, i]));
  const at = (id: string): number => must(indexOf.get(id), id);
  const layerOf = (id: string): number => must(req.layers.get(id), `layer of ${id}`);
  const forwardPreds = new Map<string, string[]>(nodes.map((n) => [n.id, []]));
  const forwardSuccs = new Map<string, string[]>(nodes.map((n) => [n.id, []]));
  for (const e of edges)
    if (layerOf(e.to) > layerOf(e.from)) {
      forwardPreds.get(e.to)?.push(e.from);
      forwardSuccs.get(e.from)?.push(e.to);
    }
  const preorder = readingOrder(nodes, req.startId);
  const order = (a: RankNode, b: RankNode): number =>
    layerOf(a.id) - layerOf(b.id) || must(preorder.get(a.id), 'order') - must(preorder.get(b.id), 'order');

  // Topological order over the forward edges, earliest layer and reading order first.
  const ranks = nodes.map(() => 0);
  const pending = new Map(nodes.map((n) => [n.id, forwardPreds.get(n.id)?.length ?? 0]));
  const ready = nodes.filter((n) => pending.get(n.id) === 0);
  const occupied = new Set<string>();
  let placed = 0;
  while (ready.length > 0) {
    ready.sort(order);
    const n = must(ready.shift(), 'ready node');
    let rank = req.early?.has(n.id) ? 0 : layerOf(n.id);
    for (const p of forwardPreds.get(n.id) ?? []) rank = Math.max(rank, must(ranks[at(p)], p) + 1);
    while (occupied.has(cell(n.lane, rank))) rank++;
    ranks[at(n.id)] = rank;
    occupied.add(cell(n.lane, rank));
    placed++;
    for (const t of forwardSuccs.get(n.id) ?? []) {
      const left = (pending.get(t) ?? 0) - 1;
      pending.set(t, left);
      if (left === 0) ready.push(must(nodes[at(t)], t));
    }
  }
  if (placed !== nodes.length) throw new Error(`process ${req.processId}: could not order the nodes`);

  // Drop empty rows.
  const usedRanks = [...new Set(ranks)].sort((a, b) => a - b);
  const compact = new Map(usedRanks.map((r, i) => [r, i]));
  const rows = ranks.map((r) => must(compact.get(r), 'rank'));
  const back = edges.map(
    (e) => layerOf(e.to) <= layerOf(e.from) || must(rows[at(e.to)], e.to) <= must(rows[at(e.from)], e.from),
  );
  return { ranks: rows, rankCount: usedRanks.length, back };
}

/**
 * Reading order: depth-first from the start following branches as written, so when two nodes
 * compete for one cell of a lane the first branch (usually 是) stays straight below.
 */
export function readingOrder(nodes: readonly Pick<RankNode, 'id' | 'next'>[], startId: string): Map<string, number> {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const preorder = new Map<string, number>();
  const visit = (id: string): void => {
    if (preorder.has(id)) return;
    preorder.set(id, preorder.size);
    for (const next of byId.get(id)?.next ?? []) visit(next);
  };
  visit(startId);
  for (const n of nodes) visit(n.id);
  return preorder;
}
