/** The grid of lanes × rows: which cells hold a node, and whether a stretch of a column is empty. */

/** Key of the cell in lane `lane`, row `rank`. */
export const cell = (lane: number, rank: number): string => `${lane}:${rank}`;

/** Cell key → id of the node in it. */
export type Grid = ReadonlyMap<string, string>;

export function gridOf(nodes: readonly { id: string; lane: number; rank: number }[]): Grid {
  return new Map(nodes.map((n) => [cell(n.lane, n.rank), n.id]));
}

/** True when no node sits in `lane` on rows `fromRank` to `toRank` (an empty stretch is clear). */
export function columnClear(grid: Grid, lane: number, fromRank: number, toRank: number): boolean {
  for (let r = fromRank; r <= toRank; r++) if (grid.has(cell(lane, r))) return false;
  return true;
}
